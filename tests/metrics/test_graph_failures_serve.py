"""Graph failures a real `ade-doctor serve` process counts on /metrics and tells the admin:
an answer larger than any Graph sends (a broken proxy), and an Entra ID sign-in refused."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import ClientSession

from bot.core.tenant.changes import Action, RegistryChange
from bot.graph.pool import MAX_ANSWER_BYTES
from bot.storage.base import open_store
from bot.storage.urls import default_url
from tests.graph.conftest import fake_tenant
from tests.graph.fake_aad import CLIENT_ID, READ, READ_APPS, TENANT
from tests.graph.fake_graph import APNS, Flood, Reply
from tests.graph.tls import make_tls
from tests.metrics.scrape import scrape, value
from tests.processes import start_serve, stop_serve
from tests.teams.support import ConnectorStub, message, post

pytestmark = pytest.mark.anyio
MiB = 1024 * 1024


def peak_memory(pid: int) -> int:
    """The process's peak resident memory so far, in bytes (Linux's VmHWM)."""
    status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    [line] = [line for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(line.split()[1]) * 1024


async def test_an_endless_answer_from_graph_is_cut_off_shown_on_the_card_and_counted(
    tmp_path: Path, stub: ConnectorStub
) -> None:
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        # The APNs certificate answered with an endless body, in the batch and alone.
        floods = [Flood(), Flood()]
        tenant.graph.script[APNS] = [Reply(200, flood) for flood in floods]
        bot, url = await start_serve(
            tmp_path, ADE_METRICS="on", ADE_ALERT_INTERVAL="0", **tenant.env()
        )
        try:
            before = peak_memory(bot.pid)
            async with ClientSession() as session:
                status, _ = await post(session, url, message("why is ADE failing?", stub.url))
                assert status == 200
                grown = peak_memory(bot.pid) - before
                async with session.get(f"{url}/healthz") as health:
                    assert health.status == 200  # still up
            after = await scrape(url)
        finally:
            await stop_serve(bot)
    card = str(stub.cards())
    assert "larger than 32 MiB" in card
    # The other parts were read and diagnosed: the expired ADE token is on the card.
    assert "token-expired" in stub.card_ids()
    apns = {"method": "GET", "resource": "applePushNotificationCertificate"}
    assert value(after, "ade_graph_errors_total", status="bad-response", **apns) == 1
    assert all(flood.sent < 2 * MAX_ANSWER_BYTES for flood in floods)
    # One answer's cap (and the copy made when it is complete), not the endless body.
    assert grown < 3 * MAX_ANSWER_BYTES


SIGN_IN = {"method": "POST", "resource": "sign-in"}
FABRIKAM = "bbbbbbbb-0000-4000-8000-000000000001"  # unknown to Entra ID: AADSTS90002
NORTHWIND = "bbbbbbbb-0000-4000-8000-000000000002"


async def test_a_sign_in_entra_id_refuses_counts_for_file_and_chat_tenants_alike(
    tmp_path: Path, stub: ConnectorStub
) -> None:
    """Northwind (the file's) signs in with a wrong secret of its own app, Fabrikam (added in
    chat) is a tenant Entra ID does not know: both are counted; Contoso is read as ever."""
    registry = tmp_path / "tenants.toml"
    registry.write_text(
        f'[[tenant]]\nname = "Contoso"\ntenant_id = "{TENANT}"\n'
        f'[[tenant]]\nname = "Northwind"\ntenant_id = "{NORTHWIND}"\n'
        f'[tenant.credential]\nclient_id = "{CLIENT_ID}"\nclient_secret_env = "NW_SECRET"\n'
    )
    # What an operator's "add tenant Fabrikam …" leaves in the bot's default SQLite file.
    store = await open_store(default_url(str(tmp_path / "data")))
    try:
        now = datetime.now(UTC)
        await store.record_registry_change(
            RegistryChange(Action.ADD, "Fabrikam", now, "operator-1", FABRIKAM)
        )
    finally:
        await store.close()
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        tenant.aad.tenant_roles = {NORTHWIND: {READ, READ_APPS}}
        env = tenant.env() | {"ADE_TENANTS": str(registry), "NW_SECRET": "not-the-secret"}
        bot, url = await start_serve(tmp_path, ADE_METRICS="on", ADE_ALERT_INTERVAL="0", **env)
        try:
            async with ClientSession() as session:
                status, _ = await post(session, url, message("tenants", stub.url))
            assert status == 200
            after = await scrape(url)
        finally:
            await stop_serve(bot)
    assert value(after, "ade_graph_errors_total", status="unauthorized", **SIGN_IN) == 2
    # The registry's Graph client reports too: Contoso's reads are counted.
    tokens = {"method": "GET", "resource": "depOnboardingSettings", "status": "200"}
    assert value(after, "ade_graph_requests_total", **tokens) == 1


async def test_entra_id_down_counts_as_a_sign_in_unavailable(
    tmp_path: Path, stub: ConnectorStub
) -> None:
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        tenant.aad.outage = True
        bot, url = await start_serve(
            tmp_path, ADE_METRICS="on", ADE_ALERT_INTERVAL="0", **tenant.env()
        )
        try:
            async with ClientSession() as session:
                await post(session, url, message("why is ADE failing?", stub.url))
            after = await scrape(url)
        finally:
            await stop_serve(bot)
    assert value(after, "ade_graph_errors_total", status="unavailable", **SIGN_IN) == 1
    assert "tenant-unreachable" in stub.card_ids()
