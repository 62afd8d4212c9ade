"""Which Microsoft cloud a tenant lives in: where it signs in and where its Graph answers.

A tenant exists in exactly one cloud. A US Government or 21Vianet (China) tenant is unknown to
login.microsoftonline.com, and its tokens are refused by graph.microsoft.com, so both hosts
must come from the same row below.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

from bot.settings import SettingsError


@dataclass(frozen=True, slots=True)
class Cloud:
    authority_host: str
    # Graph's root in this cloud: where requests go and the audience of its tokens.
    graph: str


# From Microsoft Graph's "national cloud deployments" page; msal already knows these
# authority hosts, so it needs no instance discovery for them.
CLOUDS = {
    "global": Cloud("https://login.microsoftonline.com", "https://graph.microsoft.com"),
    # GCC High (US Government L4)
    "usgov": Cloud("https://login.microsoftonline.us", "https://graph.microsoft.us"),
    # US Government L5 (DoD) signs in at the same host as GCC High.
    "usgovdod": Cloud("https://login.microsoftonline.us", "https://dod-graph.microsoft.us"),
    # Operated by 21Vianet; msal also knows login.partner.microsoftonline.cn for it.
    "china": Cloud("https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn"),
}


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where one deployment signs in and reads Graph."""

    cloud: str
    authority_host: str
    # GRAPH_AUTHORITY as given (with its tenant), or None to build it from the cloud.
    authority_override: str | None
    graph: str
    # The token audience stays the cloud's Graph even when GRAPH_ENDPOINT points at a
    # private endpoint or a test server: that is what Entra ID issues tokens for.
    resource: str

    @property
    def scope(self) -> str:
        return f"{self.resource}/.default"

    @property
    def instance_discovery(self) -> bool:
        """msal validates unknown authority hosts against the *global* cloud's discovery
        endpoint, which a private or national endpoint cannot pass (and a sealed network
        cannot reach): a custom GRAPH_AUTHORITY turns it off."""
        return self.authority_override is None

    def authority(self, tenant_id: str) -> str:
        if self.authority_override is not None:
            parts = urlsplit(self.authority_override)
            if parts.path.strip("/").split("/")[0].lower() == tenant_id.lower():
                return self.authority_override.rstrip("/")
            return f"{parts.scheme}://{parts.netloc}/{tenant_id}"
        return f"{self.authority_host}/{tenant_id}"


def endpoints_for(
    cloud: str, authority: str | None = None, endpoint: str | None = None
) -> Endpoints:
    """GRAPH_CLOUD with the GRAPH_AUTHORITY / GRAPH_ENDPOINT overrides; SettingsError names
    the variable that is wrong."""
    try:
        row = CLOUDS[cloud]
    except KeyError:
        raise SettingsError(
            f"GRAPH_CLOUD must be one of {', '.join(CLOUDS)}, got {cloud!r}"
        ) from None
    if authority is not None:
        parts = _https("GRAPH_AUTHORITY", authority)
        if not parts.path.strip("/"):
            raise SettingsError(
                "GRAPH_AUTHORITY must name the tenant, e.g. "
                f"{row.authority_host}/<tenant-id>, got {authority!r}"
            )
    graph = row.graph
    if endpoint is not None:
        parts = _https("GRAPH_ENDPOINT", endpoint)
        if parts.path.strip("/") in ("v1.0", "beta"):
            raise SettingsError(
                f"GRAPH_ENDPOINT is the root without a version, e.g. {row.graph}, got {endpoint!r}"
            )
        graph = endpoint.rstrip("/")
    return Endpoints(
        cloud=cloud,
        authority_host=row.authority_host,
        authority_override=authority.rstrip("/") if authority else None,
        graph=graph,
        resource=row.graph,
    )


def _https(name: str, url: str) -> SplitResult:
    # The bearer token travels to this host: never over plain HTTP.
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise SettingsError(f"{name} must be an https:// URL, got {url!r}")
    return parts
