"""The scan loop's lifetime, in-process with a real SQLite store: it ends when cancelled, even
when something below it turns the cancellation into an ordinary error."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest

from bot.alerts.scheduler import AlertScheduler
from bot.core.tenant.snapshot import TenantSnapshot
from bot.storage.base import open_store

pytestmark = pytest.mark.anyio


class CancellationToError:
    """A tenant source that, cancelled mid-read, raises an error instead (as a library that
    cleans up a connection badly would); only once, so a failing test can still end."""

    description = "a source that swallows cancellation"
    can_sync = False

    def __init__(self) -> None:
        self.reading = asyncio.Event()
        self.swallowed = 0

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        self.reading.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            if self.swallowed:
                raise
            self.swallowed += 1
            raise RuntimeError("connection reset while closing") from None
        raise AssertionError("unreachable")

    async def sync(self, token_id: str) -> None: ...

    async def close(self) -> None: ...


async def test_a_cancelled_scan_loop_ends_even_when_the_cancellation_became_an_error(
    tmp_path: Path,
) -> None:
    store = await open_store(f"sqlite:///{tmp_path}/ade-doctor.db")
    source = CancellationToError()
    scans = asyncio.create_task(AlertScheduler(source, store).run(0.05, first_delay=0))
    try:
        await asyncio.wait_for(source.reading.wait(), 10)
        scans.cancel()
        done, _ = await asyncio.wait({scans}, timeout=10)
        assert done == {scans}, "the loop went on after being cancelled"
        assert scans.cancelled()
    finally:
        scans.cancel()
        await asyncio.wait({scans})
        await store.close()
