# ruff: noqa: RUF001
"""Round 4's general mechanisms (issue 13), each on phrasings no dev batch holds."""

from __future__ import annotations

from bot.core.i18n.languages import reply_language
from bot.core.understanding.intents import recognize
from bot.core.understanding.typos import typo_of
from bot.core.understanding.verbs import Verb


def test_a_four_letter_word_missing_a_vowel_is_the_keyword() -> None:
    assert recognize("токн истек?").verb is Verb.DIAGNOSE
    assert typo_of("токн") is not None


def test_an_everyday_word_is_not_corrected_into_another_keyword() -> None:
    # "словами" (in words) is no typo of "слома*" (broken); "store" is no Polish "które".
    assert typo_of("словами") is None
    assert typo_of("store") is None
    assert recognize("объясни простыми словами, что такое DEP").verb is Verb.EXPLAIN_ADE


def test_an_everyday_word_may_still_be_an_inflection_of_a_keyword() -> None:
    assert typo_of("сроки") is not None  # срок
    assert typo_of("chca") is not None  # chce


def test_a_fix_report_then_check_again_is_a_recheck_whatever_was_fixed() -> None:
    for text in (
        "changed the enrollment profile assignment, check again",
        "поменял назначение профиля, проверь ещё раз",
        "分配改好了，再检查",
        "naprawiłem przypisanie, sprawdź ponownie",
        "corrigi a atribuição, verifica de novo",
    ):
        assert recognize(text).verb is Verb.RECHECK, text


def test_thanks_for_a_fix_alone_is_still_small_talk() -> None:
    assert recognize("fixed, thanks").verb is Verb.UNKNOWN


def test_write_to_me_if_something_breaks_is_an_alert_request() -> None:
    for text in (
        "напишите сюда, если токен истечёт",
        "napisz tutaj jeśli token wygaśnie",
        "如果令牌过期，发个消息到这里",
        "nếu token hết hạn thì nhắn vào đây",
    ):
        assert recognize(text).verb is Verb.ALERTS_ON, text


def test_a_negation_inside_the_condition_does_not_turn_alerts_off() -> None:
    assert recognize("alert me if the new ipads do not enroll").verb is Verb.ALERTS_ON
    assert recognize("no more alerts please").verb is Verb.ALERTS_OFF


def test_a_quoted_ticket_commands_nothing() -> None:
    quoted = "ticket: «the client says no alerts came and the new iPads skip Remote Management»"
    assert recognize(quoted).verb is Verb.DIAGNOSE
    # The same words as the admin's own are a request to turn alerts off.
    unquoted = quoted.replace("«", "").replace("»", "")
    assert recognize(unquoted).verb is Verb.ALERTS_OFF


def test_another_mdm_is_not_intunes_ade_even_beside_a_mac() -> None:
    assert recognize("Kandji won't pick up the new macs").verb is Verb.NOT_ADE
    assert recognize("Mosyle не видит новые айпады").verb is Verb.NOT_ADE


def test_toneless_vietnamese_is_not_corrected_as_english() -> None:
    # "hang" (store) is no "lang"; "nao" is "nào" (which), not Portuguese "não".
    got = recognize("may o cua hang khong dang ky duoc")
    assert got.verb is Verb.DIAGNOSE
    assert "negation:nao" not in recognize("token het han, tai o dau cho nao").evidence


def test_russian_and_polish_explain_phrases_in_any_order() -> None:
    assert recognize("DEP это вообще что?").verb is Verb.EXPLAIN_ADE
    assert recognize("ABM to co?").verb is Verb.EXPLAIN_ADE


def test_an_unknown_word_shows_its_language_by_an_ending_only_one_of_ours_has() -> None:
    assert reply_language(text="tokens expirados?", locales=("en-US",)).code == "pt-BR"
    assert reply_language(text="tokeny zsynchronizowane?", locales=("en-US",)).code == "pl"
