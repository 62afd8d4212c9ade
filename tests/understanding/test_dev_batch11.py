"""Dev batch 11 (written blind for round 5, then tuned on)."""

from __future__ import annotations

from collections import Counter

from tests.core.test_intents import wrong
from tests.understanding.dev_batch11 import BATCH11, NEW

# The first run (round-4 code) scored 0.76 (vi) in its worst language through the chat
# service, 83.6 % in all; the threshold is raised once round 5 is tuned.
THRESHOLD = 0.7


def test_batch_11_is_sixty_messages_per_language_and_mostly_new() -> None:
    assert Counter(p.lang for p in BATCH11) == dict.fromkeys(
        ("en", "ru", "zh", "pl", "pt", "vi"), 60
    )
    assert len(NEW) >= 300
    assert len({p.text for p in BATCH11}) == len(BATCH11)


def test_batch_11_is_recognised_in_every_language() -> None:
    failures = wrong(NEW)
    report = "\n".join(f"[{p.lang}] {p.text!r}: {p.kind} -> {got.verb.name}" for p, got in failures)
    total = Counter(p.lang for p in NEW)
    failed = Counter(p.lang for p, _ in failures)
    for lang, n in total.items():
        assert 1 - failed[lang] / n >= THRESHOLD, report
