# ruff: noqa: RUF001
"""Round 8 (batch 16, Polish and Portuguese): frames read in all six languages, and the reply
language of code-switched messages, Polish command nouns and Brazilian laughter."""

from __future__ import annotations

from bot.core.i18n.evidence import message_language
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


def test_asking_whether_everything_is_fine_with_the_token_diagnoses_it() -> None:
    for text in (
        "is everything ok with the ABM token?",
        "всё ли в порядке с токеном ABM?",
        "czy wszystko w porządku z tokenem ABM?",
        "tá tudo certo com o token da ABM?",
        "token ABM có ổn không?",
        "ABM 令牌一切正常吗？",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_a_double_check_verb_on_the_token_diagnoses_it() -> None:
    for text in (
        "double-check the DEP token please",
        "confira o token DEP",
        "skontroluj token DEP",
        "сверь токен DEP",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_asking_what_ade_is_about_explains_it() -> None:
    for text in (
        "o co chodzi z tym DEP?",
        "DEP, do que se trata?",
        "в чём суть DEP?",
        "DEP là về cái gì?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_ADE, text


def test_not_remembering_how_to_renew_asks_how_and_never_turns_alerts_off() -> None:
    for text in (
        "não me lembro como renovar o token ABM",
        "nie pamiętam jak odnowić token ABM",
        "i forgot how to renew the ABM token",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_RENEW, text


def test_english_jargon_inside_polish_or_portuguese_grammar_answers_in_that_language() -> None:
    assert message_language("wyłącz mi te expiry alerts") == "pl"
    assert message_language("status error no token, check pls") == "pt-BR"
    assert message_language("please check the token status") == "en"


def test_a_polish_command_noun_and_long_laughter_tell_their_language() -> None:
    assert message_language("Diagnoza tokenu") == "pl"
    assert message_language("kkkkkkkkkkk") == "pt-BR"
    assert message_language("hhhhkkkk") is None
