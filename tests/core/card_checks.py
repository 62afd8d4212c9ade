"""What every card must satisfy, shared by the card tests: schema, actions, button widths."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from bot.core.understanding.verbs import Verb

# What a card button may ask for: the one enum the dispatcher answers.
ACTIONS = {verb.value for verb in Verb if verb is not Verb.UNKNOWN}
LEARN = re.compile(r"https://learn\.microsoft\.com/([a-z]{2}-[a-z]{2})/")

# Teams lays the buttons of a card (and of an ActionSet) side by side in one row. At 480 px,
# less 16 px padding each side, a row has 448 px; a button takes its title plus 12 px padding
# and a 1 px border each side, with 8 px between buttons (the host config of tests/render).
ROW_PX = 448
BUTTON_PX = 26
GAP_PX = 8
MAX_CARD_BUTTONS = 3


def title_px(title: str) -> int:
    """A generous estimate of a title's width at Teams' 14 px semibold: the picture test
    measured 7.5-8.4 px per Latin or Cyrillic letter and 14 px per CJK character."""
    wide = sum(unicodedata.east_asian_width(c) in "WF" for c in title)
    return 9 * (len(title) - wide) + 15 * wide


def row_px(titles: list[str]) -> int:
    return sum(title_px(t) + BUTTON_PX for t in titles) + GAP_PX * max(len(titles) - 1, 0)


@cache
def validator() -> jsonschema.Draft6Validator:
    schema_file = resources.files("adaptive_cards") / "schemas" / "schema-1.5.json"
    return jsonschema.Draft6Validator(json.loads(schema_file.read_text(encoding="utf-8")))


def walk(node: object) -> list[dict[str, Any]]:
    """Every JSON object inside a card."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += walk(value)
    elif isinstance(node, list):
        for value in node:
            found += walk(value)
    return found


def texts(card: dict[str, Any]) -> list[str]:
    return [n["text"] for n in walk(card) if n.get("type") == "TextBlock"]


def button_rows(card: dict[str, Any]) -> list[list[str]]:
    """The titles of each row of buttons: the card's own and each ActionSet's."""
    rows = [[a["title"] for a in card.get("actions", [])]]
    rows += [[a["title"] for a in n["actions"]] for n in walk(card) if n.get("type") == "ActionSet"]
    return [row for row in rows if row]
