"""Subscriptions and language preferences, against both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.storage.conftest import NOW, Backend, entry, subscription

pytestmark = pytest.mark.anyio


async def test_a_subscription_is_read_back_whole_with_its_times_in_utc(backend: Backend) -> None:
    store = await backend.open()
    warsaw_noon = datetime(2026, 11, 22, 13, tzinfo=timezone(timedelta(hours=1)))
    stored = subscription("a:1", created_at=warsaw_noon)
    await store.subscribe(stored)

    read = await store.get_subscription("a:1")

    assert read == subscription("a:1", created_at=NOW)
    assert read is not None
    assert read.created_at.tzinfo == UTC
    assert read.reference["user"]["name"] == "Zoë Łukasiewicz"
    assert await store.get_subscription("a:unknown") is None


async def test_subscribing_again_updates_it_keeps_its_start_and_reactivates_it(
    backend: Backend,
) -> None:
    store = await backend.open()
    await store.subscribe(subscription("a:1"))
    assert await store.deactivate("a:1", "403 bot removed from the conversation")

    later = subscription(
        "a:1",
        language="vi",
        time_zone="Asia/Ho_Chi_Minh",
        service_url="https://smba.trafficmanager.net/apac/",
        created_at=NOW + timedelta(days=3),
    )
    await store.subscribe(later)

    read = await store.get_subscription("a:1")
    assert read is not None
    assert (read.language, read.time_zone, read.service_url) == (
        "vi",
        "Asia/Ho_Chi_Minh",
        "https://smba.trafficmanager.net/apac/",
    )
    assert read.created_at == NOW
    assert read.active
    assert read.deactivated_reason is None
    assert [s.conversation_id for s in await store.subscriptions()] == ["a:1"]


async def test_a_deactivated_subscription_is_left_out_of_the_active_ones_but_kept(
    backend: Backend,
) -> None:
    store = await backend.open()
    for conversation in ("a:1", "a:2", "19:channel@thread.tacv2"):
        await store.subscribe(subscription(conversation))

    assert await store.deactivate("a:2", "403 bot removed")
    assert not await store.deactivate("a:2", "again")
    assert not await store.deactivate("a:unknown", "never subscribed")

    active = [s.conversation_id for s in await store.subscriptions()]
    everyone = {s.conversation_id: s for s in await store.subscriptions(active_only=False)}
    assert active == ["19:channel@thread.tacv2", "a:1"]
    assert set(everyone) == {"a:1", "a:2", "19:channel@thread.tacv2"}
    assert not everyone["a:2"].active
    assert everyone["a:2"].deactivated_reason == "403 bot removed"


async def test_unsubscribing_forgets_the_conversation_and_its_alerts_only(
    backend: Backend,
) -> None:
    store = await backend.open()
    for conversation in ("a:1", "a:2"):
        await store.subscribe(subscription(conversation))
        await store.claim(entry(conversation))
        await store.acknowledge(conversation, entry().problem, "30d")

    assert await store.unsubscribe("a:1")
    assert not await store.unsubscribe("a:1")

    assert await store.get_subscription("a:1") is None
    assert await store.entries("a:1") == []
    assert await store.mutes("a:1") == []
    assert [e.conversation_id for e in await store.entries()] == ["a:2"]
    assert [m.conversation_id for m in await store.mutes()] == ["a:2"]
    # Subscribing again is a new subscriber: the current stage is claimable again.
    await store.subscribe(subscription("a:1"))
    assert await store.claim(entry("a:1"))


async def test_a_language_choice_persists_across_a_restart(backend: Backend) -> None:
    store = await backend.open()
    assert await store.language("29:1abc") is None
    await store.set_language("29:1abc", "ru")
    await store.set_language("29:1abc", "zh-Hans")
    await store.set_language("29:2def", "pt-BR")
    await store.close()

    restarted = await backend.open()

    assert await restarted.language("29:1abc") == "zh-Hans"
    assert await restarted.language("29:2def") == "pt-BR"
    assert await restarted.language("29:nobody") is None


async def test_naive_datetimes_are_refused_rather_than_guessed(backend: Backend) -> None:
    store = await backend.open()
    naive = datetime(2026, 11, 22, 12)  # noqa: DTZ001 - the point of the test

    with pytest.raises(ValueError, match="timezone-aware"):
        await store.subscribe(subscription(created_at=naive))
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.snooze("a:1", "p", naive)
