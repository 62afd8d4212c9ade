"""Sharing a scan's tenants between bot instances (issue 15), against both backends: claims
by instances at once never overlap and cover every tenant, a held tenant waits for its lease
to end, and a finished one for its next due time."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from tests.storage.conftest import NOW, Backend

pytestmark = pytest.mark.anyio
TENANTS = [f"tenant {n:03d}" for n in range(60)]
LEASE = NOW + timedelta(minutes=10)


async def test_instances_claiming_at_once_share_the_tenants_without_overlap(
    backend: Backend,
) -> None:
    stores = [await backend.open() for _ in range(3)]

    async def instance(number: int) -> list[str]:
        mine: list[str] = []
        while batch := await stores[number].claim_tenants(TENANTS, f"i{number}", NOW, LEASE, 5):
            mine += batch
            await asyncio.sleep(0.02)  # reading the batch from Graph
        return mine

    shares = await asyncio.gather(*(instance(n) for n in range(3)))

    claimed = [tenant for share in shares for tenant in share]
    assert sorted(claimed) == TENANTS  # every tenant once
    assert all(shares), [len(s) for s in shares]  # and each instance got some


async def test_a_held_tenant_waits_for_its_lease_and_a_finished_one_for_its_due_time(
    backend: Backend,
) -> None:
    first, second = await backend.open(), await backend.open()
    assert await first.claim_tenants(["contoso"], "a", NOW, LEASE, 10) == ["contoso"]

    assert await second.claim_tenants(["contoso"], "b", NOW + timedelta(minutes=9), LEASE, 10) == []
    later = NOW + timedelta(minutes=11)  # instance "a" died: its lease ran out
    assert await second.claim_tenants(
        ["contoso"], "b", later, later + timedelta(minutes=10), 10
    ) == ["contoso"]
    assert await first.finish_tenants(["contoso"], "a", NOW + timedelta(hours=1)) == 0  # not its
    assert await second.finish_tenants(["contoso"], "b", NOW + timedelta(hours=1)) == 1

    soon = NOW + timedelta(minutes=30)
    assert await first.claim_tenants(["contoso"], "a", soon, soon + timedelta(minutes=10), 10) == []
    due = NOW + timedelta(hours=1)
    assert await first.claim_tenants(["contoso"], "a", due, due + timedelta(minutes=10), 10) == [
        "contoso"
    ]
