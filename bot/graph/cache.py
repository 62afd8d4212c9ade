"""A per-tenant snapshot cache with single flight: when 100 admins ask at once, Graph is read
once and everyone gets that answer. Intune throttles per tenant, and a snapshot's dates do
not move in a minute."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from bot.core.tenant.snapshot import TenantSnapshot

Load = Callable[[], Awaitable[TenantSnapshot]]


class SnapshotCache:
    def __init__(
        self,
        seconds: float = 60.0,
        *,
        failure_seconds: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # A snapshot with a failed part is kept briefly: long enough to absorb a burst of
        # questions, short enough that a permission granted a moment ago is seen.
        self.seconds, self.failure_seconds, self._clock = seconds, failure_seconds, clock
        self._entries: dict[str, tuple[float, TenantSnapshot]] = {}
        self._flights: dict[str, asyncio.Task[TenantSnapshot]] = {}
        self.loads = 0  # Graph reads started: for tests and the benchmark

    async def get(self, tenant: str, load: Load, *, fresh: bool = False) -> TenantSnapshot:
        """The cached snapshot, or the result of the read in flight, or a new read.
        `fresh` ("Check again") skips the cache but still joins a read already in flight:
        that one started after the click, so it is fresh."""
        key = tenant.lower()
        if not fresh:
            entry = self._entries.get(key)
            if entry is not None and entry[0] > self._clock():
                return entry[1]
        flight = self._flights.get(key)
        if flight is None:
            self.loads += 1
            flight = asyncio.ensure_future(self._load(key, load))
            # Retrieved here so an error nobody waits for any more is not logged as lost.
            flight.add_done_callback(lambda task: task.cancelled() or task.exception())
            self._flights[key] = flight
        # One admin giving up (the turn's own timeout) must not cancel the others' read.
        return await asyncio.shield(flight)

    async def _load(self, key: str, load: Load) -> TenantSnapshot:
        try:
            snapshot = await load()
            keep = min(self.seconds, self.failure_seconds) if snapshot.failures else self.seconds
            if keep > 0:
                self._entries[key] = (self._clock() + keep, snapshot)
            return snapshot
        finally:
            self._flights.pop(key, None)

    async def aclose(self) -> None:
        """Stops the reads in flight. They outlive a waiter's cancellation on purpose (the
        others still wait), but not the process's shutdown: a read still waiting on a slow
        batch or a Retry-After would keep running on closed connections."""
        flights = list(self._flights.values())
        for flight in flights:
            flight.cancel()
        await asyncio.gather(*flights, return_exceptions=True)

    def invalidate(self, tenant: str) -> None:
        """After "Sync now", lastSyncTriggeredDateTime has changed: read again next time."""
        self._entries.pop(tenant.lower(), None)
