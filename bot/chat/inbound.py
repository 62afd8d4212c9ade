"""What the chat layer needs to know about one incoming message, free of any bot SDK.

bot/teams maps a Bot Framework activity to `Inbound`; another SDK (the M365 Agents SDK) can
do the same without touching the conversation logic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Forged or stale card payloads are answered politely; these bounds keep a hostile payload
# from reaching logs or Graph URLs at any size.
_MAX_ACTION = 32
_MAX_TOKEN_ID = 128
_MAX_LANGUAGE = 35


@dataclass(frozen=True, slots=True)
class Inbound:
    text: str | None = None
    value: Mapping[str, object] | None = None
    # activity.locale first, then clientInfo's: Teams sends the client's UI language.
    locales: tuple[str, ...] = ()
    time_zone: str | None = None
    # Stable per-user key for preferences (tenant + Entra object id where Teams gives one).
    user_key: str = ""
    aad_object_id: str | None = None
    tenant_id: str | None = None
    conversation_type: str | None = None
    conversation_id: str | None = None
    service_url: str | None = None
    # The full Bot Framework conversation reference as JSON, kept when alerts are switched on
    # (built only then: most turns never need it).
    reference: Callable[[], dict[str, Any]] | None = None


@dataclass(frozen=True, slots=True)
class ButtonPress:
    """A card button's data, validated: `action` is None when the payload was not ours."""

    action: str | None
    token: str | None = None
    language: str | None = None


def button_press(value: Mapping[str, object] | None) -> ButtonPress | None:
    """None when the message carried no card data at all (a typed message)."""
    if value is None:
        return None

    def field(name: str, limit: int) -> str | None:
        raw = value.get(name)
        if isinstance(raw, str) and 0 < len(raw) <= limit and raw.isprintable():
            return raw
        return None

    return ButtonPress(
        action=field("action", _MAX_ACTION),
        token=field("token", _MAX_TOKEN_ID),
        language=field("language", _MAX_LANGUAGE),
    )


@lru_cache(maxsize=256)
def zone(name: str | None) -> tzinfo:
    """The admin's IANA time zone from Teams (localTimezone / clientInfo.timezone), or UTC
    when Teams sent none or one we do not know (cards then say "UTC")."""
    if not name or len(name) > 64:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
