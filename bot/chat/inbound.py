"""What the chat layer needs to know about one incoming message, free of any bot SDK.

bot/teams maps a Bot Framework activity to `Inbound`; another SDK (the M365 Agents SDK) can
do the same without touching the conversation logic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


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
    # The sender's Teams user id (`from.id`), what a card's refresh lists in `userIds`.
    user_id: str | None = None
    tenant_id: str | None = None
    conversation_type: str | None = None
    conversation_id: str | None = None
    service_url: str | None = None
    # The full Bot Framework conversation reference as JSON, kept when alerts are switched on
    # (built only then: most turns never need it).
    reference: Callable[[], dict[str, Any]] | None = None
    # A Universal Action (`adaptiveCard/action` invoke): the first card answered replaces the
    # pressed or refreshed card in place, so it should be that card's new state.
    in_place: bool = False
