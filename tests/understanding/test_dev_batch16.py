"""Dev batch 16 (written blind after round 7 in ru, zh, pl and pt, its one held-out run 96.6 %,
tuned on in round 8)."""

from __future__ import annotations

from collections import Counter

from tests.core.test_intents import wrong
from tests.understanding.dev_batch16 import BATCH16, NEW

# Its one run on round-7 code (held out) scored 96.6 % through the chat service, 92.2 % (ru)
# in its worst language; after round 8 every language is at 0.95 or more (strict verbs).
THRESHOLD = 0.95


def test_batch_16_is_ninety_messages_in_each_of_four_languages_and_mostly_new() -> None:
    assert Counter(p.lang for p in BATCH16) == dict.fromkeys(("ru", "zh", "pl", "pt"), 90)
    assert len(NEW) >= 340
    assert len({p.text for p in BATCH16}) == len(BATCH16)


def test_batch_16_is_recognised_in_every_language() -> None:
    failures = wrong(NEW)
    report = "\n".join(f"[{p.lang}] {p.text!r}: {p.kind} -> {got.verb.name}" for p, got in failures)
    total = Counter(p.lang for p in NEW)
    failed = Counter(p.lang for p, _ in failures)
    for lang, n in total.items():
        assert 1 - failed[lang] / n >= THRESHOLD, report
