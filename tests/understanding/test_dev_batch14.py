"""Dev batch 14 (written blind after round 6, its one held-out run 94.6 %, tuned on in round 7)."""

from __future__ import annotations

from collections import Counter

from tests.core.test_intents import wrong
from tests.understanding.dev_batch14 import BATCH14, NEW

# Its one run on round-6 code (held out) scored 94.6 % through the chat service, 91.5 % (ru)
# in its worst language; after round 7 every language is at 0.97 or more (strict verbs), and a
# regression under 0.95 fails.
THRESHOLD = 0.95


def test_batch_14_is_fifty_messages_per_language_and_mostly_new() -> None:
    assert Counter(p.lang for p in BATCH14) == dict.fromkeys(
        ("en", "ru", "zh", "pl", "pt", "vi"), 50
    )
    assert len(NEW) >= 250
    assert len({p.text for p in BATCH14}) == len(BATCH14)


def test_batch_14_is_recognised_in_every_language() -> None:
    failures = wrong(NEW)
    report = "\n".join(f"[{p.lang}] {p.text!r}: {p.kind} -> {got.verb.name}" for p, got in failures)
    total = Counter(p.lang for p in NEW)
    failed = Counter(p.lang for p, _ in failures)
    for lang, n in total.items():
        assert 1 - failed[lang] / n >= THRESHOLD, report
