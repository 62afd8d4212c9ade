# ruff: noqa: RUF001
"""Round 6's asides (issue 13, batch 13), each on phrasings no dev batch holds."""

from __future__ import annotations

import pytest

from bot.core.i18n.evidence import message_language
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


@pytest.mark.parametrize(
    "text",
    [
        "no alerts needed, just list the ASM tokens",
        "уведомления мне не нужны, просто покажи все токены",
        "不需要提醒，只要列出所有令牌",
        "powiadomień nie chcę, tylko pokaż listę tokenów",
        "não preciso de aviso, só lista os tokens pra mim",
        "không cần thông báo, chỉ cần xem danh sách token thôi",
    ],
)
def test_refused_alerts_before_just_leave_the_ask_that_follows(text: str) -> None:
    assert recognize(text).verb is Verb.TOKENS, text


def test_refused_alerts_without_another_ask_still_turn_alerts_off() -> None:
    for text in ("no more alerts please", "не нужны алерты", "không cần cảnh báo nữa"):
        assert recognize(text).verb is Verb.ALERTS_OFF, text


def test_another_platform_set_aside_leaves_the_apple_question() -> None:
    for text in (
        "this is not about Android, it's the Apple side: is the ADE sync fine?",
        "речь не про Intune Autopilot, а про Apple: токен DEP живой?",
        "não falo do Android, falo da Apple: o token do ADE tá ok?",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_another_platform_negated_with_nothing_of_apple_after_it_is_not_ours() -> None:
    assert recognize("not Autopilot, the Windows enrollment is failing").verb is Verb.NOT_ADE


def test_formal_requests_to_stop_sending_turn_alerts_off() -> None:
    for text in (
        "Please discontinue sending me token expiry warnings.",
        "Uprzejmie proszę o zaprzestanie przysyłania powiadomień o tokenach.",
        "Peço que parem de me mandar alertas sobre o token.",
    ):
        assert recognize(text).verb is Verb.ALERTS_OFF, text


def test_unsubscribing_turns_alerts_off_but_cancelling_a_device_enrollment_does_not() -> None:
    for text in ("descadastrar", "hủy đăng ký nhận tin", "退订", "anuluj subskrypcję proszę"):
        assert recognize(text).verb is Verb.ALERTS_OFF, text
    for text in ("hủy đăng ký iPad này thế nào", "cancelar inscrição do iPhone no ADE"):
        assert recognize(text).verb is not Verb.ALERTS_OFF, text


def test_asking_whether_an_alert_was_a_false_alarm_is_a_diagnosis() -> None:
    for text in (
        "Intune shows a red banner on the DEP token, false alarm or real?",
        "в Intune висит ошибка синхронизации токена, это ложная тревога?",
        "cảnh báo lỗi đồng bộ ADE là báo động nhầm hay lỗi thật vậy",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_how_the_token_is_doing_in_speech_is_a_status_question() -> None:
    for text in ("e aí, o token do ADE como anda?", "token ADE sao rồi em"):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_a_polish_copy_to_the_boss_and_as_always_ask_for_no_alerts() -> None:
    text = "szef dostał to do wiadomości, iPady jak zawsze nie widzą profilu z ABM, czemu?"
    assert recognize(text).verb is Verb.DIAGNOSE


def test_a_story_in_one_language_and_the_question_in_another_is_answered_in_the_questions() -> None:
    text = (
        "A recepção ligou de novo, disseram que os iPads novos não mostram a tela da empresa. "
        "Could the DEP token be expired?"
    )
    assert message_language(text) == "en"
    assert message_language("The iPads are stuck. O token do ADE expirou?") == "pt-BR"
