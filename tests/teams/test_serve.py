"""`ade-doctor serve` as a real process: how an admin starts the bot."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import ClientSession

from tests.processes import ADE_DOCTOR, CLEAN_ENV, free_port, start_serve, stop_serve
from tests.teams.support import ConnectorStub, message, post

pytestmark = pytest.mark.anyio


def _serve(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`ade-doctor serve` expected to refuse to start (it would otherwise run until killed)."""
    return subprocess.run(
        [str(ADE_DOCTOR), "serve", "--port", str(free_port()), *args],
        capture_output=True,
        text=True,
        env=CLEAN_ENV,
        cwd=cwd,
        timeout=30,
        check=False,
    )


def test_serving_anonymously_on_a_public_address_is_refused(tmp_path: Path) -> None:
    result = _serve(tmp_path, "--host", "0.0.0.0")
    assert result.returncode == 2
    assert "refusing to serve anonymously on 0.0.0.0" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_setting_in_a_dotenv_file_stops_the_bot_with_one_line(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("MicrosoftAppType=Sometimes\n")
    result = _serve(tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "MicrosoftAppType must be one of" in result.stderr


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[str]:
    process, url = await start_serve(tmp_path)
    yield url
    _, stderr = await stop_serve(process, signal.SIGTERM)
    assert "Traceback" not in stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_a_stop_signal_ends_the_bot_cleanly_with_exit_status_0(
    tmp_path: Path, signum: int
) -> None:
    # An alert scan every second: the scheduler task is running when the signal comes.
    process, _ = await start_serve(tmp_path, ADE_ALERT_INTERVAL="1")
    status, stderr = await stop_serve(process, signum)
    assert (status, "Traceback" in stderr) == (0, False), stderr
    assert "stopped" in stderr


async def test_the_default_bot_serves_the_demo_tenant_on_loopback(served: str) -> None:
    stub = await ConnectorStub().start()
    try:
        async with ClientSession() as session:
            status, _ = await post(session, served, message("dlaczego ADE nie działa?", stub.url))
        assert status == 200
        assert "token-expired" in stub.card_ids()
        assert {card["lang"] for card in stub.cards()} == {"pl"}
    finally:
        await stub.stop()
