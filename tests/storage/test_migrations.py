"""Schema migrations, against both backends: a database at any older version is brought up
to date without losing what it holds; migrating is idempotent and safe from two instances."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta

import psycopg
import pytest

from bot.storage.base import open_store
from bot.storage.migrations import LATEST, POSTGRES, SQLITE
from bot.storage.sqlstore import StorageError
from tests.storage.conftest import NOW, Backend, entry, subscription

pytestmark = pytest.mark.anyio


def test_both_backends_have_the_same_migrations_in_order() -> None:
    assert [(m.version, m.name) for m in SQLITE] == [(m.version, m.name) for m in POSTGRES]
    assert [m.version for m in SQLITE] == list(range(1, LATEST + 1))


async def test_a_new_database_migrates_to_the_latest_version(backend: Backend) -> None:
    store = await backend.open(migrate=False)
    assert await store.schema_version() == 0

    assert await store.migrate() == LATEST
    assert await store.migrate() == LATEST  # idempotent

    assert await store.schema_version() == LATEST


@pytest.mark.parametrize("old", range(1, LATEST))
async def test_a_database_at_an_older_version_migrates_and_keeps_its_data(
    backend: Backend, old: int
) -> None:
    older = await backend.open(migrate=False)
    assert await older.migrate(target=old) == old
    await older.subscribe(subscription("a:1"))  # version 1: subscriptions, preferences
    await older.set_language("29:1abc", "pl")
    if old >= 2:  # the ledger and mutes
        await older.claim(entry("a:1", "p", "30d"))
        await older.snooze("a:1", "p", NOW + timedelta(days=1))
    await older.close()

    upgraded = await backend.open()  # what the bot does on start-up

    assert await upgraded.schema_version() == LATEST
    assert await upgraded.get_subscription("a:1") == subscription("a:1")
    assert await upgraded.language("29:1abc") == "pl"
    assert [e.stage for e in await upgraded.entries()] == (["30d"] if old >= 2 else [])
    assert await upgraded.claim(entry("a:1", "p", "14d"))
    async with upgraded.scan_lock("alert-scan") as held:
        assert held
    assert not await upgraded._rows(upgraded.table_exists, ("leases",))  # version 4 dropped it


async def test_two_instances_starting_together_migrate_once(backend: Backend) -> None:
    first, second = await backend.open(migrate=False), await backend.open(migrate=False)

    versions = await asyncio.gather(first.migrate(), second.migrate())

    assert list(versions) == [LATEST, LATEST]
    assert await first.schema_version() == LATEST


async def test_a_database_from_a_newer_version_is_refused(backend: Backend) -> None:
    store = await backend.open()
    future = LATEST + 1
    if backend.name == "sqlite":
        path = backend.url.removeprefix("sqlite:///")
        with sqlite3.connect(path) as db:
            db.execute("INSERT INTO schema_version (version, name) VALUES (?, 'future')", (future,))
        db.close()
    else:
        with psycopg.connect(backend.url, autocommit=True) as pg:
            pg.execute(
                "INSERT INTO schema_version (version, name) VALUES (%s, 'future')", (future,)
            )

    with pytest.raises(StorageError, match=f"schema version {future}, newer"):
        await open_store(backend.url)
    assert await store.schema_version() == future
