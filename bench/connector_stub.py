"""A Bot Connector stub: the service a bot replies to, on loopback, answering fast.

It accepts what a bot sends during a turn (Bot Connector REST API v3):

- ``POST /v3/conversations/{conversationId}/activities``               send to conversation
- ``POST /v3/conversations/{conversationId}/activities/{activityId}``  reply to an activity
- ``PUT  /v3/conversations/{conversationId}/activities/{activityId}``  update an activity

and answers ``{"id": "<generated>"}`` (201 for POSTs, 200 for PUTs), counting what it got.
``GET /stats`` returns the counts as JSON; ``GET /stats?prefix=P`` adds, for the activities
whose ``replyToId`` starts with ``P`` (the load generator's run tag), how many distinct turns
got a ``message`` reply, so a load generator can check that every turn was answered.
``GET /healthz`` answers 200. Anything else gets 404.

Run on its own: ``python bench/connector_stub.py [--port P]`` (``--port 0`` picks a free port;
the first line printed is ``connector stub listening on http://127.0.0.1:PORT/``).
Or import it: ``stub = ConnectorStub(); port = await stub.start(); ...; await stub.stop()``.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import signal
import sys
import time
import weakref
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Stats:
    """What the stub received. Only ever touched from the event loop thread."""

    activities: int = 0
    routes: Counter[str] = field(default_factory=Counter)  # send / reply / update
    types: Counter[str] = field(default_factory=Counter)  # message / typing / ...
    bad_requests: int = 0
    # replyToId -> number of activities, and the ids that got at least one message.
    per_turn: Counter[str] = field(default_factory=Counter)
    attachments: Counter[str] = field(default_factory=Counter)  # replyToId -> cards etc.
    answered: set[str] = field(default_factory=set)
    ids: itertools.count[int] = field(default_factory=itertools.count)
    # TCP connections the bots opened to us: a transport not seen before is a new connection
    # (a WeakSet, so a closed connection's transport leaves it once collected).
    connections: int = 0
    transports: weakref.WeakSet[asyncio.BaseTransport] = field(default_factory=weakref.WeakSet)

    def as_json(self, prefix: str | None = None) -> dict[str, Any]:
        result: dict[str, Any] = {
            "activities": self.activities,
            "routes": dict(self.routes),
            "types": dict(self.types),
            "bad_requests": self.bad_requests,
            "connections": self.connections,
            # The stub's own CPU, so a load generator can show that the stub is not the bottleneck.
            "stub_cpu_s": time.process_time(),
            "stub_pid": os.getpid(),
        }
        if prefix is not None:
            result["prefix"] = prefix
            result["prefix_activities"] = sum(
                n for turn, n in self.per_turn.items() if turn.startswith(prefix)
            )
            result["prefix_turns_answered"] = sum(1 for t in self.answered if t.startswith(prefix))
            result["prefix_attachments"] = sum(
                n for turn, n in self.attachments.items() if turn.startswith(prefix)
            )
        return result


STATS_KEY = web.AppKey("stats", Stats)


async def _receive(request: web.Request, route: str) -> web.Response:
    stats = request.app[STATS_KEY]
    try:
        activity = json.loads(await request.read())
        if not isinstance(activity, dict):
            raise TypeError("activity is not an object")
    except (ValueError, TypeError):
        stats.bad_requests += 1
        return web.json_response({"error": {"code": "BadArgument"}}, status=400)
    activity_type = str(activity.get("type") or "?")
    reply_to = request.match_info.get("activityId") or activity.get("replyToId")
    stats.activities += 1
    transport = request.transport
    if transport is not None and transport not in stats.transports:
        stats.transports.add(transport)
        stats.connections += 1
    stats.routes[route] += 1
    stats.types[activity_type] += 1
    if isinstance(reply_to, str) and route != "update":
        stats.per_turn[reply_to] += 1
        attachments = activity.get("attachments")
        if isinstance(attachments, list) and attachments:
            stats.attachments[reply_to] += len(attachments)
        if activity_type == "message":
            stats.answered.add(reply_to)
    new_id = request.match_info["activityId"] if route == "update" else f"stub-{next(stats.ids)}"
    return web.json_response({"id": new_id}, status=200 if route == "update" else 201)


async def _send(request: web.Request) -> web.Response:
    return await _receive(request, "send")


async def _reply(request: web.Request) -> web.Response:
    return await _receive(request, "reply")


async def _update(request: web.Request) -> web.Response:
    return await _receive(request, "update")


async def _stats(request: web.Request) -> web.Response:
    return web.json_response(request.app[STATS_KEY].as_json(request.query.get("prefix")))


async def _healthz(_request: web.Request) -> web.Response:
    return web.Response(text="ok")


def make_app() -> web.Application:
    """The stub's aiohttp application, with fresh counters."""
    app = web.Application(client_max_size=4 * 1024 * 1024)
    app[STATS_KEY] = Stats()
    base = "/v3/conversations/{conversationId}/activities"
    app.router.add_post(base, _send)
    app.router.add_post(base + "/{activityId}", _reply)
    app.router.add_put(base + "/{activityId}", _update)
    app.router.add_get("/stats", _stats)
    app.router.add_get("/healthz", _healthz)
    return app


class ConnectorStub:
    """The stub inside the caller's event loop (for tests); ``start()`` returns the port."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self.app = make_app()
        self._runner: web.AppRunner | None = None

    @property
    def stats(self) -> Stats:
        return self.app[STATS_KEY]

    @property
    def url(self) -> str:
        """The service URL to put in activities."""
        return f"http://{self.host}:{self.port}/"

    async def start(self) -> int:
        self._runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, backlog=1024)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


async def _serve(host: str, port: int) -> None:
    stub = ConnectorStub(host, port)
    await stub.start()
    print(f"connector stub listening on {stub.url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await stub.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 (default): a free port")
    args = parser.parse_args(argv)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("connector_stub: serves on loopback only")
    asyncio.run(_serve(args.host, args.port))


if __name__ == "__main__":
    main()
