"""A scan stopped while it posts a round's digest gives the digest back (so the next scan of
any instance sends the rest at once); when the database fails at that very moment too, the
stop must stay a stop: the scan task ends cancelled, as SIGTERM asked, and the lease frees
the round later. The database fails for real: its schema is dropped under the bot."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bot.alerts.fleet_scan import FleetScheduler
from bot.core.cards.elements import CardDict
from bot.snapshot_file import snapshot_folder
from bot.storage.base import open_store
from bot.tenant_reads import Tenant, TenantSources
from tests.alerts.fleet import fleet_folder, subscribe_scoped
from tests.storage.pg_server import PostgresServer

pytestmark = pytest.mark.anyio


class StuckTeams:
    """The alert sender port, for a Bot Connector that takes the post and never answers."""

    def __init__(self) -> None:
        self.posting = asyncio.Event()

    async def send(self, reference: dict[str, Any], cards: list[CardDict]) -> str:
        self.posting.set()
        await asyncio.Event().wait()
        raise AssertionError("never answered")

    async def update(
        self, reference: dict[str, Any], activity_id: str, cards: list[CardDict]
    ) -> str:
        return activity_id


async def test_a_database_failing_while_a_stopped_scan_gives_back_its_digest_keeps_the_stop(
    tmp_path: Path, postgres: PostgresServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = postgres.new_schema()
    folder = fleet_folder(tmp_path, ["Contoso", "Fabrikam"])
    await subscribe_scoped(url, "https://smba.example/", {"a:all": "*"})  # a round's digest
    store = await open_store(url)
    sources = TenantSources([Tenant(e, s) for e, s in snapshot_folder(folder)], budget=5.0)
    teams = StuckTeams()
    scheduler = FleetScheduler(sources, store, teams, interval=3600)
    scheduler.digests.stop_grace = 0.1  # how long a stopped post may still finish
    try:
        scan = asyncio.create_task(scheduler.scan())
        await asyncio.wait_for(teams.posting.wait(), timeout=30)
        schema = url.rsplit("%3D", 1)[1]
        with psycopg.connect(postgres.url(), autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')  # the database is gone
        with caplog.at_level(logging.WARNING, logger="bot.alerts.round_digests"):
            scan.cancel()  # SIGTERM
            done, _ = await asyncio.wait({scan}, timeout=10)
    finally:
        await store.close()
        await sources.close()
    assert done == {scan}
    # Cancelled, not ended by the database's error in place of the stop.
    assert scan.cancelled(), scan.exception()
    assert "not released" in caplog.text
