# ruff: noqa: RUF001
"""Round 7's readings of diagnoses, re-checks and alert switches (issue 13, batch 15), each on
phrasings no dev batch holds."""

from __future__ import annotations

import pytest

from bot.core.i18n.evidence import message_language
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


@pytest.mark.parametrize(
    "text",
    [
        "how many days are left before our DEP token expires?",
        "сколько дней осталось до истечения токена DEP?",
        "ile tygodni zostało, zanim token ABM wygaśnie?",
        "quantas semanas faltam pro token do ABM expirar?",
        "token DEP còn bao nhiêu ngày thì hết hạn vậy?",
        "ABM 令牌还剩几个月到期？",
    ],
)
def test_a_count_of_days_until_expiry_is_a_status_question_not_the_list(text: str) -> None:
    assert recognize(text).verb is Verb.DIAGNOSE, text


@pytest.mark.parametrize(
    "text",
    [
        "the token pane is showing last sync 9 days ago, did the ADE token die?",
        "Intune pokazuje, że token ADE wygasł, to prawda?",
        "o portal tá mostrando que o token ADE venceu, é isso mesmo?",
    ],
)
def test_what_the_portal_shows_beside_a_status_is_a_report_not_a_list_request(text: str) -> None:
    assert recognize(text).verb is Verb.DIAGNOSE, text


def test_the_imperative_show_still_lists_the_tokens() -> None:
    for text in ("show me the expired tokens", "mostra os tokens vencidos", "покажи все токены"):
        assert recognize(text).verb is Verb.TOKENS, text


@pytest.mark.parametrize(
    "text",
    [
        "I need to know whether the ABM token is still active",
        "muszę wiedzieć czy token DEP jest aktywny",
        "quero saber se o token ABM ainda tá ativo",
        "продиагностируй токен DEP",
        "帮看下 ABM 同步什么情况",
        "xem hộ mình token ABM bị gì",
        "what's up with the DEP sync today?",
        "is something blocking the ADE sync?",
    ],
)
def test_plain_requests_to_check_ade_are_diagnosed_not_clarified(text: str) -> None:
    assert recognize(text).verb is Verb.DIAGNOSE, text


@pytest.mark.parametrize(
    "text",
    [
        "please report the current status of the ADE token",
        "сообщите текущий статус токена DEP",
        "cho biết trạng thái hiện tại của token ABM",
    ],
)
def test_the_current_status_asked_with_an_inform_word_is_a_diagnosis(text: str) -> None:
    assert recognize(text).verb is Verb.DIAGNOSE, text


@pytest.mark.parametrize(
    "text",
    [
        "iPad mới reset xong cứ báo lỗi khi cài profile, token ADE có sao không?",
        "Пишу из школы: наши iPad не видят профиль, когда был последний синк ADE?",
        "Máy nhân viên vẫn vào thẳng màn hình chính như máy cá nhân, ABM có vấn đề gì không?",
    ],
)
def test_a_story_whose_words_fold_onto_notify_asks_no_alert(text: str) -> None:
    assert recognize(text).verb is Verb.DIAGNOSE, text


@pytest.mark.parametrize(
    "text",
    [
        "way too many alerts from this bot, kill them",
        "замьють уведомления по DEP, я в командировке",
        "za dużo powiadomień o ADE, wycisz to",
        "alertas demais do DEP, muta isso",
        "đừng spam cảnh báo ABM nữa",
    ],
)
def test_complaints_and_mute_slang_turn_alerts_off(text: str) -> None:
    assert recognize(text).verb is Verb.ALERTS_OFF, text


@pytest.mark.parametrize(
    "text",
    [
        "The DEP token lapsed last spring and no one caught it. Ping me well before it expires.",
        "Можете писать мне, когда токен ABM начнёт истекать?",
        "以后 DEP 同步出错了推给我",
    ],
)
def test_alert_requests_after_a_story_or_in_the_infinitive_turn_alerts_on(text: str) -> None:
    assert recognize(text).verb is Verb.ALERTS_ON, text


@pytest.mark.parametrize(
    "text",
    [
        "swapped the token in Intune, recalculate please",
        "пересчитай, я уже заменил токен",
        "wgrałem nowy token, przelicz ponownie",
        "troquei o token, recalcula aí",
        "mình gia hạn xong rồi, kiểm tra lại giúp",
    ],
)
def test_a_renewal_told_as_done_then_check_again_is_a_recheck(text: str) -> None:
    assert recognize(text).verb is Verb.RECHECK, text


def test_intune_terms_in_english_do_not_outvote_a_portuguese_question() -> None:
    assert message_language("Quantos enrollment program tokens tem no nosso tenant?") == "pt-BR"
    assert message_language("O enrollment profile padrão sumiu do tenant?") == "pt-BR"
    assert message_language("How many enrollment program tokens does the tenant have?") == "en"
