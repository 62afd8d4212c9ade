"""Two `ade-doctor serve` processes on one PostgreSQL, reading a registry of tenants from the
fake Graph over HTTPS (issue 15): the tenants of a scan are shared out between them through
the database, so Graph sees each tenant read once per scan, not once per instance, and the
subscriber of all tenants gets its alerts once."""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from pathlib import Path

from tests.alerts.bot_process import CountingConnector, start_bot
from tests.alerts.fleet import counts, subscribe_scoped
from tests.graph.conftest import fake_tenant
from tests.graph.fake_aad import READ, READ_APPS, TENANT
from tests.graph.fake_graph import TOKENS
from tests.graph.tls import Tls
from tests.storage.pg_server import PostgresServer

TENANTS = {TENANT: "Contoso"} | {
    f"bbbbbbbb-0000-4000-8000-{n:012d}": name
    for n, name in enumerate(["Fabrikam", "Northwind", "Tailspin", "Woodgrove", "Litware"], 1)
}


def test_two_instances_share_a_scan_and_graph_reads_each_tenant_once(
    tls: Tls, postgres: PostgresServer, tmp_path: Path
) -> None:
    registry = tmp_path / "tenants.toml"
    registry.write_text(
        "".join(f'[[tenant]]\nname = "{n}"\ntenant_id = "{t}"\n\n' for t, n in TENANTS.items())
    )
    database = postgres.new_schema("shared")

    async def scenario() -> tuple[Counter[str | None], Counter[str], list[int]]:
        connector = await CountingConnector().start()
        try:
            async with fake_tenant(tls) as tenant:
                tenant.aad.tenant_roles = {t: {READ, READ_APPS} for t in TENANTS if t != TENANT}
                # Slow enough that one instance is still reading when the other starts its scan.
                tenant.graph.tenant_delay = {t: 0.4 for t in TENANTS}
                await subscribe_scoped(database, connector.url + "/", {"a:all": "*"})
                env = tenant.env() | {
                    "ADE_TENANTS": str(registry),
                    "ADE_TENANT_CONCURRENCY": "1",
                    "ADE_GRAPH_BUDGET_SECONDS": "10",
                }
                bots = [
                    await start_bot(tmp_path, database, None, interval=600, **env) for _ in range(2)
                ]
                try:
                    deadline = time.monotonic() + 60
                    while not counts(connector)["a:all"] or not all(
                        "alert scan:" in bot.stderr for bot in bots
                    ):
                        assert time.monotonic() < deadline, [b.stderr for b in bots]
                        await asyncio.sleep(0.1)
                    await asyncio.sleep(1.0)
                finally:
                    for bot in bots:
                        await bot.stop()
                reads = Counter(
                    s.tenant
                    for s in tenant.graph.seen
                    if s.path == TOKENS and "$skiptoken" not in s.query
                )
                shares = [
                    int(m)
                    for b in bots
                    for m in re.findall(r"alert scan: .*?tenants=(\d+)", b.stderr)
                ]
                return reads, counts(connector), shares
        finally:
            await connector.stop()

    reads, received, shares = asyncio.run(scenario())
    assert reads == Counter(dict.fromkeys(TENANTS, 1))
    assert sum(shares) == len(TENANTS)
    assert all(share > 0 for share in shares), shares  # both instances read some
    # The demo tenant has more than three problems: the scan's one digest, whichever
    # instance read which tenants.
    assert received["a:all"] == 1
