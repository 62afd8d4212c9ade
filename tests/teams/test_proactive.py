"""Proactive alert messages reach the Bot Connector stub over HTTP, paced and updatable."""

from __future__ import annotations

import copy

import pytest

from bot.alerts.ports import ConversationGoneError
from bot.teams.connector import ConnectorError
from bot.teams.proactive import Pacer, ProactiveSender
from tests.teams.conftest import Launcher
from tests.teams.support import sample

pytestmark = pytest.mark.anyio

CARD = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "Container", "id": "x"}]}


def reference(service_url: str) -> dict[str, object]:
    activity = copy.deepcopy(sample("message_text"))
    return {
        "activityId": activity["id"],
        "user": activity["from"],
        "bot": activity["recipient"],
        "conversation": activity["conversation"],
        "channelId": "msteams",
        "locale": "pl-PL",
        "serviceUrl": service_url,
    }


async def test_a_proactive_card_is_posted_to_the_conversation_and_its_id_kept(
    launch: Launcher,
) -> None:
    bot = await launch()
    sender = ProactiveSender(bot.app)
    ident = await sender.send(reference(bot.stub.url), [CARD])
    (received,) = bot.stub.received
    assert received.method == "POST"
    assert received.path == "/v3/conversations/personal-chat-acceptance/activities"
    assert received.body["attachments"][0]["content"] == CARD
    assert ident == "activity-1"


async def test_a_resolved_alert_updates_the_message_in_place(launch: Launcher) -> None:
    bot = await launch()
    sender = ProactiveSender(bot.app)
    shown = await sender.update(reference(bot.stub.url), "activity-7", [CARD])
    (received,) = bot.stub.received
    assert (received.method, received.path) == (
        "PUT",
        "/v3/conversations/personal-chat-acceptance/activities/activity-7",
    )
    assert shown == "activity-7"


async def test_an_update_of_a_message_teams_lost_posts_a_new_one(launch: Launcher) -> None:
    bot = await launch()
    bot.stub.fail = [(404, {})]
    shown = await ProactiveSender(bot.app).update(reference(bot.stub.url), "gone", [CARD])
    assert [r.method for r in bot.stub.received] == ["POST"]
    assert shown == "activity-1"


async def test_a_bot_removed_from_the_conversation_surfaces_as_conversation_gone(
    launch: Launcher,
) -> None:
    bot = await launch()
    bot.stub.fail = [(403, {})]
    with pytest.raises(ConversationGoneError) as caught:
        await ProactiveSender(bot.app).send(reference(bot.stub.url), [CARD])
    cause = caught.value.__cause__
    assert isinstance(cause, ConnectorError)
    assert cause.status == 403


async def test_throttling_with_retry_after_is_retried(launch: Launcher) -> None:
    bot = await launch()
    bot.stub.fail = [(429, {"Retry-After": "0"})]
    assert await ProactiveSender(bot.app).send(reference(bot.stub.url), [CARD]) == "activity-1"


async def test_the_pacer_keeps_one_second_between_messages_to_one_conversation() -> None:
    clock = [0.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    pacer = Pacer(per_second=10, per_conversation=1, clock=lambda: clock[0], sleep=sleep)
    for conversation in ("a", "a", "b", "a"):
        await pacer.wait(conversation)
    # "a" at 0, "a" again at 1.0, "b" 0.1 s after the last send, "a" at 2.0.
    assert slept == pytest.approx([1.0, 0.1, 0.9])
    assert clock[0] == pytest.approx(2.0)
