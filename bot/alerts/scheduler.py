"""The alert scan: read the tenant, decide per subscriber (bot.core.alerting.rules), claim,
post, record.

Runs inside the bot process every ADE_ALERT_INTERVAL seconds. With several bot instances on
one PostgreSQL, a lease in the database lets exactly one scan at a time; a crashed instance's
lease expires and another takes over. Exactly-once per (subscriber, problem, stage) comes from
the store's claim, so a restart in the middle of a scan neither loses nor repeats an alert:
a claimed but undelivered alert stays PENDING and the next scan retries it.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.alerts.ports import AlertSender, AlertStore, ConversationGoneError
from bot.catalogs import translator
from bot.core.alerting.cards import alert_card
from bot.core.alerting.model import LedgerEntry, LedgerStatus, Mute, Subscription
from bot.core.alerting.problems import DEFAULT_LADDER, find_problems
from bot.core.alerting.rules import AlertStep, Resolve, Send, plan
from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.i18n.languages import ENGLISH, by_code, negotiate
from bot.core.i18n.translator import time_zone
from bot.core.tenant.source import SnapshotSource

log = logging.getLogger(__name__)

LEASE = "alert-scan"


@dataclass
class ScanReport:
    subscriptions: int = 0
    sent: int = 0
    retried: int = 0
    resolved: int = 0
    failed: int = 0
    deactivated: int = 0
    lease_held_elsewhere: bool = False
    counts: dict[str, int] = field(default_factory=dict)


class AlertScheduler:
    def __init__(
        self,
        source: SnapshotSource,
        store: AlertStore,
        sender: AlertSender | None = None,
        *,
        thresholds: Thresholds | None = None,
        ladder: tuple[int, ...] = DEFAULT_LADDER,
        tenant_id: str | None = None,
        lease_ttl: timedelta = timedelta(minutes=10),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        holder: str | None = None,
    ) -> None:
        self.source, self.store, self.sender = source, store, sender
        self.thresholds = thresholds or Thresholds()
        self.ladder, self.tenant_id = ladder, tenant_id
        self.lease_ttl, self.clock = lease_ttl, clock
        self.holder = holder or f"instance-{uuid.uuid4()}"

    async def plan_all(self, now: datetime) -> list[tuple[Subscription, Sequence[AlertStep]]]:
        """What the next scan would do, for every active subscriber of our tenant."""
        snapshot = await self.source.read(now)
        problems = find_problems(
            snapshot, diagnose(snapshot, now, self.thresholds), now, self.ladder
        )
        subscriptions = [
            s
            for s in await self.store.subscriptions()
            if self.tenant_id is None or s.tenant_id.lower() == self.tenant_id.lower()
        ]
        entries: defaultdict[str, list[LedgerEntry]] = defaultdict(list)
        for entry in await self.store.entries():
            entries[entry.conversation_id].append(entry)
        mutes: defaultdict[str, list[Mute]] = defaultdict(list)
        for mute in await self.store.mutes():
            mutes[mute.conversation_id].append(mute)
        return [
            (s, plan(s, problems, entries[s.conversation_id], mutes[s.conversation_id], now))
            for s in subscriptions
        ]

    async def scan(self, now: datetime | None = None) -> ScanReport:
        now = now or self.clock()
        report = ScanReport()
        if not await self.store.acquire_lease(LEASE, self.holder, now, self.lease_ttl):
            report.lease_held_elsewhere = True
            return report
        try:
            planned = await self.plan_all(now)
            report.subscriptions = len(planned)
            for subscription, actions in planned:
                for action in actions:
                    if not await self._execute(subscription, action, now, report):
                        break  # the bot is gone from that conversation
                # A long scan (many subscribers, paced sends) keeps its lease alive.
                await self.store.acquire_lease(LEASE, self.holder, self.clock(), self.lease_ttl)
        finally:
            try:
                await self.store.release_lease(LEASE, self.holder)
            except Exception:
                # Must not replace a CancelledError on its way out (shutdown during a scan):
                # the lease then simply expires.
                log.warning("could not release the scan lease", exc_info=True)
        return report

    async def _execute(
        self, subscription: Subscription, action: AlertStep, now: datetime, report: ScanReport
    ) -> bool:
        language = by_code(subscription.language) or negotiate(subscription.language) or ENGLISH
        t = translator(language, time_zone(subscription.time_zone))
        cid = subscription.conversation_id
        try:
            if isinstance(action, Send):
                if not action.retry:
                    entry = LedgerEntry(
                        cid, action.problem, action.stage, LedgerStatus.PENDING, now
                    )
                    if not await self.store.claim(entry):
                        return True  # another instance, or an earlier scan, has it
                card = alert_card(action.finding, action.subject, t, now)
                assert self.sender is not None, "a scan needs a sender; a dry run does not"
                activity_id = await self.sender.send(subscription.reference, [card])
                await self.store.mark_sent(cid, action.problem, action.stage, activity_id, now)
                report.retried += action.retry
                report.sent += 1
            elif isinstance(action, Resolve):
                card = alert_card(action.finding, action.subject, t, now, resolved=True)
                assert self.sender is not None, "a scan needs a sender; a dry run does not"
                for entry in action.entries:
                    await self.sender.update(
                        subscription.reference, entry.activity_id or "", [card]
                    )
                await self.store.mark_resolved(cid, action.problem, now)
                report.resolved += 1
        except ConversationGoneError:
            await self.store.deactivate(cid, "the bot was removed or blocked (403)")
            log.warning("alerts to %s stopped: the bot was removed or blocked (403)", cid)
            report.deactivated += 1
            return False
        except Exception as error:
            if isinstance(action, Send):
                await self.store.mark_failed_attempt(cid, action.problem, action.stage)
            log.warning("alert to %s not delivered (%s); the next scan retries", cid, error)
            report.failed += 1
        return True

    async def run(self, interval: float, first_delay: float = 5.0) -> None:
        """Scans forever; a failed scan is logged and the next one comes on time."""
        await asyncio.sleep(first_delay)
        while True:
            try:
                report = await self.scan()
                log.info("alert scan: %s", report)
            except Exception:
                log.exception("alert scan failed")
            await asyncio.sleep(interval)
