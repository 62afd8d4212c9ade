"""The alert scan: read the tenant, decide per subscriber (bot.core.alerting.rules), claim,
post, record.

Runs inside the bot process every ADE_ALERT_INTERVAL seconds. One instance scans at a time:
the scan lock (bot.alerts.ports.ScanLock) is held for the scan and dies with its process, so
a bot restarted after a crash scans at its first interval.

Delivery is at least once per (subscriber, problem, stage), never twice on purpose: the store's
claim (one row, one winner) keeps instances and scans from sending the same stage, and a
claimed stage stays PENDING until it is marked SENT straight after Teams answers the post.
What a crash costs:
- anywhere but between Teams accepting a post and the SENT record (one UPDATE, a few
  milliseconds): nothing; a claimed, unsent stage is sent by the next scan;
- inside that gap (kill -9, power cut, the host gone): that one alert is sent again by the
  next scan, since the bot cannot ask Teams whether it has it. So is a post that Teams took
  but answered too late (the connector's 10 s timeout);
- a stop (SIGTERM) waits up to STOP_GRACE seconds for a post under way and its record, so a
  normal stop or deploy repeats nothing.
A stage whose delivery failed MAX_ATTEMPTS times is given up (FAILED), with a log line.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot import log_context
from bot.alerts.ports import AlertObserver, AlertSender, AlertStore, ConversationGoneError
from bot.catalogs import translator
from bot.core.alerting.cards import alert_card
from bot.core.alerting.model import LedgerEntry, LedgerStatus, Mute, Subscription
from bot.core.alerting.problem_keys import DEFAULT_LADDER
from bot.core.alerting.problems import find_problems
from bot.core.alerting.rules import AlertStep, Resolve, Send, plan
from bot.core.alerting.view import alert_viewers
from bot.core.cards.elements import CardDict
from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.i18n.languages import ENGLISH, by_code, negotiate
from bot.core.i18n.translator import Translator, time_zone
from bot.core.tenant.source import SnapshotSource

log = logging.getLogger(__name__)

SCAN_LOCK = "alert-scan"
# A send that failed after the connector's own retries (429 and 5xx with Retry-After) is
# retried by the next scans, this many times in all; then the stage is given up (FAILED) with
# a log line, so a message Teams will never take is not posted again every interval for good.
# The problem's later stages are still sent.
MAX_ATTEMPTS = 5
# A stop (SIGTERM) during a post waits this long for Teams' answer and the ledger record, so
# a delivered alert is not left PENDING and sent again by the next start.
STOP_GRACE = 2.0


@dataclass
class ScanReport:
    subscriptions: int = 0
    sent: int = 0
    retried: int = 0
    resolved: int = 0
    failed: int = 0
    deactivated: int = 0
    given_up: int = 0
    scanning_elsewhere: bool = False
    tenants: int = 0  # registry tenants this instance read for the scan (issue 15)
    counts: dict[str, int] = field(default_factory=dict)

    async def conversation_gone(
        self, store: AlertStore, cid: str, gone: ConversationGoneError
    ) -> None:
        """The bot was removed from the conversation (or the team deleted): its subscription
        ends for good, never retried."""
        await store.deactivate(cid, gone.reason)
        log.warning("alerts to %s stopped: %s", cid, gone.reason)
        self.deactivated += 1

    def post_failed(self, observer: AlertObserver | None) -> None:
        self.failed += 1
        if observer is not None:
            observer.alert_failed()


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
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_attempts: int = MAX_ATTEMPTS,
        stop_grace: float = STOP_GRACE,
        observer: AlertObserver | None = None,
        admins: frozenset[str] = frozenset(),
    ) -> None:
        self.source, self.store, self.sender = source, store, sender
        self.thresholds = thresholds or Thresholds()
        self.ladder, self.tenant_id = ladder, tenant_id
        self.clock = clock
        self.max_attempts, self.stop_grace = max_attempts, stop_grace
        self.observer = observer
        # ADE_ADMINS: in a channel only they may mute alerts, and they get its card refreshed.
        self.admins = admins

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
        # Released when the scan ends, cancelled or not (the release cannot fail in a way that
        # would replace a CancelledError), and by the server or the kernel if we die.
        async with self.store.scan_lock(SCAN_LOCK) as leader:
            if not leader:
                report.scanning_elsewhere = True
                return report
            planned = await self.plan_all(now)
            report.subscriptions = len(planned)
            for subscription, actions in planned:
                cid, tenant = subscription.conversation_id, subscription.tenant_id
                with log_context.conversation(cid, tenant):
                    for action in actions:
                        if not await self._execute(subscription, action, now, report):
                            break  # the bot is gone from that conversation
        return report

    async def _execute(
        self,
        subscription: Subscription,
        action: AlertStep,
        now: datetime,
        report: ScanReport,
        tenant: str | None = None,
    ) -> bool:
        t = subscriber_translator(subscription)
        cid = subscription.conversation_id
        try:
            if isinstance(action, Send):
                if not action.retry:
                    entry = LedgerEntry(
                        cid, action.problem, action.stage, LedgerStatus.PENDING, now
                    )
                    if not await self.store.claim(entry):
                        return True  # another instance, or an earlier scan, has it
                card = self.alert_card(subscription, action, t, now, tenant)
                delivery = self._deliver(subscription.reference, card, action, cid, now)
                await _finish_when_stopped(delivery, self.stop_grace)
                report.retried += action.retry
                report.sent += 1
                if self.observer is not None:
                    self.observer.alert_sent()
            elif isinstance(action, Resolve):
                card = alert_card(
                    action.finding, action.subject, t, now, resolved=True, tenant=tenant
                )
                assert self.sender is not None, "a scan needs a sender; a dry run does not"
                for entry in action.entries:
                    await self.sender.update(
                        subscription.reference, entry.activity_id or "", [card]
                    )
                await self.store.mark_resolved(cid, action.problem, now)
                report.resolved += 1
        except ConversationGoneError as gone:
            await report.conversation_gone(self.store, cid, gone)
            return False
        except Exception as error:
            report.post_failed(self.observer)
            if not isinstance(action, Send):
                log.warning("alert to %s not updated (%s); the next scan retries", cid, error)
                return True
            attempts = await self.store.mark_failed_attempt(cid, action.problem, action.stage)
            if attempts < self.max_attempts:
                log.warning("alert to %s not delivered (%s); the next scan retries", cid, error)
            elif await self.store.give_up(cid, action.problem, action.stage):
                report.given_up += 1
                log.warning(
                    "alert %s (%s) to %s given up after %d failed deliveries, the last: %s",
                    action.problem, action.stage, cid, attempts, error,
                )  # fmt: skip
        return True

    def alert_card(
        self,
        subscription: Subscription,
        action: Send,
        t: Translator,
        now: datetime,
        tenant: str | None = None,
    ) -> CardDict:
        kind, admins = subscription.kind, self.admins
        return alert_card(
            action.finding,
            action.subject,
            t,
            now,
            # The card is shared: Snooze and Acknowledge for everyone who sees it may use
            # them; in a channel with admins, their refresh adds the buttons.
            manage=kind != "channel" or not admins,
            sync=not admins,
            viewers=alert_viewers(kind, subscription.reference, admins),
            tenant=tenant,
        )

    async def _deliver(
        self, reference: dict[str, Any], card: CardDict, action: Send, cid: str, now: datetime
    ) -> None:
        assert self.sender is not None, "a scan needs a sender; a dry run does not"
        activity_id = await self.sender.send(reference, [card])
        # Nothing may come between the post and its record: a crash in this gap (kill -9,
        # power cut) leaves the alert PENDING although Teams has it, and it is sent again.
        await self.store.mark_sent(cid, action.problem, action.stage, activity_id, now)

    async def run(self, interval: float, first_delay: float | None = None) -> None:
        """Scans forever, the first a few seconds after start-up (or after one interval, when
        that is shorter); a failed scan is logged and the next one comes on time. Ends only
        by cancellation."""
        await asyncio.sleep(min(5.0, interval) if first_delay is None else first_delay)
        while True:
            started, failed = time.monotonic(), True
            try:
                report = await self.scan()
                log.info("alert scan: %s", report)
                failed = False
            except Exception:
                log.exception("alert scan failed")
            if self.observer is not None:
                self.observer.scan_finished(time.monotonic() - started, failed=failed)
            _end_if_cancelled()
            await asyncio.sleep(interval)


def subscriber_translator(subscription: Subscription) -> Translator:
    """The language and time zone stored with the subscription: proactive sends carry none."""
    language = by_code(subscription.language) or negotiate(subscription.language) or ENGLISH
    return translator(language, time_zone(subscription.time_zone))


def _end_if_cancelled() -> None:
    """A cancellation that something below turned into an ordinary error (a driver that fails
    while closing, a library's broad except) still ends the loop: the task still counts the
    request (`Task.cancelling`), and shutdown waits for this task before it closes the store."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


async def _finish_when_stopped(delivery: Coroutine[Any, Any, None], grace: float) -> None:
    """Runs `delivery`; if we are cancelled meanwhile, lets it finish for up to `grace`
    seconds more before the cancellation goes on (then it is cancelled and awaited)."""
    task = asyncio.ensure_future(delivery)
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        if not task.done():
            await asyncio.wait({task}, timeout=grace)
            task.cancel()
            await asyncio.wait({task})
        if not task.cancelled():
            task.exception()  # a failure now stays PENDING for the next start: nothing to log
        raise
