"""Dev batch 13 (written blind in round 5, held out for one check there, tuned on in round 6)."""

from __future__ import annotations

from collections import Counter

from tests.core.test_intents import wrong
from tests.understanding.dev_batch13 import BATCH13, NEW

# Its one run on round-5 code (held out) scored 89.4 % through the chat service, 87.7 % (vi)
# in its worst language; after round 6 every language is at 0.9 or more (strict verbs).
THRESHOLD = 0.9


def test_batch_13_is_sixty_messages_per_language_and_mostly_new() -> None:
    assert Counter(p.lang for p in BATCH13) == dict.fromkeys(
        ("en", "ru", "zh", "pl", "pt", "vi"), 60
    )
    assert len(NEW) >= 300
    assert len({p.text for p in BATCH13}) == len(BATCH13)


def test_batch_13_is_recognised_in_every_language() -> None:
    failures = wrong(NEW)
    report = "\n".join(f"[{p.lang}] {p.text!r}: {p.kind} -> {got.verb.name}" for p, got in failures)
    total = Counter(p.lang for p in NEW)
    failed = Counter(p.lang for p, _ in failures)
    for lang, n in total.items():
        assert 1 - failed[lang] / n >= THRESHOLD, report
