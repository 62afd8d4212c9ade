"""Proactive messages: alert cards posted to, and updated in, conversations that asked for them.

botbuilder's `continue_conversation` with the bot's app id (without it the claims carry no
audience and the send fails, botbuilder-python#2036) on our connector pool, so proactive
sends share the keep-alive session, the token and the retries of replies. In the anonymous
local mode the same path posts to Agents Playground without a token.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import ConversationReference

from bot.alerts.ports import ConversationGoneError
from bot.core.cards.elements import CardDict
from bot.teams.connector import ConnectorError
from bot.teams.handler import card_message
from bot.teams.server import BotApp
from bot.teams.wire import parse_model, to_dict

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


def conversation_reference(turn_context: TurnContext) -> dict[str, Any]:
    """The full reference of the conversation a turn came from, as JSON for storage."""
    reference = TurnContext.get_conversation_reference(turn_context.activity)
    data: dict[str, Any] = to_dict(reference)
    return data


async def _as_new_message(
    context: TurnContext, activities: list[Any], send: Callable[[], Awaitable[Any]]
) -> Any:
    """botbuilder makes every proactive send a reply to the synthetic continuation
    activity's id; an alert is a new message (in a channel, a new post, not a reply)."""
    for activity in activities:
        activity.reply_to_id = None
    return await send()


class Pacer:
    """Teams allows a bot 7 messages per second per conversation and about 30 per second
    per app and tenant; alerts are not urgent to the second, so we stay well inside: at most
    one message per second per conversation, and `per_second` overall."""

    def __init__(
        self,
        per_second: float = 10.0,
        per_conversation: float = 1.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.gap = 1.0 / per_second
        self.conversation_gap = 1.0 / per_conversation
        self.clock, self.sleep = clock, sleep
        self._next_global = 0.0
        self._next: dict[str, float] = {}
        self._lock = asyncio.Lock()

    async def wait(self, conversation_id: str) -> None:
        async with self._lock:
            now = self.clock()
            start = max(now, self._next_global, self._next.get(conversation_id, 0.0))
            self._next_global = start + self.gap
            self._next[conversation_id] = start + self.conversation_gap
        if start > now:
            await self.sleep(start - now)


class ProactiveSender:
    def __init__(self, app: BotApp, pacer: Pacer | None = None) -> None:
        self.app = app
        self.pacer = pacer or Pacer()

    async def _continue(
        self, reference: dict[str, Any], logic: Callable[[TurnContext], Awaitable[None]]
    ) -> None:
        adapter = self.app.adapter
        if adapter is None:
            raise RuntimeError("the bot is not started")
        # An alert is a new message, not a reply to the message the reference was taken
        # from (in a channel that would bury it in an old thread).
        ref = parse_model(ConversationReference, reference)
        ref.activity_id = None
        await self.pacer.wait(ref.conversation.id if ref.conversation else "")
        try:
            await adapter.continue_conversation(ref, logic, self.app.app_id or None)
        except ConnectorError as error:
            if error.status == 403:  # BotNotInConversationRoster, BotDisabledByAdmin
                raise ConversationGoneError(str(error)) from error
            raise

    async def send(self, reference: dict[str, Any], cards: list[CardDict]) -> str:
        """Posts a new message; returns its Teams activity id (kept to update it later)."""
        sent: list[str] = []

        async def logic(turn_context: TurnContext) -> None:
            turn_context.on_send_activities(_as_new_message)
            response = await turn_context.send_activity(card_message(cards))
            sent.append(getattr(response, "id", "") or "")

        await self._continue(reference, logic)
        return sent[0] if sent else ""

    async def update(
        self, reference: dict[str, Any], activity_id: str, cards: list[CardDict]
    ) -> str:
        """Replaces a message in place (a resolved alert); when Teams no longer has it (404)
        a new message is posted instead. Returns the id of the message that shows it."""
        if not activity_id:
            return await self.send(reference, cards)

        async def logic(turn_context: TurnContext) -> None:
            activity = card_message(cards)
            activity.id = activity_id  # the conversation comes from the turn's reference
            await turn_context.update_activity(activity)

        try:
            await self._continue(reference, logic)
        except ConnectorError as error:
            if error.status != 404:
                raise
            return await self.send(reference, cards)
        return activity_id
