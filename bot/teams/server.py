"""The HTTP edge: POST /api/messages and GET /healthz on aiohttp.

We do not use botbuilder's CloudAdapter.process: in 4.17.1 it answers 500 whenever it must
return a body (deliveryMode expectReplies, invoke responses) because it serializes the body
twice, and it lets malformed input reach the turn. Here every bad request gets a 4xx with a
short reason before any work, and the body of an invoke response is written once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.schema import DeliveryModes

from bot.chat.service import ChatService
from bot.teams.auth import BotAuthentication, BotFrameworkCloud, ConnectorPool, is_loopback_url
from bot.teams.connector import ConnectorRetry, TokenHeader
from bot.teams.handler import TeamsBot, apologize
from bot.teams.sdk_internals import TurnResultsAdapter
from bot.teams.wire import ActivityError, parse_activity, to_json

log = logging.getLogger(__name__)

MAX_BODY = 256 * 1024
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


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
        health: Callable[[], Awaitable[dict[str, str]]] | None = None,
    ) -> None:
        self.chat = chat
        self.health = health  # the failing parts (e.g. {"store": why}); {} when all is well
        self.app_id, self.token, self.cloud = app_id, token, cloud or BotFrameworkCloud()
        self.retry = retry or ConnectorRetry()
        self.bot = TeamsBot(chat)
        self.session: aiohttp.ClientSession | None = None
        self.adapter: TurnResultsAdapter | None = None

    async def start(self, _app: web.Application | None = None) -> None:
        # One keep-alive session for every reply and proactive message of this process.
        connector = aiohttp.TCPConnector(limit=100, ttl_dns_cache=300)
        timeout = aiohttp.ClientTimeout(total=10, connect=3)
        self.session = aiohttp.ClientSession(connector=connector, timeout=timeout)
        pool = ConnectorPool(self.session, self.token if self.app_id else None, self.retry)
        self.adapter = TurnResultsAdapter(BotAuthentication(self.app_id, pool, self.cloud))

        async def on_error(context: TurnContext, error: Exception) -> None:
            if context.activity.name == "ContinueConversation":
                raise error  # a proactive send: its caller decides (403 deactivates, retry)
            await apologize(self.chat, context, error)

        self.adapter.on_turn_error = on_error

    async def stop(self, _app: web.Application | None = None) -> None:
        if self.session is not None:
            await self.session.close()
        close = getattr(self.chat.source, "close", None)
        if close is not None:
            await close()
        close_token = getattr(self.token, "close", None)
        if close_token is not None:
            close_token()

    def web_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[_no_tracebacks])
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
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return _problem(413, f"the body is over {MAX_BODY // 1024} KB")
        try:
            activity = parse_activity(json.loads(raw))
        except (ValueError, UnicodeDecodeError) as error:
            reason = str(error) if isinstance(error, ActivityError) else "the body is not JSON"
            return _problem(400, reason)
        expect_replies = activity.delivery_mode == DeliveryModes.expect_replies
        if not self.app_id and not expect_replies and not is_loopback_url(activity.service_url):
            return _problem(403, "anonymous mode answers only clients on this machine")
        assert self.adapter is not None
        auth_header = request.headers.get("Authorization", "")
        try:
            response = await self.adapter.process_activity(auth_header, activity, self.bot.on_turn)
        except PermissionError as error:
            log.info("refused an activity: %s", error)
            return _problem(401, "unauthorized")
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
