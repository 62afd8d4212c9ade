"""The listening socket, with the limits a bot on the internet needs and aiohttp's defaults
lack.

Teams' Bot Service sends each activity as one small, complete request and waits about 15 s
for the answer. A client that dribbles its headers, or opens connections and never uses them,
is not Teams: with aiohttp's defaults (an idle connection lives 3,630 s, connections are not
counted) 1,000 such connections stayed open for minutes and 20,000 exhausted the process's
file descriptors. Here a connection must deliver its request headers within
`header_timeout` (aiohttp's keep-alive timer, which also runs from the moment a connection is
accepted until its first request is complete). At `max_connections` a new connection takes
the place of the oldest one that has not sent a request yet, or, when every connection is
busy with a request, gets a 503 and is closed at once.
"""

from __future__ import annotations

import asyncio
import json
import resource
from dataclasses import dataclass, field

from aiohttp import web


def _default_max_connections() -> int:
    """A quarter of the descriptors the process may open (the rest are for the database, the
    Bot Connector and Graph), at most 512: far more than one tenant's Teams traffic needs."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return 512
    return max(16, min(512, soft // 4))


@dataclass(frozen=True)
class EdgeLimits:
    # Seconds a connection may take to send a complete set of request headers (and may stay
    # idle between requests).
    header_timeout: float = 10.0
    # Seconds the body of a request may take once its headers are in.
    body_timeout: float = 10.0
    # Connections served at once; more get 503.
    max_connections: int = field(default_factory=_default_max_connections)
    # Seconds from a request's arrival by which everything its turn sends (typing, reply,
    # apology) is done or given up, so Teams gets its HTTP answer inside its 15 s window.
    turn_deadline: float = 12.0


LINGER = 2.0
_BUSY_BODY = json.dumps({"error": "too many connections; try again shortly"}).encode()
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Content-Type: application/json\r\n"
    b"Content-Length: " + str(len(_BUSY_BODY)).encode() + b"\r\n"
    b"Retry-After: 1\r\n"
    b"Connection: close\r\n\r\n" + _BUSY_BODY
)


class _Busy(asyncio.Protocol):
    """A connection over the limit: told so, and closed before it costs anything more."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.WriteTransport)
        transport.write(_BUSY)
        transport.close()


class _Counted(asyncio.Protocol):
    """aiohttp's protocol for one connection, counted while it is open, and known as
    `waiting` until the end of its first request's headers has arrived."""

    def __init__(self, inner: asyncio.Protocol, gate: Listener) -> None:
        self.inner, self.gate = inner, gate
        self.transport: asyncio.BaseTransport | None = None
        self._tail = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self in self.gate.waiting:
            seen = self._tail + data[:4096]
            if b"\r\n\r\n" in seen:
                del self.gate.waiting[self]
            self._tail = seen[-3:]
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received()

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self.gate.waiting.pop(self, None)
        self.gate.open -= 1
        self.inner.connection_lost(exc)


class Listener:
    """An aiohttp application served on host:port within `limits`; `close` stops listening,
    then lets requests in progress finish (aiohttp's graceful shutdown)."""

    def __init__(self, app: web.Application, limits: EdgeLimits) -> None:
        self.limits = limits
        # After an answer given before the body was read (408, 413), aiohttp reads and drops
        # what is still coming for `lingering_time` (10 s by default) so the client sees the
        # answer; a slow client would hold the connection that long again.
        self.runner = web.AppRunner(
            app,
            access_log=None,
            handle_signals=False,
            keepalive_timeout=limits.header_timeout,
            lingering_time=LINGER,
        )
        self.open = 0
        # Connections still waiting for their first request's headers, oldest first.
        self.waiting: dict[_Counted, None] = {}
        self._server: asyncio.Server | None = None

    def _protocol(self) -> asyncio.Protocol:
        server = self.runner.server
        assert server is not None
        if self.open >= self.limits.max_connections:
            # Full: the connection that has waited longest without sending a request makes
            # room (slow-header connections cannot lock Teams out); if every connection is
            # busy with a request, the new one is told to come back.
            oldest = next(iter(self.waiting), None)
            if oldest is None or oldest.transport is None:
                return _Busy()
            del self.waiting[oldest]
            oldest.transport.close()
        self.open += 1
        counted = _Counted(server(), self)
        self.waiting[counted] = None
        return counted

    async def start(self, host: str, port: int) -> None:
        await self.runner.setup()
        loop = asyncio.get_running_loop()
        try:
            self._server = await loop.create_server(self._protocol, host, port, reuse_address=True)
        except OSError:
            await self.runner.cleanup()
            raise

    @property
    def port(self) -> int:
        assert self._server is not None
        assert self._server.sockets
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        await self.runner.cleanup()


async def listen(app: web.Application, host: str, port: int, limits: EdgeLimits) -> Listener:
    listener = Listener(app, limits)
    await listener.start(host, port)
    return listener
