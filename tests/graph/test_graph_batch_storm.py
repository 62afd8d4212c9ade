"""A 429 storm and a cancellation in the middle of a JSON batch, over real HTTPS: a read ends
within its budget (the Teams reply window), and cancelling it leaves nothing running."""

import asyncio
import contextlib
import time

from bot.core.tenant.snapshot import Reason
from bot.graph.client import RetryPolicy
from tests.graph.conftest import NOW, fake_tenant
from tests.graph.fake_aad import TENANT
from tests.graph.fake_graph import graph_error
from tests.graph.tls import Tls

BATCH = "/beta/$batch"


def test_a_429_storm_on_every_request_inside_and_outside_batches_ends_within_the_budget(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            storm = graph_error(429, "TooManyRequests", "slow down", **{"Retry-After": "1"})
            tenant.graph.tenant_script[TENANT] = [storm]
            # The whole batch throttled twice first, then its every inner request.
            tenant.graph.script[BATCH] = [storm, storm]
            source = tenant.source(RetryPolicy.within(4.0))
            started = time.monotonic()
            try:
                snapshot = await source.read(NOW)
            finally:
                await source.close()
            elapsed = time.monotonic() - started
        assert elapsed < 4.5
        assert {f.reason for f in snapshot.failures} == {Reason.THROTTLED}

    asyncio.run(scenario())


def test_a_read_cancelled_while_its_batch_is_pending_leaves_no_task_running(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.tenant_delay[TENANT] = 30.0
            source = tenant.source(RetryPolicy.within(15.0))
            read = asyncio.ensure_future(source.read(NOW))
            await asyncio.sleep(0.5)
            assert tenant.graph.batches  # the batch is on its way
            read.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await read
            started = time.monotonic()
            await source.close()
            closing = time.monotonic() - started
            await asyncio.sleep(0.1)
            left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        assert read.cancelled()
        assert closing < 2.0
        assert _ours(left) == []

    asyncio.run(scenario())


def test_a_cancelled_batch_whose_retries_are_sleeping_stays_cancelled(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            throttled = graph_error(429, "TooManyRequests", "slow down", **{"Retry-After": "5"})
            tenant.graph.tenant_script[TENANT] = [throttled]
            source = tenant.source(RetryPolicy.within(15.0))
            read = asyncio.ensure_future(source.read(NOW))
            await asyncio.sleep(0.5)
            read.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await read
            await source.close()
            await asyncio.sleep(0.1)
            left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        assert read.cancelled()
        assert _ours(left) == []

    asyncio.run(scenario())


def _ours(tasks: list[asyncio.Task[object]]) -> list[str]:
    """The bot's tasks still running (the fake Graph's own handlers share the loop)."""
    names = []
    for task in tasks:
        coro = task.get_coro()
        code = getattr(coro, "cr_code", None)
        module = getattr(coro, "cr_frame", None)
        where = module.f_globals.get("__name__", "") if module is not None else ""
        if not task.done() and where.startswith("bot."):
            names.append(f"{where}.{code.co_name if code else coro}")
    return names
