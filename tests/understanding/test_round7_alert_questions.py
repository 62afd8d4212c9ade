# ruff: noqa: RUF001
"""A question about the alerts after a story that negates asks whether they are on (round 7)."""

from __future__ import annotations

from bot.core.understanding.alert_questions import last_question
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


def test_no_alert_arrived_then_asking_whether_they_are_on_never_turns_them_off() -> None:
    for text in (
        "we haven't received a single alert, are alerts even on?",
        "nothing came through last month. is alerting enabled?",
        "мы не получали алертов, они вообще включены?",
        "nie przyszedł żaden alert, czy alerty są włączone?",
        "não chegou nenhum alerta, os alertas estão ligados?",
        "mình không thấy cảnh báo nào, cảnh báo đã bật chưa?",
        "一直没收到提醒，提醒开着吗？",
    ):
        assert recognize(text).verb is Verb.ALERTS_ON, text


def test_a_stop_said_with_a_negation_still_turns_alerts_off() -> None:
    for text in (
        "don't send me alerts anymore, ok?",
        "не присылай больше алерты, понятно?",
        "no more alerts, is that clear?",
        "nie wysyłaj mi alertów",
    ):
        assert recognize(text).verb is Verb.ALERTS_OFF, text


def test_the_last_question_is_the_clause_after_the_story_and_never_the_whole_message() -> None:
    assert last_question("none arrived, are they on?") == "are they on"
    assert last_question("are they on?") is None
    assert last_question("none arrived, are they on") is None
    assert last_question("không thấy gì, đã bật chưa?") == "đã bật"
    assert last_question("x" * 100_000 + ", on?") == "on"
