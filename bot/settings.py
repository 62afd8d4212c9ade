"""Settings, read once from the environment: the only module that reads os.environ."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core.diagnose import Thresholds


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

    @property
    def graph_configured(self) -> bool:
        return bool(
            self.graph_tenant_id
            and self.graph_client_id
            and (self.graph_client_secret or self.graph_client_certificate)
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
        )
        return cls(
            default_language=get("ADE_DEFAULT_LANGUAGE", "en") or "en",
            thresholds=thresholds,
            # Graph reuses the bot's own app registration unless told otherwise.
            graph_tenant_id=get("GRAPH_TENANT_ID", get("MicrosoftAppTenantId")),
            graph_client_id=get("GRAPH_CLIENT_ID", get("MicrosoftAppId")),
            graph_client_secret=get("GRAPH_CLIENT_SECRET", get("MicrosoftAppPassword")),
            graph_client_certificate=get("GRAPH_CLIENT_CERTIFICATE"),
        )
