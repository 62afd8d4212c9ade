"""What the bot signs in to Entra ID as: a client secret, a certificate, or a managed
identity. Values here may be secrets: none of them ever reaches a repr, a log or a message."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field

from bot.core.tenant.snapshot import Reason

_PEM_CERTIFICATE = re.compile(
    rb"-----BEGIN CERTIFICATE-----\s*(.+?)\s*-----END CERTIFICATE-----", re.DOTALL
)


@dataclass(frozen=True, slots=True)
class ClientSecret:
    client_id: str
    secret: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class ClientCertificate:
    """A PEM file holding the private key (and the certificate, unless `thumbprint` is set:
    the SHA-1 thumbprint the app registration shows under Certificates & secrets)."""

    client_id: str
    path: str
    thumbprint: str | None = None


@dataclass(frozen=True, slots=True)
class ManagedIdentity:
    """Azure-hosted bots: `client_id` of a user-assigned identity, None for system-assigned.
    Graph application permissions are granted to its service principal as app roles."""

    client_id: str | None = None


Credential = ClientSecret | ClientCertificate | ManagedIdentity


class AuthError(Exception):
    """No token: `detail` says what to fix, never showing a secret."""

    def __init__(self, reason: Reason, detail: str) -> None:
        self.reason, self.detail = reason, detail
        super().__init__(detail)


def msal_certificate(credential: ClientCertificate) -> dict[str, str]:
    """msal's `client_credential` for a certificate: the PEM key and the SHA-1 thumbprint,
    which Entra ID matches against the certificates uploaded to the app registration."""
    try:
        with open(credential.path, "rb") as handle:
            pem = handle.read()
    except OSError as error:
        raise AuthError(
            Reason.UNAUTHORIZED,
            f"cannot read GRAPH_CLIENT_CERTIFICATE {credential.path}: "
            f"{error.strerror or type(error).__name__}",
        ) from None
    if b"PRIVATE KEY-----" not in pem:
        raise AuthError(
            Reason.UNAUTHORIZED,
            f"GRAPH_CLIENT_CERTIFICATE {credential.path} holds no PEM private key",
        )
    thumbprint = credential.thumbprint or _sha1_thumbprint(pem)
    if thumbprint is None:
        raise AuthError(
            Reason.UNAUTHORIZED,
            f"GRAPH_CLIENT_CERTIFICATE {credential.path} holds no certificate: add it to the "
            "file or set GRAPH_CLIENT_CERTIFICATE_THUMBPRINT",
        )
    return {"private_key": pem.decode("ascii", "replace"), "thumbprint": thumbprint}


def _sha1_thumbprint(pem: bytes) -> str | None:
    """The thumbprint Entra ID shows for a certificate: SHA-1 of its DER bytes."""
    match = _PEM_CERTIFICATE.search(pem)
    if match is None:
        return None
    try:
        der = base64.b64decode(b"".join(match.group(1).split()), validate=True)
    except ValueError:
        return None
    return hashlib.sha1(der).hexdigest().upper()
