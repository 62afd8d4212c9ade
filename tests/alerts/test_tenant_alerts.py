"""`ade-doctor serve --snapshot DIR` with several tenants (issue 15): each subscriber hears
about the tenants it asked for, every alert names its tenant, a subscriber of all tenants
gets one digest when many break at once, a tenant that cannot be read stops nothing, and a
restart repeats nothing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.alerts.bot_process import CountingConnector, start_bot
from tests.alerts.fleet import (
    cards_by_conversation,
    counts,
    fleet_folder,
    subscribe_scoped,
    titles,
)
from tests.processes import ADE_DOCTOR, CLEAN_ENV

pytestmark = pytest.mark.anyio


async def _until(done: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def _two_runs(
    folder: Path, database: str, tenants: Path, done: Callable[[], bool]
) -> list[str]:
    """Starts the bot, waits for `done` and two more scans, stops it; then once more."""
    logs = []
    for _ in range(2):
        bot = await start_bot(folder, database, tenants)
        try:
            await _until(done, 30)
            await asyncio.sleep(2.5)  # two more scans at ADE_ALERT_INTERVAL=1
        finally:
            await bot.stop()
        logs.append(bot.stderr)
    return logs


async def test_each_subscriber_gets_its_tenants_alerts_named_by_tenant_once_across_a_restart(
    tmp_path: Path, connector: CountingConnector
) -> None:
    database = f"sqlite:///{tmp_path}/ade-doctor.db"
    tenants = fleet_folder(tmp_path, ["Contoso", "Fabrikam"], broken=["Tailspin"])
    scopes = {"a:contoso": "Contoso", "a:all": "*", "a:unnamed": None, "a:nobody": "Northwind"}
    await subscribe_scoped(database, connector.url + "/", scopes)

    logs = await _two_runs(
        tmp_path, database, tenants, lambda: sum(counts(connector).values()) >= 5
    )

    assert counts(connector) == {"a:contoso": 1, "a:all": 2, "a:unnamed": 2}
    cards = cards_by_conversation(connector)
    assert titles(cards["a:contoso"]) == [
        "Contoso: Enrollment program token Contoso Retail iPads expires in 12 days"
    ]
    assert sorted(t.split(":")[0] for t in titles(cards["a:all"])) == ["Contoso", "Fabrikam"]
    # The snooze button says which tenant's problem it means.
    actions = cards["a:contoso"][0]["actions"]
    assert {a["data"]["tenant"] for a in actions} == {"Contoso"}
    # The unreadable tenant was a row of its own, not a failed scan.
    assert all("alert scan failed" not in log for log in logs), logs


async def test_a_subscriber_of_all_tenants_gets_one_digest_when_many_break_at_once(
    tmp_path: Path, connector: CountingConnector
) -> None:
    database = f"sqlite:///{tmp_path}/ade-doctor.db"
    names = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Woodgrove"]
    tenants = fleet_folder(tmp_path, names)
    await subscribe_scoped(database, connector.url + "/", {"a:all": "*", "a:contoso": "Contoso"})

    await _two_runs(tmp_path, database, tenants, lambda: sum(counts(connector).values()) >= 2)

    assert counts(connector) == {"a:all": 1, "a:contoso": 1}
    (digest,) = cards_by_conversation(connector)["a:all"]
    assert digest["body"][0]["id"] == "alert-digest"
    assert titles([digest]) == ["5 new problems across your tenants"]
    rows = [row["items"][0]["text"] for row in digest["body"][1:]]
    assert [row.split(":")[0] for row in rows] == names  # equally severe: by tenant name
    assert all(row.endswith("expires in 12 days") for row in rows)


async def test_a_dry_run_plans_each_tenant_for_its_own_subscribers_with_tenant_keys(
    tmp_path: Path, connector: CountingConnector
) -> None:
    database = f"sqlite:///{tmp_path}/ade-doctor.db"
    tenants = fleet_folder(tmp_path, ["Contoso", "Fabrikam"])
    await subscribe_scoped(database, connector.url + "/", {"a:contoso": "Contoso", "a:all": "*"})
    process = await asyncio.create_subprocess_exec(
        str(ADE_DOCTOR), "alerts", "--dry-run", "--snapshot", str(tenants),
        env={**CLEAN_ENV, "ADE_DATABASE_URL": database}, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    lines = out.decode().splitlines()
    sends = sorted(line.split(" personal ")[1].split(" ")[0] for line in lines if "send" in line)
    assert sends == ["a:all", "a:all", "a:contoso"]
    assert all("[contoso/expiry:" in line for line in lines if line.startswith("Contoso: send"))
    assert all("[fabrikam/expiry:" in line for line in lines if line.startswith("Fabrikam: send"))
