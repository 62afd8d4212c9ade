"""One digest per shared scan (issue 15), against both backends: the instances' claims join
one round, which closes only when every tenant of it is read; its held alerts come back as
they were held; its digest is held by one instance at a time, and by another when the
holder's lease runs out."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.core.alerting.digest import DigestLine, HeldAlert
from bot.core.diagnosis.findings import Severity
from tests.storage.conftest import NOW, Backend

pytestmark = pytest.mark.anyio
TENANTS = ["contoso", "fabrikam", "northwind"]
LEASE = NOW + timedelta(minutes=10)
LATER = NOW + timedelta(hours=1)


def held(tenant: str, stage: str = "30d") -> HeldAlert:
    line = DigestLine(tenant.title(), f"{tenant}/token", Severity.WARNING, {"type": "Container"})
    card = {"type": "AdaptiveCard", "body": [{"text": f"{tenant.title()}: Zażółć"}]}
    return HeldAlert("a:all", f"{tenant}/token", stage, line, card)


async def test_a_round_closes_only_when_every_tenant_of_it_is_read(backend: Backend) -> None:
    first, second = await backend.open(), await backend.open()
    assert await first.claim_tenants(TENANTS, "a", NOW, LEASE, 2) == ["contoso", "fabrikam"]
    assert await first.hold_alerts("contoso", "a", [held("contoso")]) == 1
    assert await second.claim_tenants(TENANTS, "b", NOW, LEASE, 2) == ["northwind"]
    assert await second.hold_alerts("northwind", "b", [held("northwind")]) == 1
    assert await second.hold_alerts("contoso", "b", [held("contoso")]) == 0  # not b's claim

    await second.finish_tenants(["northwind"], "b", LATER)
    assert not await second.close_round(TENANTS, NOW)  # "a" still reads two of them
    await first.finish_tenants(["contoso", "fabrikam"], "a", LATER)
    assert await first.close_round(TENANTS, NOW)

    rounds = await asyncio.gather(
        first.claim_digests("a", NOW, LEASE), second.claim_digests("b", NOW, LEASE)
    )
    assert sorted(len(r) for r in rounds) == [0, 1]  # one instance sends the digest
    (round_id,) = rounds[0] or rounds[1]
    alerts = await first.held_alerts(round_id)
    assert alerts == [held("contoso"), held("northwind")]


async def test_a_digest_whose_sender_died_is_taken_after_its_lease(backend: Backend) -> None:
    first, second = await backend.open(), await backend.open()
    await first.claim_tenants(TENANTS, "a", NOW, LEASE, 10)
    await first.hold_alerts("fabrikam", "a", [held("fabrikam")])
    await first.finish_tenants(TENANTS, "a", LATER)
    assert await first.close_round(TENANTS, NOW)
    (round_id,) = await first.claim_digests("a", NOW, LEASE)  # and "a" dies sending it

    assert await second.claim_digests("b", NOW + timedelta(minutes=5), LEASE) == []
    later = NOW + timedelta(minutes=11)
    assert await second.claim_digests("b", later, later + timedelta(minutes=10)) == [round_id]
    assert not await first.finish_round(round_id, "a")  # no longer its digest
    assert not await first.release_digest(round_id, "a")
    assert await second.release_digest(round_id, "b")  # "b" is stopped midway
    assert await first.claim_digests("a", later, later + timedelta(minutes=10)) == [round_id]
    assert not await second.finish_round(round_id, "b")
    assert await first.finish_round(round_id, "a")
    assert await second.held_alerts(round_id) == []
    assert await second.claim_digests("b", later, later + timedelta(minutes=10)) == []


async def test_claims_while_a_round_is_read_join_it_and_a_scan_with_nothing_due_opens_none(
    backend: Backend,
) -> None:
    store = await backend.open()
    await store.claim_tenants(["contoso"], "a", NOW, LEASE, 10)
    await store.hold_alerts("contoso", "a", [held("contoso")])
    assert await store.claim_tenants(["contoso"], "b", NOW, LEASE, 10) == []  # nothing due
    await store.claim_tenants(["fabrikam"], "b", NOW, LEASE, 10)  # joins the open round
    await store.hold_alerts("fabrikam", "b", [held("fabrikam")])
    await store.finish_tenants(["contoso"], "a", LATER)
    await store.finish_tenants(["fabrikam"], "b", LATER)
    assert await store.close_round(["contoso", "fabrikam"], NOW)
    (round_id,) = await store.claim_digests("a", NOW, LEASE)
    assert [a.problem for a in await store.held_alerts(round_id)] == [
        "contoso/token",
        "fabrikam/token",
    ]
    assert not await store.close_round(["contoso", "fabrikam"], NOW)  # none open
