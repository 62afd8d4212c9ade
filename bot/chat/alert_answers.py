"""The conversation's answers about alerts: "alert me" and "stop alerts", an alert card's
Snooze and Acknowledge, and its refresh, which shows the alert as it stands now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.chat.alert_commands import AlertSubscriptions
from bot.chat.reading import read_in_time
from bot.chat.tenancy import Tenancy, foreign
from bot.chat.turn import ChatConfig, Turn
from bot.core.alerting.problems import find_problems
from bot.core.cards import notices
from bot.core.cards.diagnosis import diagnosis_reply
from bot.core.cards.elements import CardDict
from bot.core.diagnosis.diagnose import diagnose
from bot.core.understanding.verbs import Verb


class AlertAnswers:
    def __init__(
        self,
        alerts: AlertSubscriptions | None,
        config: ChatConfig,
        clock: Callable[[], datetime],
        tenancy: Tenancy | None,
    ) -> None:
        self.alerts, self.config, self.clock, self.tenancy = alerts, config, clock, tenancy

    async def switch(self, turn: Turn) -> list[CardDict]:
        """Alerts on or off for this chat."""
        inbound, t = turn.inbound, turn.t
        if self.alerts is None:
            return [notices.alerts_unavailable(t)]
        if foreign(inbound, self.config.tenant_id, self.tenancy):
            return [notices.other_tenant(t)]
        if turn.intent.verb is Verb.ALERTS_OFF:
            return await self.alerts.off(inbound, t)
        return await self.alerts.on(inbound, t, t.language)

    async def mute(self, turn: Turn) -> list[CardDict]:
        answer, alerts = None, self.alerts
        if alerts is not None:
            answer = await alerts.mute(turn.inbound, turn.t, turn.intent)
            if turn.inbound.in_place and alerts.may_manage(turn.inbound):
                # The alert card itself, now saying it is snoozed or acknowledged (or
                # resolved, when that is why there was nothing to mute).
                card, _ = await self._view(turn)
                answer = [card] if card is not None else answer
        return answer if answer is not None else [notices.unknown_action(turn.t)]

    async def refresh(self, turn: Turn) -> list[CardDict]:
        """An alert card's refresh: the alert as it stands now for this reader, or when that
        is unknown now (its Graph part unreadable) or was never here, the diagnosis's top
        card, which says why."""
        if self.alerts is None:
            return [notices.alerts_unavailable(turn.t)]
        card, diagnosis = await self._view(turn)
        return [card] if card is not None else diagnosis[:1]

    async def _view(self, turn: Turn) -> tuple[CardDict | None, list[CardDict]]:
        assert self.alerts is not None
        t, now = turn.t, self.clock()
        source, thresholds = turn.source, self.config.thresholds
        tenant, tenancy = turn.intent.tenant, self.tenancy
        named = tenancy.named_source(tenant) if tenancy and tenant else None
        if named is not None:  # the registry tenant the alert is about, not the first one
            source, thresholds = named
        snapshot = await read_in_time(source, now, self.config.read_budget)
        findings = diagnose(snapshot, now, thresholds)
        card = await self.alerts.view(
            turn.inbound, t, turn.intent, find_problems(snapshot, findings, now)
        )
        return card, ([] if card is not None else diagnosis_reply(findings, t, now))
