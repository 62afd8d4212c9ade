"""The shared backend for several bot instances: PostgreSQL through psycopg 3 (async), with a
small connection pool per instance. Statements run in autocommit; the few that belong
together run in one transaction on one connection.

The scan lock is a session advisory lock on a connection of its own, opened for the scan and
closed after it: the server drops the lock with the session, so when the holding process
dies (its socket closes) another instance can scan at once. It needs sessions that are
really sessions: connect directly, or through a pooler in session mode, not transaction mode.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import TupleRow
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from bot.storage import migrations
from bot.storage.sqlstore import Row, SqlStore, Step, StorageError
from bot.storage.urls import redacted, secrets_in

# The pg_advisory_xact_lock key held while migrating, so instances starting together take
# turns instead of racing to create the same tables.
MIGRATION_LOCK = 0x41_4445_446F_63  # "ADEDoc"
# Scan locks use the two-key form (its own key space): this namespace, and the lock's name in
# the current schema, so deployments sharing one database in different schemas do not block
# each other.
SCAN_LOCK = "SELECT pg_try_advisory_lock(%s, hashtext(current_schema() || '/' || %s))"
SCAN_LOCK_NAMESPACE = 0x4144_4553  # "ADES"
# A lock holder's host that vanishes without closing its socket (power cut, network gone) is
# noticed by the server after about a minute, not after the OS's default two hours.
KEEPALIVE = (
    "SET tcp_keepalives_idle = 30",
    "SET tcp_keepalives_interval = 10",
    "SET tcp_keepalives_count = 3",
)


def without_password(message: str, url: str) -> str:
    """libpq's messages do not quote the password, but a malformed URL may be quoted whole."""
    secrets = secrets_in(url)
    with contextlib.suppress(psycopg.Error):
        secrets.add(str(conninfo_to_dict(url).get("password") or ""))
    for secret in sorted(secrets - {""}, key=len, reverse=True):
        message = message.replace(secret, "***")
    return message


def open_error(url: str, error: Exception) -> StorageError:
    message = without_password(str(error).strip(), url)
    return StorageError(f"cannot open the database {redacted(url)}: {message}")


class PostgresStore(SqlStore):
    backend = "postgresql"
    table_exists = "SELECT 1 WHERE to_regclass(%s) IS NOT NULL"
    # Two instances claiming tenants at once take different rows, neither waiting.
    skip_locked = " FOR UPDATE SKIP LOCKED"
    # The open scan round's row: claims into it and its closing take turns.
    for_update = " FOR UPDATE"

    def __init__(
        self,
        pool: AsyncConnectionPool[psycopg.AsyncConnection[TupleRow]],
        url: str,
        timeout: float = 10.0,
    ) -> None:
        self._pool, self._url, self._timeout = pool, url, timeout

    @classmethod
    async def open(
        cls, url: str, *, min_size: int = 1, max_size: int = 5, timeout: float = 10.0
    ) -> PostgresStore:
        try:
            # One plain connection first: when the pool cannot connect it says only "timed
            # out", and the admin needs libpq's reason (refused, password, no database).
            probe = await _connect(url, timeout)
            await probe.close()
        except psycopg.Error as error:
            raise open_error(url, error) from None
        pool = AsyncConnectionPool(
            url,
            min_size=min_size,
            max_size=max_size,
            timeout=timeout,
            open=False,
            kwargs={"autocommit": True},
            name="ade-doctor",
        )
        try:
            await pool.open(wait=True, timeout=timeout)
        except psycopg.Error as error:
            await pool.close()
            raise open_error(url, error) from None
        return cls(pool, url, timeout)

    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        async with self._pool.connection() as db:
            return (await db.execute(sql, params)).rowcount

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        async with self._pool.connection() as db:
            return await (await db.execute(sql, params)).fetchall()

    async def _transaction(self, steps: Sequence[Step]) -> list[int]:
        async with self._pool.connection() as db, db.transaction():
            return [(await db.execute(sql, ps)).rowcount for sql, ps in steps]

    async def _transaction_rows(self, steps: Sequence[Step]) -> list[list[Row]]:
        async with self._pool.connection() as db, db.transaction():
            results: list[list[Row]] = []
            for sql, ps in steps:
                cursor = await db.execute(sql, ps)
                results.append(await cursor.fetchall() if cursor.description else [])
            return results

    def _time(self, at: datetime) -> Any:
        return at

    def _moment(self, value: Any) -> datetime:
        moment: datetime = value.astimezone(UTC)
        return moment

    def _document(self, value: dict[str, Any]) -> Any:
        return Jsonb(value)

    def _dict(self, value: Any) -> dict[str, Any]:
        document: dict[str, Any] = value  # jsonb arrives parsed
        return document

    async def migrate(self, target: int | None = None) -> int:
        async with self._pool.connection() as db, db.transaction():
            await db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            await db.execute(migrations.POSTGRES_VERSION_TABLE)
            cursor = await db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version")
            row = await cursor.fetchone()
            version = int(row[0]) if row else 0
            if problem := migrations.too_new(version):
                raise StorageError(problem)
            for migration in migrations.migration_plan(migrations.POSTGRES, version, target):
                for statement in migration.statements:
                    await db.execute(statement)
                await db.execute(
                    "INSERT INTO schema_version (version, name) VALUES (%s, %s)",
                    (migration.version, migration.name),
                )
                version = migration.version
        return version

    async def probe(self) -> None:
        try:
            await self._rows("SELECT MAX(version) FROM schema_version")
        except psycopg.Error as error:  # the pool's timeout included
            reason = without_password(str(error).strip().splitlines()[0], self._url)
            raise StorageError(f"the database {redacted(self._url)} fails: {reason}") from None

    async def close(self) -> None:
        await self._pool.close()

    @contextlib.asynccontextmanager
    async def scan_lock(self, name: str) -> AsyncIterator[bool]:
        try:
            session = await _connect(self._url, self._timeout)
        except psycopg.Error as error:
            raise open_error(self._url, error) from None
        try:
            for setting in KEEPALIVE:
                await session.execute(setting)
            cursor = await session.execute(SCAN_LOCK, (SCAN_LOCK_NAMESPACE, name))
            row = await cursor.fetchone()
            yield bool(row and row[0])
        finally:
            # Closing the session is the unlock. A failure here must not replace what is on
            # its way out (a CancelledError at shutdown): the server ends the session anyway.
            with contextlib.suppress(psycopg.Error, OSError):
                await session.close()


async def _connect(url: str, timeout: float) -> psycopg.AsyncConnection[TupleRow]:
    return await psycopg.AsyncConnection.connect(
        url, autocommit=True, connect_timeout=max(1, round(timeout))
    )
