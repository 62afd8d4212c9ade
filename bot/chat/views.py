"""Who sees what on a card (Universal Actions' user-specific views), and answers that replace
a card in place.

A card posted in a channel or a group chat is one message every member sees, so it carries
only what all of them may use. Teams then asks the bot for each reader's own version (the
card's `refresh`, automatically for the users it lists, by a button for the others), and
that answer is for one reader: "Sync now" for an admin, none for the others.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.chat.inbound import Inbound
from bot.core.cards.elements import CardDict, refresh, with_refresh
from bot.core.understanding.verbs import Verb


def may_sync(inbound: Inbound, admins: frozenset[str]) -> bool:
    """ADE_ADMINS (Entra object ids) may start a sync; everyone when it names nobody."""
    return not admins or (inbound.aad_object_id or "").lower() in admins


def shows_sync(inbound: Inbound, admins: frozenset[str]) -> bool:
    """Whether the cards answering `inbound` have "Sync now": a refresh, a card updated in
    place or a personal chat answer one reader; a channel's or group chat's message has it
    only when everyone may sync."""
    if inbound.in_place or inbound.conversation_type in (None, "personal"):
        return may_sync(inbound, admins)
    return not admins


def card_id(card: CardDict) -> str:
    """Every card's first body element is a Container whose id is the card id."""
    body = card.get("body") or [{}]
    ident = body[0].get("id")
    return ident if isinstance(ident, str) else ""


def in_place(cards: Sequence[CardDict], wanted: str) -> list[CardDict]:
    """The one card that replaces the card `wanted` ("Check again", a refresh): its new
    state, or when its problem is gone, the first card of the new diagnosis (the next
    problem, or all healthy)."""
    same = [card for card in cards if card_id(card) == wanted]
    return same or list(cards[:1])


def refreshable(cards: Sequence[CardDict], user_id: str | None) -> list[CardDict]:
    """Diagnosis cards that refresh themselves for the user who asked (the diagnosis when
    they open it again, from the 60-second cache); other readers refresh by hand. The refresh
    (about 0.4 KB in UTF-16 per card) is not in REPLY_BUDGET's count: its margin under
    Teams' 40 KB (the budget is 25 KB) holds it for every card a reply can have."""
    users = (user_id,) if user_id else ()
    return [with_refresh(card, refresh(Verb.DIAGNOSE, users, card=card_id(card))) for card in cards]
