"""Device data per tenant, kept longer than token state and refreshed behind the turns: a
turn gets the cached data at once (a stale entry starts one background read), and only the
very first turn waits, at most the `wait` its caller allows (GraphSource: 3 s). Single
flight, as the snapshot cache."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from bot.core.tenant.snapshot import TenantSnapshot
from bot.graph.device_reader import DeviceData

log = logging.getLogger(__name__)
Load = Callable[[], Awaitable[DeviceData]]


@dataclass(frozen=True, slots=True)
class _Entry:
    expires: float
    tokens: frozenset[str]
    data: DeviceData


class DeviceCache:
    def __init__(
        self,
        seconds: float = 900.0,
        *,
        failure_seconds: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # Data with a failed part is refreshed soon: a permission granted a moment ago shows.
        self.seconds, self.failure_seconds, self._clock = seconds, failure_seconds, clock
        self._entries: dict[str, _Entry] = {}
        self._flights: dict[str, asyncio.Task[DeviceData]] = {}
        # The last snapshot joined with device data, so a burst of turns shares one object.
        self._joined: dict[str, tuple[TenantSnapshot, DeviceData, TenantSnapshot]] = {}
        self.loads = 0  # device reads started: for tests

    async def get(
        self,
        tenant: str,
        tokens: frozenset[str],
        load: Load,
        *,
        wait: float,
        refresh: bool = False,
    ) -> DeviceData | None:
        """The cached data (starting a background read when it is stale, covers other tokens,
        or `refresh` asks); with none yet (or a failed part and `refresh`), the read in flight
        if it ends within `wait` seconds; else None: devices not read yet."""
        key = tenant.lower()
        entry = self._entries.get(key)
        stale = entry is None or refresh or entry.expires <= self._clock()
        if stale or (entry is not None and not tokens <= entry.tokens):
            flight = self._flights.get(key)
            if flight is None:
                self.loads += 1
                flight = asyncio.ensure_future(self._load(key, tokens, load))
                # Retrieved here so an error nobody waits for is not logged as lost.
                flight.add_done_callback(lambda task: task.cancelled() or task.exception())
                self._flights[key] = flight
            # "Check again" after a failed part (a permission just granted) waits like a
            # first turn; either falls back to the cached data if the read takes too long.
            if (entry is None or (refresh and entry.data.failures)) and wait > 0:
                try:
                    # A turn that gives up must not cancel the read: others will use it.
                    return await asyncio.wait_for(asyncio.shield(flight), wait)
                except TimeoutError:
                    pass
                except Exception:  # a bug in the read must not cost the turn its tokens
                    log.exception("device read failed")
        return entry.data if entry is not None else None

    def join(self, tenant: str, snapshot: TenantSnapshot, data: DeviceData) -> TenantSnapshot:
        """The snapshot with this device data: the same object for the same two inputs."""
        key = tenant.lower()
        last = self._joined.get(key)
        if last is not None and last[0] is snapshot and last[1] is data:
            return last[2]
        joined = replace(
            snapshot,
            devices=data.devices,
            profiles=data.profiles,
            devices_read_at=data.read_at,
            failures=snapshot.failures + data.failures,
        )
        self._joined[key] = (snapshot, data, joined)
        return joined

    async def _load(self, key: str, tokens: frozenset[str], load: Load) -> DeviceData:
        try:
            data = await load()
            keep = min(self.seconds, self.failure_seconds) if data.failures else self.seconds
            if keep > 0:
                self._entries[key] = _Entry(self._clock() + keep, tokens, data)
            return data
        finally:
            self._flights.pop(key, None)

    async def aclose(self) -> None:
        """Stops the background reads still running (at shutdown)."""
        flights = list(self._flights.values())
        for flight in flights:
            flight.cancel()
        await asyncio.gather(*flights, return_exceptions=True)
