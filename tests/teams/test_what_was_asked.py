"""Issue 13 over HTTP: what the admin asked decides whether the tenant is read at all."""

from __future__ import annotations

import pytest

from tests.teams.conftest import Launcher
from tests.teams.support import message

pytestmark = pytest.mark.anyio

TENANT_CARDS = {"token-expired", "sync-error", "token-expiring", "tokens", "all-healthy"}


async def test_a_windows_enrollment_error_gets_no_tenant_read(launch: Launcher) -> None:
    bot = await launch()
    text = "Windows devices fail to enroll with error 0x80180014"
    await bot.send(message(text, bot.stub.url))
    assert bot.stub.card_ids() == ["not-ade"]
    # No typing indicator either: nothing was read.
    assert [r.body["type"] for r in bot.stub.received] == ["message"]


async def test_what_is_ade_gets_the_explanation_card(launch: Launcher) -> None:
    bot = await launch()
    await bot.send(message("what is ADE?", bot.stub.url))
    assert bot.stub.card_ids() == ["explain-ade"]


async def test_how_to_renew_the_token_gets_the_steps_in_the_admins_language(
    launch: Launcher,
) -> None:
    bot = await launch()
    await bot.send(message("как продлить токен DEP?", bot.stub.url, locale="en-US"))
    assert bot.stub.card_ids() == ["explain-renew"]
    assert bot.stub.cards()[0]["lang"] == "ru"


async def test_an_unsure_message_gets_the_clarify_card_whose_buttons_work(
    launch: Launcher,
) -> None:
    bot = await launch()
    await bot.send(message("the DEP thingy for the warehouse", bot.stub.url))
    [card] = bot.stub.cards()
    assert card["body"][0]["id"] == "clarify"
    buttons = [action["data"] for action in card["actions"]]
    assert [b["action"] for b in buttons] == ["diagnose", "help"]

    await bot.send(message(None, bot.stub.url, value=buttons[0]))  # "Check ADE tokens"
    assert set(bot.stub.card_ids()[1:]) & TENANT_CARDS
    before = len(bot.stub.card_ids())
    await bot.send(message(None, bot.stub.url, value=buttons[1]))  # "Show help"
    assert bot.stub.card_ids()[before:] == ["help"]
