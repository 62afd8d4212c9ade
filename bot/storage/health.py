"""The database's part of /healthz: a cheap probe, with a deadline, shared and kept briefly.

/healthz is unauthenticated and polled (load balancers, Kubernetes): however often it is
asked, the database sees at most one probe every `keep` seconds, so health checks can never
crowd out the bot's own statements on SQLite's single worker thread. Its answer names no
host, user or path (anyone who reaches the port reads it): the reason goes to the log, once
per change.
"""

from __future__ import annotations

import asyncio
import logging
import time

from bot.storage.base import Store
from bot.storage.sqlstore import StorageError

log = logging.getLogger(__name__)


class StoreHealth:
    def __init__(self, store: Store, *, timeout: float = 2.0, keep: float = 5.0) -> None:
        self.store, self.timeout, self.keep = store, timeout, keep
        self._lock = asyncio.Lock()
        self._checked_at = -float("inf")
        self._problems: dict[str, str] = {}

    async def __call__(self) -> dict[str, str]:
        """{} when the database answers; else {"store": why, in general terms}."""
        async with self._lock:
            if time.monotonic() - self._checked_at >= self.keep:
                self._problems = await self._probe()
                self._checked_at = time.monotonic()
            return dict(self._problems)

    async def _probe(self) -> dict[str, str]:
        try:
            async with asyncio.timeout(self.timeout):
                await self.store.probe()
        except TimeoutError:
            reason = f"the database did not answer within {self.timeout:g} s"
            return self._failing(reason, reason)
        except StorageError as error:
            return self._failing("the database fails", str(error))
        if self._problems:
            log.warning("the database answers again")
        return {}

    def _failing(self, public: str, reason: str) -> dict[str, str]:
        if self._problems.get("store") != public:
            log.warning("/healthz: degraded: %s", reason)
        return {"store": public}
