"""A fake Microsoft Entra ID: OpenID discovery, the v2.0 token endpoint (client secret or a
certificate-signed client assertion) and an App Service managed-identity endpoint.

Errors are shaped as Entra ID sends them (AADSTS codes in `error_description`). Access
tokens carry the app roles granted when they were issued, as real ones do.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
import uuid
from dataclasses import dataclass, field

from aiohttp import web
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from tests.graph.tls import ClientCert

TENANT = "4c4f5e6a-0000-4000-8000-00000000c0de"
CLIENT_ID = "11111111-2222-4333-8444-555555555555"
SECRET = "Q~fake.secret_never-log-me~0123456789abcdef"
READ = "DeviceManagementServiceConfig.Read.All"
READ_APPS = "DeviceManagementApps.Read.All"
READ_WRITE = "DeviceManagementServiceConfig.ReadWrite.All"


@dataclass
class Issued:
    expires_at: float
    roles: frozenset[str]
    revoked: bool = False
    tenant: str = TENANT

    def valid(self) -> bool:
        return not self.revoked and time.monotonic() < self.expires_at


@dataclass
class FakeAzureAD:
    client_cert: ClientCert | None = None
    roles: set[str] = field(default_factory=lambda: {READ, READ_APPS})
    expires_in: int = 3600
    delay: float = 0.0  # seconds the token endpoint takes to answer
    outage: bool = False  # the token endpoint answers 503 with an HTML page
    identity_header: str = "fake-identity-header-value"
    url: str = ""
    issued: dict[str, Issued] = field(default_factory=dict)
    token_requests: int = 0
    discovery_requests: int = 0
    identity_requests: int = 0
    # Issue 15: the customer tenants this Entra ID knows besides TENANT, each with the app
    # roles consented there (an empty set: the app was never granted a Graph permission).
    tenant_roles: dict[str, set[str]] = field(default_factory=dict)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self.discovery)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self.token)
        app.router.add_get("/msi/token", self.managed_identity)
        return app

    def token_endpoint(self, tenant: str = TENANT) -> str:
        return f"{self.url}/{tenant}/oauth2/v2.0/token"

    def knows(self, tenant: str) -> bool:
        return tenant == TENANT or tenant in self.tenant_roles

    async def discovery(self, request: web.Request) -> web.Response:
        self.discovery_requests += 1
        tenant = request.match_info["tenant"]
        if not self.knows(tenant):
            return _aad_error(
                400,
                "invalid_tenant",
                f"AADSTS90002: Tenant '{tenant}' not found. Check to make sure you have the "
                "correct tenant ID and are signing into the correct cloud.",
            )
        return web.json_response(
            {
                "issuer": f"{self.url}/{tenant}/v2.0",
                "authorization_endpoint": f"{self.url}/{tenant}/oauth2/v2.0/authorize",
                "token_endpoint": self.token_endpoint(tenant),
            }
        )

    async def token(self, request: web.Request) -> web.Response:
        self.token_requests += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.outage:
            return web.Response(status=503, text="<html>Service Unavailable</html>")
        form = await request.post()
        if form.get("grant_type") != "client_credentials":
            return _aad_error(400, "unsupported_grant_type", "AADSTS70003: unsupported grant")
        if form.get("client_id") != CLIENT_ID:
            return _aad_error(
                400,
                "unauthorized_client",
                f"AADSTS700016: Application with identifier '{form.get('client_id')}' was not "
                f"found in the directory 'Contoso'. This can happen if the application has not "
                "been installed by the administrator of the tenant or consented to by any user "
                "in the tenant. You may have sent your authentication request to the wrong tenant.",
            )
        scope = str(form.get("scope", ""))
        if not scope.endswith("/.default"):
            return _aad_error(400, "invalid_scope", f"AADSTS1002012: scope {scope} is invalid")
        if "client_assertion" in form:
            refusal = self._check_assertion(str(form["client_assertion"]))
            if refusal:
                return _aad_error(401, "invalid_client", refusal)
        elif form.get("client_secret") != SECRET:
            return _aad_error(
                401,
                "invalid_client",
                "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in "
                "the request is the client secret value, not the client secret ID, for a secret "
                f"added to app '{CLIENT_ID}'.",
            )
        return web.json_response(self._issue(request.match_info["tenant"]))

    def _issue(self, tenant: str = TENANT) -> dict[str, object]:
        token = f"fake-at-{uuid.uuid4().hex}"
        roles = self.tenant_roles.get(tenant, self.roles)
        self.issued[token] = Issued(
            time.monotonic() + self.expires_in, frozenset(roles), tenant=tenant
        )
        return {"token_type": "Bearer", "expires_in": self.expires_in, "access_token": token}

    def _check_assertion(self, assertion: str) -> str | None:
        """Verifies the JWT msal signs with the app's certificate (RS256, x5t = SHA-1)."""
        cert = self.client_cert
        header_b64, payload_b64, signature_b64 = assertion.split(".")
        header, payload = json.loads(_unb64(header_b64)), json.loads(_unb64(payload_b64))
        thumbprint = _unb64(header.get("x5t", "")).hex().upper()
        if cert is None or thumbprint != cert.thumbprint:
            return (
                "AADSTS700027: Client assertion contains an invalid signature. [Reason - The key "
                f"was not found., Thumbprint of key used by client: '{thumbprint}']"
            )
        cert.public_key.verify(
            _unb64(signature_b64),
            f"{header_b64}.{payload_b64}".encode(),
            padding.PKCS1v15(),
            hashes.SHA256(),
        )
        if payload.get("aud") != self.token_endpoint() or payload.get("iss") != CLIENT_ID:
            return "AADSTS700027: Client assertion failed signature validation."
        return None

    async def managed_identity(self, request: web.Request) -> web.Response:
        self.identity_requests += 1
        if request.headers.get("X-IDENTITY-HEADER") != self.identity_header:
            return web.json_response({"statusCode": 401, "message": "Unauthorized"}, status=401)
        issued = self._issue()
        return web.json_response(
            {
                "access_token": issued["access_token"],
                "expires_on": str(int(time.time()) + self.expires_in),
                "resource": request.query.get("resource"),
                "token_type": "Bearer",
                "client_id": request.query.get("client_id", "system"),
            }
        )


def _aad_error(status: int, error: str, description: str) -> web.Response:
    trace = uuid.uuid4()
    return web.json_response(
        {
            "error": error,
            "error_description": f"{description}\r\nTrace ID: {trace}\r\n"
            f"Correlation ID: {uuid.uuid4()}\r\nTimestamp: 2026-11-22 12:00:00Z",
            "error_codes": [int(description[6:].split(":", maxsplit=1)[0])],
            "trace_id": str(trace),
            "correlation_id": str(uuid.uuid4()),
        },
        status=status,
    )


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
