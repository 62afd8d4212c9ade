"""Dev batch 12 (written blind for round 5, held out for its first check, then tuned on)."""

from __future__ import annotations

from collections import Counter

from tests.core.test_intents import wrong
from tests.understanding.dev_batch12 import BATCH12, NEW

# The first run on round-5 code (conditions, explanation frames, other products) scored
# 0.929 (zh) in its worst language through the chat service, 95.9 % in all.
THRESHOLD = 0.9


def test_batch_12_is_sixty_messages_per_language_and_mostly_new() -> None:
    assert Counter(p.lang for p in BATCH12) == dict.fromkeys(
        ("en", "ru", "zh", "pl", "pt", "vi"), 60
    )
    assert len(NEW) >= 300
    assert len({p.text for p in BATCH12}) == len(BATCH12)


def test_batch_12_is_recognised_in_every_language() -> None:
    failures = wrong(NEW)
    report = "\n".join(f"[{p.lang}] {p.text!r}: {p.kind} -> {got.verb.name}" for p, got in failures)
    total = Counter(p.lang for p in NEW)
    failed = Counter(p.lang for p, _ in failures)
    for lang, n in total.items():
        assert 1 - failed[lang] / n >= THRESHOLD, report
