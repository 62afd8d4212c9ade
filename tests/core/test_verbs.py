"""Card buttons and typed commands speak one protocol: every button of every card, in every
language, comes back as an Intent whose verb the conversation answers, carrying what that
verb needs."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.catalogs import translator
from bot.chat.inbound import Inbound
from bot.chat.service import ChatService
from bot.core.i18n.languages import LANGUAGES, Language
from bot.core.tenant.demo import DemoSource
from bot.core.understanding.verbs import BUTTON_ONLY, Verb, pressed
from tests.core.card_checks import walk
from tests.core.test_notices import CARDS
from tests.gallery import every_alert, every_card


def _buttons(language: Language) -> list[tuple[str, dict[str, Any]]]:
    cards = {**every_card(language), **every_alert(language)}
    cards |= {name: build(translator(language)) for name, build in CARDS.items()}
    return [
        (name, node["data"])
        for name, card in cards.items()
        for node in walk(card)
        if node.get("type") == "Action.Execute"  # the buttons, and the alerts' refresh
    ]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_every_button_of_every_card_is_a_verb_with_what_it_needs(language: Language) -> None:
    seen = set()
    for name, data in _buttons(language):
        intent = pressed(data)
        assert intent is not None
        assert intent.verb is not Verb.UNKNOWN, (name, data)
        assert intent.pressed
        if intent.verb is Verb.SYNC:
            assert intent.token, name
        if intent.verb in (Verb.SNOOZE, Verb.ACK):
            assert (intent.card, intent.token, intent.subject) != (None, None, None), name
        seen.add(intent.verb)
    # Every button-only verb is offered by some card.
    assert seen >= BUTTON_ONLY


@pytest.mark.parametrize(
    "value",
    [{"action": "format-c:"}, {"action": 7}, {"action": "x" * 40}, {}, {"action": "unknown"}],
)
def test_a_button_that_is_not_ours_is_unknown_and_answered_politely(
    value: dict[str, object],
) -> None:
    intent = pressed(value)
    assert intent is not None
    assert intent.verb is Verb.UNKNOWN
    cards = asyncio.run(ChatService(DemoSource()).on_message(Inbound(value=value)))
    assert [card["body"][0]["id"] for card in cards] == ["unknown-action"]


@pytest.mark.parametrize("verb", [v for v in Verb if v is not Verb.UNKNOWN], ids=str)
def test_the_conversation_answers_every_verb_a_button_can_carry(verb: Verb) -> None:
    value = {"action": verb.value, "token": "6f0c3c9e-2b8e-4a5e-9d51-6a1f0e1c0003"}
    cards = asyncio.run(ChatService(DemoSource()).on_message(Inbound(value=value)))
    assert cards
    if verb not in (Verb.SNOOZE, Verb.ACK):  # without an alert store: nothing to mute
        assert cards[0]["body"][0]["id"] != "unknown-action", verb
