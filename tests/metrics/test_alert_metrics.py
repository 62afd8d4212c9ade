"""Alerts sent and failed, and the scan's duration, as a running bot counts them."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.alerts.bot_process import CountingConnector, one_problem_snapshot, start_bot, subscribe
from tests.metrics.scrape import Samples, scrape, series, value

pytestmark = pytest.mark.anyio


async def scrape_until(url: str, sent: float, within_s: float = 15.0) -> Samples:
    """The counters move right after Teams answers: poll until `sent` alerts are counted."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    while True:
        samples = await scrape(url)
        if value(samples, "ade_alerts_sent_total") == sent or loop.time() > deadline:
            return samples
        await asyncio.sleep(0.1)


async def test_alerts_sent_and_refused_by_teams_are_counted_and_scans_timed(
    tmp_path: Path,
) -> None:
    connector = await CountingConnector().start()
    database = f"sqlite:///{tmp_path / 'ade.db'}"
    try:
        await subscribe(database, connector.url + "/", 3)
        # Teams refuses the first post for good (400 is not retried): the next scan, a
        # second later, sends it.
        connector.fail = [(400, {})]
        bot = await start_bot(tmp_path, database, one_problem_snapshot(tmp_path), ADE_METRICS="on")
        try:
            assert await connector.wait_for(3, timeout=30)
            samples = await scrape_until(bot.url, sent=3)
        finally:
            await bot.stop()
    finally:
        await connector.stop()
    assert value(samples, "ade_alerts_sent_total") == 3
    assert value(samples, "ade_alerts_failed_total") == 1
    scans = value(samples, "ade_alert_scan_duration_seconds_count")
    assert scans is not None
    assert scans >= 2
    assert value(samples, "ade_alert_scan_failures_total") == 0
    # The same posts as Bot Connector calls: one refused with Teams' 400, three taken.
    calls = series(samples, "ade_connector_requests_total")
    assert sum(v for labels, v in calls.items() if ("outcome", "400") in labels) == 1
    assert sum(v for labels, v in calls.items() if ("outcome", "ok") in labels) == 3
    expiring = {"card": "token-expiring", "severity": "warning"}
    assert value(samples, "ade_findings", **expiring) == 1
