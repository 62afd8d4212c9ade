"""Many tenants, one source each (`TenantSources`): read together within a bound, each in its
own time budget, and each failure kept to its own tenant.

An MSP's fleet always has a tenant whose admin revoked consent, one Intune is throttling and
one whose Graph hangs; none of them may hold up or break the others' rows. Whatever goes
wrong with one tenant's read becomes that tenant's `ReadFailure`s, so the diagnosis shows the
existing "Intune could not be read" finding in its row.

The last result of every tenant is kept (`latest`), so an overview in chat is drawn from
memory, not from a thousand Graph reads in a turn.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.diagnosis.diagnose import Thresholds
from bot.core.diagnosis.tenants import TenantHealth, tenant_health, worst_first
from bot.core.tenant.document import SnapshotError
from bot.core.tenant.registry import TenantEntry
from bot.core.tenant.snapshot import TOKEN_PARTS, ReadFailure, Reason, TenantSnapshot
from bot.core.tenant.source import SnapshotSource, registry_description

log = logging.getLogger(__name__)
Close = Callable[[], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Tenant:
    entry: TenantEntry
    source: SnapshotSource

    @property
    def name(self) -> str:
        return self.entry.name


class TenantSources:
    """name -> SnapshotSource for every tenant of the registry, in registry order.

    `closers` close what the sources share (one Graph connection pool for all tenants);
    by default each source is closed on its own."""

    def __init__(
        self,
        tenants: Sequence[Tenant],
        *,
        concurrency: int = 20,
        budget: float = 12.0,
        closers: Sequence[Close] | None = None,
    ) -> None:
        self.tenants = tuple(tenants)
        self._by_key = {t.entry.key: t for t in self.tenants}
        self.concurrency, self.budget = concurrency, budget
        self._bound = asyncio.Semaphore(concurrency)
        self._closers = (
            tuple(closers) if closers is not None else tuple(t.source.close for t in self.tenants)
        )
        self._latest: dict[str, TenantHealth] = {}
        # The last snapshot of each tenant and when it was read: /metrics' per-tenant gauges.
        self._snapshots: dict[str, tuple[Tenant, TenantSnapshot, datetime]] = {}
        # Tenants added from chat (issue 15), each closed on its own when removed.
        self._added: dict[str, Close] = {}
        self.generation = 0  # grows with every change, so users rebuild what they derived
        self.in_flight = self.peak_in_flight = 0  # for tests and the benchmark

    def __len__(self) -> int:
        return len(self.tenants)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tenants)

    def find(self, name: str) -> Tenant | None:
        return self._by_key.get(name.casefold())

    async def read(self, tenant: Tenant, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        """The tenant's snapshot; never raises for the tenant's own trouble."""
        async with self._bound:
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
            started = time.monotonic()
            try:
                snapshot = await asyncio.wait_for(tenant.source.read(now, fresh=fresh), self.budget)
            except TimeoutError:
                snapshot = unreadable(Reason.TIMEOUT, f"no answer within {self.budget:g} s")
            except SnapshotError as error:
                snapshot = unreadable(Reason.BAD_RESPONSE, str(error))
            except Exception as error:  # one tenant's bug or outage is that tenant's row only
                log.exception("reading tenant %s failed", tenant.name)
                snapshot = unreadable(Reason.UNAVAILABLE, f"read failed: {type(error).__name__}")
            finally:
                self.in_flight -= 1
                elapsed = 1000 * (time.monotonic() - started)
                log.debug("tenant %s read in %.0f ms", tenant.name, elapsed)
            self._snapshots[tenant.entry.key] = (tenant, snapshot, now)
            return snapshot

    async def health(
        self,
        now: datetime,
        thresholds: Thresholds,
        *,
        names: Sequence[str] | None = None,
        fresh: bool = False,
    ) -> list[TenantHealth]:
        """Every tenant (or those named) read concurrently and diagnosed with its own
        thresholds, worst first; each result is kept for `latest`."""
        chosen = self.tenants if names is None else [self._by_key[n.casefold()] for n in names]

        async def one(tenant: Tenant) -> TenantHealth:
            snapshot = await self.read(tenant, now, fresh=fresh)
            result = tenant_health(tenant.name, snapshot, now, tenant.entry.limits(thresholds))
            if tenant.entry.key in self._by_key:  # not removed from chat while it was read
                self._latest[tenant.entry.key] = result
            return result

        return worst_first(await asyncio.gather(*(one(t) for t in chosen)))

    def remember(self, tenant: Tenant, health: TenantHealth) -> None:
        """Keeps a result read elsewhere (the alert scan) for `latest`."""
        self._latest[tenant.entry.key] = health

    def snapshots(self) -> list[tuple[Tenant, TenantSnapshot, datetime]]:
        """Each tenant's last snapshot and when it was read, by whoever read it (no I/O)."""
        return list(self._snapshots.values())

    def latest(self) -> list[TenantHealth]:
        """The last result of every tenant read so far, worst first (no I/O: chat's
        overview answers from here)."""
        return worst_first(self._latest.values())

    def add(self, tenant: Tenant, close: Close) -> None:
        """A tenant an operator added in chat, read from the next question on."""
        self.tenants = (*self.tenants, tenant)
        self._by_key[tenant.entry.key] = tenant
        self._added[tenant.entry.key] = close
        self.generation += 1

    async def remove(self, name: str) -> None:
        """Forgets a tenant added in chat and closes its source (its Graph connections)."""
        key = name.casefold()
        self.tenants = tuple(t for t in self.tenants if t.entry.key != key)
        self._by_key.pop(key, None)
        self._latest.pop(key, None)
        self._snapshots.pop(key, None)  # no gauges for a tenant no longer registered
        self.generation += 1
        close = self._added.pop(key, None)
        if close is not None:
            await _closing(close)

    def isolated(self, tenant: Tenant) -> SnapshotSource:
        """The tenant's source for code that takes one SnapshotSource (the alert scan, the
        chat): its reads go through the bound and the budget and never raise."""
        return _Isolated(self, tenant)

    async def close(self) -> None:
        for close in (*self._closers, *self._added.values()):
            await _closing(close)
        self._added.clear()


async def _closing(close: Close) -> None:
    try:
        await close()
    except Exception:
        log.exception("closing a tenant source failed")


class _Isolated:
    def __init__(self, sources: TenantSources, tenant: Tenant) -> None:
        self._sources, self._tenant = sources, tenant

    @property
    def description(self) -> str:
        return registry_description(self._tenant.name, self._tenant.source.description)

    @property
    def can_sync(self) -> bool:
        return self._tenant.source.can_sync

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        return await self._sources.read(self._tenant, now, fresh=fresh)

    async def sync(self, token_id: str) -> None:
        await self._tenant.source.sync(token_id)

    async def close(self) -> None:
        return None  # TenantSources closes what its tenants share, once


def unreadable(reason: Reason, detail: str) -> TenantSnapshot:
    """A snapshot saying no part could be read, and why: diagnosed as tenant-unreachable."""
    return TenantSnapshot(failures=tuple(ReadFailure(part, reason, detail) for part in TOKEN_PARTS))
