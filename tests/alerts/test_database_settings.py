"""ADE_DATABASE_URL and the database behind it, as an admin meets them: `ade-doctor serve` and
`ade-doctor alerts --dry-run` refuse a bad setting or a damaged database with one line on
stderr and exit status 2 (never a traceback, never the password), and /healthz of a running
bot says when its database stops answering."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import psycopg
import pytest
from aiohttp import ClientSession

from tests.alerts.bot_process import (
    ADE_DOCTOR,
    CLEAN_ENV,
    free_port,
    one_problem_snapshot,
    start_bot,
    subscribe,
)
from tests.storage.pg_server import PostgresServer

pytestmark = pytest.mark.anyio

BAD_URLS = [
    "mysql://ade:PgS3cretPW@db/ade",
    "not a url",
    "sqlite:///:memory:",
    "postgresql://ade:PgS3cretPW@[::1/ade",  # cannot be parsed, still carries a password
]
COMMANDS = [["serve", "--port", str(free_port())], ["alerts", "--dry-run"]]


def run(cwd: Path, command: list[str], database_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ADE_DOCTOR), *command],
        capture_output=True,
        text=True,
        env={**CLEAN_ENV, "ADE_DATABASE_URL": database_url},
        cwd=cwd,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("command", COMMANDS, ids=["serve", "dry-run"])
@pytest.mark.parametrize("url", BAD_URLS)
def test_a_bad_database_url_is_one_line_and_exit_2_without_the_password(
    tmp_path: Path, command: list[str], url: str
) -> None:
    result = run(tmp_path, command, url)
    assert (result.returncode, result.stderr.count("\n")) == (2, 1), result.stderr
    assert result.stderr.startswith("ade-doctor: ")
    assert "PgS3cretPW" not in result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=["serve", "dry-run"])
async def test_a_damaged_sqlite_file_is_refused_at_start_with_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    path = tmp_path / "ade-doctor.db"
    await subscribe(f"sqlite:///{path}", "http://127.0.0.1:9/", 300)  # a few pages of data
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[3 * page : 4 * page] = b"\xa5" * page  # one page of the table is garbage now
    path.write_bytes(bytes(data))

    result = run(tmp_path, command, f"sqlite:///{path}")
    assert (result.returncode, result.stderr.count("\n")) == (2, 1), result.stderr
    assert "damaged" in result.stderr


async def test_healthz_says_degraded_with_503_when_the_database_stops_answering(
    tmp_path: Path, postgres: PostgresServer
) -> None:
    url = postgres.new_schema()
    bot = await start_bot(tmp_path, url, one_problem_snapshot(tmp_path), interval=0)
    try:
        async with ClientSession() as session:
            async with session.get(f"{bot.url}/healthz") as resp:
                assert (resp.status, (await resp.json())["status"]) == (200, "ok")
            schema = url.rsplit("%3D", 1)[1]
            with psycopg.connect(postgres.url(), autocommit=True) as admin:
                admin.execute(f'DROP SCHEMA "{schema}" CASCADE')  # the database is gone
            # The answer is kept a few seconds (a polled /healthz must not load the database).
            for _ in range(150):
                async with session.get(f"{bot.url}/healthz") as resp:
                    body = await resp.json()
                if resp.status != 200:
                    break
                await asyncio.sleep(0.1)
        assert (resp.status, body) == (
            503,
            {"status": "degraded", "mode": "anonymous", "store": "the database fails"},
        )
    finally:
        status, _ = await bot.stop()
    assert status == 0
    # The reason, for the operator: in the log, once, without the password.
    assert bot.stderr.count('relation "schema_version" does not exist') == 1, bot.stderr
    assert postgres.password not in bot.stderr
