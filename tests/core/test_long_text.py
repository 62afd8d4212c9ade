"""Reading a chat message does bounded work, however long or hostile the message (issue 12,
item 1: one 255,000-character message froze the whole bot for 93 s).

Each check runs in a child process so that a regression fails within the bound instead of
hanging the suite for minutes; the bound is generous (the work is milliseconds, the regression
it catches took minutes).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable

import pytest

from bot.core.i18n.languages import POLISH, RUSSIAN, detect, reply_language
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb

BOUND_S = 10.0
# Teams accepts messages of about 28 KB; the bot's HTTP edge takes bodies up to 256 KiB.
LONG = 255_000
POLISH_QUESTION = "dlaczego ADE nie działa? czemu token nie jest synchronizowany, proszę pomóż. "

HOSTILE = {
    "no spaces": "x" * LONG,
    "a dotted run": "a." * (LONG // 2),
    "www over and over": "www." * (LONG // 4),
    "unclosed tags": "<" * LONG,
    "unclosed mentions": "<at>" * (LONG // 4),
    "at signs": "a@" * (LONG // 2),
    "at signs after a word": "x" * (LONG - 2) + "@x",
    "a huge character reference": "&#" + "1" * (LONG - 2),
    "digits": "7" * LONG,
    "apostrophes": "a'" * (LONG // 2),
    "spaced at signs": "@ " * (LONG // 2),
}


def _bounded(work: Callable[[str], object], text: str) -> None:
    """Runs `work(text)` in a child process; fails if it raises or is still busy after the
    bound (the child is then killed)."""
    context = multiprocessing.get_context("fork")
    child = context.Process(target=work, args=(text,), daemon=True)
    child.start()
    child.join(BOUND_S)
    if child.is_alive():
        child.kill()
        child.join()
        pytest.fail(f"{work.__name__} still busy after {BOUND_S:.0f} s on {len(text):,} chars")
    assert child.exitcode == 0, f"{work.__name__} raised (exit code {child.exitcode})"


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_language_detection_of_a_hostile_message_finishes_promptly(text: str) -> None:
    _bounded(detect, text)


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_intent_recognition_of_a_hostile_message_finishes_promptly(text: str) -> None:
    _bounded(recognize, text)


def test_a_long_polish_message_is_still_polish_and_still_a_question_about_ade() -> None:
    text = (POLISH_QUESTION * (LONG // len(POLISH_QUESTION) + 1))[:LONG]
    assert detect(text) is POLISH
    assert reply_language(text=text, locales=["en-US"]) is POLISH
    assert recognize(text).verb is Verb.DIAGNOSE


def test_only_the_start_of_a_message_decides_its_language() -> None:
    # The question sits at the start; what comes after a long pasted log is not read.
    log = " 2026-12-01T00:00:00Z depOnboardingSettings sync 0x80 " * 5_000
    assert detect(POLISH_QUESTION + log + "почему " * 1_000) is POLISH
    assert detect("почему " * 1_000 + log + POLISH_QUESTION) is RUSSIAN


def test_an_address_a_link_or_markup_is_still_no_evidence_of_a_language() -> None:
    # The linear patterns still remove what the quadratic ones did.
    assert detect("admin@contoso.onmicrosoft.com dlaczego") is POLISH
    assert detect("dlaczego https://intune.microsoft.com/#view/policy") is POLISH
    assert detect("dlaczego www.apple.com/business") is POLISH
    assert detect("<at>Why Doctor</at> dlaczego <b>ADE</b>") is POLISH
    assert detect("why@why.com https://why.example/why") is None
