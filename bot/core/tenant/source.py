"""The port every reader of a tenant implements: Microsoft Graph (bot.graph), a snapshot file
(bot.snapshot_file) and the demo tenant (bot.core.tenant.demo).

The conversation and the alert scan use it; the composition root (bot.app) builds one and
closes it. Failures come back as data (`ReadFailure` inside the snapshot) for reads, and as
`SyncRefusedError` for "Sync now", never as an edge's own exception type.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from bot.core.tenant.snapshot import Reason, TenantSnapshot


class SyncRefusedError(Exception):
    """ "Sync now" did not reach Apple. `reason` is a `Reason` (forbidden, not-found,
    throttled, timeout, unavailable, unauthorized, no-license, rejected); `permission` names
    the Graph permission to grant when the reason is forbidden. The message is for logs and
    never holds a secret."""

    def __init__(self, reason: Reason, permission: str | None = None, detail: str = "") -> None:
        super().__init__(detail or reason.value)
        self.reason, self.permission = reason, permission


class SnapshotSource(Protocol):
    """Reads a tenant's Apple enrollment state. `fresh` bypasses any cache ("Check again")."""

    @property
    def description(self) -> str: ...

    @property
    def can_sync(self) -> bool:
        """Whether "Sync now" can reach Apple through this source (only Graph can)."""
        ...

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot: ...

    async def sync(self, token_id: str) -> None:
        """Asks Apple Business / School Manager to sync one enrollment program token now;
        raises SyncRefusedError."""
        ...

    async def close(self) -> None: ...
