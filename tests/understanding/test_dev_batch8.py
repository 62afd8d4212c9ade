"""Dev batch 8 (written blind, then tuned on): the recogniser keeps what it learnt from it."""

from __future__ import annotations

from collections import Counter

from tests.core.test_intents import wrong
from tests.understanding.dev_batch8 import BATCH8, NEW


def test_batch_8_is_forty_messages_per_language_and_mostly_new() -> None:
    assert Counter(p.lang for p in BATCH8) == dict.fromkeys(
        ("en", "ru", "zh", "pl", "pt", "vi"), 42
    )
    assert len(NEW) >= 200
    assert len({p.text for p in BATCH8}) == len(BATCH8)


def test_batch_8_is_recognised_in_every_language() -> None:
    failures = wrong(NEW)
    report = "\n".join(f"[{p.lang}] {p.text!r}: {p.kind} -> {got.verb.name}" for p, got in failures)
    total = Counter(p.lang for p in NEW)
    failed = Counter(p.lang for p, _ in failures)
    for lang, n in total.items():
        assert 1 - failed[lang] / n >= 0.95, report
