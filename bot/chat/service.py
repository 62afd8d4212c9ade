"""The conversation: what ADE Doctor answers to a message or a card button, as Adaptive Cards.

No bot SDK here: bot/teams turns activities into `Inbound` and the returned cards into
replies. A typed message and a pressed button both become an `Intent`, answered through one
table of verbs. The tenant read is time-boxed because Teams gives up on a bot after about
15 s; a slow Graph becomes a `tenant-unreachable` card, never silence.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.catalogs import translator
from bot.chat.alert_answers import AlertAnswers
from bot.chat.alert_commands import AlertSubscriptions
from bot.chat.device_answers import DeviceAnswers
from bot.chat.inbound import Inbound
from bot.chat.ports import LanguagePreferences, MemoryPreferences
from bot.chat.reading import read_in_time
from bot.chat.tenancy import SCOPED, Tenancy, foreign
from bot.chat.turn import Answer, ChatConfig, Turn, Typing, no_typing, one_card
from bot.chat.views import in_place, may_sync, refreshable, shows_sync
from bot.core.cards import notices
from bot.core.cards.chat import help_card, welcome_card
from bot.core.cards.diagnosis import diagnosis_reply
from bot.core.cards.elements import CardDict
from bot.core.cards.explain import clarify, explain_ade, explain_renew, not_ade
from bot.core.cards.tokens import tokens_card
from bot.core.diagnosis.diagnose import diagnose
from bot.core.i18n.languages import Language, negotiate, reply_language
from bot.core.i18n.translator import Translator, time_zone
from bot.core.tenant.snapshot import Reason, TenantSnapshot
from bot.core.tenant.source import SnapshotSource, SyncRefusedError
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb, pressed

# ChatConfig lives with the turn (bot.chat.turn); the composition root and the tests know it
# as the service's settings.
__all__ = ["ChatConfig", "ChatService"]
log = logging.getLogger(__name__)

# Replies kept per (snapshot, language, time zone); a snapshot lives a minute, so this
# holds the last minute's answers in every language and zone asked.
_REPLY_CACHE = 64
# Verbs that show the tenant's data: refused to people from another tenant.
_TENANT_DATA = frozenset(
    {Verb.DIAGNOSE, Verb.RECHECK, Verb.TOKENS, Verb.SYNC, Verb.DEVICE, Verb.TENANT, Verb.ALERT}
)


class ChatService:
    def __init__(
        self,
        source: SnapshotSource,
        config: ChatConfig | None = None,
        preferences: LanguagePreferences | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        alerts: AlertSubscriptions | None = None,
        *,
        tenancy: Tenancy | None = None,
    ) -> None:
        self.source = source
        self.config = config or ChatConfig()
        self.preferences = preferences or MemoryPreferences()
        self.clock = clock
        self.alerts = alerts
        self.tenancy = tenancy
        self._replies: dict[tuple[int, str, str, bool], tuple[TenantSnapshot, list[CardDict]]]
        self._replies = {}
        # Serial indexes of the latest device reads (bot.chat.device_answers).
        self._devices = DeviceAnswers()
        alert_answers = AlertAnswers(alerts, self.config, clock, tenancy)
        self._answers: dict[Verb, Answer] = {
            Verb.DIAGNOSE: self._diagnose,
            Verb.RECHECK: self._diagnose,
            Verb.TOKENS: self._tokens,
            Verb.DEVICE: self._device,
            Verb.SYNC: self._sync,
            Verb.LANGUAGE: self._set_language,
            Verb.ALERTS_ON: alert_answers.switch,
            Verb.ALERTS_OFF: alert_answers.switch,
            Verb.SNOOZE: alert_answers.mute,
            Verb.ACK: alert_answers.mute,
            Verb.ALERT: alert_answers.refresh,
            # The answers that read nothing: help, an explanation, "not about ADE", a question.
            Verb.HELP: one_card(help_card),
            Verb.UNKNOWN: one_card(help_card),
            Verb.EXPLAIN_ADE: one_card(explain_ade),
            Verb.EXPLAIN_RENEW: one_card(explain_renew),
            Verb.NOT_ADE: one_card(not_ade),
            Verb.CLARIFY: self._clarify,
            # Issue 15: "Show details" of a tenant (tenancy.py picks which); one tenant's bot
            # answers "All tenants" with its diagnosis.
            Verb.TENANT: self._diagnose,
            Verb.TENANTS: self._diagnose,
        }

    async def language(self, inbound: Inbound, *, text: str | None = None) -> Language:
        chosen = await self.preferences.language(inbound.user_key) if inbound.user_key else None
        return reply_language(
            chosen=chosen,
            text=text,
            locales=inbound.locales,
            default=self.config.default_language,
        )

    async def translator(self, inbound: Inbound, *, text: str | None = None) -> Translator:
        return translator(await self.language(inbound, text=text), time_zone(inbound.time_zone))

    async def welcome(self, inbound: Inbound) -> list[CardDict]:
        channel = inbound.conversation_type == "channel"
        return [welcome_card(await self.translator(inbound), channel=channel)]

    async def apology(self, inbound: Inbound) -> list[CardDict]:
        return [notices.apology(await self.translator(inbound))]

    def _foreign(self, inbound: Inbound) -> bool:
        return foreign(inbound, self.config.tenant_id, self.tenancy)

    async def on_message(self, inbound: Inbound, typing: Typing = no_typing) -> list[CardDict]:
        button = pressed(inbound.value)
        if button is not None and not (inbound.text or "").strip():
            intent, t = button, await self.translator(inbound)
            if intent.verb is Verb.UNKNOWN:
                log.info("unknown card action %r", str((inbound.value or {}).get("action"))[:32])
                return [notices.unknown_action(t)]
        else:
            text = inbound.text or ""
            understand = self.tenancy.understand if self.tenancy else recognize
            intent, t = understand(text), await self.translator(inbound, text=text)
            rider = negotiate(intent.language) if intent.language else None
            if rider is not None and intent.verb is not Verb.LANGUAGE:
                # "why is ADE failing? answer in Polish": this answer only, not a stored choice.
                t = translator(rider, time_zone(inbound.time_zone))
        source, header = self.source, list[CardDict]()
        if self.tenancy is not None and intent.verb in SCOPED:
            scope = await self.tenancy.scope(inbound, intent, t, self.clock())
            if scope.tenant is None:
                return list(scope.cards)
            source, header = self.tenancy.sources.isolated(scope.tenant), list(scope.header)
        elif intent.verb in _TENANT_DATA and self._foreign(inbound):
            return [notices.other_tenant(t)]
        turn = Turn(inbound, intent, t, typing, source)
        return [*header, *await self._answers[intent.verb](turn)]

    async def _clarify(self, turn: Turn) -> list[CardDict]:
        return [clarify(turn.t, turn.intent.choices)]

    async def _set_language(self, turn: Turn) -> list[CardDict]:
        requested = turn.intent.language
        language = negotiate(requested) if requested else None
        if language is None:
            # "language" alone, or a language we do not speak: show the picker.
            return [help_card(turn.t)]
        inbound = turn.inbound
        if inbound.user_key:
            await self.preferences.set_language(inbound.user_key, language.code)
        t = translator(language, time_zone(inbound.time_zone))
        return [notices.language_set(t, language)]

    async def read(
        self, now: datetime, source: SnapshotSource, *, fresh: bool = False
    ) -> TenantSnapshot:
        """The tenant's snapshot, or one made of failures when it cannot be read in time."""
        return await read_in_time(source, now, self.config.read_budget, fresh=fresh)

    async def _diagnose(self, turn: Turn) -> list[CardDict]:
        await turn.typing()
        t, now, inbound = turn.t, self.clock(), turn.inbound
        snapshot = await self.read(now, turn.source, fresh=turn.intent.verb is Verb.RECHECK)
        # Sources keep a snapshot for a minute (Graph's cache, the demo's); while they do,
        # everyone asking in the same language and time zone gets the same cards, so a
        # burst of admins costs one diagnosis and one set of cards per language.
        sync = shows_sync(inbound, self.config.admins)
        key = (id(snapshot), t.language.code, str(t.zone), sync)
        cached = self._replies.get(key)
        if cached is not None and cached[0] is snapshot:
            cards = cached[1]
        else:
            findings = diagnose(snapshot, now, self.config.thresholds)
            cards = diagnosis_reply(findings, t, now, sync=sync)
            if len(self._replies) >= _REPLY_CACHE:
                self._replies.pop(next(iter(self._replies)))
            self._replies[key] = (snapshot, cards)
        if inbound.in_place and turn.intent.card:
            cards = in_place(cards, turn.intent.card)
        return refreshable(cards, inbound.user_id)

    async def _tokens(self, turn: Turn) -> list[CardDict]:
        await turn.typing()
        t, now = turn.t, self.clock()
        snapshot = await self.read(now, turn.source)
        findings = diagnose(snapshot, now, self.config.thresholds)
        if snapshot.failures or not snapshot.enrollment_tokens:
            # Nothing to list: the diagnosis says why (missing permission, no tokens).
            return diagnosis_reply(
                findings, t, now, sync=shows_sync(turn.inbound, self.config.admins)
            )
        return [tokens_card(snapshot, findings, t, now)]

    async def _sync(self, turn: Turn) -> list[CardDict]:
        inbound, t, source = turn.inbound, turn.t, turn.source
        if not source.can_sync:
            return [notices.sync_unavailable(t)]
        if not may_sync(inbound, self.config.admins):
            return [notices.sync_not_allowed(t)]
        await turn.typing()
        now = self.clock()
        snapshot = await self.read(now, source)
        token = next(
            (x for x in snapshot.enrollment_tokens or () if x.id == turn.intent.token), None
        )
        if token is None:
            # A stale card or a forged id: never send an unknown id to Graph.
            findings = diagnose(snapshot, now, self.config.thresholds)
            sync = shows_sync(inbound, self.config.admins)
            return [notices.unknown_token(t), *diagnosis_reply(findings, t, now, sync=sync)]
        name = token.name or token.id
        try:
            await asyncio.wait_for(source.sync(token.id), timeout=self.config.read_budget)
        except TimeoutError:
            return [notices.sync_failed(t, name, Reason.TIMEOUT, None)]
        except SyncRefusedError as refused:
            log.warning("sync of token %s failed: %s", token.id, refused)
            return [notices.sync_failed(t, name, refused.reason, refused.permission)]
        log.info("sync requested for token %s by %s", token.id, inbound.aad_object_id)
        return [notices.sync_requested(t, name)]

    async def _device(self, turn: Turn) -> list[CardDict]:
        """One card per serial asked about: its token, profile, state and what is wrong."""
        await turn.typing()
        t, now = turn.t, self.clock()
        # "Check again" on a device card reads again; a typed question may use the cache.
        snapshot = await self.read(now, turn.source, fresh=turn.intent.pressed)
        never = timedelta(days=self.config.thresholds.device_never_contacted_days)
        cards = self._devices.cards(snapshot, turn.intent.serials, t, now, never)
        return cards or [help_card(t)]  # a "Check again" whose serial was not ours
