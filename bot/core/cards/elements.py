"""Adaptive Card building blocks (schema 1.5, Teams' maximum) as plain dicts, and their size
as Teams counts it.

Cards are data: printable, pasteable into the Adaptive Cards designer; only bot/teams turns
them into activities.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb

CardDict = dict[str, Any]
# What one more element of a JSON list costs in UTF-16: the comma before it.
COMMA = 2


def text(value: str, **extra: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": value, "wrap": True, **extra}


def heading(value: str) -> dict[str, Any]:
    return text(value, weight="Bolder", spacing="Medium")


def numbered(items: Iterable[str]) -> dict[str, Any]:
    return text("\r".join(f"{i}. {item}" for i, item in enumerate(items, 1)))


def bulleted(items: Iterable[str]) -> dict[str, Any]:
    return text("\r".join(f"- {item}" for item in items))


def link(label: str, url: str) -> str:
    """A Markdown link, which Teams renders inside a TextBlock."""
    return f"[{label}]({url})"


def link_section(t: Translator, targets: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """Links as a Markdown list under a heading. Teams lays card-level buttons side by side
    and cuts their titles short when they do not fit the card's width; a list wraps instead,
    so cards keep their buttons for what the bot does (check again, sync, alerts)."""
    return [
        heading(t.gettext("Useful links")),
        bulleted(link(label, url) for label, url in targets),
    ]


# Teams' limit on a refresh's `userIds`: the users whose client refreshes the card on its own
# when they open it; everyone else gets a manual refresh.
MAX_REFRESH_USERS = 60


def submit(label: str, verb: Verb, **data: str) -> dict[str, Any]:
    """The one builder of buttons the bot answers, as Universal Actions: an `Action.Execute`
    whose answer replaces the card in place (the `adaptiveCard/action` invoke). Teams clients
    that predate Universal Actions render its `fallback`, an `Action.Submit` that posts the
    same data as a message, which is how every button worked before (and what cards posted
    then still send). The data names the verb too, so both arrive as one `pressed(data)`."""
    payload = {"action": verb.value, **data}
    return {
        "type": "Action.Execute",
        "title": label,
        "verb": verb.value,
        "data": payload,
        "fallback": {"type": "Action.Submit", "title": label, "data": dict(payload)},
    }


def refresh(verb: Verb, users: Iterable[str], **data: str) -> dict[str, Any]:
    """A card's `refresh`: Teams asks the bot for the card's current state (an invoke with
    `trigger` "automatic") when one of `users` (Teams user ids, at most 60) opens it; others
    see a refresh button instead (`trigger` "manual")."""
    listed = list(dict.fromkeys(user for user in users if user))[:MAX_REFRESH_USERS]
    action = {"type": "Action.Execute", "verb": verb.value, "data": {"action": verb.value, **data}}
    return {"action": action, "userIds": listed}


def with_refresh(card: CardDict, value: dict[str, Any]) -> CardDict:
    """`card` with `refresh` set, as a new top-level dict: cards kept between replies are shared
    by every reader, and the user ids are one reader's."""
    return {**card, "refresh": value}


def open_url(label: str, url: str) -> dict[str, Any]:
    return {"type": "Action.OpenUrl", "title": label, "url": url}


def adaptive_card(
    t: Translator,
    card_id: str,
    style: str,
    *,
    header: list[dict[str, Any]],
    body: list[dict[str, Any]],
    actions: list[dict[str, Any]],
    fallback: str,
) -> CardDict:
    return {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.5",
        # Adaptive Cards take a 2-letter ISO 639-1 code ("zh", "pt"), not a full tag.
        "lang": t.language.code.split("-")[0],
        "fallbackText": fallback,
        "body": [
            {"type": "Container", "id": card_id, "style": style, "bleed": True, "items": header},
            *body,
        ],
        "actions": actions,
    }


def utf16_size(payload: object) -> int:
    """Bytes of `payload` as compact JSON encoded as UTF-16, the way Teams counts.

    Compact JSON is compositional: an object's size is the sum of its parts' sizes plus fixed
    punctuation, which is what lets a card's size be added up from its measured pieces.
    """
    encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return len(encoded.encode("utf-16-le"))


def fresh(node: Any) -> Any:
    """A copy of a JSON-like tree, so that parts kept between replies are never handed out
    (a caller may change the cards it gets)."""
    if isinstance(node, dict):
        return {k: fresh(v) if isinstance(v, dict | list) else v for k, v in node.items()}
    if isinstance(node, list):
        return [fresh(v) if isinstance(v, dict | list) else v for v in node]
    return node
