"""The registry changes made from chat (bot.chat.ports.RegistryChanges), in the SQL both
backends speak. Apart from sqlstore.py to keep it screen-sized; SqlStore inherits it.

Append-only: the rows are both the tenants added from chat and the audit of who (the
operator's Entra object id) changed what, when. The version other instances poll is the
row count, not the largest `seq`: PostgreSQL hands out sequence numbers before commit, so a
smaller `seq` can become visible after a larger one, but every commit adds one row.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.core.tenant.changes import Action, RegistryChange

_COLUMNS = "action, name, tenant_id, cloud, new_name, actor, changed_at"


class RegistryChangesSql(ABC):
    @abstractmethod
    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int: ...

    @abstractmethod
    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    @abstractmethod
    def _when(self, at: datetime, what: str = "time") -> Any: ...

    @abstractmethod
    def _moment(self, value: Any) -> datetime: ...

    async def registry_version(self) -> int:
        rows = await self._rows("SELECT COUNT(*) FROM registry_changes")
        return int(rows[0][0])

    async def registry_changes(self) -> list[RegistryChange]:
        rows = await self._rows(f"SELECT {_COLUMNS} FROM registry_changes ORDER BY seq")
        return [
            RegistryChange(
                action=Action(row[0]), name=row[1], tenant_id=row[2], cloud=row[3],
                new_name=row[4], actor=row[5], at=self._moment(row[6]),
            )
            for row in rows
        ]  # fmt: skip

    async def record_registry_change(self, change: RegistryChange) -> None:
        c = change
        await self._execute(
            f"INSERT INTO registry_changes ({_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            (
                c.action.value, c.name, c.tenant_id, c.cloud, c.new_name, c.actor,
                self._when(c.at, "at"),
            ),
        )  # fmt: skip
