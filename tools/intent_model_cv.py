"""Cross-validation of the n-gram second opinion (`tools/build_intent_model.py --cv`).

The rules were tuned on every dev phrasing, so their share of the figure is in-sample; what
the folds measure honestly is the model: each fold is recognised with a model that never saw
it. Printed per setting: right answers of the whole recogniser on the held-out folds (the
honest figure), the same with the model trained on everything (in-sample), and the model
alone on the held-out folds.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from contextlib import contextmanager

from bot.core.understanding import intent_model
from bot.core.understanding import second_opinion as opinion
from bot.core.understanding.cleaning import TOKENS as _TOKENS
from bot.core.understanding.cleaning import clean as _clean
from bot.core.understanding.verbs import Verb
from tests.core.intent_phrases import Phrase
from tests.core.test_intents import wrong
from tools.build_intent_model import LABEL, PHRASES_ALL, train

FOLDS = 5
GRID_PASSES = (5, 15, 30)
GRID_LONGEST = (4, 5)
GRID_MARGIN = (0, 100, 300, 600)


def _parsed(model: dict[str, dict[str, float]]) -> tuple[tuple[Verb, dict[str, int]], ...]:
    return tuple(
        (Verb[label], {g: round(w * 100) for g, w in table.items() if round(w * 100)})
        for label, table in sorted(model.items())
    )


@contextmanager
def _using(weights: tuple[tuple[Verb, dict[str, int]], ...], margin: int) -> Iterator[None]:
    saved_weights, saved_margin = opinion._weights, intent_model.MIN_MARGIN
    opinion._weights = lambda: weights  # type: ignore[assignment]
    intent_model.MIN_MARGIN = margin
    try:
        yield
    finally:
        opinion._weights, intent_model.MIN_MARGIN = saved_weights, saved_margin


def _rows(phrases: list[Phrase]) -> list[tuple[set[str], str]]:
    return [
        (opinion.features(_TOKENS.findall(_clean(p.text[:2000])[0])), LABEL.get(p.kind, p.kind))
        for p in phrases
    ]


def cross_validate() -> int:
    phrases = list(PHRASES_ALL)
    random.Random(0).shuffle(phrases)
    folds = [phrases[i::FOLDS] for i in range(FOLDS)]
    total = len(phrases)
    print(f"{total} dev phrasings, {FOLDS} folds; right answers of rules + model")
    print("passes longest margin | held-out (honest) | in-sample | model alone held-out")
    saved_longest = opinion._LONGEST
    try:
        for passes, longest in itertools.product(GRID_PASSES, GRID_LONGEST):
            opinion._LONGEST = longest
            held: list[tuple[tuple[tuple[Verb, dict[str, int]], ...], list[Phrase]]] = []
            for k, fold in enumerate(folds):
                rest = [p for j, f in enumerate(folds) if j != k for p in f]
                held.append((_parsed(train(_rows(rest), passes)), fold))
            everything = _parsed(train(_rows(phrases), passes))
            alone = 0
            for weights, fold in held:
                with _using(weights, 0):
                    for (grams, label), phrase in zip(_rows(fold), fold, strict=True):
                        alone += opinion.guess(_TOKENS.findall(_clean(phrase.text)[0]))[
                            0
                        ].name == label and bool(grams)
            for margin in GRID_MARGIN:
                misses = 0
                for weights, fold in held:
                    with _using(weights, margin):
                        misses += len(wrong(fold))
                with _using(everything, margin):
                    in_sample = len(wrong(phrases))
                print(
                    f"{passes:6} {longest:7} {margin:6} | {1 - misses / total:8.1%} "
                    f"({misses:3} wrong) | {1 - in_sample / total:8.1%} | {alone / total:6.1%}"
                )
    finally:
        opinion._LONGEST = saved_longest
    with _using(opinion._weights(), 10**9):  # a margin no guess reaches: the rules alone
        print(f"rules alone (no model): {1 - len(wrong(phrases)) / total:.1%}")
    return 0
