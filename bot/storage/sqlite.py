"""The embedded backend: one SQLite file in WAL mode, driven by the stdlib sqlite3 module.

One connection lives on one worker thread, so the event loop never waits on the disk and
calls run one after another (the bot's storage work is a handful of short statements).
Several processes may share the file: WAL lets readers go on while one writes, and writers
queue on the file's lock for up to `busy_timeout` seconds. The scan lock is an flock on a file
beside the database: the kernel drops it when its holder's process ends, however it ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from bot.storage import migrations
from bot.storage.sqlstore import Row, SqlStore, Step, StorageError

T = TypeVar("T")


def placeholders(sql: str) -> str:
    return sql.replace("%s", "?")


class SqliteStore(SqlStore):
    backend = "sqlite"
    table_exists = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s"

    def __init__(self, path: Path, *, busy_timeout: float = 30.0) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ade-sqlite")
        self._connection: sqlite3.Connection | None = None
        self._closed = False

    @classmethod
    async def open(cls, path: Path, *, busy_timeout: float = 30.0) -> SqliteStore:
        store = cls(path, busy_timeout=busy_timeout)
        try:
            await store._run(store._connect)
        except StorageError:
            await store.close()
            raise
        except (OSError, sqlite3.Error) as error:
            await store.close()
            raise StorageError(f"cannot open the database sqlite:///{path}: {error}") from error
        return store

    def _connect(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: each statement commits; multi-statement writes say BEGIN.
        connection = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
        try:
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode != "wal":
                raise StorageError(f"sqlite:///{self.path} refused WAL mode (got {mode!r})")
            # FULL (SQLite's default, said out loud): a claimed alert survives a power cut, or
            # it would be sent twice. It costs an fsync per commit; alerts are few.
            connection.execute("PRAGMA synchronous=FULL")
            # A file with damaged pages opens fine and then fails every scan: refuse it now.
            self._check(connection)
        except BaseException:
            connection.close()
            raise
        self._connection = connection

    def _check(self, connection: sqlite3.Connection) -> None:
        """Reads every page (PRAGMA quick_check: structure, not index contents); a few
        milliseconds for the bot's database, which holds subscriptions and a ledger."""
        try:
            problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check(3)")]
        except sqlite3.DatabaseError as error:
            problems = [str(error)]
        if problems != ["ok"]:
            found = " ".join("; ".join(problems).split())  # one line: the messages span several
            raise StorageError(
                f"sqlite:///{self.path} is damaged ({found}): restore it from a backup, or "
                "move it away to start with an empty one"
            )

    async def probe(self) -> None:
        await self._run(lambda: self._check(self._db()))

    async def _run(self, call: Callable[[], T]) -> T:
        if self._closed:
            raise StorageError("the store is closed")
        # A cancelled caller does not stop the statement: it finishes on the worker thread.
        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StorageError("the store is closed")
        return self._connection

    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        def run() -> int:
            return int(self._db().execute(placeholders(sql), params).rowcount)

        return await self._run(run)

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        def run() -> list[Row]:
            return list(self._db().execute(placeholders(sql), params).fetchall())

        return await self._run(run)

    async def _transaction(self, steps: Sequence[Step]) -> list[int]:
        def run() -> list[int]:
            return self._in_transaction(
                lambda db: [db.execute(placeholders(sql), ps).rowcount for sql, ps in steps]
            )

        return await self._run(run)

    async def _transaction_rows(self, steps: Sequence[Step]) -> list[list[Row]]:
        def run() -> list[list[Row]]:
            return self._in_transaction(
                lambda db: [list(db.execute(placeholders(sql), ps).fetchall()) for sql, ps in steps]
            )

        return await self._run(run)

    def _in_transaction(self, work: Callable[[sqlite3.Connection], T]) -> T:
        db = self._db()
        # IMMEDIATE takes the write lock up front: no deadlock upgrading a read lock later.
        db.execute("BEGIN IMMEDIATE")
        try:
            result = work(db)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return result

    def _time(self, at: datetime) -> Any:
        # Fixed width, so text order is time order (the ledger is listed by created_at).
        return at.isoformat(timespec="microseconds")

    def _moment(self, value: Any) -> datetime:
        return datetime.fromisoformat(value)

    def _document(self, value: dict[str, Any]) -> Any:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def _dict(self, value: Any) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(value)
        return document

    async def migrate(self, target: int | None = None) -> int:
        def work(db: sqlite3.Connection) -> int:
            db.execute(migrations.SQLITE_VERSION_TABLE)
            row = db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
            version = int(row[0])
            if problem := migrations.too_new(version):
                raise StorageError(problem)
            for migration in migrations.migration_plan(migrations.SQLITE, version, target):
                for statement in migration.statements:
                    db.execute(statement)
                db.execute(
                    "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                    (migration.version, migration.name),
                )
                version = migration.version
            return version

        return await self._run(lambda: self._in_transaction(work))

    async def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await self._run(connection.close)
        self._closed = True
        self._executor.shutdown(wait=False)

    @contextlib.asynccontextmanager
    async def scan_lock(self, name: str) -> AsyncIterator[bool]:
        if self._closed:
            raise StorageError("the store is closed")
        path = self.path.with_name(f"{self.path.name}.{name}.lock")
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise StorageError(f"cannot open the lock file {path}: {error.strerror}") from None
        try:
            # flock, not fcntl's record locks: those are per process, so a second store in
            # the same process (or a test's second instance) would get the lock too.
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                held = True
            except BlockingIOError:
                held = False
            yield held
        finally:
            os.close(descriptor)  # the unlock; the kernel does the same for a dead process
