"""'Alert me', 'Send alerts to this channel', 'Stop alerts', and the alert cards' Snooze and
Acknowledge buttons and refresh: what they store and what the bot answers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from bot.alerts.ports import AlertLedger, Subscriptions
from bot.chat.inbound import Inbound
from bot.core.alerting import notices as alert_notices
from bot.core.alerting.fleet import tenant_problem
from bot.core.alerting.model import ALL_TENANTS, Subscription
from bot.core.alerting.problems import ProblemSet
from bot.core.alerting.rules import mute_from_button
from bot.core.alerting.scope import alert_scope
from bot.core.alerting.view import alert_view
from bot.core.cards.elements import CardDict
from bot.core.i18n.languages import Language
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Intent

log = logging.getLogger(__name__)


class SubscriptionsAndLedger(Subscriptions, AlertLedger, Protocol):
    """What the alert commands touch: subscriptions and, for the buttons, the ledger."""


class AlertSubscriptions:
    def __init__(
        self, store: SubscriptionsAndLedger, admins: frozenset[str], clock: Callable[[], datetime]
    ) -> None:
        self.store, self.admins, self.clock = store, admins, clock
        # The registry's tenant names (issue 15), set by the composition root when the bot
        # looks after several: "alert me about Contoso" then names one of them.
        self.tenants: tuple[str, ...] = ()

    def _channel(self, inbound: Inbound) -> bool:
        return inbound.conversation_type == "channel"

    def may_manage(self, inbound: Inbound) -> bool:
        """Whether this sender may change a conversation's alerts (switch them on, snooze,
        acknowledge): anyone in their own or a group chat; in a channel, which reaches many
        people, only the bot's administrators (when ADE_ADMINS names any)."""
        if not self._channel(inbound) or not self.admins:
            return True
        return (inbound.aad_object_id or "").lower() in self.admins

    async def view(
        self, inbound: Inbound, t: Translator, press: Intent, problems: ProblemSet
    ) -> CardDict | None:
        """The alert card `press` names as it stands now, for this sender (Snooze and
        Acknowledge only if they may use them); None when unknown here or now."""
        conversation_id = inbound.conversation_id or ""
        entries = await self.store.entries(conversation_id)
        mutes = await self.store.mutes(conversation_id)
        if press.tenant:
            # A registry tenant's problems are keyed "<tenant key>/<problem>" (alerting.fleet):
            # the card is about that tenant's alone, keyed as its own diagnosis keys them.
            prefix = tenant_problem(press.tenant.casefold(), "")
            entries = [replace(e, problem=e.problem.removeprefix(prefix)) for e in entries
                       if e.problem.startswith(prefix)]  # fmt: skip
            mutes = [replace(m, problem=m.problem.removeprefix(prefix)) for m in mutes
                     if m.problem.startswith(prefix)]  # fmt: skip
        return alert_view(
            press,
            conversation_id,
            entries,
            mutes,
            problems=problems,
            t=t,
            manage=self.may_manage(inbound),
            sync=not self.admins or (inbound.aad_object_id or "").lower() in self.admins,
            viewers=(inbound.user_id or "",),
        )

    async def on(self, inbound: Inbound, t: Translator, language: Language) -> list[CardDict]:
        channel = self._channel(inbound)
        if not self.may_manage(inbound):
            return [alert_notices.channel_alerts_not_allowed(t)]
        reference = inbound.reference() if inbound.reference is not None else {}
        conversation_id = inbound.conversation_id
        if not conversation_id or not inbound.service_url:
            return [alert_notices.alerts_off(t, was_on=False)]
        subscription = Subscription(
            conversation_id=conversation_id,
            tenant_id=inbound.tenant_id or "",
            service_url=inbound.service_url,
            reference=reference,
            language=language.code,
            time_zone=inbound.time_zone or "UTC",
            kind=inbound.conversation_type or "personal",
            created_at=self.clock(),
            scope=alert_scope(inbound.text or "", self.tenants) if self.tenants else None,
        )
        await self.store.subscribe(subscription)
        log.info("alerts on for %s (%s)", conversation_id, subscription.kind)
        scope = subscription.scope or (ALL_TENANTS if self.tenants else None)
        return [alert_notices.alerts_on(t, channel=channel, scope=scope)]

    async def off(self, inbound: Inbound, t: Translator) -> list[CardDict]:
        was_on = bool(inbound.conversation_id) and await self.store.unsubscribe(
            inbound.conversation_id or ""
        )
        if was_on:
            log.info("alerts off for %s", inbound.conversation_id)
        return [alert_notices.alerts_off(t, was_on=was_on)]

    async def mute(self, inbound: Inbound, t: Translator, press: Intent) -> list[CardDict] | None:
        """None when the button names no open alert here (resolved, or forged)."""
        if not self.may_manage(inbound):
            # The shared channel card has no such button for them; an old card still may.
            return [alert_notices.channel_alerts_not_allowed(t)]
        conversation_id = inbound.conversation_id or ""
        entries = await self.store.entries(conversation_id)
        mutes = await self.store.mutes(conversation_id)
        mute = mute_from_button(press, conversation_id, entries, mutes, self.clock())
        if mute is None:
            return None
        subject = press.subject or ""
        if mute.snoozed_until is not None:
            await self.store.snooze(conversation_id, mute.problem, mute.snoozed_until)
            return [alert_notices.snoozed(t, subject)]
        if mute.acknowledged_stage is not None:
            await self.store.acknowledge(conversation_id, mute.problem, mute.acknowledged_stage)
        return [alert_notices.acknowledged(t, subject)]
