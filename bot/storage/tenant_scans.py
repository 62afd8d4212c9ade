"""Sharing one alert scan's tenant reads between bot instances (issue 15).

With a registry of hundreds of customer tenants and several bot instances on one PostgreSQL,
each instance reading every tenant would multiply the Graph calls (and Intune's per-tenant
throttling) by the number of instances. Instead each tenant has a row in `tenant_scans`; an
instance claims a batch of due rows for itself with a lease (PostgreSQL: `FOR UPDATE SKIP
LOCKED`, so two instances claiming at once take different rows and never wait on each
other; SQLite: one UPDATE, serialised by the database file), reads and alerts on them, then
sets when they are due again. An instance that dies holding claims loses them when the lease
ends, and the next scan of any instance reads those tenants.

Every claim belongs to the one open scan round (bot.storage.scan_rounds), so the instances
sharing a scan know when all of its tenants are read and one of them sends its digest.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import datetime
from typing import Any

Row = tuple[Any, ...]

OPEN_ROUND = "INSERT INTO scan_rounds (state, opened_at) VALUES ('open', %s) ON CONFLICT DO NOTHING"
EMPTY_ROUND = (
    "DELETE FROM scan_rounds WHERE state = 'open' AND NOT EXISTS"
    " (SELECT 1 FROM tenant_scans t WHERE t.round_id = scan_rounds.round_id)"
)


class TenantScans(ABC):
    # PostgreSQL's row-lock clauses for claims; SQLite has none (and needs none: a write
    # transaction holds the whole file).
    skip_locked = ""
    for_update = ""

    @abstractmethod
    async def _execute(self, sql: str, params: Sequence[Any] = ()) -> int: ...

    @abstractmethod
    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    @abstractmethod
    async def _transaction_rows(
        self, steps: Sequence[tuple[str, Sequence[Any]]]
    ) -> list[list[Row]]:
        """Runs the statements in one transaction; the rows each one returned."""

    @abstractmethod
    def _when(self, at: datetime, what: str = "time") -> Any: ...

    async def claim_tenants(
        self,
        tenants: Sequence[str],
        holder: str,
        now: datetime,
        lease_until: datetime,
        limit: int,
    ) -> list[str]:
        """Up to `limit` of `tenants` (registry keys) due at `now` and held by no live lease,
        now held by `holder` until `lease_until`; most overdue first."""
        if not tenants:
            return []
        at = self._when(now)
        listed = ", ".join(["(%s, %s)"] * len(tenants))
        names = ", ".join(["%s"] * len(tenants))
        done = await self._transaction_rows([
            (
                f"INSERT INTO tenant_scans (tenant, due_at) VALUES {listed}"
                " ON CONFLICT (tenant) DO NOTHING",
                [value for tenant in tenants for value in (tenant, at)],
            ),
            # The round this claim joins: the open one, else a new one (a unique index keeps
            # one open). Claimers and the instance closing the round take turns on its row,
            # so a round is never closed while a tenant is being claimed into it.
            (OPEN_ROUND, (at,)),
            (f"SELECT round_id FROM scan_rounds WHERE state = 'open'{self.for_update}", ()),
            (
                "UPDATE tenant_scans SET holder = %s, lease_until = %s, round_id = ("
                "SELECT round_id FROM scan_rounds WHERE state = 'open') WHERE tenant IN ("
                f"SELECT tenant FROM tenant_scans WHERE tenant IN ({names}) AND due_at <= %s"
                " AND (lease_until IS NULL OR lease_until <= %s)"
                f" ORDER BY due_at, tenant LIMIT %s{self.skip_locked}) RETURNING tenant",
                [holder, self._when(lease_until), *tenants, at, at, limit],
            ),
            # Nothing was due: a round opened for this claim is no scan at all.
            (EMPTY_ROUND, ()),
        ])  # fmt: skip
        return sorted(str(row[0]) for row in done[3])

    async def finish_tenants(self, tenants: Sequence[str], holder: str, due_at: datetime) -> int:
        """Releases `holder`'s claims on `tenants`, due again at `due_at`; a claim whose
        lease ran out and was taken by another instance is left to it."""
        if not tenants:
            return 0
        names = ", ".join(["%s"] * len(tenants))
        return await self._execute(
            "UPDATE tenant_scans SET holder = NULL, lease_until = NULL, due_at = %s"
            f" WHERE holder = %s AND tenant IN ({names})",
            [self._when(due_at), holder, *tenants],
        )
