"""The HTTP connections to one Graph root: at most `connections` at once, kept alive, shared by
every tenant of the process.

httpcore's pool does O(connections²) bookkeeping on every request and polls each idle socket
while doing it: with 50 connections busy for a thousand tenants that was most of the bot's
CPU (issue 15). So the connections are split into small httpx clients of at most
SHARD_CONNECTIONS each, every request going to the one with the fewest requests assigned,
and requests wait for a connection on our own semaphore rather than in httpcore's queue
(whose cost grows with the number waiting). The total stays `connections`.

Every answer is read streamed, up to MAX_ANSWER_BYTES: a broken proxy or a hostile endpoint
in front of Graph that sends an endless (or huge) body costs at most that much memory.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass

import httpx

SHARD_CONNECTIONS = 10
# Graph's largest answers are device lists: an importedAppleDeviceIdentity with our $select
# is ~500 bytes of JSON (~650 in full, as `export` reads it), so a page of 1,000 is ~0.5 MB
# and a $batch of 20 such pages ~10-13 MB. A cap of 32 MiB stays well above any real answer
# and still bounds what one request can make the bot hold.
MAX_ANSWER_BYTES = 32 * 1024 * 1024
USER_AGENT = "ade-doctor/0.1 (Intune ADE token diagnosis)"


class TooLargeError(Exception):
    """An answer longer than the cap; its status and headers (for Graph's request-id) came."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response, self.limit = response, limit
        super().__init__(f"answer over {limit} bytes")


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
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.connections, self.max_answer_bytes = connections, max_answer_bytes
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
        """The answer with its body read; TooLargeError past the cap (the connection is then
        closed, not reused: the rest of the body is never read)."""
        shard = min(self._open(), key=lambda s: s.assigned)
        shard.assigned += 1
        try:
            async with shard.slots:
                request = shard.client.build_request(
                    method, url, params=params, headers=headers, content=content
                )
                response = await shard.client.send(request, stream=True)
                try:
                    body = await _read(response, self.max_answer_bytes)
                finally:
                    await response.aclose()
        finally:
            shard.assigned -= 1
        # The body as decoded (gzip undone), so the headers that described the encoding go.
        kept = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _ENCODING]
        return httpx.Response(
            response.status_code, headers=kept, content=body, request=response.request
        )

    async def aclose(self) -> None:
        shards, self._shards = self._shards, []
        for shard in shards:
            await shard.client.aclose()


_ENCODING = {"content-encoding", "content-length", "transfer-encoding"}


async def _read(response: httpx.Response, limit: int) -> bytes:
    """The decoded body, chunk by chunk, never more than `limit` bytes of it held."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit and "Content-Encoding" not in response.headers:
        raise TooLargeError(response, limit)  # said up front: not a byte of it is read
    body = bytearray()
    async for chunk in response.aiter_bytes():
        if len(body) + len(chunk) > limit:
            raise TooLargeError(response, limit)
        body += chunk
    return bytes(body)
