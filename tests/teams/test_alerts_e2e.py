"""Proactive alerts end to end: "alert me" over HTTP, scans with a fake clock, cards received
by the Bot Connector stub, the ledger in a real SQLite file (and PostgreSQL for two racing
instances)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.alerts.scheduler import AlertScheduler
from bot.core.alerting.model import LedgerStatus
from bot.core.tenant.snapshot import EnrollmentToken, PushCertificate, Reason, TenantSnapshot
from bot.core.tenant.source import SyncRefusedError
from bot.storage.base import Store, open_store
from bot.teams.proactive import Pacer, ProactiveSender
from tests.gallery import NOW, token
from tests.teams.conftest import Launcher, Running
from tests.teams.support import message

pytestmark = pytest.mark.anyio

DAY = timedelta(days=1)


class Tenant:
    """A tenant whose one ADE token the test renews or breaks between scans."""

    description = "test tenant"
    can_sync = False

    def __init__(self) -> None:
        self.token: EnrollmentToken = token("7", name="Contoso iPads", expires=NOW + 20 * DAY)

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        healthy = PushCertificate(NOW + 300 * DAY, "push@contoso.com", "com.apple.mgmt.x")
        synced = replace(self.token, last_successful_sync=now - timedelta(hours=2))
        return TenantSnapshot((synced,), healthy, True, ())

    async def sync(self, token_id: str) -> None:
        raise SyncRefusedError(Reason.UNAVAILABLE)

    async def close(self) -> None:
        return None


async def _no_wait(seconds: float) -> None:
    return None


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(f"sqlite:///{tmp_path}/data/ade-doctor.db")
    yield opened
    await opened.close()


def scheduler(bot: Running, tenant: Tenant, store: Store) -> AlertScheduler:
    sender = ProactiveSender(bot.app, Pacer(per_second=1000, per_conversation=1000))
    return AlertScheduler(tenant, store, sender)


def alert_ids(bot: Running) -> list[str]:
    return [i for i in bot.stub.card_ids() if i.startswith("alert-")]


async def _subscribe(bot: Running, text: str = "włącz alerty") -> None:
    status, _ = await bot.send(message(text, bot.stub.url, locale="en-US"))
    assert status == 200
    assert bot.stub.card_ids()[-1] == "alerts-on"


async def test_alert_me_then_the_ladder_arrives_once_per_stage_in_the_chosen_language(
    launch: Launcher, store: Store
) -> None:
    tenant = Tenant()
    bot = await launch(tenant, store=store)
    await _subscribe(bot)
    (subscription,) = await store.subscriptions()
    assert subscription.language == "pl"
    scans = scheduler(bot, tenant, store)
    for day in range(0, 22):
        await scans.scan(NOW + day * DAY)
    # 20 days before expiry the current stage is "30d"; then 14, 7, 3, 1, expired, +1d.
    assert alert_ids(bot) == [
        "alert-expiring",
        "alert-expiring",
        "alert-expiring",
        "alert-expiring",
        "alert-expiring",
        "alert-expired",
        "alert-expired",
    ]
    alerts = [c for c in bot.stub.cards() if c["body"][0]["id"].startswith("alert-")]
    assert {card["lang"] for card in alerts} == {"pl"}
    posted = [r for r in bot.stub.received if r.method == "POST" and r.path.endswith("/activities")]
    assert len(posted) == 7  # new messages, not replies: Teams notifies on those


async def test_a_restart_in_the_middle_of_a_scan_sends_nothing_twice(
    launch: Launcher, store: Store, tmp_path: Path
) -> None:
    tenant = Tenant()
    bot = await launch(tenant, store=store)
    await _subscribe(bot)
    await scheduler(bot, tenant, store).scan(NOW)
    # The connector fails the next stage: claimed, not delivered, kept PENDING.
    bot.stub.fail = [(503, {})] * 10
    await scheduler(bot, tenant, store).scan(NOW + 7 * DAY)
    assert alert_ids(bot) == ["alert-expiring"]
    bot.stub.fail = []
    # A new process on the same database retries the pending one, once.
    reopened = await open_store(f"sqlite:///{tmp_path}/data/ade-doctor.db")
    try:
        await scheduler(bot, tenant, reopened).scan(NOW + 7 * DAY)
        await scheduler(bot, tenant, reopened).scan(NOW + 7 * DAY + timedelta(hours=1))
    finally:
        await reopened.close()
    assert alert_ids(bot) == ["alert-expiring", "alert-expiring"]


async def test_a_renewal_updates_the_open_alert_in_place_to_resolved(
    launch: Launcher, store: Store
) -> None:
    tenant = Tenant()
    bot = await launch(tenant, store=store)
    await _subscribe(bot, "alert me")
    await scheduler(bot, tenant, store).scan(NOW)
    tenant.token = replace(tenant.token, expires=NOW + 380 * DAY)  # renewed in Apple Business
    await scheduler(bot, tenant, store).scan(NOW + DAY)
    puts = [r for r in bot.stub.received if r.method == "PUT"]
    assert len(puts) == 1
    assert puts[0].path.endswith("/activities/activity-2")  # the alert's own message
    assert puts[0].body["attachments"][0]["content"]["body"][0]["id"] == "alert-resolved"
    await scheduler(bot, tenant, store).scan(NOW + 2 * DAY)
    assert len([r for r in bot.stub.received if r.method == "PUT"]) == 1


async def test_snooze_holds_the_next_alert_for_a_day(launch: Launcher, store: Store) -> None:
    tenant = Tenant()
    bot = await launch(tenant, store=store)
    await _subscribe(bot, "alert me")
    await scheduler(bot, tenant, store).scan(NOW)
    value = {"action": "snooze", "card": "token-expiring", "token": tenant.token.id, "name": "x"}
    status, _ = await bot.send(message(None, bot.stub.url, value=value))
    assert status == 200
    assert bot.stub.card_ids()[-1] == "alert-snoozed"
    (mute,) = await store.mutes()
    assert mute.snoozed_until is not None


async def test_a_bot_removed_from_the_chat_deactivates_the_subscription(
    launch: Launcher, store: Store
) -> None:
    tenant = Tenant()
    bot = await launch(tenant, store=store)
    await _subscribe(bot, "alert me")
    bot.stub.fail = [(403, {})]
    report = await scheduler(bot, tenant, store).scan(NOW)
    assert report.deactivated == 1
    assert await store.subscriptions() == []
    await scheduler(bot, tenant, store).scan(NOW + 7 * DAY)
    assert alert_ids(bot) == []


async def test_stop_alerts_removes_the_subscription(launch: Launcher, store: Store) -> None:
    tenant = Tenant()
    bot = await launch(tenant, store=store)
    await _subscribe(bot, "alert me")
    await bot.send(message("stop alerts", bot.stub.url))
    assert bot.stub.card_ids()[-1] == "alerts-off"
    assert await store.subscriptions() == []


async def test_a_language_chosen_once_survives_a_restart(
    launch: Launcher, store: Store, tmp_path: Path
) -> None:
    bot = await launch(store=store)
    await bot.send(message(None, bot.stub.url, value={"action": "language", "language": "vi"}))
    reopened = await open_store(f"sqlite:///{tmp_path}/data/ade-doctor.db")
    try:
        again = await launch(store=reopened)
        await again.send(message("help", again.stub.url))
        assert again.stub.cards()[-1]["lang"] == "vi"
    finally:
        await reopened.close()


async def test_two_instances_racing_on_postgresql_send_each_alert_once(
    launch: Launcher, postgres_url: str
) -> None:
    tenant = Tenant()
    first, second = await open_store(postgres_url), await open_store(postgres_url)
    try:
        bot = await launch(tenant, store=first)
        await _subscribe(bot, "alert me")
        one, two = scheduler(bot, tenant, first), scheduler(bot, tenant, second)
        for day in (0, 7, 14):
            await asyncio.gather(one.scan(NOW + day * DAY), two.scan(NOW + day * DAY))
        assert alert_ids(bot) == ["alert-expiring"] * 3
    finally:
        await first.close()
        await second.close()


async def test_an_alert_teams_keeps_refusing_is_given_up_after_five_scans_with_a_log_line(
    launch: Launcher, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    tenant = Tenant()
    bot = await launch(tenant, store=store)
    await _subscribe(bot, "alert me")
    bot.stub.fail = [(400, {})] * 100  # a card Teams will never take
    scans = scheduler(bot, tenant, store)
    for hour in range(8):
        await scans.scan(NOW + timedelta(hours=hour))
    assert 100 - len(bot.stub.fail) == 5  # one post per scan, five scans, then no more
    (entry,) = await store.entries()
    assert (entry.status, entry.attempts) == (LedgerStatus.FAILED, 5)
    assert "given up after 5 failed deliveries" in caplog.text
    # Renewed: the subscriber never saw that alert, so there is nothing to turn "resolved".
    bot.stub.fail = []
    tenant.token = replace(tenant.token, expires=NOW + 380 * DAY)
    await scans.scan(NOW + DAY)
    assert [r.method for r in bot.stub.received if r.method != "POST"] == []
    assert alert_ids(bot) == []
