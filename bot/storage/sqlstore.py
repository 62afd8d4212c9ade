"""The storage operations, written once in the SQL both SQLite (3.35+) and PostgreSQL speak.

Backends supply the plumbing: how a statement runs, how a time and a JSON document are
stored and read back, and their migration lock. Statements use psycopg's `%s` placeholders;
the SQLite backend turns them into `?`. Whatever must happen exactly once across instances (a
ledger claim) is one INSERT ... ON CONFLICT statement, atomic in both. Which instance scans
is not decided here: each backend holds its scan lock the way that dies with the process.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import Any

from bot.core.alerting.model import Subscription
from bot.storage.ledger_sql import LedgerSql
from bot.storage.registry_sql import RegistryChangesSql
from bot.storage.scan_rounds import ScanRoundsSql
from bot.storage.tenant_scans import TenantScans

Row = tuple[Any, ...]
Step = tuple[str, Sequence[Any]]

SUBSCRIPTION_COLUMNS = (
    "conversation_id, tenant_id, service_url, reference, language, time_zone, kind, "
    "created_at, active, deactivated_reason"
)
# With the tenant a subscription names (schema 6, issue 15): NULL when it names none.
SCOPED = (
    "SELECT s.conversation_id, s.tenant_id, s.service_url, s.reference, s.language,"
    " s.time_zone, s.kind, s.created_at, s.active, s.deactivated_reason, c.tenant_scope"
    " FROM subscriptions s LEFT JOIN subscription_scopes c"
    " ON c.conversation_id = s.conversation_id"
)
SCOPE = (
    "INSERT INTO subscription_scopes (conversation_id, tenant_scope) VALUES (%s, %s)"
    " ON CONFLICT (conversation_id) DO UPDATE SET tenant_scope = excluded.tenant_scope"
)
SUBSCRIBE = (
    f"INSERT INTO subscriptions ({SUBSCRIPTION_COLUMNS})"
    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, TRUE, NULL)"
    " ON CONFLICT (conversation_id) DO UPDATE SET tenant_id = excluded.tenant_id,"
    " service_url = excluded.service_url, reference = excluded.reference,"
    " language = excluded.language, time_zone = excluded.time_zone, kind = excluded.kind,"
    " active = TRUE, deactivated_reason = NULL"
)


def unscope(conversation_id: str) -> Step:
    return ("DELETE FROM subscription_scopes WHERE conversation_id = %s", (conversation_id,))


class StorageError(RuntimeError):
    """The database cannot be used (unreachable, newer schema, closed); never carries a
    password."""


def utc(at: datetime, what: str = "time") -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got a naive one: {at}")
    return at.astimezone(UTC)


class SqlStore(TenantScans, ScanRoundsSql, RegistryChangesSql, LedgerSql, ABC):
    backend: str
    table_exists: str  # a query with one row when the table named by its parameter exists

    @abstractmethod
    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Runs one statement; the number of rows it changed."""

    @abstractmethod
    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    @abstractmethod
    async def _transaction(self, steps: Sequence[Step]) -> list[int]:
        """Runs the statements in one transaction; each one's changed-row count."""

    @abstractmethod
    def _time(self, at: datetime) -> Any:
        """A UTC datetime as the backend stores it."""

    @abstractmethod
    def _moment(self, value: Any) -> datetime:
        """A stored time back as a UTC datetime."""

    @abstractmethod
    def _document(self, value: dict[str, Any]) -> Any: ...

    @abstractmethod
    def _dict(self, value: Any) -> dict[str, Any]: ...

    @abstractmethod
    async def migrate(self, target: int | None = None) -> int: ...

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    async def probe(self) -> None:
        """Raises StorageError when the database cannot be used now (for /healthz)."""

    @abstractmethod
    def scan_lock(self, name: str) -> AbstractAsyncContextManager[bool]:
        """bot.alerts.ports.ScanLock: released when the block ends or the process dies."""

    def _when(self, at: datetime, what: str = "time") -> Any:
        return self._time(utc(at, what))

    def _maybe(self, value: Any) -> datetime | None:
        return None if value is None else self._moment(value)

    def _subscription(self, row: Row) -> Subscription:
        return Subscription(
            conversation_id=row[0], tenant_id=row[1], service_url=row[2],
            reference=self._dict(row[3]), language=row[4], time_zone=row[5], kind=row[6],
            created_at=self._moment(row[7]), active=bool(row[8]), deactivated_reason=row[9],
            scope=row[10] if len(row) > 10 else None,
        )  # fmt: skip

    async def schema_version(self) -> int:
        if not await self._rows(self.table_exists, ("schema_version",)):
            return 0
        rows = await self._rows("SELECT COALESCE(MAX(version), 0) FROM schema_version")
        return int(rows[0][0])

    async def subscribe(self, subscription: Subscription) -> None:
        s = subscription
        steps: list[Step] = [(
            SUBSCRIBE,
            (
                s.conversation_id, s.tenant_id, s.service_url, self._document(s.reference),
                s.language, s.time_zone, s.kind, self._when(s.created_at, "created_at"),
            ),
        )]  # fmt: skip
        if s.scope is not None:
            steps.append((SCOPE, (s.conversation_id, s.scope)))
        elif await self._rows(self.table_exists, ("subscription_scopes",)):
            # "alert me" again, naming no tenant: the tenant named before no longer holds.
            steps.append(unscope(s.conversation_id))
        await self._transaction(steps)

    async def unsubscribe(self, conversation_id: str) -> bool:
        key = (conversation_id,)
        counts = await self._transaction(
            [
                ("DELETE FROM subscriptions WHERE conversation_id = %s", key),
                ("DELETE FROM ledger WHERE conversation_id = %s", key),
                ("DELETE FROM mutes WHERE conversation_id = %s", key),
                unscope(conversation_id),
            ]
        )
        return counts[0] > 0

    async def get_subscription(self, conversation_id: str) -> Subscription | None:
        rows = await self._rows(
            f"{SCOPED} WHERE s.conversation_id = %s",
            (conversation_id,),
        )
        return self._subscription(rows[0]) if rows else None

    async def subscriptions(self, *, active_only: bool = True) -> list[Subscription]:
        where = " WHERE s.active = TRUE" if active_only else ""
        rows = await self._rows(f"{SCOPED}{where} ORDER BY s.conversation_id")
        return [self._subscription(row) for row in rows]

    async def deactivate(self, conversation_id: str, reason: str) -> bool:
        changed = await self._execute(
            "UPDATE subscriptions SET active = FALSE, deactivated_reason = %s"
            " WHERE conversation_id = %s AND active = TRUE",
            (reason, conversation_id),
        )
        return changed > 0

    async def language(self, user_key: str) -> str | None:
        rows = await self._rows("SELECT language FROM preferences WHERE user_key = %s", (user_key,))
        return str(rows[0][0]) if rows else None

    async def set_language(self, user_key: str, code: str) -> None:
        await self._execute(
            "INSERT INTO preferences (user_key, language) VALUES (%s, %s)"
            " ON CONFLICT (user_key) DO UPDATE SET language = excluded.language",
            (user_key, code),
        )

    async def conversation_tenant(self, conversation_id: str) -> str | None:
        rows = await self._rows(
            "SELECT tenant FROM conversation_tenants WHERE conversation_id = %s", (conversation_id,)
        )
        return str(rows[0][0]) if rows else None

    async def set_conversation_tenant(self, conversation_id: str, tenant: str) -> None:
        await self._execute(
            "INSERT INTO conversation_tenants (conversation_id, tenant, updated_at)"
            " VALUES (%s, %s, %s) ON CONFLICT (conversation_id) DO UPDATE"
            " SET tenant = excluded.tenant, updated_at = excluded.updated_at",
            (conversation_id, tenant, self._time(datetime.now(UTC))),
        )
