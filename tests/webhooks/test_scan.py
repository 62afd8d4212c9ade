"""The alert scan posting to a Workflows webhook over real HTTP (a stub trigger on 127.0.0.1),
with the ledger in a real SQLite file: once per episode, failures retried by the next scan,
Retry-After honoured, a gone webhook switched off."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import pytest

from bot.alerts.scheduler import AlertScheduler
from bot.core.alerting.model import LedgerStatus
from bot.storage.base import Store, open_store
from bot.webhooks.destinations import WebhookDestination, parse_webhooks, register
from bot.webhooks.sender import WorkflowsSender
from tests.core.card_checks import walk
from tests.gallery import NOW
from tests.processes import free_port
from tests.webhooks.conftest import DAY, Tenant
from tests.webhooks.stub import SECRET, WorkflowsStub

pytestmark = pytest.mark.anyio


class Moments:
    """A monotonic clock the test moves, and the sleeps the sender asked for (not slept)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


async def _setup(
    store: Store, url: str, moments: Moments | None = None, **options: Any
) -> tuple[AlertScheduler, WorkflowsSender, WebhookDestination]:
    (destination,) = parse_webhooks(f"ops={url};lang=pl")
    await register(store, (destination,), "", NOW)
    moments = moments or Moments()
    sender = WorkflowsSender((destination,), sleep=moments.sleep, clock=moments.clock, **options)
    return AlertScheduler(Tenant(), store, sender), sender, destination


async def _statuses(store: Store) -> list[LedgerStatus]:
    return [entry.status for entry in await store.entries("webhook:ops")]


async def test_a_scan_posts_the_alert_card_once_per_episode_as_a_workflows_message(
    store: Store, workflows: WorkflowsStub
) -> None:
    scheduler, sender, _ = await _setup(store, workflows.url())
    try:
        first = await scheduler.scan(NOW)
        second = await scheduler.scan(NOW + DAY)
    finally:
        await sender.close()
    assert (first.sent, second.sent) == (1, 0)
    (post,) = workflows.posts
    assert post["type"] == "message"
    (attachment,) = post["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard"
    assert card["lang"] == "pl"
    assert card["body"][0]["id"].startswith("alert-")
    assert not {n.get("type") for n in walk(card)} & {"Action.Submit", "Action.Execute"}
    assert await _statuses(store) == [LedgerStatus.SENT]


async def test_a_post_answered_500_stays_pending_and_the_next_scan_delivers_it(
    store: Store, workflows: WorkflowsStub
) -> None:
    workflows.answers.append((500, {}))
    scheduler, sender, _ = await _setup(store, workflows.url())
    try:
        failed = await scheduler.scan(NOW)
        assert (failed.failed, workflows.posts) == (1, [])
        assert await _statuses(store) == [LedgerStatus.PENDING]
        retried = await scheduler.scan(NOW + DAY / 24)
    finally:
        await sender.close()
    assert (retried.sent, retried.retried, len(workflows.posts)) == (1, 1, 1)
    assert await _statuses(store) == [LedgerStatus.SENT]


async def test_a_429_waits_its_retry_after_and_posts_again_in_the_same_scan(
    store: Store, workflows: WorkflowsStub
) -> None:
    workflows.answers.append((429, {"Retry-After": "7"}))
    moments = Moments()
    scheduler, sender, _ = await _setup(store, workflows.url(), moments)
    try:
        report = await scheduler.scan(NOW)
    finally:
        await sender.close()
    assert moments.slept == [7.0]
    assert (report.sent, workflows.calls, len(workflows.posts)) == (1, 2, 1)


async def test_a_retry_after_beyond_the_wait_limit_posts_nothing_until_it_is_up(
    store: Store, workflows: WorkflowsStub
) -> None:
    workflows.answers.append((429, {"Retry-After": "120"}))
    moments = Moments()
    scheduler, sender, _ = await _setup(store, workflows.url(), moments, max_wait=30.0)
    try:
        throttled = await scheduler.scan(NOW)
        moments.now += 60  # a scan a minute later: still inside Retry-After
        early = await scheduler.scan(NOW)
        assert (throttled.failed, early.failed, workflows.calls) == (1, 1, 1)
        assert await _statuses(store) == [LedgerStatus.PENDING]
        moments.now += 61
        late = await scheduler.scan(NOW)
    finally:
        await sender.close()
    assert (late.sent, workflows.calls, len(workflows.posts)) == (1, 2, 1)
    assert moments.slept == []


async def test_a_webhook_workflows_calls_gone_is_switched_off_logged_once_and_not_posted_again(
    store: Store, workflows: WorkflowsStub, caplog: pytest.LogCaptureFixture
) -> None:
    workflows.answers.append((404, {}))
    caplog.set_level(logging.INFO)
    scheduler, sender, destination = await _setup(store, workflows.url())
    try:
        gone = await scheduler.scan(NOW)
        later = await scheduler.scan(NOW + DAY)
    finally:
        await sender.close()
    assert (gone.deactivated, later.subscriptions, workflows.calls) == (1, 0, 1)
    subscription = await store.get_subscription("webhook:ops")
    assert subscription is not None
    assert not subscription.active
    assert "404/410" in (subscription.deactivated_reason or "")
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len([w for w in warnings if "gone" in w]) == 1, warnings

    # A restart with the same URL keeps it off; a new URL for the name turns it back on.
    await register(store, (destination,), "", NOW + DAY)
    assert await store.subscriptions() == []
    await register(store, (replace(destination, url=workflows.url("new")),), "", NOW + DAY)
    assert [s.conversation_id for s in await store.subscriptions()] == ["webhook:ops"]


async def test_a_restarted_bot_does_not_post_the_same_episode_again(
    database_url: str, workflows: WorkflowsStub
) -> None:
    for start in range(2):
        store = await open_store(database_url)
        scheduler, sender, _ = await _setup(store, workflows.url())
        try:
            report = await scheduler.scan(NOW + start * DAY / 24)
        finally:
            await sender.close()
            await store.close()
        assert report.subscriptions == 1
    assert len(workflows.posts) == 1


async def test_a_webhook_no_longer_configured_is_switched_off_with_its_ledger_kept(
    store: Store, workflows: WorkflowsStub
) -> None:
    scheduler, sender, _ = await _setup(store, workflows.url())
    try:
        await scheduler.scan(NOW)
    finally:
        await sender.close()
    await register(store, (), "", NOW + DAY)
    assert await store.subscriptions() == []
    assert await _statuses(store) == [LedgerStatus.SENT]


async def test_a_renewed_token_is_posted_as_a_resolved_card_without_buttons(
    store: Store, workflows: WorkflowsStub
) -> None:
    scheduler, sender, _ = await _setup(store, workflows.url())
    tenant = scheduler.source
    assert isinstance(tenant, Tenant)
    try:
        await scheduler.scan(NOW)
        tenant.token = replace(tenant.token, expires=NOW + 380 * DAY)
        report = await scheduler.scan(NOW + DAY)
    finally:
        await sender.close()
    assert report.resolved == 1
    ids = [card["body"][0]["id"] for card in workflows.cards()]
    assert ids[0].startswith("alert-")
    assert ids[1] == "alert-resolved"
    assert "actions" not in workflows.cards()[1]


async def test_no_log_line_or_error_of_a_scan_carries_the_webhook_signature(
    store: Store, workflows: WorkflowsStub, caplog: pytest.LogCaptureFixture
) -> None:
    """Every way a post can go: refused (500, 400), throttled, unreachable, gone, accepted."""
    caplog.set_level(logging.DEBUG)
    workflows.answers += [(500, {}), (400, {}), (429, {"Retry-After": "3600"})]
    moments = Moments()
    closed = f"http://127.0.0.1:{free_port()}/invoke?sig={SECRET}"
    (unreachable,) = parse_webhooks(f"down={closed}")
    scheduler, sender, destination = await _setup(store, workflows.url(), moments)
    await register(store, (destination, unreachable), "", NOW)
    sender.destinations["down"] = unreachable
    try:
        for hour in range(4):
            await scheduler.scan(NOW + hour * DAY / 24)
            moments.now += 3601
        workflows.answers.append((410, {}))
        (gone,) = parse_webhooks(f"gone={workflows.url()}")
        await register(store, (destination, gone), "", NOW)
        sender.destinations["gone"] = gone
        assert (await scheduler.scan(NOW + DAY)).deactivated == 1
    finally:
        await sender.close()
    assert workflows.posts, "one post went through"
    lines = [r.getMessage() for r in caplog.records] + [r.exc_text or "" for r in caplog.records]
    assert any("webhook" in line for line in lines)
    assert not [line for line in lines if SECRET in line]
    assert all(SECRET not in s.deactivated_reason for s in await store.subscriptions(
        active_only=False) if s.deactivated_reason)  # fmt: skip
