"""Talking to the Bot Connector (Teams' REST API for a conversation), over one keep-alive
aiohttp session.

Stock botbuilder builds a msrest ConnectorClient per turn (its retry policy alone costs
~5 ms) and posts through `requests` in a thread pool on a new TCP connection every time.
Ours is one object per service URL, reused for the life of the process, with the retries
Teams documents (429, 412, 502, 503, 504 and connection errors; Retry-After honoured).

Every call ends by a deadline, attempts, waits and each request's own timeout included: the
turn's (`TURN_DEADLINE`, shared by the typing indicator, the reply and the apology, so Teams
gets its HTTP answer within its ~15 s), else the call's own budget (a proactive alert to a
connector that keeps failing gives up after `ConnectorRetry.budget` seconds).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any
from urllib.parse import quote

import aiohttp
from botbuilder.schema import Activity, ConversationResourceResponse, ResourceResponse

from bot.retry_after import retry_after_seconds
from bot.teams.wire import to_json

log = logging.getLogger(__name__)

TokenHeader = Callable[[bool], Awaitable[str | None]]
# (operation, outcome) of every call, once, after its retries: "ok", the status Teams
# answered last ("403"), or why it never answered ("timeout", "unavailable", "no-bot-token",
# "deadline", "not-allowed"). /metrics counts them (bot.metrics.instruments).
ConnectorCalls = Callable[[str, str], None]
_RETRIED = frozenset({412, 429, 500, 502, 503, 504})
# time.monotonic() by which the current turn's sends must be done; None outside a turn.
TURN_DEADLINE: ContextVar[float | None] = ContextVar("turn_deadline", default=None)
# One request's own limits, within the deadline.
_REQUEST_TIMEOUT, _CONNECT_TIMEOUT = 10.0, 3.0


class ConnectorError(Exception):
    """A Bot Connector call failed; `status` lets callers react (403: the bot was removed
    from the conversation, 404: the message to update is gone). Never carries a token."""

    def __init__(self, status: int, code: str, operation: str) -> None:
        super().__init__(f"Bot Connector {operation} answered {status} {code}".rstrip())
        self.status, self.code, self.operation = status, code, operation


class ConnectorRetry:
    """At most `attempts` tries of one call, all done within `budget` seconds."""

    def __init__(self, attempts: int = 4, base: float = 0.25, budget: float = 12.0) -> None:
        self.attempts, self.base, self.budget = attempts, base, budget

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before the next attempt: the server's Retry-After when it gave one,
        else exponential backoff with full jitter (Teams' rate-limit guidance)."""
        if retry_after is not None:
            return min(retry_after, self.budget)
        return random.uniform(0, self.base * 2**attempt)


class Connector:
    """The parts of botbuilder's ConnectorClient that CloudAdapterBase and we use. It is its
    own `conversations` operations group, so botbuilder's calls work unchanged."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        service_url: str,
        token: TokenHeader | None,
        retry: ConnectorRetry | None = None,
        allowed: bool = True,
        *,
        observe: ConnectorCalls | None = None,
    ) -> None:
        self.allowed, self.observe = allowed, observe
        self.session = session
        self.base = service_url.rstrip("/")
        self.token = token
        self.retry = retry or ConnectorRetry()
        self.conversations = self

    def _url(self, *parts: str) -> str:
        return self.base + "/v3/conversations/" + "/".join(quote(p, safe="") for p in parts)

    async def _call(self, method: str, url: str, operation: str, body: Any = None) -> Any:
        if self.observe is None:
            return await self._attempts(method, url, operation, body)
        try:
            result = await self._attempts(method, url, operation, body)
        except ConnectorError as error:
            self.observe(operation, _outcome(error))
            raise
        self.observe(operation, "ok")
        return result

    async def _attempts(self, method: str, url: str, operation: str, body: Any) -> Any:
        if not self.allowed:
            raise ConnectorError(0, "ServiceUrlNotAllowed", operation)
        data = None if body is None else to_json(body)
        turn = TURN_DEADLINE.get()
        deadline = time.monotonic() + self.retry.budget
        deadline = deadline if turn is None else min(turn, deadline)
        refreshed = False
        attempt = 0
        failure = ConnectorError(0, "DeadlinePassed", operation)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise failure
            headers = {"Content-Type": "application/json; charset=utf-8"}
            if self.token is not None:
                try:
                    async with asyncio.timeout(remaining):
                        header = await self.token(refreshed)
                except Exception as error:  # sign-in failed (logged where it happened) or slow
                    raise ConnectorError(0, "NoBotToken", operation) from error
                if header:
                    headers["Authorization"] = header
            retry_after: float | None = None
            timeout = aiohttp.ClientTimeout(
                total=min(_REQUEST_TIMEOUT, remaining), connect=min(_CONNECT_TIMEOUT, remaining)
            )
            request = self.session.request(method, url, data=data, headers=headers, timeout=timeout)
            try:
                async with request as resp:
                    if resp.status < 300:
                        raw = await resp.read()
                        return await resp.json(content_type=None) if raw.strip() else None
                    code = await _error_code(resp)
                    if resp.status == 401 and self.token is not None and not refreshed:
                        refreshed = True  # a token revoked early: get a new one, once
                        continue
                    if resp.status not in _RETRIED:
                        raise ConnectorError(resp.status, code, operation)
                    retry_after = retry_after_seconds(
                        resp.headers.get("Retry-After"), resp.headers.get("Date")
                    )
                    failure = ConnectorError(resp.status, code, operation)
            except (aiohttp.ClientConnectionError, TimeoutError) as error:
                failure = ConnectorError(0, type(error).__name__, operation)
            attempt += 1
            pause = self.retry.delay(attempt, retry_after)
            if attempt >= self.retry.attempts or time.monotonic() + pause >= deadline:
                raise failure
            log.info("%s; retrying in %.2f s", failure, pause)
            await asyncio.sleep(pause)

    async def reply_to_activity(
        self, conversation_id: str, activity_id: str, activity: Activity
    ) -> ResourceResponse:
        url = self._url(conversation_id, "activities", activity_id)
        return _resource(await self._call("POST", url, "reply", activity))

    async def send_to_conversation(
        self, conversation_id: str, activity: Activity
    ) -> ResourceResponse:
        url = self._url(conversation_id, "activities")
        return _resource(await self._call("POST", url, "send", activity))

    async def update_activity(
        self, conversation_id: str, activity_id: str, activity: Activity
    ) -> ResourceResponse:
        url = self._url(conversation_id, "activities", activity_id)
        return _resource(await self._call("PUT", url, "update", activity))

    async def delete_activity(self, conversation_id: str, activity_id: str) -> None:
        await self._call("DELETE", self._url(conversation_id, "activities", activity_id), "delete")

    async def create_conversation(self, parameters: Any) -> ConversationResourceResponse:
        url = self.base + "/v3/conversations"
        data = await self._call("POST", url, "create conversation", parameters)
        data = data if isinstance(data, dict) else {}
        return ConversationResourceResponse(
            activity_id=data.get("activityId"),
            service_url=data.get("serviceUrl"),
            id=data.get("id"),
        )


_REASONS = {
    "ServiceUrlNotAllowed": "not-allowed",
    "NoBotToken": "no-bot-token",
    "DeadlinePassed": "deadline",
    "TimeoutError": "timeout",
    "ServerTimeoutError": "timeout",
}


def _outcome(error: ConnectorError) -> str:
    """A bounded label: an HTTP status, or one of a few reasons (any connection error is
    "unavailable", whatever aiohttp's class for it)."""
    if error.status:
        return str(error.status)
    return _REASONS.get(error.code, "unavailable")


def _resource(data: Any) -> ResourceResponse:
    ident = data.get("id") if isinstance(data, dict) else None
    return ResourceResponse(id=ident if isinstance(ident, str) else "")


async def _error_code(resp: aiohttp.ClientResponse) -> str:
    """The connector's error code ("BotNotInConversationRoster", "MessageSizeTooBig")."""
    try:
        data = await resp.json(content_type=None)
    except (ValueError, aiohttp.ClientError):
        return ""
    error = data.get("error") if isinstance(data, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code[:80] if isinstance(code, str) else ""
