"""The bot over HTTP in anonymous (local) mode: what an admin asks and what comes back."""

from __future__ import annotations

import asyncio
import copy
from datetime import datetime

import pytest

from bot.chat.service import ChatConfig
from bot.core.tenant.demo import DemoSource
from bot.core.tenant.snapshot import Reason, TenantSnapshot
from bot.core.tenant.source import SyncRefusedError
from tests.teams.conftest import Launcher
from tests.teams.support import message, sample

pytestmark = pytest.mark.anyio


async def test_why_is_ade_failing_gets_a_typing_indicator_then_the_troubleshooting_cards(
    launch: Launcher,
) -> None:
    bot = await launch()
    activity = message("why is ADE failing?", bot.stub.url)
    status, _ = await bot.send(activity)
    assert status == 200
    kinds = [r.body["type"] for r in bot.stub.received]
    assert kinds == ["typing", "message"]
    reply = bot.stub.received[-1]
    assert reply.path == f"/v3/conversations/personal-chat-acceptance/activities/{activity['id']}"
    assert reply.authorization is None  # anonymous mode sends no token
    ids = bot.stub.card_ids()
    # The demo tenant's token findings, then its device findings by severity (issue 14).
    assert ids == [
        "token-expired",
        "sync-error",
        "device-enrollment-failed",
        "company-portal-vpp-invalid",
        "token-expiring",
        "device-no-profile",
        "default-profile-missing",
        "device-never-contacted",
    ]
    assert all(card["lang"] == "en" for card in bot.stub.cards())


async def test_a_russian_question_from_an_english_client_is_answered_in_russian(
    launch: Launcher,
) -> None:
    bot = await launch()
    await bot.send(message("почему не работает ADE?", bot.stub.url, locale="en-US"))
    cards = bot.stub.cards()
    assert cards
    assert all(card["lang"] == "ru" for card in cards)


async def test_the_teams_locale_picks_the_language_when_the_text_is_only_product_words(
    launch: Launcher,
) -> None:
    bot = await launch()
    await bot.send(message("ADE?", bot.stub.url, locale="pl-PL"))
    assert {card["lang"] for card in bot.stub.cards()} == {"pl"}


async def test_a_card_button_without_text_rechecks_the_tenant(launch: Launcher) -> None:
    bot = await launch()
    activity = copy.deepcopy(sample("message_action_submit"))
    activity["serviceUrl"] = bot.stub.url
    activity["value"] = {"action": "recheck"}
    status, _ = await bot.send(activity)
    assert status == 200
    assert "token-expired" in bot.stub.card_ids()


async def test_sync_now_on_the_demo_tenant_says_that_it_cannot_sync(launch: Launcher) -> None:
    bot = await launch()
    token = "6f0c3c9e-2b8e-4a5e-9d51-6a1f0e1c0004"
    await bot.send(message(None, bot.stub.url, value={"action": "sync", "token": token}))
    assert bot.stub.card_ids() == ["sync-unavailable"]


async def test_choosing_a_language_by_button_answers_in_it_from_then_on(launch: Launcher) -> None:
    bot = await launch()
    await bot.send(message(None, bot.stub.url, value={"action": "language", "language": "pl"}))
    assert bot.stub.card_ids() == ["language-set"]
    assert bot.stub.cards()[0]["lang"] == "pl"
    # An English question from an English client now gets Polish: the choice wins.
    await bot.send(message("why is ADE failing?", bot.stub.url))
    assert {card["lang"] for card in bot.stub.cards()[1:]} == {"pl"}


@pytest.mark.parametrize(
    "value",
    [
        {"action": "format-c"},
        {"action": 42},
        {"kind": "submit", "echo": "hello привет 你好"},
        {"action": "x" * 5000},
        {"action": "sync"},
    ],
)
async def test_forged_or_unknown_button_payloads_get_a_polite_answer(
    launch: Launcher, value: dict[str, object]
) -> None:
    bot = await launch()
    status, _ = await bot.send(message(None, bot.stub.url, value=value))
    assert status == 200
    assert bot.stub.card_ids()[0] in {"unknown-action", "sync-unavailable"}


async def test_anything_unrecognised_gets_the_help_card(launch: Launcher) -> None:
    bot = await launch()
    await bot.send(message("what is the weather in Lisbon", bot.stub.url))
    assert bot.stub.card_ids() == ["help"]


async def test_listing_tokens_shows_every_token_with_its_state(launch: Launcher) -> None:
    bot = await launch()
    await bot.send(message("list tokens", bot.stub.url))
    assert bot.stub.card_ids() == ["tokens"]


async def test_installing_the_bot_sends_the_welcome_card(launch: Launcher) -> None:
    bot = await launch()
    activity = copy.deepcopy(sample("conversationUpdate_on_open"))
    activity["serviceUrl"] = bot.stub.url
    status, _ = await bot.send(activity)
    assert status == 200
    assert bot.stub.card_ids() == ["welcome"]


async def test_every_captured_activity_shape_is_accepted(launch: Launcher) -> None:
    bot = await launch()
    for name in (
        "conversationUpdate_on_open",
        "installationUpdate_on_open",
        "message_text",
        "message_action_submit",
        "invoke_adaptiveCard_action",
    ):
        activity = copy.deepcopy(sample(name))
        activity["serviceUrl"] = bot.stub.url
        if name == "invoke_adaptiveCard_action":
            # Captured from the Playground's own sample card: its verb is not one of ours.
            activity["value"]["action"].update(verb="help", data={"action": "help"})
        status, _ = await bot.send(activity)
        assert status == 200, name


async def test_an_adaptive_card_action_invoke_gets_its_card_in_the_http_response(
    launch: Launcher,
) -> None:
    bot = await launch()
    activity = copy.deepcopy(sample("invoke_adaptiveCard_action"))
    activity["serviceUrl"] = bot.stub.url
    activity["value"]["action"].update(verb="help", data={"action": "help"})
    status, body = await bot.send(activity)
    assert status == 200
    assert body["statusCode"] == 200
    assert body["type"] == "application/vnd.microsoft.card.adaptive"
    assert body["value"]["body"][0]["id"] == "help"


async def test_expect_replies_returns_the_replies_in_the_http_response(launch: Launcher) -> None:
    bot = await launch()
    activity = message("why is ADE failing?", bot.stub.url)
    activity["deliveryMode"] = "expectReplies"
    status, body = await bot.send(activity)
    assert status == 200
    replies = body["activities"]
    assert [r["type"] for r in replies] == ["typing", "message"]
    ids = [a["content"]["body"][0]["id"] for a in replies[1]["attachments"]]
    assert "token-expired" in ids
    assert bot.stub.received == []


class _SlowSource:
    description = "slow Graph"
    can_sync = False

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        await asyncio.sleep(30)
        raise AssertionError("the read should have been abandoned")

    async def sync(self, token_id: str) -> None:
        raise SyncRefusedError(Reason.UNAVAILABLE)

    async def close(self) -> None:
        return None


async def test_a_slow_tenant_read_is_answered_in_time_with_tenant_unreachable(
    launch: Launcher,
) -> None:
    bot = await launch(_SlowSource(), ChatConfig(read_budget=0.2))
    status, _ = await asyncio.wait_for(bot.send(message("why is ADE failing?", bot.stub.url)), 5)
    assert status == 200
    assert bot.stub.card_ids() == ["tenant-unreachable"]


class _BrokenSource(DemoSource):
    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        return "not a snapshot"  # type: ignore[return-value]


async def test_an_exception_inside_a_turn_sends_an_apology_and_the_bot_keeps_serving(
    launch: Launcher, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await launch(_BrokenSource())
    status, _ = await bot.send(message("why is ADE failing?", bot.stub.url))
    assert status == 200
    assert bot.stub.card_ids() == ["apology"]
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)
    status, _ = await bot.send(message("help", bot.stub.url))
    assert status == 200
    assert bot.stub.card_ids()[-1] == "help"


async def test_a_reply_is_retried_when_the_connector_throttles(launch: Launcher) -> None:
    bot = await launch()
    bot.stub.fail = [(429, {"Retry-After": "0"}), (503, {})]
    status, _ = await bot.send(message("help", bot.stub.url))
    assert status == 200
    assert bot.stub.card_ids() == ["help"]


async def test_a_language_named_in_the_question_answers_in_it_without_storing_it(
    launch: Launcher,
) -> None:
    bot = await launch()
    await bot.send(message("why is ADE failing? answer in Polish", bot.stub.url))
    assert {card["lang"] for card in bot.stub.cards()} == {"pl"}
    await bot.send(message("help", bot.stub.url))
    assert bot.stub.cards()[-1]["lang"] == "en"


async def test_installing_in_a_team_offers_alerts_to_the_channel(launch: Launcher) -> None:
    bot = await launch()
    activity = copy.deepcopy(sample("conversationUpdate_on_open"))
    activity["serviceUrl"] = bot.stub.url
    activity["conversation"]["conversationType"] = "channel"
    await bot.send(activity)
    (card,) = bot.stub.cards()
    buttons = [
        action
        for element in card["body"]
        if element.get("type") == "ActionSet"
        for action in element["actions"]
    ]
    assert {"type": "Action.Execute", "title": "Send alerts to this channel"} in [
        {"type": b["type"], "title": b["title"]} for b in buttons
    ]
    assert any(b["data"] == {"action": "alerts-on"} for b in buttons)
