"""Round 6's colloquial asks from dev batch 13 (issue 13), each on phrasings no dev batch holds."""

from __future__ import annotations

from bot.core.i18n.evidence import message_language
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


def test_how_to_use_the_bot_for_an_ade_task_is_help_not_a_diagnosis() -> None:
    for text in (
        "how can we use the bot to check why DEP sync fails?",
        "как пользоваться ботом, если токен ADE истёк?",
        "如何使用你检查 ADE 令牌",
        "jak korzystać z bota przy tokenie ADE?",
        "como usar o bot pra ver o token do ADE?",
        "sử dụng bot này như thế nào để kiểm tra token ADE?",
    ):
        assert recognize(text).verb is Verb.HELP, text


def test_using_the_bot_without_asking_how_stays_a_diagnosis() -> None:
    assert recognize("I use this bot daily, why is the ADE token failing?").verb is Verb.DIAGNOSE


def test_a_nudge_before_the_token_runs_out_asks_for_alerts() -> None:
    for text in (
        "give me a shout when the ADE token is close to expiring",
        "свистни, когда токен DEP будет истекать",
        "令牌快到期的时候知会一声",
        "daj mi sygnał, zanim token ADE wygaśnie",
        "me dá um alô quando o token do ADE for vencer",
        "token ADE sắp hết hạn thì báo mình một tiếng nhé",
    ):
        assert recognize(text).verb is Verb.ALERTS_ON, text


def test_a_stop_inside_a_purpose_clause_is_not_alerts_off() -> None:
    for text in (
        "alert me when DEP sync fails so that the helpdesk can stop guessing",
        "ping me whenever the ADE token expires so users stop opening tickets",
    ):
        assert recognize(text).verb is Verb.ALERTS_ON, text
    assert recognize("stop the ADE alerts, so noisy").verb is Verb.ALERTS_OFF


def test_refreshing_the_status_is_a_recheck_not_a_renewal() -> None:
    for text in (
        "refresh the status of the DEP token",
        "обновите статус токена",
        "odśwież status tokenu ADE",
        "atualiza o status do token",
    ):
        assert recognize(text).verb is Verb.RECHECK, text


def test_a_renewal_already_done_and_again_is_a_recheck() -> None:
    for text in (
        "renewed the ADE token, check again please",
        "продлил токен, проверь ещё раз",
        "renovei o token, verifica de novo",
    ):
        assert recognize(text).verb is Verb.RECHECK, text


def test_where_the_token_file_comes_from_is_the_renewal() -> None:
    for text in (
        "where do i download the DEP token file?",
        "skąd pobrać plik tokenu ADE?",
        "onde baixo o arquivo do token do ADE?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_RENEW, text


def test_a_vietnamese_yes_no_question_asking_how_is_no_failure() -> None:
    for text in (
        "Gia hạn token ADE có cần tài khoản quản trị không?",
        "Bạn có thể giải thích cách ADE hoạt động với Intune không?",
    ):
        assert recognize(text).verb in (Verb.EXPLAIN_RENEW, Verb.EXPLAIN_ADE), text


def test_a_language_name_with_please_asks_for_it_beside_a_reason() -> None:
    reading = recognize("Polish please, the Kraków team reads this chat")
    assert (reading.verb, reading.language) == (Verb.LANGUAGE, "pl")


def test_a_refresh_typed_in_latin_letters_is_answered_in_russian() -> None:
    assert message_language("obnovi status tokena") == "ru"
