"""SIGTERM in the middle of an alert scan, to a real `ade-doctor serve` process: it must end
with status 0 within a few seconds, every time, wherever the scan is (pacing between two
alerts, or waiting on a slow Bot Connector), and a post under way when the signal came is
finished and recorded, so the next start does not send it again."""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest

from tests.alerts.bot_process import CountingConnector, one_problem_snapshot, start_bot, subscribe

pytestmark = pytest.mark.anyio

TRIALS = 6


async def test_sigterm_during_a_scan_ends_the_bot_with_status_0_soon_and_repeats_nothing(
    tmp_path: Path, connector: CountingConnector
) -> None:
    url = f"sqlite:///{tmp_path}/ade-doctor.db"
    await subscribe(url, connector.url + "/", 200)  # more than the trials get through
    snapshot = one_problem_snapshot(tmp_path)
    chance = random.Random(12)
    stopped_in = []
    for trial in range(TRIALS):
        # Every other trial Teams takes 0.3 s per post: the signal often comes mid-post.
        connector.delay = 0.3 * (trial % 2)
        bot = await start_bot(tmp_path, url, snapshot)
        assert await connector.wait_for(len(connector.arrivals) + 1, timeout=30), bot.stderr
        # Somewhere between two alerts: in the pacing sleep, or inside a post.
        await connector.wait_for(10**6, timeout=chance.uniform(0, 0.25))
        status, took = await bot.stop(signal.SIGTERM, timeout=30)
        assert (trial, status, "Traceback" in bot.stderr) == (trial, 0, False), bot.stderr
        stopped_in.append(took)
    assert max(stopped_in) < 5.0, stopped_in
    # Each start retries first what the one before left pending: a post that reached Teams
    # but was not recorded would arrive a second time.
    assert [c for c, n in connector.alerts().items() if n > 1] == []
