"""The tenant's state as gauges, computed at scrape time from the latest snapshot the bot
holds: days until each Apple token or certificate expires, hours since each last synced,
findings by card and severity. A scrape never reads Graph (Intune throttles per tenant, and
Prometheus scrapes every 15 s); the snapshot is the one the last chat turn or alert scan
read, and `ade_snapshot_age_seconds` says how old it is.

Labels are what Graph gives: token kind, id and name (the ADE token's name, the VPP token's
organization, the APNs certificate's Apple ID). Graph's secret fields (the VPP token itself)
never reach a snapshot, so they cannot reach a label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.diagnosis.findings import Card, Severity
from bot.core.tenant.snapshot import TenantSnapshot, VppSyncStatus
from bot.core.tenant.source import SnapshotSource

Clock = Callable[[], datetime]
DAY, HOUR = 86400.0, 3600.0


class LatestSnapshot:
    """A SnapshotSource that remembers what it last read (and as of when) for the gauges;
    everything else is the wrapped source's."""

    def __init__(self, source: SnapshotSource) -> None:
        self.source = source
        self.latest: tuple[TenantSnapshot, datetime] | None = None

    @property
    def description(self) -> str:
        return self.source.description

    @property
    def can_sync(self) -> bool:
        return self.source.can_sync

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        snapshot = await self.source.read(now, fresh=fresh)
        self.latest = (snapshot, now)
        return snapshot

    async def sync(self, token_id: str) -> None:
        await self.source.sync(token_id)

    async def close(self) -> None:
        await self.source.close()


# What the gauges are computed from: the tenant's name (None with one tenant: no label), its
# latest snapshot, when that was read, and the thresholds it is diagnosed with.
Held = tuple[str | None, TenantSnapshot, datetime, Thresholds]


class TenantCollector(Collector):
    """The gauges of one tenant (`LatestSnapshot`) or, with a registry, of every tenant read so
    far, each series labelled with its tenant's registry name (`held` gives them at scrape
    time; `tenants` says whether the `tenant` label exists)."""

    def __init__(
        self, held: Callable[[], Iterable[Held]], clock: Clock, *, tenants: bool = False
    ) -> None:
        self.held, self.clock, self.tenants = held, clock, tenants
        # The last diagnosis per snapshot and minute: thresholds are days and hours, so
        # scrapes every 15 s (two Prometheus replicas: twice that) need not repeat it.
        self._findings: dict[int, tuple[TenantSnapshot, datetime, dict[Key, int]]] = {}

    def describe(self) -> Iterable[GaugeMetricFamily]:
        # Names only: registering must not diagnose a snapshot.
        return list(_families(self.tenants))

    def collect(self) -> Iterable[GaugeMetricFamily]:
        expiry, sync_age, findings, failures, age = families = list(_families(self.tenants))
        now, seen = self.clock(), {}
        for tenant, snapshot, read_at, thresholds in self.held():
            pre = [tenant] if tenant is not None else []
            age.add_metric(pre, max(0.0, (now - read_at).total_seconds()))
            for kind, token_id, name, expires, synced in _tokens(snapshot):
                labels = [*pre, kind, token_id, name]
                if expires is not None:
                    expiry.add_metric(labels, (expires - now).total_seconds() / DAY)
                if synced is not None:
                    sync_age.add_metric(labels, (now - synced).total_seconds() / HOUR)
            for failure in snapshot.failures:
                failures.add_metric([*pre, str(failure.part), str(failure.reason)], 1.0)
            counts = seen[id(snapshot)] = self._counts(snapshot, now, thresholds)
            # Every card and severity, 0 when absent: an alert rule on a series that exists
            # only while the problem does cannot tell "resolved" from "the bot stopped".
            for card in Card:
                for severity in Severity:
                    findings.add_metric([*pre, card, severity], counts.get((card, severity), 0))
        for key in [k for k in self._findings if k not in seen]:
            del self._findings[key]  # a tenant read again, or gone from the registry
        return families

    def _counts(
        self, snapshot: TenantSnapshot, now: datetime, thresholds: Thresholds
    ) -> dict[Key, int]:
        minute = now.replace(second=0, microsecond=0)
        memo = self._findings.get(id(snapshot))
        if memo is not None and memo[0] is snapshot and memo[1] == minute:
            return memo[2]
        counts = _finding_counts(snapshot, now, thresholds)
        self._findings[id(snapshot)] = (snapshot, minute, counts)
        return counts


def _families(tenants: bool) -> Iterator[GaugeMetricFamily]:
    pre = ["tenant"] if tenants else []
    token = [*pre, "kind", "id", "name"]
    yield GaugeMetricFamily(
        "ade_token_expiry_days",
        "Days until the Apple token or certificate expires (negative: expired).",
        labels=token,
    )
    yield GaugeMetricFamily(
        "ade_token_sync_age_hours",
        "Hours since the token last synced with Apple successfully.",
        labels=token,
    )
    yield GaugeMetricFamily(
        "ade_findings",
        "What the diagnosis finds now: tokens, certificates or device groups per card and "
        "severity (1 for a card about the whole tenant).",
        labels=[*pre, "card", "severity"],
    )
    yield GaugeMetricFamily(
        "ade_snapshot_read_failures",
        "Parts of the latest tenant read that Graph refused or did not answer (1 each).",
        labels=[*pre, "part", "reason"],
    )
    yield GaugeMetricFamily(
        "ade_snapshot_age_seconds",
        "Seconds since the snapshot behind these gauges was read (by a chat turn or an alert "
        "scan; Graph answers are cached up to ADE_GRAPH_CACHE_SECONDS before that).",
        labels=pre,
    )


Row = tuple[str, str, str, datetime | None, datetime | None]


def _tokens(snapshot: TenantSnapshot) -> Iterator[Row]:
    for token in snapshot.enrollment_tokens or ():
        yield "ade", token.id, token.name or "", token.expires, token.last_successful_sync
    for vpp in snapshot.vpp_tokens or ():
        # Graph keeps one lastSyncDateTime: after a failed sync it is not a successful one.
        synced = vpp.last_sync if vpp.last_sync_status != VppSyncStatus.FAILED else None
        yield "vpp", vpp.id, vpp.organization_name or "", vpp.expires, synced
    apns = snapshot.push_certificate
    if apns is not None:
        yield "apns", apns.topic_id or "", apns.apple_id or "", apns.expires, None


Key = tuple[Card, Severity]


def _finding_counts(
    snapshot: TenantSnapshot, now: datetime, thresholds: Thresholds
) -> dict[Key, int]:
    counts: dict[Key, int] = {}
    for finding in diagnose(snapshot, now, thresholds):
        if not finding.subjects:
            key = (finding.card, finding.severity)
            counts[key] = counts.get(key, 0) + 1
        for subject in finding.subjects:
            key = (finding.card, subject.severity)
            counts[key] = counts.get(key, 0) + 1
    return counts
