"""The HTTP connections to one Graph root: at most `connections` at once, kept alive, shared by
every tenant of the process.

httpcore's pool does O(connections²) bookkeeping on every request and polls each idle socket
while doing it: with 50 connections busy for a thousand tenants that was most of the bot's
CPU (issue 15). So the connections are split into small httpx clients of at most
SHARD_CONNECTIONS each, every request going to the one with the fewest requests assigned,
and requests wait for a connection on our own semaphore rather than in httpcore's queue
(whose cost grows with the number waiting). The total stays `connections`.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass

import httpx

SHARD_CONNECTIONS = 10
USER_AGENT = "ade-doctor/0.1 (Intune ADE token diagnosis)"


@dataclass(slots=True)
class _Shard:
    client: httpx.AsyncClient
    slots: asyncio.Semaphore
    assigned: int = 0  # requests using or waiting for one of its connections


class Pool:
    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool,
        timeout: httpx.Timeout,
        connections: int,
    ) -> None:
        self.connections = connections
        self._verify, self._timeout = verify, timeout
        self._shards: list[_Shard] = []

    def _open(self) -> list[_Shard]:
        # Made on first use, inside the running event loop.
        if not self._shards:
            count = -(-self.connections // SHARD_CONNECTIONS)
            sizes = [
                self.connections // count + (n < self.connections % count) for n in range(count)
            ]
            self._shards = [_Shard(self._client(size), asyncio.Semaphore(size)) for size in sizes]
        return self._shards

    def _client(self, size: int) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            verify=self._verify,
            timeout=self._timeout,
            limits=httpx.Limits(max_connections=size, max_keepalive_connections=size),
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, str] | None,
        headers: dict[str, str],
        content: bytes | None,
    ) -> httpx.Response:
        shard = min(self._open(), key=lambda s: s.assigned)
        shard.assigned += 1
        try:
            async with shard.slots:
                return await shard.client.request(
                    method, url, params=params, headers=headers, content=content
                )
        finally:
            shard.assigned -= 1

    async def aclose(self) -> None:
        shards, self._shards = self._shards, []
        for shard in shards:
            await shard.client.aclose()
