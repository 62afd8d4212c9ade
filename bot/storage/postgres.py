"""The shared backend for several bot instances: PostgreSQL through psycopg 3 (async), with a
small connection pool per instance. Statements run in autocommit; the few that belong
together run in one transaction on one connection."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import TupleRow
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from bot.storage import migrations
from bot.storage.sqlstore import Row, SqlStore, Step, StorageError
from bot.storage.urls import redacted

# The pg_advisory_xact_lock key held while migrating, so instances starting together take
# turns instead of racing to create the same tables.
MIGRATION_LOCK = 0x41_4445_446F_63  # "ADEDoc"


def without_password(message: str, url: str) -> str:
    """libpq's messages do not quote the password, but a malformed URL might end up in one."""
    secrets: set[str] = set()
    with contextlib.suppress(psycopg.Error):
        secrets.add(str(conninfo_to_dict(url).get("password") or ""))
    with contextlib.suppress(ValueError):
        secrets.add(urlsplit(url).password or "")
    for secret in sorted(secrets - {""}, key=len, reverse=True):
        message = message.replace(secret, "***")
    return message


def open_error(url: str, error: Exception) -> StorageError:
    message = without_password(str(error).strip(), url)
    return StorageError(f"cannot open the database {redacted(url)}: {message}")


class PostgresStore(SqlStore):
    backend = "postgresql"
    table_exists = "SELECT 1 WHERE to_regclass(%s) IS NOT NULL"

    def __init__(self, pool: AsyncConnectionPool[psycopg.AsyncConnection[TupleRow]]) -> None:
        self._pool = pool

    @classmethod
    async def open(
        cls, url: str, *, min_size: int = 1, max_size: int = 5, timeout: float = 10.0
    ) -> PostgresStore:
        try:
            # One plain connection first: when the pool cannot connect it says only "timed
            # out", and the admin needs libpq's reason (refused, password, no database).
            probe = await psycopg.AsyncConnection.connect(url, connect_timeout=round(timeout))
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
        return cls(pool)

    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        async with self._pool.connection() as db:
            return (await db.execute(sql, params)).rowcount

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        async with self._pool.connection() as db:
            return await (await db.execute(sql, params)).fetchall()

    async def _transaction(self, steps: Sequence[Step]) -> list[int]:
        async with self._pool.connection() as db, db.transaction():
            return [(await db.execute(sql, ps)).rowcount for sql, ps in steps]

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

    async def close(self) -> None:
        await self._pool.close()
