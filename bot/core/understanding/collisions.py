"""Words that mean one thing in one of our languages and another in the next, told apart by
the message around them, and the scanned item they work on (`matching.scan`)."""

from __future__ import annotations

from typing import NamedTuple

from bot.core.understanding.cues import Cue
from bot.core.understanding.words import EXPLAIN_PAIRS, FILLER, Entry


class Item(NamedTuple):  # a word, a phrase, or a run of unknown Chinese characters
    entry: Entry | None  # None: not a word we know
    label: str

    @property
    def cues(self) -> frozenset[Cue]:
        return self.entry.cues if self.entry else frozenset()


# Portuguese "no" is "in the" ("no Intune", "alertas no Teams"), not a negation: it is filler
# before a product name or in a message with Portuguese words.
_PORTUGUESE = frozenset(
    [
        "nao",
        "esta",
        "estao",
        "voce",
        "vc",
        "quero",
        "meu",
        "minha",
        "nosso",
        "nossa",
        "os",
        "das",
        "dos",
        "ta",
        "um",
        "uma",
        "pra",
        "com",
        "isso",
        "para",
        "ativa",
        "alerta",
        "alertas",
        "canal",
        "aparece",
        "aparecem",
        # round 5, batch 12: "quantos tokens tem no tenant?"
        "tem",
        "quantos",
        "quantas",
        "quais",
    ]
)
_PRODUCT = frozenset({Cue.DOMAIN, Cue.ADE, Cue.APPLE, Cue.OTHER, Cue.TOKEN})


def portuguese_no(items: list[Item]) -> list[Item]:
    spots = [i for i, it in enumerate(items) if it.label == "no"]
    if not spots:
        return items
    portuguese = any(it.label in _PORTUGUESE for it in items)
    for i in spots:
        if portuguese or (i + 1 < len(items) and items[i + 1].cues & _PRODUCT):
            items[i] = Item(FILLER, "no")
    return items


_WHICH = Entry(frozenset({Cue.LIST}))


def vietnamese_nao(items: list[Item]) -> list[Item]:
    """In a message written in Vietnamese, "nao" is "nào" (which), not Portuguese "não"."""
    return [Item(_WHICH, "nao") if it.label == "nao" else it for it in items]


_EXPLAIN = Entry(frozenset({Cue.EXPLAIN}))
_APART = 3  # "что же это", "это вообще что": at most two words between
_PAIR_WORDS = frozenset(word for pair in EXPLAIN_PAIRS for word in pair)


def explain_in_any_order(items: list[Item]) -> list[Item]:
    """An explain phrase whose words come reversed or apart ("ADE это вообще что", "to co to
    jest ADE") still asks what something is."""
    labels = [it.label for it in items]
    if len(_PAIR_WORDS.intersection(labels)) < 2:  # most messages: nothing to pair
        return items
    for i, first in enumerate(labels):
        for second in labels[i + 1 : i + 1 + _APART]:
            if (first, second) in EXPLAIN_PAIRS or (second, first) in EXPLAIN_PAIRS:
                return [*items, Item(_EXPLAIN, f"{first} {second}")]
    return items
