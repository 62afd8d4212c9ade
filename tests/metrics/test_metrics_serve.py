"""GET /metrics on a real `ade-doctor serve` process reading the fake Intune tenant: what a
scrape shows after a chat turn, and where the endpoint is (and is not) served."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession

from tests.graph.conftest import fake_tenant
from tests.graph.fake_graph import VPP, intune_forbidden
from tests.graph.tls import make_tls
from tests.metrics.scrape import scrape, series, value
from tests.processes import free_port, start_serve, stop_serve
from tests.teams.support import ConnectorStub, message, post

pytestmark = pytest.mark.anyio


def graph_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("0000000Z", "+00:00")).astimezone(UTC)


async def status_of(url: str) -> int:
    async with ClientSession() as session, session.get(url) as response:
        return response.status


async def test_a_scrape_after_a_turn_shows_each_tokens_days_until_expiry_and_sync_age(
    tmp_path: Path, stub: ConnectorStub
) -> None:
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        bot, url = await start_serve(
            tmp_path, ADE_METRICS="on", ADE_ALERT_INTERVAL="0", **tenant.env()
        )
        try:
            before = await scrape(url)
            async with ClientSession() as session:
                status, _ = await post(session, url, message("why is ADE failing?", stub.url))
            assert status == 200
            earliest = datetime.now(UTC)
            after = await scrape(url)
            latest = datetime.now(UTC)
        finally:
            await stop_serve(bot)
    # Nothing was read before the turn: no made-up values.
    assert series(before, "ade_token_expiry_days") == {}
    tokens: list[dict[str, Any]] = tenant.graph.document["depOnboardingSettings"]["value"]
    for token in tokens:
        labels = {"kind": "ade", "id": token["id"], "name": token["tokenName"]}
        expires = graph_time(token["tokenExpirationDateTime"])
        days = value(after, "ade_token_expiry_days", **labels)
        assert days is not None, labels
        # As of the scrape, not of the read: between the two ends of the scrape.
        assert (expires - latest).total_seconds() / 86400 <= days
        assert days <= (expires - earliest).total_seconds() / 86400
        synced = graph_time(token["lastSuccessfulSyncDateTime"])
        hours = value(after, "ade_token_sync_age_hours", **labels)
        assert hours is not None
        assert abs(hours - (earliest - synced).total_seconds() / 3600) < 0.05
    age = value(after, "ade_snapshot_age_seconds")
    assert age is not None
    assert 0 <= age < 30


async def test_a_403_from_graph_counts_as_an_error_with_status_403_and_the_turn_is_timed(
    tmp_path: Path, stub: ConnectorStub
) -> None:
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        # Intune's 403 for the VPP token list, twice: the bot asks for a new access token
        # once (a permission granted since) before it believes the refusal.
        forbidden = intune_forbidden(["DeviceManagementApps.Read.All"])
        tenant.graph.script[VPP] = [forbidden, forbidden]
        bot, url = await start_serve(
            tmp_path, ADE_METRICS="on", ADE_ALERT_INTERVAL="0", **tenant.env()
        )
        try:
            before = await scrape(url)
            async with ClientSession() as session:
                await post(session, url, message("why is ADE failing?", stub.url))
            after = await scrape(url)
        finally:
            await stop_serve(bot)
    turns = {"activity": "message"}
    assert value(before, "ade_turn_duration_seconds_count", **turns) is None
    assert value(after, "ade_turn_duration_seconds_count", **turns) == 1
    vpp = {"method": "GET", "resource": "vppTokens"}
    assert value(after, "ade_graph_requests_total", status="403", **vpp) == 2
    assert value(after, "ade_graph_errors_total", status="403", **vpp) == 1
    tokens = {"method": "GET", "resource": "depOnboardingSettings"}
    assert value(after, "ade_graph_requests_total", status="200", **tokens) == 1
    assert value(after, "ade_graph_errors_total", status="200", **tokens) is None
    assert value(after, "ade_snapshot_read_failures", part="vppTokens", reason="forbidden") == 1
    assert series(after, "ade_token_expiry_days")  # the other parts were still read


async def test_metrics_are_off_unless_asked_for(tmp_path: Path) -> None:
    bot, url = await start_serve(tmp_path, ADE_ALERT_INTERVAL="0")
    try:
        assert await status_of(f"{url}/metrics") == 404
        assert await status_of(f"{url}/healthz") == 200
    finally:
        await stop_serve(bot)


async def test_a_separate_address_serves_metrics_and_the_bot_port_does_not(
    tmp_path: Path,
) -> None:
    port = free_port()
    bot, url = await start_serve(tmp_path, ADE_METRICS=f"127.0.0.1:{port}", ADE_ALERT_INTERVAL="0")
    try:
        samples = await scrape(f"http://127.0.0.1:{port}")
        assert await status_of(f"{url}/metrics") == 404
        assert await status_of(f"http://127.0.0.1:{port}/healthz") == 404
    finally:
        code, stderr = await stop_serve(bot)
    assert code == 0
    assert f"metrics: http://127.0.0.1:{port}/metrics" in stderr  # the banner says where
    assert value(samples, "ade_alert_scan_failures_total") == 0


async def test_a_metrics_address_already_in_use_stops_the_start_with_a_reason(
    tmp_path: Path,
) -> None:
    taken = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = taken.sockets[0].getsockname()[1]
    try:
        with pytest.raises(AssertionError, match="ended with status 2"):
            await start_serve(tmp_path, ADE_METRICS=f"127.0.0.1:{port}")
    finally:
        taken.close()
        await taken.wait_closed()


async def test_a_reply_teams_refuses_is_counted_by_operation_and_status_and_good_ones_as_ok(
    tmp_path: Path, stub: ConnectorStub
) -> None:
    # Teams refuses the first reply for good (403: the bot was removed from the chat); the
    # second turn's reply goes through. Without the counter an operator sees turns answered
    # in time and no error, while the admin saw nothing.
    stub.fail = [(403, {})]
    bot, url = await start_serve(tmp_path, ADE_METRICS="on", ADE_ALERT_INTERVAL="0")
    try:
        async with ClientSession() as session:
            await post(session, url, message("help", stub.url))
            await post(session, url, message("help", stub.url))
        samples = await scrape(url)
    finally:
        await stop_serve(bot)
    calls = series(samples, "ade_connector_requests_total")
    # The refused reply, then the turn's apology and the second turn's reply.
    assert calls == {
        frozenset({("operation", "reply"), ("outcome", "403")}): 1,
        frozenset({("operation", "reply"), ("outcome", "ok")}): 2,
    }
    assert stub.calls == 3
