"""The per-tenant snapshot cache: many admins asking at once cost one Graph read, and
"Check again" reads anew."""

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from bot.core.tenant.snapshot import Part, ReadFailure, TenantSnapshot
from bot.graph.cache import SnapshotCache
from tests.graph.conftest import NOW, fake_tenant
from tests.graph.fake_graph import TOKENS, graph_error
from tests.graph.tls import Tls


def test_a_hundred_admins_asking_at_once_cause_one_graph_read(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.delay = 0.2
            source = tenant.source()
            snapshots = await asyncio.gather(*(source.read(NOW) for _ in range(100)))
            await source.close()
        assert tenant.graph.snapshot_reads == 1
        assert len(tenant.graph.token_part_requests) == 3
        # One device read too: two lists for each of the demo's four tokens.
        assert len(tenant.graph.device_requests) == 2 * 4
        assert all(s is snapshots[0] for s in snapshots)

    asyncio.run(scenario())


def test_the_snapshot_is_reused_until_the_cache_time_is_over(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            source = tenant.source(graph_cache_seconds=60)
            first = await source.read(NOW)
            second = await source.read(NOW)
            await source.close()
        assert first is second
        assert tenant.graph.snapshot_reads == 1

    asyncio.run(scenario())


def test_check_again_reads_graph_anew_but_joins_a_read_in_flight(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            source = tenant.source()
            await source.read(NOW)
            await source.read(NOW, fresh=True)
            assert tenant.graph.snapshot_reads == 2
            tenant.graph.delay = 0.2
            await asyncio.gather(*(source.read(NOW, fresh=True) for _ in range(20)))
            await source.close()
        assert tenant.graph.snapshot_reads == 3

    asyncio.run(scenario())


def test_a_cache_time_of_zero_reads_every_time(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            source = tenant.source(graph_cache_seconds=0)
            await source.read(NOW)
            await source.read(NOW)
            await source.close()
        assert tenant.graph.snapshot_reads == 2

    asyncio.run(scenario())


def test_one_admin_giving_up_does_not_cancel_the_read_the_others_wait_for(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.delay = 0.3
            source = tenant.source()
            impatient = asyncio.ensure_future(source.read(NOW))
            patient = asyncio.ensure_future(source.read(NOW))
            await asyncio.sleep(0.1)
            impatient.cancel()
            snapshot = await patient
            await source.close()
        assert not snapshot.failures
        assert tenant.graph.snapshot_reads == 1

    asyncio.run(scenario())


def test_tenants_have_their_own_cache_entries() -> None:
    cache = SnapshotCache(60)
    loads: list[str] = []

    def loader(name: str) -> Callable[[], Awaitable[TenantSnapshot]]:
        async def load() -> TenantSnapshot:
            loads.append(name)
            return TenantSnapshot(enrollment_tokens=())

        return load

    async def scenario() -> None:
        await cache.get("Tenant-A", loader("a"))
        await cache.get("tenant-a", loader("a"))
        await cache.get("tenant-b", loader("b"))

    asyncio.run(scenario())
    assert loads == ["a", "b"]


def test_a_snapshot_with_a_failed_part_is_kept_only_briefly() -> None:
    now = [0.0]
    cache = SnapshotCache(60, failure_seconds=10, clock=lambda: now[0])
    failed = TenantSnapshot(failures=(ReadFailure(Part.VPP_TOKENS, "throttled"),))
    calls = 0

    async def load() -> TenantSnapshot:
        nonlocal calls
        calls += 1
        return failed

    async def scenario() -> None:
        await cache.get("t", load)
        now[0] = 9.0
        await cache.get("t", load)
        now[0] = 10.5
        await cache.get("t", load)

    asyncio.run(scenario())
    assert calls == 2


def test_an_unexpected_error_reaches_every_waiter_and_is_not_cached() -> None:
    cache = SnapshotCache(60)
    calls = 0

    async def load() -> TenantSnapshot:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)
        raise RuntimeError("bug")

    async def scenario() -> None:
        results = await asyncio.gather(
            *(cache.get("t", load) for _ in range(3)), return_exceptions=True
        )
        assert all(isinstance(r, RuntimeError) for r in results)
        with pytest.raises(RuntimeError):
            await cache.get("t", load)

    asyncio.run(scenario())
    assert calls == 2


def test_a_refused_read_is_not_kept_for_the_whole_cache_time(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[TOKENS] = [graph_error(403, "Forbidden", "no")] * 2
            source = tenant.source()
            source.cache.failure_seconds = 0
            first = await source.read(NOW)
            second = await source.read(NOW)
            await source.close()
        assert first.failures
        assert not second.failures

    asyncio.run(scenario())
