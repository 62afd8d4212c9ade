"""The alert scan over every tenant of a registry (issue 15).

An MSP's scan reads each customer tenant with its own thresholds, in isolation (a revoked
consent, Intune throttling one tenant or a hung Graph is that tenant's "cannot read" row and
never stops the scan: TenantSources turns them into data), and tells each subscriber about
the tenants it follows (bot.core.alerting.fleet). Its ledger keys problems per tenant.

Several bot instances on one database share a scan: tenants are claimed in batches
(bot.alerts.ports.TenantClaims) with a lease, so each tenant is read by one instance per
interval instead of by all of them; the ledger's claim still keeps every alert single. The
new alerts for a subscriber of every tenant are held in the scan's round and sent when all
its tenants are read (bot.alerts.round_digests): one digest per scan, not per instance, when
many break at once.
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
from bot.alerts.ports import AlertObserver, AlertSender, AlertStore
from bot.alerts.round_digests import DIGEST_ID, RoundDigests
from bot.alerts.scheduler import AlertScheduler, ScanReport, subscriber_translator
from bot.core.alerting.digest import HeldAlert, digest_line
from bot.core.alerting.fleet import by_tenant, follows, follows_all, plan_tenant, routed
from bot.core.alerting.model import LedgerEntry, LedgerStatus, Subscription
from bot.core.alerting.problem_keys import DEFAULT_LADDER
from bot.core.alerting.problems import ProblemSet, find_problems
from bot.core.alerting.rules import AlertStep, Resolve, Send
from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.diagnosis.tenants import TenantHealth, next_expiry
from bot.tenant_reads import Tenant, TenantSources

log = logging.getLogger(__name__)
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
        self.digests = RoundDigests(
            store, sender, holder=self.holder, lease=lease, named=self.named,
            max_attempts=self.max_attempts, stop_grace=self.stop_grace, observer=observer,
        )  # fmt: skip

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
                key, held = tenant.entry.key, []
                for s in subscriptions:
                    if follows(s, key, tenant.entry.alerts, self.named):
                        steps = plan_tenant(s, key, problems, (ledger, mutes), now)
                        if claim and follows_all(s, self.named):
                            held += await self._hold(s, tenant.name, steps, now)
                            steps = [step for step in steps if not isinstance(step, Send)]
                        planned[s.conversation_id] += [(tenant.name, step) for step in steps]
                if held:
                    await self.store.hold_alerts(key, self.holder, held)
        return subscriptions, planned

    async def _hold(
        self, subscription: Subscription, tenant: str, steps: list[AlertStep], now: datetime
    ) -> list[HeldAlert]:
        """The new alerts of `steps` for a subscriber of every tenant, claimed in the ledger
        and rendered, to wait for the scan's end: a digest or these cards, decided then."""
        cid, t = subscription.conversation_id, subscriber_translator(subscription)
        held: list[HeldAlert] = []
        for step in steps:
            if not isinstance(step, Send):
                continue
            entry = LedgerEntry(cid, step.problem, step.stage, LedgerStatus.PENDING, now)
            if step.retry or await self.store.claim(entry):
                card = self.alert_card(subscription, step, t, now, tenant)
                line = digest_line(t, tenant, step, now)
                held.append(HeldAlert(cid, step.problem, step.stage, line, card, step.retry))
        return held

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
        keys = [t.entry.key for t in self.tenants.tenants]
        try:
            subscriptions, planned = await self._plan(now, claimed)
            report.subscriptions, report.tenants = len(subscriptions), len(claimed)
            report.scanning_elsewhere = not claimed
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
        # Last: the round closes only when no tenant of it is held, this instance's included.
        await self.digests.send_due(keys, now, report)
        return report

    async def _deliver_all(
        self, subscription: Subscription, steps: Planned, now: datetime, report: ScanReport
    ) -> None:
        for name, planned in steps:
            step = planned
            if isinstance(step, Resolve):
                # A digest is not edited into one problem's "resolved" card.
                kept = tuple(e for e in step.entries if not _in_digest(e))
                step = replace(step, entries=kept)
            if not await self._execute(subscription, step, now, report, tenant=name):
                return  # the bot is gone from that conversation


def _in_digest(entry: LedgerEntry) -> bool:
    return (entry.activity_id or "").startswith(DIGEST_ID)
