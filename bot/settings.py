"""Settings, read once from the environment: the only module that reads os.environ."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core.diagnosis.diagnose import Thresholds


class SettingsError(ValueError):
    """A setting has a value we cannot use; the message names the variable, never a secret."""


@dataclass(frozen=True)
class Settings:
    default_language: str = "en"
    thresholds: Thresholds = field(default_factory=Thresholds)
    graph_tenant_id: str | None = None
    graph_client_id: str | None = None
    graph_client_secret: str | None = field(default=None, repr=False)
    graph_client_certificate: str | None = None
    # Microsoft Graph connection (issue #5): see "Reading Microsoft Graph" in README.md.
    graph_client_certificate_thumbprint: str | None = None
    # "system", or the client id of a user-assigned managed identity.
    graph_managed_identity: str | None = None
    graph_cloud: str = "global"
    graph_authority: str | None = None
    graph_endpoint: str | None = None
    # A CA bundle for TLS to Entra ID and Graph (corporate TLS inspection proxies).
    graph_ca_bundle: str | None = None
    graph_cache_seconds: int = 60
    # Token + Graph requests + retries of one read must fit Teams' ~15 s reply window.
    graph_budget_seconds: float = 10.0
    # Devices and enrollment profiles (up to 100,000 devices) change slowly and cost many
    # pages: read apart from a chat turn and reused this long.
    device_cache_seconds: int = 900
    # The bot's own Azure Bot registration, under the names Bot Framework users know.
    app_id: str | None = None
    app_password: str | None = field(default=None, repr=False)
    app_type: str = "SingleTenant"
    app_tenant_id: str | None = None
    # Entra object ids allowed to change something ("Sync now", channel alerts); empty = all.
    admins: frozenset[str] = frozenset()
    # ADE_OPERATORS (issue 15): Entra object ids of the home tenant who may ask about every
    # registered tenant; empty: ADE_ADMINS, and when that is empty too, all of the home tenant.
    operators: frozenset[str] = frozenset()
    # Bot Framework endpoint overrides (private clouds, tests), under botbuilder's names.
    bot_openid_metadata: str | None = None
    bot_token_issuer: str | None = None
    bot_login_url: str | None = None
    bot_oauth_scope: str | None = None
    # Alerts storage (issue 7): ADE_DATABASE_URL, sqlite:///path or postgresql://...; None
    # means bot.storage.default_url(data_dir). repr=False: the URL may carry a password.
    database_url: str | None = field(default=None, repr=False)
    data_dir: str | None = None
    # Seconds between alert scans (ADE_ALERT_INTERVAL); the first runs a few seconds after
    # start-up. 0 switches the scheduler off (alerts are then only planned by `alerts --dry-run`).
    alert_interval: int = 3600
    # ADE_ALERT_WEBHOOKS: Workflows URLs that also receive alerts (bot.webhooks.destinations
    # reads the format). repr=False: each URL's sig= lets anyone post to the channel.
    alert_webhooks: str | None = field(default=None, repr=False)
    # GET /metrics for Prometheus (issue 16), ADE_METRICS: "off", "on" (the bot's own port) or
    # "host:port" (a site of its own, e.g. 127.0.0.1:9464, so it is not exposed with
    # /api/messages). Off by default: token names and expiry dates tell an outsider a lot.
    metrics: str = "off"
    # ADE_LOG_FORMAT: "text" (for people) or "json" (one object per line, for log pipelines).
    log_format: str = "text"

    @property
    def metrics_address(self) -> tuple[str, int] | None:
        """Where /metrics has a site of its own; None when off or on the bot's port."""
        if self.metrics in ("off", "on"):
            return None
        host, _, port = self.metrics.rpartition(":")
        return host.strip("[]"), int(port)

    # Issue 15, many tenants: the registry file (ADE_TENANTS, see README "Many tenants"), and
    # how many tenants are read from Graph at once (Intune throttles per tenant, not per app,
    # so the bound protects our connections and memory, not the customers). A tenant's read is
    # two JSON batches one after the other, one connection at a time: as many tenants as Graph
    # connections keeps every connection busy (1,000 tenants: 33 s with 20, 15.5 s with 50).
    tenants_file: str | None = None
    tenant_concurrency: int = 50
    # HTTPS connections to Graph open at once, all tenants together (ADE_GRAPH_CONNECTIONS):
    # a thousand tenants share them, so a firewall or proxy sees a bounded client.
    graph_connections: int = 50

    @property
    def graph_uses_managed_identity(self) -> bool:
        """GRAPH_MANAGED_IDENTITY, or a bot registered as a user-assigned managed identity
        with no Graph secret or certificate of its own."""
        return bool(self.graph_managed_identity) or (
            self.app_type == "UserAssignedMSI"
            and not (self.graph_client_secret or self.graph_client_certificate)
        )

    @property
    def graph_configured(self) -> bool:
        if not self.graph_tenant_id:
            return False
        if self.graph_managed_identity:
            return True
        return bool(
            self.graph_client_id
            and (
                self.graph_client_secret
                or self.graph_client_certificate
                or self.graph_uses_managed_identity
            )
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def get(name: str, fallback: str | None = None) -> str | None:
            value = env.get(name, "").strip()
            return value or fallback

        def number(name: str, default: int) -> int:
            raw = get(name)
            if raw is None:
                return default
            try:
                value = int(raw)
            except ValueError:
                raise SettingsError(f"{name} must be a whole number, got {raw!r}") from None
            if value < 0:
                raise SettingsError(f"{name} must not be negative, got {value}")
            return value

        def seconds(name: str, default: float) -> float:
            raw = get(name)
            if raw is None:
                return default
            try:
                value = float(raw)
            except ValueError:
                raise SettingsError(f"{name} must be a number of seconds, got {raw!r}") from None
            if not value > 0 or value == float("inf"):
                raise SettingsError(f"{name} must be more than 0 seconds, got {raw!r}")
            return value

        base = Thresholds()
        thresholds = Thresholds(
            token_expiring_days=number("ADE_TOKEN_EXPIRING_DAYS", base.token_expiring_days),
            token_expiring_error_days=number(
                "ADE_TOKEN_EXPIRING_ERROR_DAYS", base.token_expiring_error_days
            ),
            sync_stale_hours=number("ADE_SYNC_STALE_HOURS", base.sync_stale_hours),
            sync_stale_error_hours=number(
                "ADE_SYNC_STALE_ERROR_HOURS", base.sync_stale_error_hours
            ),
            apns_expiring_days=number("ADE_APNS_EXPIRING_DAYS", base.apns_expiring_days),
            vpp_expiring_days=number("ADE_VPP_EXPIRING_DAYS", base.vpp_expiring_days),
            device_never_contacted_days=number(
                "ADE_DEVICE_NEVER_CONTACTED_DAYS", base.device_never_contacted_days
            ),
        )
        return cls(
            default_language=get("ADE_DEFAULT_LANGUAGE", "en") or "en",
            thresholds=thresholds,
            # Graph reuses the bot's own app registration unless told otherwise.
            graph_tenant_id=get("GRAPH_TENANT_ID", get("MicrosoftAppTenantId")),
            graph_client_id=get("GRAPH_CLIENT_ID", get("MicrosoftAppId")),
            graph_client_secret=get("GRAPH_CLIENT_SECRET", get("MicrosoftAppPassword")),
            graph_client_certificate=get("GRAPH_CLIENT_CERTIFICATE"),
            graph_client_certificate_thumbprint=get("GRAPH_CLIENT_CERTIFICATE_THUMBPRINT"),
            graph_managed_identity=get("GRAPH_MANAGED_IDENTITY"),
            graph_cloud=graph_cloud(get("GRAPH_CLOUD")),
            graph_authority=get("GRAPH_AUTHORITY"),
            graph_endpoint=get("GRAPH_ENDPOINT"),
            # httpx reads SSL_CERT_FILE, requests (under msal) REQUESTS_CA_BUNDLE: one
            # setting, handed to both, so Entra ID and Graph trust the same CAs.
            graph_ca_bundle=get("SSL_CERT_FILE", get("REQUESTS_CA_BUNDLE")),
            graph_cache_seconds=number("ADE_GRAPH_CACHE_SECONDS", 60),
            graph_budget_seconds=seconds("ADE_GRAPH_BUDGET_SECONDS", 10.0),
            device_cache_seconds=number("ADE_DEVICE_CACHE_SECONDS", 900),
            app_id=get("MicrosoftAppId"),
            app_password=get("MicrosoftAppPassword"),
            app_type=app_type(get("MicrosoftAppType")),
            app_tenant_id=get("MicrosoftAppTenantId"),
            bot_openid_metadata=get("BotOpenIdMetadata"),
            bot_token_issuer=get("ToBotFromChannelTokenIssuer"),
            bot_login_url=get("ToChannelFromBotLoginUrl"),
            bot_oauth_scope=get("ToChannelFromBotOAuthScope"),
            database_url=get("ADE_DATABASE_URL"),
            data_dir=get("ADE_DATA_DIR"),
            alert_interval=number("ADE_ALERT_INTERVAL", 3600),
            metrics=metrics_setting(get("ADE_METRICS")),
            log_format=log_format(get("ADE_LOG_FORMAT")),
            alert_webhooks=get("ADE_ALERT_WEBHOOKS"),
            tenants_file=get("ADE_TENANTS"),
            tenant_concurrency=max(1, number("ADE_TENANT_CONCURRENCY", 50)),
            graph_connections=max(1, number("ADE_GRAPH_CONNECTIONS", 50)),
            admins=frozenset(
                part.strip().lower()
                for part in (get("ADE_ADMINS") or "").split(",")
                if part.strip()
            ),
            operators=frozenset(
                part.strip().lower()
                for part in (get("ADE_OPERATORS") or "").split(",")
                if part.strip()
            ),
        )


APP_TYPES = ("SingleTenant", "MultiTenant", "UserAssignedMSI")
# Microsoft's clouds with their own Entra ID and Graph hosts (bot.graph.clouds maps them).
GRAPH_CLOUDS = ("global", "usgov", "usgovdod", "china")


def graph_cloud(raw: str | None) -> str:
    if raw is None:
        return "global"
    if raw.lower() not in GRAPH_CLOUDS:
        raise SettingsError(f"GRAPH_CLOUD must be one of {', '.join(GRAPH_CLOUDS)}, got {raw!r}")
    return raw.lower()


def metrics_setting(raw: str | None) -> str:
    """ADE_METRICS: off, on, or host:port ([::1]:9464 for IPv6).

    >>> metrics_setting("127.0.0.1:9464"), metrics_setting("ON"), metrics_setting(None)
    ('127.0.0.1:9464', 'on', 'off')
    """
    if raw is None or raw.lower() in ("off", "on"):
        return (raw or "off").lower()
    host, sep, port = raw.rpartition(":")
    if sep and host.strip("[]") and port.isdigit() and 0 < int(port) < 65536:
        return raw
    raise SettingsError(
        f"ADE_METRICS must be off, on (the bot's own port) or host:port, e.g. 127.0.0.1:9464; "
        f"got {raw!r}"
    )


def log_format(raw: str | None) -> str:
    if raw is None or raw.lower() in ("text", "json"):
        return (raw or "text").lower()
    raise SettingsError(f"ADE_LOG_FORMAT must be text or json, got {raw!r}")


def app_type(raw: str | None) -> str:
    """MicrosoftAppType, matched case-insensitively as botbuilder does; SingleTenant by default
    because Azure no longer creates multi-tenant bot registrations."""
    if raw is None:
        return "SingleTenant"
    for known in APP_TYPES:
        if raw.lower() == known.lower():
            return known
    raise SettingsError(f"MicrosoftAppType must be one of {', '.join(APP_TYPES)}, got {raw!r}")


def load_dotenv(path: str = ".env", environ: dict[str, str] | None = None) -> None:
    """Reads KEY=VALUE lines from `path` into the environment without overriding what is
    already set, so a deployment's real environment always wins over a developer's file."""
    env = os.environ if environ is None else environ
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except FileNotFoundError:
        return
    except OSError as error:
        raise SettingsError(f"cannot read {path}: {error.strerror or error}") from None
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        key, sep, value = text.removeprefix("export ").partition("=")
        if not sep or not key.strip():
            raise SettingsError(f"{path}:{number}: expected KEY=VALUE")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        env.setdefault(key.strip(), value)


def secret_from_env(name: str, owner: str, environ: Mapping[str, str] | None = None) -> str:
    """A tenant's client secret, from the environment variable its registry entry names
    (`client_secret_env`): the registry file itself never holds a secret."""
    env = os.environ if environ is None else environ
    value = env.get(name, "").strip()
    if not value:
        raise SettingsError(f"{owner}: environment variable {name} (client_secret_env) is not set")
    return value
