"""Entra ID sign-in failures (AADSTS codes) as one sentence saying what to fix.

Entra ID never echoes a secret in its error description, and these sentences only name the
tenant, the app's client id and the setting to change.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"AADSTS(\d+)")

_FIXES = {
    7000215: "the client secret is wrong (AADSTS7000215): set GRAPH_CLIENT_SECRET (or "
    "MicrosoftAppPassword) to the secret's Value, not its Secret ID",
    7000222: "the client secret of app {client_id} has expired (AADSTS7000222): add a new "
    "one under Certificates & secrets and update GRAPH_CLIENT_SECRET",
    700016: "app {client_id} is not known in tenant {tenant} (AADSTS700016): check "
    "GRAPH_CLIENT_ID and GRAPH_TENANT_ID; an app registered in another tenant needs an admin "
    "of this tenant to consent to it first",
    7000229: "app {client_id} has no service principal in tenant {tenant} (AADSTS7000229): "
    "an admin of the tenant must consent to the app",
    90002: "tenant {tenant} was not found (AADSTS90002): check GRAPH_TENANT_ID, and set "
    "GRAPH_CLOUD when the tenant lives in a US Government or 21Vianet (China) cloud",
    900023: "GRAPH_TENANT_ID {tenant} is neither a tenant ID nor a verified domain (AADSTS900023)",
    90013: "GRAPH_TENANT_ID {tenant} is neither a tenant ID nor a verified domain (AADSTS90013)",
    65001: "app {client_id} has no admin consent in tenant {tenant} (AADSTS65001): grant "
    "admin consent to its Microsoft Graph application permissions",
    700027: "Entra ID refused the certificate (AADSTS700027): upload its public part to app "
    "{client_id} under Certificates & secrets, and check GRAPH_CLIENT_CERTIFICATE_THUMBPRINT",
    700024: "the signed client assertion is outside its valid time (AADSTS700024): this "
    "host's clock is wrong",
    7000112: "app {client_id} is disabled in tenant {tenant} (AADSTS7000112): enable it "
    "under Enterprise applications",
    53003: "Conditional Access blocked the sign-in of app {client_id} (AADSTS53003): allow "
    "it in the tenant's policy for workload identities",
    500011: "Microsoft Graph is not available to tenant {tenant} as requested "
    "(AADSTS500011): check GRAPH_CLOUD",
    70011: "Entra ID refused the Graph scope (AADSTS70011): check GRAPH_CLOUD",
    1002012: "Entra ID refused the Graph scope (AADSTS1002012): check GRAPH_CLOUD",
}


def explain(context: dict[str, str], error: object, description: str) -> str:
    """`context` has tenant, client_id and kind (ClientSecret, ClientCertificate,
    ManagedIdentity); `error`/`description` are what msal returned or raised."""
    match = _CODE.search(description or "")
    code = int(match.group(1)) if match else None
    if code in _FIXES:
        return _FIXES[code].format(**context)
    if "authority configuration" in description or "OIDC Discovery failed" in description:
        return _FIXES[90002].format(**context)
    if context.get("kind") == "ManagedIdentity":
        return (
            "the managed identity got no token: check that it is assigned to this host and "
            f"that GRAPH_MANAGED_IDENTITY is its client id ({_first_sentence(description)})"
        )
    if code is None and context.get("kind") == "ClientCertificate":
        return (
            "the private key in GRAPH_CLIENT_CERTIFICATE could not sign the sign-in request: "
            "use an unencrypted RSA key in PEM format"
        )
    said = f"AADSTS{code}" if code else str(error or "error")
    return f"Entra ID refused the sign-in ({said}): {_first_sentence(description)}"


def _first_sentence(description: str) -> str:
    text = _CODE.sub("", description or "").lstrip(": ").split("\r\n")[0].split("\n")[0]
    return text.split(". ")[0].strip()[:200] or "no description"
