"""Round 5's readings from dev batch 12 (issue 13), each on phrasings no dev batch holds."""

from __future__ import annotations

import pytest

from bot.core.i18n.evidence import message_language
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


def test_how_one_name_differs_from_the_other_is_an_explanation_not_a_status() -> None:
    for text in (
        "how is DEP different from ADE?",
        "what is ABM and how is it different from ADE",
        "so how is ADE different from DEP, in short?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_ADE, text


def test_which_apple_id_to_renew_under_is_the_renewal() -> None:
    for text in (
        "what Apple ID should we use to renew the ADE token?",
        "на какой аккаунт продлевать токен DEP? под каким apple id?",
        "pod jakie konto odnowić token ADE, który apple id?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_RENEW, text


def test_the_colleague_who_created_the_token_and_is_gone_asks_for_the_renewal() -> None:
    for text in (
        "the admin who uploaded our DEP token quit in June",
        "a pessoa que criou o token do ADE saiu, e agora?",
        "ten kolega, który założył token ADE, odszedł",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_RENEW, text


def test_whether_the_sync_is_alive_or_in_order_asks_the_tenant() -> None:
    for text in (
        "is the ABM sync still alive?",
        "DEP вообще жив?",
        "sync z ABM żyje?",
        "sync do ASM ta vivo?",
        "ADE sync v poryadke?",
        "jaki stan?",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_see_if_the_token_is_fine_is_a_check_not_the_list() -> None:
    for text in (
        "can you see if the DEP token is fine",
        "da pra ver se o token do ABM ta certo?",
        "zobacz czy token ADE jest ok",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_being_taken_off_the_alerts_turns_them_off() -> None:
    for text in (
        "take me off the ADE alerts",
        "me tirem dos avisos de alerta do ABM",
        "usuń mnie z alertów DEP",
        "ABM 提醒都停掉",
    ):
        assert recognize(text).verb is Verb.ALERTS_OFF, text


def test_an_at_mention_of_me_when_ade_breaks_asks_for_alerts() -> None:
    for text in (
        "@ me whenever the DEP token breaks",
        "ABM 一有问题就 @我",
        "@mnie jak ADE padnie",
    ):
        assert recognize(text).verb is Verb.ALERTS_ON, text


def test_another_apis_token_is_not_ade() -> None:
    for text in (
        "токен от API CRM истёк, кто выдаёт новый?",
        "wygasł nam token do API płatności",
        "o token da API do ERP expirou",
    ):
        assert recognize(text).verb is Verb.NOT_ADE, text


def test_how_many_tokens_we_have_in_portuguese_is_the_list() -> None:
    for text in ("quantos tokens DEP tem no Intune?", "quais tokens tem no ABM?"):
        assert recognize(text).verb is Verb.TOKENS, text


def test_russian_commands_typed_in_latin_letters_are_answered_in_russian() -> None:
    for text in ("vyklyuchi alerty po DEP", "proverь sinhronizaciyu ABM", "otklyuchi uvedomleniya"):
        assert message_language(text) == "ru", text
    for text in ("wyłącz alerty ADE", "pokaż tokeny", "alerty dla ADE"):
        assert message_language(text) == "pl", text


def test_portuguese_of_before_a_product_name_is_portuguese() -> None:
    for text in ("situação do ABM?", "status da ABM", "erro do DEP"):
        assert message_language(text) == "pt-BR", text
    for text in ("dostęp do ABM", "why do DEP tokens expire?"):
        assert message_language(text) != "pt-BR", text


@pytest.mark.parametrize("text", ["ADE rocks", "ABM ftw", "DEP lol haha", "ade gg"])
def test_naming_ade_without_asking_anything_gets_the_question_not_an_explanation(
    text: str,
) -> None:
    # The n-gram model leans to "what is ADE" for any short message with ADE in it; an
    # explanation needs something asked (a cue or an interrogative word).
    assert recognize(text).verb is Verb.CLARIFY


@pytest.mark.parametrize("text", ["DEP là cái gì vậy", "o que raios é o ADE", "ADE 到底啥意思"])
def test_an_interrogative_word_lets_the_model_explain_ade(text: str) -> None:
    assert recognize(text).verb is Verb.EXPLAIN_ADE
