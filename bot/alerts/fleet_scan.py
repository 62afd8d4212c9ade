"""The alert scan over every tenant of a registry (issue 15).

An MSP's scan reads each customer tenant with its own thresholds, in isolation (a revoked
consent, Intune throttling one tenant or a hung Graph is that tenant's "cannot read" row and
never stops the scan: TenantSources turns them into data), and tells each subscriber about
the tenants it follows (bot.core.alerting.fleet). Its ledger keys problems per tenant.

Several bot instances on one database share a scan: tenants are claimed in batches
(bot.alerts.ports.TenantClaims) with a lease, so each tenant is read by one instance per
interval instead of by all of them; the ledger's claim still keeps every alert single. Every
subscriber's news is collected over the instance's whole scan first, so a subscriber of all
tenants gets one digest per scan and instance when many break at once.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot import log_context
from bot.alerts.ports import AlertObserver, AlertSender, AlertStore, ConversationGoneError
from bot.alerts.scheduler import AlertScheduler, ScanReport, _finish_when_stopped
from bot.catalogs import translator
from bot.core.alerting.digest import digest_card
from bot.core.alerting.fleet import by_tenant, digest_due, follows, plan_tenant, routed
from bot.core.alerting.model import LedgerEntry, LedgerStatus, Subscription
from bot.core.alerting.problem_keys import DEFAULT_LADDER
from bot.core.alerting.problems import ProblemSet, find_problems
from bot.core.alerting.rules import AlertStep, Resolve, Send
from bot.core.cards.elements import CardDict
from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.diagnosis.tenants import TenantHealth, next_expiry
from bot.core.i18n.languages import ENGLISH, by_code, negotiate
from bot.core.i18n.translator import time_zone
from bot.tenant_reads import Tenant, TenantSources

log = logging.getLogger(__name__)

# A digest's ledger entries carry this instead of a message id: the digest lists other
# problems too, so a resolved one is not written over it (it is resolved silently).
DIGEST_ID = "digest:"
# How long a claimed tenant stays with its instance: longer than any scan's reads and posts
# (a thousand tenants read in ~20 s; a few hundred paced Teams posts take a minute), short
# enough that the tenants of an instance that died are read by the others within minutes.
LEASE = timedelta(minutes=10)

Planned = list[tuple[str, AlertStep]]  # (tenant name, step)


def instance_id() -> str:
    """This process among the bot's instances, for the claims it holds (and its logs)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class FleetScheduler(AlertScheduler):
    def __init__(
        self,
        tenants: TenantSources,
        store: AlertStore,
        sender: AlertSender | None = None,
        *,
        interval: float,
        thresholds: Thresholds | None = None,
        ladder: tuple[int, ...] = DEFAULT_LADDER,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        observer: AlertObserver | None = None,
        holder: str | None = None,
        lease: timedelta = LEASE,
        admins: frozenset[str] = frozenset(),
    ) -> None:
        first = tenants.isolated(tenants.tenants[0])
        super().__init__(
            first, store, sender, thresholds=thresholds, ladder=ladder, clock=clock,
            observer=observer, admins=admins,
        )  # fmt: skip
        self.tenants, self.interval, self.lease = tenants, interval, lease
        self.holder = holder or instance_id()
        self.named = routed(t.entry.alerts for t in tenants.tenants)
        self.reads: defaultdict[str, int] = defaultdict(int)  # per tenant, for tests

    async def _problems(self, tenant: Tenant, now: datetime) -> ProblemSet:
        snapshot = await self.tenants.read(tenant, now)
        self.reads[tenant.name] += 1
        findings = diagnose(snapshot, now, tenant.entry.limits(self.thresholds))
        health = TenantHealth(tenant.name, tuple(findings), next_expiry(snapshot, now))
        self.tenants.remember(tenant, health)  # the chat's overview answers from here
        return find_problems(snapshot, findings, now, self.ladder)

    async def _plan(
        self, now: datetime, claimed: list[str] | None
    ) -> tuple[list[Subscription], dict[str, Planned]]:
        """Each subscriber's steps for the tenants this instance claims now, their keys added
        to `claimed` as they are claimed (None: all tenants, claiming nothing)."""
        subscriptions = await self.store.subscriptions()
        ledger, mutes = by_tenant(await self.store.entries(), await self.store.mutes())
        keys = [t.entry.key for t in self.tenants.tenants]
        planned: dict[str, Planned] = defaultdict(list)
        claim = claimed is not None
        remaining = [] if claim else keys
        batch = max(1, self.tenants.concurrency)
        while True:
            if claimed is not None:
                until = now + self.lease
                chosen = await self.store.claim_tenants(keys, self.holder, now, until, batch)
                claimed += chosen
            else:
                chosen, remaining = remaining[:batch], remaining[batch:]
            if not chosen:
                break
            tenants = [t for t in (self.tenants.find(k) for k in chosen) if t is not None]
            found = await asyncio.gather(*(self._problems(t, now) for t in tenants))
            for tenant, problems in zip(tenants, found, strict=True):
                key = tenant.entry.key
                for s in subscriptions:
                    if follows(s, key, tenant.entry.alerts, self.named):
                        steps = plan_tenant(s, key, problems, (ledger, mutes), now)
                        planned[s.conversation_id] += [(tenant.name, step) for step in steps]
        return subscriptions, planned

    async def plan_all(self, now: datetime) -> list[tuple[Subscription, Sequence[AlertStep]]]:
        subscriptions, planned = await self._plan(now, None)
        return [(s, [step for _, step in planned[s.conversation_id]]) for s in subscriptions]

    async def plan_each(
        self, now: datetime
    ) -> list[tuple[str, list[tuple[Subscription, Sequence[AlertStep]]]]]:
        """`alerts --dry-run`: per tenant, what the next scan would do for each of the
        subscribers that follow it, claiming and sending nothing."""
        subscriptions = await self.store.subscriptions()
        records = by_tenant(await self.store.entries(), await self.store.mutes())
        found = await asyncio.gather(*(self._problems(t, now) for t in self.tenants.tenants))
        plans: list[tuple[str, list[tuple[Subscription, Sequence[AlertStep]]]]] = []
        for tenant, problems in zip(self.tenants.tenants, found, strict=True):
            key = tenant.entry.key
            plans.append((tenant.name, [
                (s, plan_tenant(s, key, problems, records, now))
                for s in subscriptions
                if follows(s, key, tenant.entry.alerts, self.named)
            ]))  # fmt: skip
        return plans

    async def scan(self, now: datetime | None = None) -> ScanReport:
        now = now or self.clock()
        report = ScanReport()
        claimed: list[str] = []
        # Read again one interval after this scan began; a little early, so the next scan of
        # any instance (whose timer drifts by a scan's length) finds them due.
        due = now + timedelta(seconds=self.interval * 0.9)
        try:
            subscriptions, planned = await self._plan(now, claimed)
            report.subscriptions, report.tenants = len(subscriptions), len(claimed)
            if not claimed:
                report.scanning_elsewhere = True
                return report
            for subscription in subscriptions:
                steps = planned.get(subscription.conversation_id, [])
                with log_context.conversation(subscription.conversation_id, None):
                    await self._deliver_all(subscription, steps, now, report)
        except BaseException:
            # Stopped or failed midway: the tenants are due at once, for the next start (or
            # the other instances) rather than after the lease.
            await self.store.finish_tenants(claimed, self.holder, now)
            raise
        await self.store.finish_tenants(claimed, self.holder, due)
        return report

    async def _deliver_all(
        self, subscription: Subscription, steps: Planned, now: datetime, report: ScanReport
    ) -> None:
        sends = [(name, step) for name, step in steps if isinstance(step, Send)]
        if digest_due(len(sends), subscription, self.named):
            if not await self._digest(subscription, sends, now, report):
                return
            steps = [(name, step) for name, step in steps if not isinstance(step, Send)]
        for name, planned in steps:
            step = planned
            if isinstance(step, Resolve):
                # A digest is not edited into one problem's "resolved" card.
                kept = tuple(e for e in step.entries if not _in_digest(e))
                step = replace(step, entries=kept)
            if not await self._execute(subscription, step, now, report, tenant=name):
                return  # the bot is gone from that conversation

    async def _digest(
        self,
        subscription: Subscription,
        sends: list[tuple[str, Send]],
        now: datetime,
        report: ScanReport,
    ) -> bool:
        """One card for all of `sends`; False when the conversation is gone."""
        cid = subscription.conversation_id
        mine: list[tuple[str, Send]] = []
        for name, send in sends:
            entry = LedgerEntry(cid, send.problem, send.stage, LedgerStatus.PENDING, now)
            if send.retry or await self.store.claim(entry):
                mine.append((name, send))
        if not mine:
            return True
        language = by_code(subscription.language) or negotiate(subscription.language) or ENGLISH
        t = translator(language, time_zone(subscription.time_zone))
        card = digest_card(mine, t, now)
        assert self.sender is not None, "a scan needs a sender; a dry run does not"
        try:
            await _finish_when_stopped(
                self._post_digest(subscription, card, mine, now), self.stop_grace
            )
        except ConversationGoneError as gone:
            await self.store.deactivate(cid, gone.reason)
            log.warning("alerts to %s stopped: %s", cid, gone.reason)
            report.deactivated += 1
            return False
        except Exception as error:
            report.failed += 1
            for _, send in mine:
                attempts = await self.store.mark_failed_attempt(cid, send.problem, send.stage)
                if attempts >= self.max_attempts:
                    report.given_up += await self.store.give_up(cid, send.problem, send.stage)
            log.warning("alert digest to %s not delivered (%s); the next scan retries", cid, error)
            return True
        report.sent += 1
        report.retried += sum(send.retry for _, send in mine)
        if self.observer is not None:
            self.observer.alert_sent()
        return True

    async def _post_digest(
        self, subscription: Subscription, card: CardDict, mine: list[tuple[str, Send]],
        now: datetime,
    ) -> None:  # fmt: skip
        assert self.sender is not None
        activity_id = await self.sender.send(subscription.reference, [card])
        # As for one alert, nothing comes between the post and its records; a crash amid
        # them has the next scan send the problems not yet recorded again.
        cid, marker = subscription.conversation_id, f"{DIGEST_ID}{activity_id}"
        for _, send in mine:
            await self.store.mark_sent(cid, send.problem, send.stage, marker, now)


def _in_digest(entry: LedgerEntry) -> bool:
    return (entry.activity_id or "").startswith(DIGEST_ID)
