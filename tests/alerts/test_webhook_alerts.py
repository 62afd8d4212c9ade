"""`ade-doctor serve` with ADE_ALERT_WEBHOOKS beside a Teams conversation: both get the one
alert once, a webhook post that failed is sent by the next scan, a restart repeats nothing,
and the webhook's signature is in no line the bot writes."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.alerts.bot_process import CountingConnector, one_problem_snapshot, start_bot, subscribe
from tests.processes import ADE_DOCTOR, CLEAN_ENV
from tests.webhooks.stub import SECRET, WorkflowsStub

pytestmark = pytest.mark.anyio


async def _until(done: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not done():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def test_a_webhook_and_a_teams_chat_each_get_the_alert_once_across_a_failure_and_a_restart(
    tmp_path: Path, connector: CountingConnector
) -> None:
    workflows = await WorkflowsStub().start()
    workflows.answers.append((500, {}))  # the first post fails: the next scan sends it
    database = f"sqlite:///{tmp_path}/ade-doctor.db"
    (chat,) = await subscribe(database, connector.url + "/", 1)
    snapshot = one_problem_snapshot(tmp_path)
    hooks = {"ADE_ALERT_WEBHOOKS": f"ops={workflows.url()};lang=pl"}
    logs = []
    try:
        for _ in range(2):
            bot = await start_bot(tmp_path, database, snapshot, **hooks)
            try:
                await _until(lambda: workflows.posts and connector.alerts()[chat], 30)
                await asyncio.sleep(2.5)  # two more scans at ADE_ALERT_INTERVAL=1
            finally:
                await bot.stop()
            logs.append(bot.stderr)
    finally:
        await workflows.stop()
    assert connector.alerts()[chat] == 1
    assert workflows.calls == 2
    assert len(workflows.posts) == 1
    (card,) = workflows.cards()
    assert card["lang"] == "pl"
    assert card["body"][0]["id"].startswith("alert-")
    assert 'webhook "ops"' in logs[0]  # the failed post is logged, by name
    assert all(SECRET not in log for log in logs)


async def test_a_bad_webhook_setting_stops_the_start_with_its_reason_and_not_its_url(
    tmp_path: Path,
) -> None:
    hooks = f"ops=http://hooks.example.com/invoke?sig={SECRET}"
    process = await asyncio.create_subprocess_exec(
        str(ADE_DOCTOR), "serve", "--port", "0",
        env={**CLEAN_ENV, "ADE_ALERT_WEBHOOKS": hooks, "ADE_DATA_DIR": str(tmp_path)},
        cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 2
    text = (out + err).decode()
    assert 'ADE_ALERT_WEBHOOKS entry 1 ("ops"): the URL must start with https://' in text
    assert SECRET not in text
