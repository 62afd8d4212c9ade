"""The alert card as a Workflows webhook can carry it.

A card posted by a flow belongs to the Flow bot, not to ADE Doctor: a button that posts back
(`Action.Submit`, `Action.Execute`) would go to the Flow bot and fail in the channel ("Snooze
1 day" cannot reach us), and `refresh` would ask the Flow bot for an update. They are taken
out; links (`Action.OpenUrl`), `Action.ShowCard` and `Action.ToggleVisibility` stay, since
Teams handles them without any bot.
"""

from __future__ import annotations

from typing import Any

from bot.core.cards.elements import CardDict

# Buttons whose press is a message to the bot that posted the card.
BOT_ACTIONS = frozenset({"Action.Submit", "Action.Execute"})
_DROP = object()


def for_webhook(card: CardDict) -> CardDict:
    """A copy of `card` without the buttons and the refresh that need our bot; an action
    set or `actions` list left empty is removed (Teams renders an empty one as a gap)."""
    stripped = _strip({k: v for k, v in card.items() if k != "refresh"})
    assert isinstance(stripped, dict)
    return stripped


def _strip(node: Any) -> Any:
    if isinstance(node, list):
        kept = [_strip(item) for item in node]
        return [item for item in kept if item is not _DROP]
    if not isinstance(node, dict):
        return node
    if node.get("type") in BOT_ACTIONS:
        return _DROP
    out: dict[str, Any] = {}
    for key, value in node.items():
        kept = _strip(value)
        if kept is _DROP or (key == "actions" and kept == []):
            continue  # a selectAction that posted back: the element stays, not clickable
        out[key] = kept
    if out.get("type") == "ActionSet" and not out.get("actions"):
        return _DROP
    return out
