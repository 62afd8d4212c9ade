"""Dev batch 15 (written blind in round 7, its one held-out run 93.0 %, tuned on in round 7)."""

from __future__ import annotations

from collections import Counter

from tests.core.test_intents import wrong
from tests.understanding.dev_batch15 import BATCH15, NEW

# Its one run on round-6 code (held out) scored 93.0 % through the chat service, 90.4 % (vi)
# in its worst language; after round 7 every language is at 0.95 or more (strict verbs).
THRESHOLD = 0.95


def test_batch_15_is_ninety_messages_per_language_and_mostly_new() -> None:
    assert Counter(p.lang for p in BATCH15) == dict.fromkeys(
        ("en", "ru", "zh", "pl", "pt", "vi"), 90
    )
    assert len(NEW) >= 450
    assert len({p.text for p in BATCH15}) == len(BATCH15)


def test_batch_15_is_recognised_in_every_language() -> None:
    failures = wrong(NEW)
    report = "\n".join(f"[{p.lang}] {p.text!r}: {p.kind} -> {got.verb.name}" for p, got in failures)
    total = Counter(p.lang for p in NEW)
    failed = Counter(p.lang for p, _ in failures)
    for lang, n in total.items():
        assert 1 - failed[lang] / n >= THRESHOLD, report
