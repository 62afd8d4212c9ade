"""The reply language over HTTP when the Teams client is English: the message tells (issue 13)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.teams.conftest import Launcher
from tests.teams.support import message

pytestmark = pytest.mark.anyio


def english_client(text: str, url: str) -> dict[str, Any]:
    activity = message(text, url, locale="en-US")
    for entity in activity.get("entities") or ():
        if entity.get("type") == "clientInfo":
            entity["locale"] = "en-US"
    return activity


async def test_a_short_portuguese_message_from_an_english_client_is_answered_in_portuguese(
    launch: Launcher,
) -> None:
    bot = await launch()
    status, _ = await bot.send(english_client("lista os tokens", bot.stub.url))
    assert status == 200
    assert bot.stub.card_ids() == ["tokens"]
    assert {card["lang"] for card in bot.stub.cards()} == {"pt"}


async def test_russian_typed_in_latin_letters_from_an_english_client_is_answered_in_russian(
    launch: Launcher,
) -> None:
    bot = await launch()
    await bot.send(english_client("pochemu ADE ne rabotaet", bot.stub.url))
    assert bot.stub.cards()
    assert {card["lang"] for card in bot.stub.cards()} == {"ru"}
