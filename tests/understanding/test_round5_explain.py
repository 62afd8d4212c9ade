# ruff: noqa: RUF001
"""Round 5's explanation frames (issue 13), each on phrasings no dev batch holds."""

from __future__ import annotations

from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


def test_how_to_renew_with_which_apple_id_is_the_renewal_not_the_token_list() -> None:
    for text in (
        "where do I upload the renewed server token, and which Apple ID should I use?",
        "каким образом перевыпустить токен DEP и под какой учёткой Apple ID входить?",
        "jak przedłużyć token ADE i które Apple ID do tego?",
        "DEP令牌如何续订？哪个Apple ID？",
        "como faço pra renovar o token do ADE e com qual Apple ID eu entro?",
        "làm thế nào để gia hạn token ADE, dùng Apple ID nào?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_RENEW, text


def test_the_person_who_created_the_token_left_asks_how_to_replace_it() -> None:
    for text in (
        "the admin who set up our DEP token resigned last month",
        "сотрудник, который создавал токен ADE, уволился",
        "做ADE令牌的管理员辞职了",
        "admin od tokenu ADE zwolnił się w zeszłym tygodniu",
        "o administrador do token DEP pediu demissão",
        "anh quản trị tạo token ADE đã thôi việc",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_RENEW, text


def test_how_ade_works_or_connects_is_an_explanation() -> None:
    for text in (
        "how do ABM and Intune talk to each other for DEP?",
        "как вообще устроена автоматическая регистрация устройств, если коротко",
        "ABM和Intune是如何对接ADE的",
        "w jaki sposób ADE łączy się z Intune?",
        "como o DEP se integra com o Intune na prática?",
        "ADE vận hành như thế nào vậy?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_ADE, text


def test_ade_compared_with_dep_is_an_explanation_even_with_or_not() -> None:
    for text in (
        "is DEP different from ADE or not really?",
        "DEP и ADE это одно и то же или нет?",
        "DEP和ADE一样吗？",
        "ADE khác DEP không?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_ADE, text


def test_a_failure_beside_the_question_keeps_it_a_diagnosis() -> None:
    for text in (
        "the iPads won't enroll, how does ADE work anyway?",
        "айпады не регистрируются, как работает ADE?",
        "iPady się nie rejestrują, jak działa ADE?",
        "ADE thế nào rồi?",
        "как там ADE работает?",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_accounts_and_other_mdms_stay_outside_the_frames() -> None:
    assert recognize("what is a managed apple id in ABM").verb is Verb.NOT_ADE
    assert recognize("how do I add users in ABM").verb is Verb.NOT_ADE
    assert recognize("设备不同步").verb is Verb.DIAGNOSE  # 不同 is not 不一样
