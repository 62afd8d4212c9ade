"""The bot on a live (fake) Intune tenant: "Sync now" reaches Graph, and only for admins."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chat.service import ChatConfig
from tests.graph.conftest import fake_tenant
from tests.graph.fake_aad import READ, READ_APPS, READ_WRITE
from tests.graph.tls import make_tls
from tests.teams.conftest import Launcher
from tests.teams.support import message

pytestmark = pytest.mark.anyio

TOKEN = "6f0c3c9e-2b8e-4a5e-9d51-6a1f0e1c0003"
ADMIN = "00000000-0000-0000-0000-0000000000020"  # the sample activities' user


async def test_sync_now_asks_graph_to_sync_that_token_and_says_what_happens_next(
    launch: Launcher, tmp_path: Path
) -> None:
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        tenant.aad.roles = {READ, READ_APPS, READ_WRITE}
        bot = await launch(tenant.source(), ChatConfig(admins=frozenset({ADMIN})))
        value = {"action": "sync", "token": TOKEN}
        status, _ = await bot.send(message(None, bot.stub.url, value=value))
        assert status == 200
    assert tenant.graph.synced == [TOKEN]
    assert bot.stub.card_ids() == ["sync-requested"]
    text = str(bot.stub.cards()[0])
    assert "7 days" in text


async def test_sync_now_by_someone_not_in_ade_admins_is_refused_without_calling_graph(
    launch: Launcher, tmp_path: Path
) -> None:
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        tenant.aad.roles = {READ, READ_APPS, READ_WRITE}
        bot = await launch(tenant.source(), ChatConfig(admins=frozenset({"someone-else"})))
        value = {"action": "sync", "token": TOKEN}
        await bot.send(message(None, bot.stub.url, value=value))
    assert tenant.graph.synced == []
    assert bot.stub.card_ids() == ["sync-not-allowed"]


async def test_sync_now_without_the_write_permission_names_the_permission(
    launch: Launcher, tmp_path: Path
) -> None:
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        bot = await launch(tenant.source())
        value = {"action": "sync", "token": TOKEN}
        await bot.send(message(None, bot.stub.url, value=value))
    assert bot.stub.card_ids() == ["sync-failed"]
    assert READ_WRITE in str(bot.stub.cards()[0])


async def test_a_forged_token_id_never_reaches_graph(launch: Launcher, tmp_path: Path) -> None:
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        tenant.aad.roles = {READ, READ_APPS, READ_WRITE}
        bot = await launch(tenant.source())
        value = {"action": "sync", "token": "../../deviceManagement/managedDevices"}
        await bot.send(message(None, bot.stub.url, value=value))
    assert tenant.graph.synced == []
    assert bot.stub.card_ids()[0] == "unknown-token"


async def test_a_missing_read_permission_gives_tenant_unreachable_naming_it(
    launch: Launcher, tmp_path: Path
) -> None:
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        tenant.aad.roles = set()
        bot = await launch(tenant.source())
        await bot.send(message("why is ADE failing?", bot.stub.url))
    assert bot.stub.card_ids()[0] == "tenant-unreachable"
    assert READ in str(bot.stub.cards()[0])
