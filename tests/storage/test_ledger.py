"""The alert ledger and mutes, against both backends: each (conversation, problem, stage) is
claimed once across instances and restarts, retried until sent, closed when resolved."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, timedelta

import pytest

from bot.core.alerting.model import LedgerEntry, LedgerStatus, Mute
from tests.storage.conftest import NOW, Backend, entry

pytestmark = pytest.mark.anyio

EXPIRING = "token-expiring:t1:2026-12-20"
SYNC = "sync-error:t2"


async def test_concurrent_claims_of_one_stage_from_two_instances_succeed_once(
    backend: Backend,
) -> None:
    first, second = await backend.open(), await backend.open()
    for stage in ("30d", "14d", "7d"):
        claim = entry("a:1", EXPIRING, stage)
        results = await asyncio.gather(
            *(store.claim(claim) for _ in range(10) for store in (first, second))
        )
        assert sorted(results) == [False] * 19 + [True]

    assert sorted(e.stage for e in await first.pending()) == ["14d", "30d", "7d"]


async def test_a_claim_survives_a_restart(backend: Backend) -> None:
    store = await backend.open()
    assert await store.claim(entry("a:1", EXPIRING, "7d"))
    await store.close()

    restarted = await backend.open()

    assert not await restarted.claim(entry("a:1", EXPIRING, "7d"))
    assert await restarted.pending() == [entry("a:1", EXPIRING, "7d")]


async def test_only_pending_entries_can_be_claimed(backend: Backend) -> None:
    store = await backend.open()
    with pytest.raises(ValueError, match="PENDING"):
        await store.claim(replace(entry(), status=LedgerStatus.SENT))


async def test_pending_entries_are_listed_until_marked_sent(backend: Backend) -> None:
    store = await backend.open()
    for conversation in ("a:1", "a:2"):
        await store.claim(entry(conversation, EXPIRING, "30d"))
    await store.claim(entry("a:1", SYNC, "started"))

    sent_at = NOW + timedelta(seconds=3)
    assert await store.mark_sent("a:1", EXPIRING, "30d", "1:activity", sent_at)
    assert not await store.mark_sent("a:1", EXPIRING, "30d", "1:again", sent_at)
    assert not await store.mark_sent("a:1", EXPIRING, "never-claimed", "x", sent_at)

    assert [(e.conversation_id, e.problem) for e in await store.pending()] == [
        ("a:1", SYNC),
        ("a:2", EXPIRING),
    ]
    [sent] = await store.entries(statuses=[LedgerStatus.SENT])
    assert sent == LedgerEntry(
        "a:1", EXPIRING, "30d", LedgerStatus.SENT, NOW, "1:activity", sent_at, 0
    )
    assert sent.sent_at is not None
    assert sent.sent_at.tzinfo == UTC


async def test_a_failed_delivery_is_counted_and_stays_pending_for_the_next_scan(
    backend: Backend,
) -> None:
    store = await backend.open()
    await store.claim(entry("a:1", EXPIRING, "7d"))

    assert await store.mark_failed_attempt("a:1", EXPIRING, "7d") == 1
    assert await store.mark_failed_attempt("a:1", EXPIRING, "7d") == 2

    [pending] = await store.pending()
    assert (pending.status, pending.attempts) == (LedgerStatus.PENDING, 2)
    assert await store.mark_sent("a:1", EXPIRING, "7d", "1:late", NOW)
    assert await store.mark_failed_attempt("a:1", EXPIRING, "7d") == 0
    assert await store.mark_failed_attempt("a:1", "unknown", "7d") == 0


async def test_a_stage_given_up_is_failed_for_good_and_left_alone_by_resolve(
    backend: Backend,
) -> None:
    store = await backend.open()
    await store.claim(entry("a:1", EXPIRING, "7d"))
    await store.mark_failed_attempt("a:1", EXPIRING, "7d")

    assert await store.give_up("a:1", EXPIRING, "7d")
    assert not await store.give_up("a:1", EXPIRING, "7d")  # no longer pending
    assert await store.pending() == []
    assert not await store.mark_sent("a:1", EXPIRING, "7d", "1:late", NOW)
    assert not await store.claim(entry("a:1", EXPIRING, "7d"))

    assert await store.mark_resolved("a:1", EXPIRING, NOW) == 0
    [failed] = await store.entries()
    assert (failed.status, failed.attempts, failed.resolved_at) == (LedgerStatus.FAILED, 1, None)


async def test_resolving_a_problem_closes_its_stages_and_drops_its_mute(backend: Backend) -> None:
    store = await backend.open()
    await store.claim(entry("a:1", EXPIRING, "30d"))
    await store.mark_sent("a:1", EXPIRING, "30d", "1:first", NOW)
    # A later scan: its delivery keeps failing.
    await store.claim(replace(entry("a:1", EXPIRING, "14d"), created_at=NOW + timedelta(days=16)))
    await store.claim(entry("a:1", SYNC, "started"))
    await store.claim(entry("a:2", EXPIRING, "30d"))
    await store.acknowledge("a:1", EXPIRING, "14d")
    await store.snooze("a:1", SYNC, NOW + timedelta(days=1))

    resolved_at = NOW + timedelta(days=5)
    assert await store.mark_resolved("a:1", EXPIRING, resolved_at) == 2
    assert await store.mark_resolved("a:1", EXPIRING, resolved_at) == 0

    closed = await store.entries("a:1", [LedgerStatus.RESOLVED])
    assert [(e.stage, e.activity_id, e.resolved_at) for e in closed] == [
        ("30d", "1:first", resolved_at),
        ("14d", None, resolved_at),
    ]
    assert [(e.conversation_id, e.problem) for e in await store.pending()] == [
        ("a:1", SYNC),
        ("a:2", EXPIRING),
    ]
    assert [m.problem for m in await store.mutes("a:1")] == [SYNC]
    # Resolved stages stay in the ledger: they are never claimed (so never sent) again.
    assert not await store.claim(entry("a:1", EXPIRING, "30d"))


async def test_entries_filter_by_conversation_and_status(backend: Backend) -> None:
    store = await backend.open()
    await store.claim(entry("a:1", EXPIRING, "30d"))
    await store.claim(entry("a:2", EXPIRING, "30d"))
    await store.mark_sent("a:2", EXPIRING, "30d", None, NOW)

    assert [e.conversation_id for e in await store.entries()] == ["a:1", "a:2"]
    assert [e.conversation_id for e in await store.entries("a:2")] == ["a:2"]
    assert await store.entries("a:1", [LedgerStatus.SENT]) == []
    both = [LedgerStatus.PENDING, LedgerStatus.SENT]
    assert len(await store.entries(statuses=both)) == 2
    assert await store.entries(statuses=[]) == []


async def test_snooze_and_acknowledge_are_kept_side_by_side_per_problem(
    backend: Backend,
) -> None:
    store = await backend.open()
    until = NOW + timedelta(days=1)
    await store.snooze("a:1", EXPIRING, until)
    await store.acknowledge("a:1", EXPIRING, "7d")
    await store.acknowledge("a:1", SYNC, "started")
    await store.snooze("a:2", SYNC, until)
    await store.snooze("a:2", SYNC, until + timedelta(days=1))  # snoozed again, later

    assert await store.mutes("a:1") == [
        Mute("a:1", SYNC, None, "started"),
        Mute("a:1", EXPIRING, until, "7d"),
    ]
    assert await store.mutes("a:2") == [Mute("a:2", SYNC, until + timedelta(days=1), None)]
    assert len(await store.mutes()) == 3
    [snoozed] = await store.mutes("a:2")
    assert snoozed.snoozed_until is not None
    assert snoozed.snoozed_until.tzinfo == UTC
