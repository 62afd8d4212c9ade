"""Dev batch 9 (written blind, then tuned on) and the n-gram model's second opinion."""

from __future__ import annotations

from collections import Counter

from bot.core.understanding.cues import Cue
from bot.core.understanding.intents import recognize
from bot.core.understanding.second_opinion import second_opinion
from bot.core.understanding.verbs import Verb
from tests.core.test_intents import wrong
from tests.understanding.dev_batch9 import BATCH9, NEW


def test_batch_9_is_forty_messages_per_language_and_mostly_new() -> None:
    assert Counter(p.lang for p in BATCH9) == dict.fromkeys(
        ("en", "ru", "zh", "pl", "pt", "vi"), 40
    )
    assert len(NEW) >= 180
    assert len({p.text for p in BATCH9}) == len(BATCH9)


def test_batch_9_is_recognised_in_every_language() -> None:
    failures = wrong(NEW)
    report = "\n".join(f"[{p.lang}] {p.text!r}: {p.kind} -> {got.verb.name}" for p, got in failures)
    total = Counter(p.lang for p in NEW)
    failed = Counter(p.lang for p, _ in failures)
    for lang, n in total.items():
        assert 1 - failed[lang] / n >= 0.9, report


def test_i_fixed_it_look_again_is_a_recheck_though_the_rules_know_no_word_for_fixed() -> None:
    assert recognize("arrumei, checa novamente").verb is Verb.RECHECK


def test_the_model_never_chooses_a_reading_no_cue_of_the_message_supports() -> None:
    words = ["checa", "novamente"]
    assert second_opinion(Verb.UNKNOWN, frozenset({Cue.FILLER}), words) is None


def test_the_model_leaves_thanks_and_other_platforms_alone() -> None:
    words = ["arrumei", "checa", "novamente"]
    assert second_opinion(Verb.UNKNOWN, frozenset({Cue.CHECK, Cue.THANKS}), words) is None
    assert second_opinion(Verb.UNKNOWN, frozenset({Cue.CHECK, Cue.OTHER}), words) is None


def test_the_model_never_turns_an_unsure_question_into_a_tenant_diagnosis() -> None:
    every_cue = frozenset(Cue)
    for phrase in BATCH9:
        for verb in (Verb.CLARIFY, Verb.UNKNOWN):
            got = second_opinion(verb, every_cue - {Cue.THANKS, Cue.OTHER}, phrase.text.split())
            assert got is not Verb.DIAGNOSE, phrase.text
