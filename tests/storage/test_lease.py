"""The scheduler lease, against both backends: one holder at a time across instances,
renewed by its holder, taken over once it expires. Time is passed in: nothing sleeps."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from tests.storage.conftest import NOW, Backend

pytestmark = pytest.mark.anyio

TTL = timedelta(minutes=5)


async def test_one_instance_holds_the_lease_at_a_time(backend: Backend) -> None:
    first, second = await backend.open(), await backend.open()

    assert await first.acquire_lease("scan", "instance-a", NOW, TTL)
    assert not await second.acquire_lease("scan", "instance-b", NOW + timedelta(seconds=1), TTL)
    assert await second.acquire_lease("other-job", "instance-b", NOW, TTL)


async def test_instances_racing_for_a_free_lease_get_exactly_one_winner(
    backend: Backend,
) -> None:
    stores = [await backend.open(), await backend.open()]
    for round_ in range(5):
        name = f"scan-{round_}"
        winners = await asyncio.gather(
            *(stores[i % 2].acquire_lease(name, f"instance-{i}", NOW, TTL) for i in range(10))
        )
        assert winners.count(True) == 1


async def test_the_holder_renews_its_lease_and_keeps_others_out(backend: Backend) -> None:
    first, second = await backend.open(), await backend.open()
    await first.acquire_lease("scan", "instance-a", NOW, TTL)

    renewed_at = NOW + timedelta(minutes=4)
    assert await first.acquire_lease("scan", "instance-a", renewed_at, TTL)

    # Past the first expiry, but not past the renewed one.
    assert not await second.acquire_lease("scan", "instance-b", NOW + timedelta(minutes=6), TTL)


async def test_another_instance_takes_over_an_expired_lease(backend: Backend) -> None:
    crashed, survivor = await backend.open(), await backend.open()
    await crashed.acquire_lease("scan", "instance-a", NOW, TTL)

    assert not await survivor.acquire_lease(
        "scan", "instance-b", NOW + TTL - timedelta(microseconds=1), TTL
    )
    assert await survivor.acquire_lease("scan", "instance-b", NOW + TTL, TTL)
    # The crashed instance comes back: the lease is no longer its own.
    assert not await crashed.acquire_lease("scan", "instance-a", NOW + TTL, TTL)
    assert not await crashed.release_lease("scan", "instance-a")


async def test_a_released_lease_is_free_for_another_instance_at_once(backend: Backend) -> None:
    first, second = await backend.open(), await backend.open()
    await first.acquire_lease("scan", "instance-a", NOW, TTL)

    assert not await second.release_lease("scan", "instance-b")
    assert await first.release_lease("scan", "instance-a")
    assert not await first.release_lease("scan", "instance-a")

    assert await second.acquire_lease("scan", "instance-b", NOW, TTL)


async def test_a_lease_needs_a_positive_ttl(backend: Backend) -> None:
    store = await backend.open()
    with pytest.raises(ValueError, match="positive ttl"):
        await store.acquire_lease("scan", "instance-a", NOW, timedelta(0))
