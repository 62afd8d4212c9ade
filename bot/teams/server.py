"""The HTTP edge: POST /api/messages and GET /healthz on aiohttp.

We do not use botbuilder's CloudAdapter.process: in 4.17.1 it answers 500 whenever it must
return a body (deliveryMode expectReplies, invoke responses) because it serializes the body
twice, and it lets malformed input reach the turn. Here every bad request gets a 4xx with a
short reason before any work, and the body of an invoke response is written once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp import web
from botbuilder.core import TurnContext

from bot import log_context
from bot.chat.service import ChatService
from bot.teams.auth import (
    BotAuthentication,
    BotFrameworkCloud,
    ConnectorPool,
    is_loopback_authority,
    is_loopback_url,
)
from bot.teams.connector import TURN_DEADLINE, ConnectorCalls, ConnectorRetry, TokenHeader
from bot.teams.handler import TeamsBot, apologize, tenant_of
from bot.teams.listener import EdgeLimits
from bot.teams.sdk_internals import TurnResultsAdapter
from bot.teams.wire import ActivityError, parse_activity, to_json

log = logging.getLogger(__name__)

MAX_BODY = 256 * 1024
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# Told each turn's activity type and seconds (bot.metrics counts them); None: not measured.
TurnTimer = Callable[[str, float], None]


def _problem(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)


@web.middleware
async def _no_tracebacks(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as error:
        if error.status >= 400:
            return _problem(error.status, error.reason)
        raise
    except Exception:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _problem(500, "internal error")


class BotApp:
    def __init__(
        self,
        chat: ChatService,
        *,
        app_id: str | None = None,
        token: TokenHeader | None = None,
        cloud: BotFrameworkCloud | None = None,
        retry: ConnectorRetry | None = None,
        limits: EdgeLimits | None = None,
        health: Callable[[], Awaitable[dict[str, str]]] | None = None,
        turn_timer: TurnTimer | None = None,
        connector_calls: ConnectorCalls | None = None,
    ) -> None:
        self.chat, self.turn_timer, self.connector_calls = chat, turn_timer, connector_calls
        self.health = health  # the failing parts (e.g. {"store": why}); {} when all is well
        self.app_id, self.token, self.cloud = app_id, token, cloud or BotFrameworkCloud()
        self.retry = retry or ConnectorRetry()
        self.limits = limits or EdgeLimits()
        self.bot = TeamsBot(chat)
        self.session: aiohttp.ClientSession | None = None
        self.adapter: TurnResultsAdapter | None = None

    async def start(self, _app: web.Application | None = None) -> None:
        # One keep-alive session for every reply and proactive message of this process.
        connector = aiohttp.TCPConnector(limit=100, ttl_dns_cache=300)
        timeout = aiohttp.ClientTimeout(total=10, connect=3)
        self.session = aiohttp.ClientSession(connector=connector, timeout=timeout)
        token = self.token if self.app_id else None
        pool = ConnectorPool(self.session, token, self.retry, observe=self.connector_calls)
        self.adapter = TurnResultsAdapter(BotAuthentication(self.app_id, pool, self.cloud))

        async def on_error(context: TurnContext, error: Exception) -> None:
            if context.activity.name == "ContinueConversation":
                raise error  # a proactive send: its caller decides (403 deactivates, retry)
            await apologize(self.chat, context, error)

        self.adapter.on_turn_error = on_error

    async def stop(self, _app: web.Application | None = None) -> None:
        # Only what start() opened: the tenant source and the sign-in belong to bot.app.
        if self.session is not None:
            await self.session.close()

    @web.middleware
    async def _local_only(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Anonymous mode serves this machine only, and a browser page is not this machine
        just because its host name was made to resolve to 127.0.0.1 (DNS rebinding): the
        Host header it sends still names the attacker's site."""
        if not self.app_id and not is_loopback_authority(request.headers.get("Host")):
            return _problem(403, "anonymous mode answers only requests addressed to localhost")
        return await handler(request)

    def web_app(self) -> web.Application:
        middlewares = [_no_tracebacks, self._local_only]
        app = web.Application(client_max_size=MAX_BODY, middlewares=middlewares)
        app.router.add_post("/api/messages", self.messages)
        app.router.add_get("/healthz", self.healthz)
        app.on_startup.append(self.start)
        app.on_cleanup.append(self.stop)
        return app

    async def healthz(self, request: web.Request) -> web.Response:
        mode = "anonymous" if not self.app_id else "authenticated"
        problems = await self.health() if self.health is not None else {}
        if problems:
            return web.json_response({"status": "degraded", "mode": mode, **problems}, status=503)
        return web.json_response({"status": "ok", "mode": mode})

    async def messages(self, request: web.Request) -> web.Response:
        if request.content_type != "application/json":
            return _problem(415, "Content-Type must be application/json")
        if request.content_length is not None and request.content_length > MAX_BODY:
            return _problem(413, f"the body is over {MAX_BODY // 1024} KB")
        try:
            async with asyncio.timeout(self.limits.body_timeout):
                raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return _problem(413, f"the body is over {MAX_BODY // 1024} KB")
        except TimeoutError:
            # A body still arriving after this long is holding the connection, not
            # delivering an activity: answer and hang up (aiohttp would otherwise linger).
            response = _problem(408, "the body took too long to arrive")
            response.force_close()
            return response
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            return _problem(400, "the body is not JSON")
        except RecursionError:
            return _problem(400, "the body is nested too deeply")
        try:
            activity = parse_activity(body)
        except ActivityError as error:
            return _problem(400, str(error))
        # expectReplies answers in the HTTP response, not at the serviceUrl, but a caller
        # that names a service off this machine is not a local client either.
        if not self.app_id and not is_loopback_url(activity.service_url):
            return _problem(403, "anonymous mode answers only clients on this machine")
        assert self.adapter is not None
        auth_header = request.headers.get("Authorization", "")
        # One deadline for everything the turn sends (bot.teams.connector); the timeout
        # around the turn only catches what does not go through the connector.
        limit = self.limits.turn_deadline
        started = time.monotonic()
        TURN_DEADLINE.set(started + limit)
        conversation = activity.conversation.id if activity.conversation else None
        # Every log line of the turn, the Graph read it starts included, names its chat.
        with log_context.conversation(conversation, tenant_of(activity)):
            try:
                async with asyncio.timeout(limit + 1.0):
                    response = await self.adapter.process_activity(
                        auth_header, activity, self.bot.on_turn
                    )
            except PermissionError as error:
                log.info("refused an activity: %s", error)
                return _problem(401, "unauthorized")
            except TimeoutError:
                log.warning("a %s turn gave up after %.0f s", activity.type, limit + 1.0)
                return _problem(503, "the answer took too long")
            finally:
                if self.turn_timer is not None:
                    self.turn_timer(str(activity.type), time.monotonic() - started)
        if response is None:
            return web.Response(status=200)
        return web.Response(
            status=int(response.status or 200),
            body=_body(response.body),
            content_type="application/json",
        )


def _body(body: Any) -> bytes:
    """An invoke response body exactly once as JSON: botbuilder leaves either a model, or
    (for expectReplies) a dict it already serialized with msrest."""
    return b"" if body is None else to_json(body)
