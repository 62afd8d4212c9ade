"""Graph failures a real `ade-doctor serve` process counts on /metrics and tells the admin:
an answer larger than any Graph sends (a broken proxy), and an Entra ID sign-in refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp import ClientSession

from bot.graph.pool import MAX_ANSWER_BYTES
from tests.graph.conftest import fake_tenant
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
