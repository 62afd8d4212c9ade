"""kill -9 in the middle of an alert scan, to a real `ade-doctor serve` process, then a restart
on the same database: the new process scans at once (leadership dies with the process that
held it), and between them every subscriber gets its alert, at most the one in flight twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.alerts.bot_process import (
    CountingConnector,
    crash_run,
    one_problem_snapshot,
    start_bot,
    subscribe,
)
from tests.storage.pg_server import PostgresServer

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/ade-doctor.db"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_schema()


async def test_a_bot_restarted_after_kill_9_during_a_scan_scans_within_one_interval(
    tmp_path: Path, connector: CountingConnector, database_url: str
) -> None:
    await subscribe(database_url, connector.url + "/", 60)
    snapshot = one_problem_snapshot(tmp_path)
    crashed = await start_bot(tmp_path, database_url, snapshot, interval=2)
    assert await connector.wait_for(3, timeout=30), crashed.stderr
    crashed.kill()
    await crashed.ended()
    delivered = len(connector.arrivals)

    restarted = await start_bot(tmp_path, database_url, snapshot, interval=2)
    try:
        # Start-up, then the first scan comes within the 2 s interval: 10 s is plenty.
        assert await connector.wait_for(delivered + 1, timeout=10), restarted.stderr
        first_alert = connector.arrivals[delivered][0] - restarted.started
        assert first_alert < 10
    finally:
        await restarted.stop()


async def test_kill_9_at_random_points_of_a_scan_loses_nothing_and_repeats_at_most_one_each(
    tmp_path: Path, connector: CountingConnector
) -> None:
    # bench/bench_crash.py runs the same with more kills, and the figures in bench/README.md.
    figures = await crash_run(
        tmp_path, f"sqlite:///{tmp_path}/ade-doctor.db", connector, kills=5, subscribers=40
    )
    assert figures.lost == 0
    assert figures.repeated <= figures.kills  # only a post Teams took and we did not record
    assert max(figures.first_alert) < 10  # start-up and the first scan, within one interval
