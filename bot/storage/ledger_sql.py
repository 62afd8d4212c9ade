"""The alert ledger and the mutes (bot.alerts.ports.AlertLedger), in the SQL both backends
speak. Apart from sqlstore.py to keep it screen-sized; SqlStore inherits it.

A ledger row is one alert for one chat, problem and stage: claimed PENDING by exactly one
instance (one INSERT ... ON CONFLICT DO NOTHING, atomic in SQLite and PostgreSQL alike), then
sent, failed or resolved. A mute is a chat's snooze or acknowledgement of one problem.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from bot.core.alerting.model import LedgerEntry, LedgerStatus, Mute

LEDGER_COLUMNS = (
    "conversation_id, problem, stage, status, created_at, activity_id, sent_at, attempts, "
    "resolved_at"
)
CLAIM = (
    f"INSERT INTO ledger ({LEDGER_COLUMNS}) VALUES (%s, %s, %s, %s, %s, NULL, NULL, %s, NULL)"
    " ON CONFLICT (conversation_id, problem, stage) DO NOTHING"
)
UPSERT_MUTE = (
    "INSERT INTO mutes (conversation_id, problem, {column}) VALUES (%s, %s, %s)"
    " ON CONFLICT (conversation_id, problem) DO UPDATE SET {column} = excluded.{column}"
)


class LedgerSql(ABC):
    @abstractmethod
    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int: ...

    @abstractmethod
    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    @abstractmethod
    async def _transaction(self, steps: Sequence[tuple[str, Sequence[Any]]]) -> list[int]: ...

    @abstractmethod
    def _when(self, at: datetime, what: str = "time") -> Any: ...

    @abstractmethod
    def _moment(self, value: Any) -> datetime: ...

    @abstractmethod
    def _maybe(self, value: Any) -> datetime | None: ...

    def _entry(self, row: tuple[Any, ...]) -> LedgerEntry:
        return LedgerEntry(
            conversation_id=row[0], problem=row[1], stage=row[2], status=LedgerStatus(row[3]),
            created_at=self._moment(row[4]), activity_id=row[5], sent_at=self._maybe(row[6]),
            attempts=int(row[7]), resolved_at=self._maybe(row[8]),
        )  # fmt: skip

    async def claim(self, entry: LedgerEntry) -> bool:
        e = entry
        if e.status is not LedgerStatus.PENDING:
            raise ValueError(f"claim() records PENDING entries, got {e.status.value}")
        created = self._when(e.created_at, "created_at")
        params = (e.conversation_id, e.problem, e.stage, e.status.value, created, e.attempts)
        return await self._execute(CLAIM, params) == 1

    async def mark_sent(
        self,
        conversation_id: str,
        problem: str,
        stage: str,
        activity_id: str | None,
        at: datetime,
    ) -> bool:
        changed = await self._execute(
            "UPDATE ledger SET status = 'sent', activity_id = %s, sent_at = %s WHERE"
            " conversation_id = %s AND problem = %s AND stage = %s AND status = 'pending'",
            (activity_id, self._when(at), conversation_id, problem, stage),
        )
        return changed > 0

    async def mark_failed_attempt(self, conversation_id: str, problem: str, stage: str) -> int:
        rows = await self._rows(
            "UPDATE ledger SET attempts = attempts + 1 WHERE conversation_id = %s"
            " AND problem = %s AND stage = %s AND status = 'pending' RETURNING attempts",
            (conversation_id, problem, stage),
        )
        return int(rows[0][0]) if rows else 0

    async def give_up(self, conversation_id: str, problem: str, stage: str) -> bool:
        changed = await self._execute(
            "UPDATE ledger SET status = 'failed' WHERE conversation_id = %s AND problem = %s"
            " AND stage = %s AND status = 'pending'",
            (conversation_id, problem, stage),
        )
        return changed > 0

    async def mark_resolved(self, conversation_id: str, problem: str, at: datetime) -> int:
        key = (conversation_id, problem)
        counts = await self._transaction(
            [
                (
                    "UPDATE ledger SET status = 'resolved', resolved_at = %s WHERE"
                    " conversation_id = %s AND problem = %s AND status IN ('pending', 'sent')",
                    (self._when(at), *key),
                ),
                ("DELETE FROM mutes WHERE conversation_id = %s AND problem = %s", key),
            ]
        )
        return counts[0]

    async def entries(
        self,
        conversation_id: str | None = None,
        statuses: Iterable[LedgerStatus] | None = None,
    ) -> list[LedgerEntry]:
        conditions: list[str] = []
        params: list[Any] = []
        if conversation_id is not None:
            conditions.append("conversation_id = %s")
            params.append(conversation_id)
        if statuses is not None:
            wanted = sorted({LedgerStatus(status).value for status in statuses})
            if not wanted:
                return []
            conditions.append(f"status IN ({', '.join(['%s'] * len(wanted))})")
            params.extend(wanted)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = await self._rows(
            f"SELECT {LEDGER_COLUMNS} FROM ledger{where}"
            " ORDER BY conversation_id, problem, created_at, stage",
            params,
        )
        return [self._entry(row) for row in rows]

    async def pending(self) -> list[LedgerEntry]:
        return await self.entries(statuses=[LedgerStatus.PENDING])

    async def snooze(self, conversation_id: str, problem: str, until: datetime) -> None:
        sql = UPSERT_MUTE.format(column="snoozed_until")
        await self._execute(sql, (conversation_id, problem, self._when(until, "until")))

    async def acknowledge(self, conversation_id: str, problem: str, stage: str) -> None:
        sql = UPSERT_MUTE.format(column="acknowledged_stage")
        await self._execute(sql, (conversation_id, problem, stage))

    async def mutes(self, conversation_id: str | None = None) -> list[Mute]:
        where = "" if conversation_id is None else " WHERE conversation_id = %s"
        rows = await self._rows(
            "SELECT conversation_id, problem, snoozed_until, acknowledged_stage FROM mutes"
            f"{where} ORDER BY conversation_id, problem",
            () if conversation_id is None else (conversation_id,),
        )
        return [Mute(row[0], row[1], self._maybe(row[2]), row[3]) for row in rows]
