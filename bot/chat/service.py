"""The conversation: what ADE Doctor answers to a message or a card button, as Adaptive Cards.

No bot SDK here: bot/teams turns activities into `Inbound` and the returned cards into
replies. The tenant read is time-boxed because Teams gives up on a bot after about 15 s;
a slow Graph becomes a `tenant-unreachable` card, never silence.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

from bot.catalogs import translator
from bot.chat.inbound import ButtonPress, Inbound, button_press, zone
from bot.chat.preferences import MemoryPreferences, Preferences
from bot.chat.subscriptions import AlertSubscriptions
from bot.core import notices
from bot.core.cards import CardDict, diagnosis_reply
from bot.core.chat_cards import help_card, welcome_card
from bot.core.diagnose import Thresholds, diagnose
from bot.core.i18n import Translator
from bot.core.intents import Kind as IntentKind
from bot.core.intents import recognize
from bot.core.language import Language, negotiate, resolve
from bot.core.snapshot import Part, ReadFailure, TenantSnapshot
from bot.core.status_card import tokens_card
from bot.graph.sources import SnapshotSource
from bot.storage.base import Store

log = logging.getLogger(__name__)

Typing = Callable[[], Awaitable[None]]
# Replies kept per (snapshot, language, time zone); a snapshot lives a minute, so this
# holds the last minute's answers in every language and zone asked.
_REPLY_CACHE = 64


@runtime_checkable
class SyncingSource(Protocol):
    """A source that can ask Apple to sync a token (syncWithAppleDeviceEnrollmentProgram)."""

    async def sync(self, token_id: str) -> None: ...


@dataclass(frozen=True)
class ChatConfig:
    thresholds: Thresholds = field(default_factory=Thresholds)
    default_language: str = "en"
    # Entra object ids allowed to start a sync; empty: everyone in the tenant.
    admins: frozenset[str] = frozenset()
    # The tenant whose data this bot shows; None in the anonymous local mode.
    tenant_id: str | None = None
    # Seconds the tenant read may take before the reply goes out without it.
    read_budget: float = 10.0


async def _no_typing() -> None:
    return None


class ChatService:
    def __init__(
        self,
        source: SnapshotSource,
        config: ChatConfig | None = None,
        preferences: Preferences | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        store: Store | None = None,
    ) -> None:
        self.source = source
        self.config = config or ChatConfig()
        # The store keeps language choices and alert subscriptions across restarts.
        self.preferences = preferences or store or MemoryPreferences()
        self.clock = clock
        self.alerts = (
            AlertSubscriptions(store, self.config.admins, clock) if store is not None else None
        )
        self._replies: dict[tuple[int, str, str], tuple[TenantSnapshot, list[CardDict]]] = {}

    async def language(self, inbound: Inbound, *, text: str | None = None) -> Language:
        chosen = await self.preferences.language(inbound.user_key) if inbound.user_key else None
        return resolve(
            chosen=chosen,
            text=text,
            locales=inbound.locales,
            default=self.config.default_language,
        )

    async def translator(self, inbound: Inbound, *, text: str | None = None) -> Translator:
        return translator(await self.language(inbound, text=text), zone(inbound.time_zone))

    async def welcome(self, inbound: Inbound) -> list[CardDict]:
        channel = inbound.conversation_type == "channel"
        return [welcome_card(await self.translator(inbound), channel=channel)]

    async def apology(self, inbound: Inbound) -> list[CardDict]:
        return [notices.apology(await self.translator(inbound))]

    def _foreign(self, inbound: Inbound) -> bool:
        expected = self.config.tenant_id
        return expected is not None and (inbound.tenant_id or "").lower() != expected.lower()

    async def on_message(self, inbound: Inbound, typing: Typing = _no_typing) -> list[CardDict]:
        press = button_press(inbound.value)
        if press is not None and not (inbound.text or "").strip():
            return await self._on_button(inbound, press, typing)
        text = inbound.text or ""
        intent = recognize(text)
        kind = intent.kind
        t = await self.translator(inbound, text=text)
        if kind is IntentKind.LANGUAGE:
            return await self._set_language(inbound, t, intent.language)
        rider = negotiate(intent.language) if intent.language else None
        if rider is not None:
            # "why is ADE failing? answer in Polish": this answer only, not a stored choice.
            t = translator(rider, zone(inbound.time_zone))
        if kind in (IntentKind.DIAGNOSE, IntentKind.RECHECK, IntentKind.TOKENS):
            if self._foreign(inbound):
                return [notices.other_tenant(t)]
            await typing()
            fresh = kind is IntentKind.RECHECK
            if kind is IntentKind.TOKENS:
                return await self._tokens(t, fresh=fresh)
            return await self._diagnosis(t, fresh=fresh)
        if kind in (IntentKind.ALERTS_ON, IntentKind.ALERTS_OFF):
            return await self._alerts(inbound, t, on=kind is IntentKind.ALERTS_ON)
        return [help_card(t)]

    async def _on_button(
        self, inbound: Inbound, press: ButtonPress, typing: Typing
    ) -> list[CardDict]:
        t = await self.translator(inbound)
        action = press.action
        if action == "language":
            return await self._set_language(inbound, t, press.language)
        if action == "help":
            return [help_card(t)]
        if action in ("alerts-on", "alerts-off"):
            return await self._alerts(inbound, t, on=action == "alerts-on")
        if action in ("snooze", "ack") and self.alerts is not None and inbound.value:
            answer = await self.alerts.mute(inbound, t, inbound.value)
            return answer if answer is not None else [notices.unknown_action(t)]
        if action not in ("recheck", "sync"):
            log.info("unknown card action %r", (action or "")[:32])
            return [notices.unknown_action(t)]
        if self._foreign(inbound):
            return [notices.other_tenant(t)]
        await typing()
        if action == "recheck":
            return await self._diagnosis(t, fresh=True)
        return await self._sync(inbound, t, press.token)

    async def _alerts(self, inbound: Inbound, t: Translator, *, on: bool) -> list[CardDict]:
        if self.alerts is None:
            return [notices.alerts_unavailable(t)]
        if self._foreign(inbound):
            return [notices.other_tenant(t)]
        if not on:
            return await self.alerts.off(inbound, t)
        return await self.alerts.on(inbound, t, t.language)

    async def _set_language(
        self, inbound: Inbound, t: Translator, requested: str | None
    ) -> list[CardDict]:
        language = negotiate(requested) if requested else None
        if language is None:
            # "language" alone, or a language we do not speak: show the picker.
            return [help_card(t)]
        if inbound.user_key:
            await self.preferences.set_language(inbound.user_key, language.code)
        return [notices.language_set(translator(language, zone(inbound.time_zone)), language)]

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        """The tenant's snapshot, or one made of failures when it cannot be read in time."""
        try:
            return await asyncio.wait_for(
                self.source.read(now, fresh=fresh), timeout=self.config.read_budget
            )
        except TimeoutError:
            log.warning(
                "reading %s took over %.1f s", self.source.description, self.config.read_budget
            )
            reason = "timeout"
        except Exception:  # a broken source must still give the admin the generic steps
            log.exception("reading %s failed", self.source.description)
            reason = "unavailable"
        return TenantSnapshot(failures=tuple(ReadFailure(part, reason) for part in Part))

    async def _diagnosis(self, t: Translator, *, fresh: bool) -> list[CardDict]:
        now = self.clock()
        snapshot = await self.read(now, fresh=fresh)
        # Sources keep a snapshot for a minute (Graph's cache, the demo's); while they do,
        # everyone asking in the same language and time zone gets the same cards, so a
        # burst of admins costs one diagnosis and one set of cards per language.
        key = (id(snapshot), t.language.code, str(t.zone))
        cached = self._replies.get(key)
        if cached is not None and cached[0] is snapshot:
            return cached[1]
        cards = diagnosis_reply(diagnose(snapshot, now, self.config.thresholds), t, now)
        if len(self._replies) >= _REPLY_CACHE:
            self._replies.pop(next(iter(self._replies)))
        self._replies[key] = (snapshot, cards)
        return cards

    async def _tokens(self, t: Translator, *, fresh: bool) -> list[CardDict]:
        now = self.clock()
        snapshot = await self.read(now, fresh=fresh)
        findings = diagnose(snapshot, now, self.config.thresholds)
        if snapshot.failures or not snapshot.enrollment_tokens:
            # Nothing to list: the diagnosis says why (missing permission, no tokens).
            return diagnosis_reply(findings, t, now)
        return [tokens_card(snapshot, findings, t, now)]

    async def _sync(self, inbound: Inbound, t: Translator, token_id: str | None) -> list[CardDict]:
        source = self.source
        if not source.can_sync or not isinstance(source, SyncingSource):
            return [notices.sync_unavailable(t)]
        admins = self.config.admins
        if admins and (inbound.aad_object_id or "").lower() not in admins:
            return [notices.sync_not_allowed(t)]
        now = self.clock()
        snapshot = await self.read(now)
        token = next((x for x in snapshot.enrollment_tokens or () if x.id == token_id), None)
        if token is None:
            # A stale card or a forged id: never send an unknown id to Graph.
            findings = diagnose(snapshot, now, self.config.thresholds)
            return [notices.unknown_token(t), *diagnosis_reply(findings, t, now)]
        name = token.name or token.id
        try:
            await asyncio.wait_for(source.sync(token.id), timeout=self.config.read_budget)
        except TimeoutError:
            return [notices.sync_failed(t, name, "timeout", None)]
        except Exception as error:
            reason = str(getattr(error, "reason", "unavailable"))
            permission = getattr(error, "permission", None)
            log.warning("sync of token %s failed: %s", token.id, reason)
            return [
                notices.sync_failed(
                    t, name, reason, permission if isinstance(permission, str) else None
                )
            ]
        log.info("sync requested for token %s by %s", token.id, inbound.aad_object_id)
        return [notices.sync_requested(t, name)]
