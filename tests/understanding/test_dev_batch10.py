"""Dev batch 10 (written blind for round 4, then tuned on)."""

from __future__ import annotations

from collections import Counter

from tests.core.test_intents import wrong
from tests.understanding.dev_batch10 import BATCH10, NEW

# The first run (round-3 code) scored 0.83 (ru) in its worst language, and the test started at
# 0.8; after round 4 the worst language is at 0.94 (pt), so 0.9 fails on any real regression.
THRESHOLD = 0.9


def test_batch_10_is_fifty_messages_per_language_and_mostly_new() -> None:
    assert Counter(p.lang for p in BATCH10) == dict.fromkeys(
        ("en", "ru", "zh", "pl", "pt", "vi"), 50
    )
    assert len(NEW) >= 250
    assert len({p.text for p in BATCH10}) == len(BATCH10)


def test_batch_10_is_recognised_in_every_language() -> None:
    failures = wrong(NEW)
    report = "\n".join(f"[{p.lang}] {p.text!r}: {p.kind} -> {got.verb.name}" for p, got in failures)
    total = Counter(p.lang for p in NEW)
    failed = Counter(p.lang for p, _ in failures)
    for lang, n in total.items():
        assert 1 - failed[lang] / n >= THRESHOLD, report
