"""Posting alert cards to Workflows webhooks: the AlertSender for subscribers whose reference
says channelId "workflows".

Workflows' trigger takes a Bot Framework-like message, `{"type": "message", "attachments":
[{"contentType": "application/vnd.microsoft.card.adaptive", "content": <card>}]}`, answers
202 Accepted and posts each attachment as the Flow bot. It returns no message id, so a
resolved alert is a new post, not an update in place.

Failures, in the scan's terms: 404/410 (the flow was deleted, or its trigger URL regenerated)
is ConversationGoneError: the subscriber is deactivated, logged once, never retried. 429 waits
Retry-After (no longer than `max_wait`; a longer wait fails the post, the next scan retries
and no post to that destination is tried before the time is up). Anything else, a timeout
included, fails the post; the ledger keeps it PENDING for the next scan.

The URL appears in no message or exception: errors name the destination (`label`), and
aiohttp's exceptions, which may carry the URL, are not chained.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from contextlib import AsyncExitStack
from datetime import datetime
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout

from bot.alerts.ports import AlertSender, ConversationGoneError, Subscriptions
from bot.alerts.routing import RoutedSender
from bot.core.cards.elements import CardDict
from bot.retry_after import retry_after_seconds
from bot.webhooks.cards import for_webhook
from bot.webhooks.destinations import CHANNEL, WebhookDestination, register

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]
ADAPTIVE = "application/vnd.microsoft.card.adaptive"
GONE = (404, 410)
# A flow's trigger answers in well under a second; a post that takes longer is retried by the
# next scan rather than holding the scan (and the other subscribers) up.
TIMEOUT = ClientTimeout(total=10, connect=5)
# Power Automate's throttling asks for seconds to minutes; waiting longer than this inside a
# scan would delay every other subscriber's alert.
MAX_WAIT = 30.0
ATTEMPTS = 3


class WebhookError(Exception):
    """A post Workflows did not accept; the next scan retries it."""


class WebhookGoneError(ConversationGoneError):
    reason = "Workflows answered that the webhook is gone (404/410): the flow was deleted"


def payload(cards: list[CardDict]) -> dict[str, Any]:
    attachments = [
        {"contentType": ADAPTIVE, "contentUrl": None, "content": for_webhook(card)}
        for card in cards
    ]
    return {"type": "message", "attachments": attachments}


class WorkflowsSender:
    def __init__(
        self,
        destinations: Iterable[WebhookDestination],
        *,
        timeout: ClientTimeout = TIMEOUT,
        max_wait: float = MAX_WAIT,
        attempts: int = ATTEMPTS,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
    ) -> None:
        self.destinations = {d.name: d for d in destinations}
        self.timeout, self.max_wait, self.attempts = timeout, max_wait, attempts
        self.sleep, self.clock = sleep, clock
        self._not_before: dict[str, float] = {}
        self._session: ClientSession | None = None

    async def send(self, reference: dict[str, Any], cards: list[CardDict]) -> str:
        name = str(reference.get("webhook", ""))
        destination = self.destinations.get(name)
        if destination is None:
            raise WebhookError(f'webhook "{name}" is not in ADE_ALERT_WEBHOOKS of this process')
        await self._post(destination, payload(cards))
        return ""  # Workflows gives no message id to update later

    async def update(
        self, reference: dict[str, Any], activity_id: str, cards: list[CardDict]
    ) -> str:
        """A flow's post cannot be edited by us: the resolved card is a new post."""
        return await self.send(reference, cards)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _post(self, destination: WebhookDestination, body: dict[str, Any]) -> None:
        label = destination.label
        for attempt in range(1, self.attempts + 1):
            await self._wait_turn(destination)
            status, retry_after, code = await self._request(destination, body)
            if 200 <= status < 300:
                return
            if status in GONE:  # the scan deactivates the subscriber and logs it, once
                raise WebhookGoneError(f"{label} answered {status}")
            if status != 429:
                raise WebhookError(f"{label} answered {status}{code}")
            wait = retry_after if retry_after is not None else 2.0**attempt
            self._not_before[destination.name] = self.clock() + wait
            log.info("%s throttled (429), Retry-After %.0f s", label, wait)
        raise WebhookError(f"{label} still throttled (429) after {self.attempts} tries")

    async def _wait_turn(self, destination: WebhookDestination) -> None:
        """Nothing is posted to a throttled destination before its Retry-After is up."""
        wait = self._not_before.get(destination.name, 0.0) - self.clock()
        if wait > self.max_wait:
            raise WebhookError(f"{destination.label} throttled for {wait:.0f} s more (429)")
        if wait > 0:
            await self.sleep(wait)

    async def _request(
        self, destination: WebhookDestination, body: dict[str, Any]
    ) -> tuple[int, float | None, str]:
        if self._session is None:
            self._session = ClientSession(timeout=self.timeout)
        try:
            async with self._session.post(destination.url, json=body) as response:
                text = await response.content.read(4096)
                headers = response.headers
                wait = retry_after_seconds(headers.get("Retry-After"), headers.get("Date"))
                return response.status, wait, _error_code(text)
        except (ClientError, TimeoutError) as error:
            # str(error) may quote the URL (InvalidURL, a redirect): only its kind is told.
            raise WebhookError(
                f"{destination.label} unreachable ({type(error).__name__})"
            ) from None


def _error_code(body: bytes) -> str:
    """Power Automate's error code ("WorkflowTriggerIsNotEnabled"), to say why a post was
    refused; only a word, since the message could quote the request."""
    found = re.search(rb'"code"\s*:\s*"([A-Za-z0-9_.]{1,60})"', body)
    return f" ({found.group(1).decode()})" if found else ""


async def alert_sender(
    stack: AsyncExitStack,
    store: Subscriptions,
    teams: AlertSender,
    destinations: tuple[WebhookDestination, ...],
    *,
    tenant_id: str,
    now: datetime,
) -> AlertSender:
    """The scan's sender: `teams` for conversations, and the webhooks registered as
    subscribers beside them (their client closed by `stack`)."""
    await register(store, destinations, tenant_id, now)
    if not destinations:
        return teams
    workflows = WorkflowsSender(destinations)
    stack.push_async_callback(workflows.close)
    return RoutedSender(teams, {CHANNEL: workflows})
