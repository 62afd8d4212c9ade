"""One digest per alert scan across bot instances (issue 15), in the SQL both backends speak.

Several instances share a scan's tenants (bot.storage.tenant_scans): each claim joins the one
open round. A new alert for a subscriber of every tenant is not sent by the instance that
read the tenant but held in `round_alerts`, since whether the scan's news is one digest or a
few cards depends on every tenant's. The instance whose scan finds the round's tenants all
read (none held under a live lease, none due) closes it; then one instance at a time holds
the digest of a closed round, with a lease: one that dies sending it leaves it to the next
scan of any instance after the lease, and what it had sent is SENT in the ledger already.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.core.alerting.digest import DigestLine, HeldAlert
from bot.core.diagnosis.findings import Severity

Row = tuple[Any, ...]
Step = tuple[str, Sequence[Any]]

_COLUMNS = "conversation_id, problem, stage, tenant, severity, retry, digest_line, alert_card"


class ScanRoundsSql(ABC):
    for_update = ""

    @abstractmethod
    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int: ...

    @abstractmethod
    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    @abstractmethod
    async def _transaction(self, steps: Sequence[Step]) -> list[int]: ...

    @abstractmethod
    def _when(self, at: datetime, what: str = "time") -> Any: ...

    @abstractmethod
    def _document(self, value: dict[str, Any]) -> Any: ...

    @abstractmethod
    def _dict(self, value: Any) -> dict[str, Any]: ...

    async def hold_alerts(self, tenant: str, holder: str, alerts: Sequence[HeldAlert]) -> int:
        """Keeps `alerts`, found reading `tenant` (a registry key), for the round of
        `holder`'s claim on it; none when the claim is no longer `holder`'s (its lease ran
        out and another instance read the tenant again). An alert held already is kept once."""
        held = 0
        for a in alerts:
            held += await self._execute(
                f"INSERT INTO round_alerts (round_id, {_COLUMNS}) SELECT round_id,"
                " %s, %s, %s, %s, %s, %s, %s, %s FROM tenant_scans WHERE tenant = %s"
                " AND holder = %s AND round_id IS NOT NULL ON CONFLICT DO NOTHING",
                (
                    a.conversation_id, a.problem, a.stage, a.line.tenant, a.line.severity.value,
                    a.retry, self._document(a.line.row), self._document(a.card), tenant, holder,
                ),
            )  # fmt: skip
        return held

    async def close_round(self, tenants: Sequence[str], now: datetime) -> bool:
        """Closes the open round when every tenant of it is read: none is held under a live
        lease, and none of `tenants` (the registry keys) is due and free to claim. False
        when it stays open (or none is)."""
        at = self._when(now)
        names = ", ".join(["%s"] * len(tenants)) or "NULL"
        counts = await self._transaction([
            # Waits for a claim under way to join the round first (tenant_scans).
            (f"SELECT round_id FROM scan_rounds WHERE state = 'open'{self.for_update}", ()),
            (
                "UPDATE scan_rounds SET state = 'closed', closed_at = %s WHERE state = 'open'"
                " AND NOT EXISTS (SELECT 1 FROM tenant_scans t WHERE"
                " t.round_id = scan_rounds.round_id AND t.holder IS NOT NULL"
                " AND t.lease_until > %s) AND NOT EXISTS (SELECT 1 FROM tenant_scans t"
                f" WHERE t.tenant IN ({names}) AND t.due_at <= %s"
                " AND (t.lease_until IS NULL OR t.lease_until <= %s))",
                (at, at, *tenants, at, at),
            ),
        ])  # fmt: skip
        return counts[1] > 0

    async def claim_digests(self, holder: str, now: datetime, lease_until: datetime) -> list[int]:
        """The closed rounds whose digest no live instance holds, now `holder`'s until
        `lease_until`; oldest first."""
        rows = await self._rows(
            "UPDATE scan_rounds SET digest_holder = %s, digest_until = %s WHERE"
            " state = 'closed' AND (digest_until IS NULL OR digest_until <= %s)"
            " RETURNING round_id",
            (holder, self._when(lease_until), self._when(now)),
        )
        return sorted(int(row[0]) for row in rows)

    async def release_digest(self, round_id: int, holder: str) -> bool:
        """Lets go of a digest `holder` could not finish (stopped midway): the next scan of
        any instance takes it at once, instead of after the lease."""
        changed = await self._execute(
            "UPDATE scan_rounds SET digest_holder = NULL, digest_until = NULL"
            " WHERE round_id = %s AND digest_holder = %s",
            (round_id, holder),
        )
        return changed > 0

    async def held_alerts(self, round_id: int) -> list[HeldAlert]:
        rows = await self._rows(
            f"SELECT {_COLUMNS} FROM round_alerts WHERE round_id = %s"
            " ORDER BY conversation_id, problem, stage",
            (round_id,),
        )
        return [
            HeldAlert(
                conversation_id=row[0], problem=row[1], stage=row[2],
                line=DigestLine(row[3], row[1], Severity(row[4]), self._dict(row[6])),
                card=self._dict(row[7]), retry=bool(row[5]),
            )
            for row in rows
        ]  # fmt: skip

    async def finish_round(self, round_id: int, holder: str) -> bool:
        """Forgets a round whose digest `holder` sent, with the alerts it held; False when
        the digest is no longer `holder`'s."""
        counts = await self._transaction([
            (
                "DELETE FROM round_alerts WHERE round_id = %s AND EXISTS (SELECT 1 FROM"
                " scan_rounds r WHERE r.round_id = %s AND r.digest_holder = %s)",
                (round_id, round_id, holder),
            ),
            (
                "DELETE FROM scan_rounds WHERE round_id = %s AND digest_holder = %s",
                (round_id, holder),
            ),
        ])  # fmt: skip
        return counts[1] > 0
