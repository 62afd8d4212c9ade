"""What only the embedded backend has: a file made on first run, in WAL mode."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.storage.base import open_store
from bot.storage.migrations import LATEST
from bot.storage.sqlstore import StorageError

pytestmark = pytest.mark.anyio


async def test_the_database_file_and_its_folder_are_created_on_first_run_in_wal_mode(
    tmp_path: Path,
) -> None:
    path = tmp_path / "fresh" / "state" / "ade-doctor.db"

    store = await open_store(f"sqlite:///{path}")
    try:
        assert path.is_file()
        assert await store.schema_version() == LATEST
    finally:
        await store.close()

    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    db.close()
    # The WAL flag lives in the file header (bytes 18-19 = 2), so every later opener uses it.
    assert path.read_bytes()[18:20] == b"\x02\x02"


async def test_a_relative_path_is_taken_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    store = await open_store("sqlite:///data/ade-doctor.db")
    await store.close()

    assert (tmp_path / "data" / "ade-doctor.db").is_file()


async def test_a_file_that_cannot_be_created_is_a_clear_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")

    with pytest.raises(StorageError, match="cannot open the database sqlite:///"):
        await open_store(f"sqlite:///{blocker}/ade-doctor.db")


async def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path}/ade-doctor.db")
    await store.close()

    with pytest.raises(StorageError, match="closed"):
        await store.language("29:1abc")
