"""One digest per scan across bot instances (issue 15): two `ade-doctor serve` processes on
one PostgreSQL share the scan of six tenants that all break at once, and the subscriber of
every tenant gets ONE digest naming the six, whichever instance read which tenant, even when
one instance is killed holding claims; subscribers of one tenant still get their own card."""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from bot.core.alerting.digest import CARD_ID
from bot.core.tenant.demo import demo_document
from tests.alerts.bot_process import BotProcess, CountingConnector, start_bot
from tests.alerts.fleet import cards_by_conversation, subscribe_scoped, titles
from tests.graph.conftest import VPP_SECRET, FakeTenant, fake_tenant
from tests.graph.fake_aad import READ, READ_APPS, TENANT
from tests.graph.tls import Tls
from tests.storage.pg_server import PostgresServer

TENANTS = {TENANT: "Contoso"} | {
    f"bbbbbbbb-0000-4000-8000-{n:012d}": name
    for n, name in enumerate(["Fabrikam", "Northwind", "Tailspin", "Woodgrove", "Litware"], 1)
}
SUBSCRIBERS = {"a:all": "*", "a:contoso": "Contoso", "a:tailspin": "Tailspin"}


def one_problem_each() -> dict[str, Any]:
    """The demo tenant cut to its ADE token that expires in 12 days: one new problem per
    tenant, so six tenants breaking at once are six problems, over the digest's three."""
    document = copy.deepcopy(demo_document(datetime.now(UTC)))
    tokens = document["depOnboardingSettings"]["value"][1:2]  # type: ignore[index]
    document["depOnboardingSettings"] = {"value": tokens}
    for item in document["vppTokens"]["value"]:  # type: ignore[index]
        item["token"] = VPP_SECRET
    return document


Scenario = Callable[[FakeTenant, list[BotProcess], str, CountingConnector], Awaitable[None]]


def run(tls: Tls, database: str, folder: Path, interval: int, scenario: Scenario) -> Any:
    registry = folder / "tenants.toml"
    registry.write_text(
        "".join(f'[[tenant]]\nname = "{n}"\ntenant_id = "{t}"\n\n' for t, n in TENANTS.items())
    )

    async def main() -> Any:
        connector = await CountingConnector().start()
        try:
            async with fake_tenant(tls, one_problem_each()) as tenant:
                tenant.aad.tenant_roles = {t: {READ, READ_APPS} for t in TENANTS if t != TENANT}
                # Slow enough that both instances are reading when their scans overlap.
                tenant.graph.tenant_delay = {t: 0.3 for t in TENANTS}
                await subscribe_scoped(database, connector.url + "/", dict(SUBSCRIBERS))
                env = tenant.env() | {
                    "ADE_TENANTS": str(registry),
                    "ADE_TENANT_CONCURRENCY": "1",
                    "ADE_GRAPH_BUDGET_SECONDS": "10",
                }
                bots = [
                    await start_bot(folder, database, None, interval=interval, **env)
                    for _ in range(2)
                ]
                try:
                    await scenario(tenant, bots, database, connector)
                finally:
                    for bot in bots:
                        if bot.process.returncode is None:
                            await bot.stop()
            return cards_by_conversation(connector)
        finally:
            await connector.stop()

    return asyncio.run(main())


async def wait_until(done: Callable[[], bool], bots: list[BotProcess], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, [b.stderr[-3000:] for b in bots]
        await asyncio.sleep(0.05)


def assert_one_digest_of_all_tenants_and_own_cards(cards: dict[str, list[dict[str, Any]]]) -> None:
    digest = cards["a:all"]
    assert len(digest) == 1, titles(digest)
    assert digest[0]["body"][0]["id"] == CARD_ID
    text = str(digest[0])
    assert all(name in text for name in TENANTS.values()), text
    assert titles(digest) == ["6 new problems across your tenants"]
    for conversation, name in [("a:contoso", "Contoso"), ("a:tailspin", "Tailspin")]:
        own = titles(cards[conversation])
        assert len(own) == 1, own
        assert own[0].startswith(f"{name}: "), own


def test_two_instances_sharing_a_scan_send_the_subscriber_of_all_tenants_one_digest(
    tls: Tls, postgres: PostgresServer, tmp_path: Path
) -> None:
    async def scenario(
        tenant: FakeTenant, bots: list[BotProcess], database: str, connector: CountingConnector
    ) -> None:
        await wait_until(lambda: all("alert scan:" in b.stderr for b in bots), bots, 60)
        await wait_until(lambda: "a:all" in cards_by_conversation(connector), bots, 30)
        await asyncio.sleep(1.0)  # a second digest would come now

    cards = run(tls, postgres.new_schema("digest"), tmp_path, 600, scenario)

    assert_one_digest_of_all_tenants_and_own_cards(cards)


def test_an_instance_killed_holding_claims_still_leads_to_one_digest(
    tls: Tls, postgres: PostgresServer, tmp_path: Path
) -> None:
    async def scenario(
        tenant: FakeTenant, bots: list[BotProcess], database: str, connector: CountingConnector
    ) -> None:
        victim = bots[1]
        pid = f":{victim.process.pid}:"

        def holding() -> list[str]:
            with psycopg.connect(database, autocommit=True) as db:
                rows = db.execute("SELECT tenant, holder FROM tenant_scans").fetchall()
            return [t for t, holder in rows if holder and pid in holder]

        await wait_until(lambda: bool(holding()), bots, 60)
        victim.kill()  # kill -9 amid its share of the scan
        await victim.ended()
        held = holding()
        assert held  # its claims outlive it, until their lease runs out
        await asyncio.sleep(3.0)
        assert "a:all" not in cards_by_conversation(connector)  # the scan is not over
        # Ten minutes later: the lease of the dead instance's claims ran out.
        with psycopg.connect(database, autocommit=True) as db:
            db.execute(
                "UPDATE tenant_scans SET lease_until = now() - interval '1 second'"
                " WHERE holder LIKE %s",
                (f"%{pid}%",),
            )
        await wait_until(lambda: "a:all" in cards_by_conversation(connector), bots, 60)
        await asyncio.sleep(4.0)  # the survivor scans again meanwhile: no second digest

    cards = run(tls, postgres.new_schema("killed"), tmp_path, 2, scenario)

    assert_one_digest_of_all_tenants_and_own_cards(cards)
