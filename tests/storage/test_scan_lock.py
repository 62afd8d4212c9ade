"""The scan lock, against both backends: one holder at a time across instances, free again when
the holder's block ends, and free at once when the holding process is killed (no lease to
wait out)."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from contextlib import AsyncExitStack

import pytest

from tests.storage.conftest import Backend

pytestmark = pytest.mark.anyio

# Another bot process: takes the lock, says so, and holds it until it is killed.
HOLDER = """
import asyncio, sys
from bot.storage.base import open_store

async def main(url):
    store = await open_store(url)
    async with store.scan_lock("alert-scan") as held:
        print("held" if held else "refused", flush=True)
        await asyncio.sleep(3600)

asyncio.run(main(sys.argv[1]))
"""


async def test_one_instance_holds_the_scan_lock_at_a_time(backend: Backend) -> None:
    first, second = await backend.open(), await backend.open()

    async with first.scan_lock("alert-scan") as held:
        assert held
        async with second.scan_lock("alert-scan") as also:
            assert not also
        async with second.scan_lock("other-job") as other:
            assert other


async def test_instances_racing_for_a_free_lock_get_exactly_one_winner(backend: Backend) -> None:
    stores = [await backend.open(), await backend.open()]
    for _ in range(5):
        async with AsyncExitStack() as stack:
            outcomes = await asyncio.gather(
                *(stack.enter_async_context(stores[i % 2].scan_lock("scan")) for i in range(8))
            )
            assert outcomes.count(True) == 1


async def test_the_lock_is_free_for_another_instance_once_the_holder_is_done(
    backend: Backend,
) -> None:
    first, second = await backend.open(), await backend.open()
    async with first.scan_lock("alert-scan") as held:
        assert held

    async with second.scan_lock("alert-scan") as taken:
        assert taken
    async with first.scan_lock("alert-scan") as again:
        assert again


async def test_the_lock_of_a_killed_process_is_free_at_once(backend: Backend) -> None:
    command = [sys.executable, "-c", HOLDER, backend.url]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None
            assert await asyncio.to_thread(holder.stdout.readline) == "held\n"
            survivor = await backend.open()
            async with survivor.scan_lock("alert-scan") as taken:
                assert not taken
            holder.send_signal(signal.SIGKILL)
            await asyncio.to_thread(holder.wait, 10)
            # The server notices the closed socket a moment later; no lease to wait out.
            for _ in range(100):
                async with survivor.scan_lock("alert-scan") as taken:
                    if taken:
                        break
                await asyncio.sleep(0.05)
            assert taken
        finally:
            holder.kill()
