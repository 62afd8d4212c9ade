"""The tenant read of one turn, time-boxed: Teams gives up on a bot after about 15 s, so a
slow or broken source becomes a snapshot of failures (the `tenant-unreachable` card, with the
generic steps), never silence."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from bot.core.tenant.document import SnapshotError
from bot.core.tenant.snapshot import TOKEN_PARTS, ReadFailure, Reason, TenantSnapshot
from bot.core.tenant.source import SnapshotSource

log = logging.getLogger(__name__)


async def read_in_time(
    source: SnapshotSource, now: datetime, budget: float, *, fresh: bool = False
) -> TenantSnapshot:
    """The tenant's snapshot, or one made of failures when it cannot be read in `budget`
    seconds."""
    try:
        return await asyncio.wait_for(source.read(now, fresh=fresh), timeout=budget)
    except TimeoutError:
        log.warning("reading %s took over %.1f s", source.description, budget)
        reason = Reason.TIMEOUT
    except SnapshotError as error:  # a snapshot file being edited: one line says where
        log.warning("reading %s failed: %s", source.description, error)
        reason = Reason.UNAVAILABLE
    except Exception:  # a broken source must still give the admin the generic steps
        log.exception("reading %s failed", source.description)
        reason = Reason.UNAVAILABLE
    return TenantSnapshot(failures=tuple(ReadFailure(part, reason) for part in TOKEN_PARTS))
