"""`ade-doctor serve` as a real process under repeated failures, and how it names itself."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest
from aiohttp import ClientSession

from tests.processes import ADE_DOCTOR, CLEAN_ENV, free_port, start_serve, stop_serve
from tests.teams.support import ConnectorStub, message, post

pytestmark = pytest.mark.anyio


async def test_a_thousand_identical_failures_write_a_bounded_number_of_log_lines(
    tmp_path: Path,
) -> None:
    # Teams answers 403 to every reply and apology (the bot was removed from the chat):
    # each turn fails twice, the same way, and used to log two tracebacks.
    stub = await ConnectorStub().start()
    stub.fail = [(403, {})] * 2000
    process, url = await start_serve(tmp_path)
    try:
        async with ClientSession() as session:
            for _ in range(1000):
                status, _ = await post(session, url, message("help", stub.url))
                assert status == 200
    finally:
        status, stderr = await stop_serve(process, signal.SIGTERM)
        await stub.stop()
    assert stub.calls == 2000
    assert status == 0
    assert stderr.count("turn failed") <= 5
    assert stderr.count("could not deliver the apology") <= 5
    # Five of each kind, each with its traceback (about 50 lines through botbuilder).
    assert len(stderr.splitlines()) < 1000, f"{len(stderr.splitlines())} lines"


async def test_the_banner_puts_an_ipv6_address_in_brackets(tmp_path: Path) -> None:
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        str(ADE_DOCTOR),
        "serve",
        "--host",
        "::1",
        "--port",
        str(port),
        env=CLEAN_ENV,
        cwd=tmp_path,
        stderr=asyncio.subprocess.PIPE,
    )
    assert process.stderr is not None
    try:
        line = b""
        while b"listening on" not in line:
            line = await asyncio.wait_for(process.stderr.readline(), timeout=30)
            assert line, "the bot ended before it printed its banner"
        assert f"http://[::1]:{port}/api/messages".encode() in line
        async with ClientSession() as session:
            status, _ = await post(session, f"http://[::1]:{port}", message("help", "x"))
        assert status == 400  # answered on ::1 (the serviceUrl "x" is not a URL)
    finally:
        status, _ = await stop_serve(process, signal.SIGTERM)
    assert status == 0
