"""The Teams side of a turn: activity in, `Inbound` to the chat service, cards out."""

from __future__ import annotations

import asyncio
import copy
import logging
from collections.abc import Mapping
from typing import Any

from botbuilder.core import ActivityHandler, InvokeResponse, TurnContext
from botbuilder.schema import Activity, ActivityTypes, Attachment, AttachmentLayoutTypes

from bot.chat.inbound import Inbound
from bot.chat.service import ChatService
from bot.core.cards.elements import CardDict
from bot.core.understanding.verbs import Verb, pressed
from bot.teams.wire import to_dict

log = logging.getLogger(__name__)

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
# Universal Actions' error answer to an `adaptiveCard/action` invoke (Teams shows the message).
CARD_ERROR = "application/vnd.microsoft.error"


def _entity(activity: Activity, kind: str) -> Mapping[str, Any]:
    for entity in activity.entities or ():
        if getattr(entity, "type", None) == kind:
            return getattr(entity, "additional_properties", None) or {}
    return {}


def tenant_of(activity: Activity) -> str | None:
    conversation = activity.conversation
    tenant = getattr(conversation, "tenant_id", None) if conversation else None
    if not tenant and isinstance(activity.channel_data, dict):
        data = activity.channel_data.get("tenant")
        tenant = data.get("id") if isinstance(data, dict) else None
    return tenant if isinstance(tenant, str) and tenant else None


def inbound(activity: Activity, value: Any = None, *, in_place: bool = False) -> Inbound:
    """What the chat layer needs; Teams puts locale and time zone both on the activity and
    in the clientInfo entity, and either may be missing (conversationUpdate has neither)."""
    client = _entity(activity, "clientInfo")
    locales = tuple(x for x in (activity.locale, client.get("locale")) if isinstance(x, str) and x)
    time_zone = activity.local_timezone or client.get("timezone")
    sender = activity.from_property
    aad = getattr(sender, "aad_object_id", None) if sender else None
    sender_id = getattr(sender, "id", None) if sender else None
    user = aad or sender_id or ""
    tenant = tenant_of(activity)
    value = activity.value if value is None else value
    return Inbound(
        text=activity.text if isinstance(activity.text, str) else None,
        value=value if isinstance(value, Mapping) else None,
        locales=locales,
        time_zone=time_zone if isinstance(time_zone, str) else None,
        user_key=f"{tenant or '-'}:{user}" if user else "",
        aad_object_id=aad if isinstance(aad, str) else None,
        user_id=sender_id if isinstance(sender_id, str) and sender_id else None,
        tenant_id=tenant,
        conversation_type=getattr(activity.conversation, "conversation_type", None),
        conversation_id=getattr(activity.conversation, "id", None),
        service_url=activity.service_url,
        reference=lambda: _reference(activity),
        in_place=in_place,
    )


def execute_data(value: Any) -> dict[str, Any] | str:
    """The data of an `Action.Execute` (or of a card's refresh) as the chat layer reads an
    `Action.Submit`'s, or what is wrong with the invoke. `value.action.verb` is the verb;
    the data names it too (`submit()` builds it so), and the verb wins if they differ."""
    action = value.get("action") if isinstance(value, Mapping) else None
    if not isinstance(action, Mapping):
        return "the invoke has no action"
    verb, data = action.get("verb"), action.get("data", {})
    if not isinstance(verb, str) or not verb:
        return "the action has no verb"
    if not isinstance(data, Mapping):
        return "the action's data is not an object"
    data = {**data, "action": verb}
    intent = pressed(data)
    if intent is None or intent.verb is Verb.UNKNOWN:
        return f"unknown verb {verb[:32]!r}"
    return data


def card_error(message: str) -> InvokeResponse:
    """Universal Actions' documented error response, as botbuilder's ActivityHandler sends it
    for a malformed `adaptiveCard/action` (HTTP 400, the same status inside)."""
    body = {
        "statusCode": 400,
        "type": CARD_ERROR,
        "value": {"code": "BadRequest", "message": message},
    }
    return InvokeResponse(status=400, body=body)


def _reference(activity: Activity) -> dict[str, Any]:
    reference: dict[str, Any] = to_dict(TurnContext.get_conversation_reference(activity))
    return reference


class CardContent(dict[str, Any]):
    """A card built for one reply and never changed afterwards. botbuilder deep-copies every
    outgoing activity (TurnContext.send_activities); copying three cards' dicts was 1.3 ms
    of a 3 ms turn, so the content copies as itself."""

    def __deepcopy__(self, memo: dict[int, Any]) -> CardContent:
        return self


class Reply(Activity):  # type: ignore[misc]
    """An outgoing activity built for one send. TurnContext deep-copies it only to set the
    conversation reference on the copy, which assigns fields and mutates nothing shared, so
    a shallow copy is enough (it was another 0.35 ms per turn)."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Reply:
        return copy.copy(self)


def card_message(cards: list[CardDict]) -> Activity:
    return Reply(
        type=ActivityTypes.message,
        attachment_layout=AttachmentLayoutTypes.list,
        attachments=[
            Attachment(content_type=ADAPTIVE_CARD, content=CardContent(card)) for card in cards
        ],
    )


class TeamsBot(ActivityHandler):  # type: ignore[misc]
    def __init__(self, chat: ChatService) -> None:
        self.chat = chat

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        typing: list[asyncio.Task[Any]] = []

        async def start_typing() -> None:
            # Sent while the tenant is read, not before: the read must not wait for it.
            typing.append(
                asyncio.create_task(turn_context.send_activity(Reply(type=ActivityTypes.typing)))
            )

        cards = await self.chat.on_message(inbound(turn_context.activity), start_typing)
        for task in typing:
            try:
                await task
            except Exception:  # a lost typing indicator must not lose the answer
                log.warning("typing indicator not delivered", exc_info=True)
        await turn_context.send_activity(card_message(cards))

    async def on_members_added_activity(
        self, members_added: list[Any], turn_context: TurnContext
    ) -> None:
        bot_id = getattr(turn_context.activity.recipient, "id", None)
        if any(getattr(member, "id", None) == bot_id for member in members_added):
            # Installed in a personal chat, a group chat or a team: introduce ourselves once.
            cards = await self.chat.welcome(inbound(turn_context.activity))
            await turn_context.send_activity(card_message(cards))

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        activity = turn_context.activity
        if activity.name != "adaptiveCard/action":
            # ADE Doctor has no message extension, task module or sign-in: Teams sends it no
            # other invoke, so another one is input it cannot answer (4xx, not botbuilder's 501).
            return InvokeResponse(status=400, body={"error": "unsupported invoke"})
        # Universal Actions: a button (Action.Execute) or a card's refresh (`value.trigger`
        # "automatic" when Teams asks as the card is opened, "manual" when a reader asks);
        # both are answered alike. The first card replaces the one shown, the rest follow
        # as a message.
        data = execute_data(activity.value)
        if isinstance(data, str):
            log.info("refused a card action: %s", data)
            return card_error(data)
        cards = await self.chat.on_message(inbound(activity, data, in_place=True))
        if len(cards) > 1:
            await turn_context.send_activity(card_message(cards[1:]))
        body = {"statusCode": 200, "type": ADAPTIVE_CARD, "value": cards[0]}
        return InvokeResponse(status=200, body=body)


async def apologize(chat: ChatService, turn_context: TurnContext, error: Exception) -> None:
    """The adapter's on_turn_error: log with the stack, tell the admin, keep serving."""
    log.error("turn failed", exc_info=(type(error), error, error.__traceback__))
    try:
        cards = await chat.apology(inbound(turn_context.activity))
        if turn_context.activity.type == ActivityTypes.invoke:
            body = {"statusCode": 200, "type": ADAPTIVE_CARD, "value": cards[0]}
            response = InvokeResponse(status=200, body=body)
            await turn_context.send_activity(
                Activity(type=ActivityTypes.invoke_response, value=response)
            )
        else:
            await turn_context.send_activity(card_message(cards))
    except Exception:
        log.error("could not deliver the apology", exc_info=True)
