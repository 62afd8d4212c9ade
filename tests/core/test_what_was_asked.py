# ruff: noqa: RUF001
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII.)
"""Issue 13, what the admin asked: other platforms, explanations, asking back when unsure, and
the everyday words that collided with keywords."""

from __future__ import annotations

import pytest

from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb

READS_THE_TENANT = {Verb.DIAGNOSE, Verb.RECHECK, Verb.TOKENS}


@pytest.mark.parametrize(
    "text",
    [
        "Windows devices fail to enroll with error 0x80180014",
        "Windows устройства не регистрируются, ошибка 0x80180014",
        "Windows 设备注册失败，错误 0x80180014",
        "urządzenia z Windows nie rejestrują się, błąd 0x80180014",
        "dispositivos Windows não registram, erro 0x80180014",
        "thiết bị Windows không đăng ký được, lỗi 0x80180014",
        "our Managed Google Play token expired",
        "token Android Enterprise wygasł",
        "chromebooks stopped syncing with google admin",
        "autopilot profile not assigned to new laptops, why?",
    ],
)
def test_a_message_about_another_platform_is_not_about_ade(text: str) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


def test_a_windows_error_code_alone_names_another_platform() -> None:
    assert "other:xxhresult" in recognize("enrollment fails with 0x80180014").evidence
    assert recognize("enrollment fails with 0x80180014").verb is Verb.NOT_ADE


@pytest.mark.parametrize(
    "text",
    [
        "how do I add a user in Apple Business Manager?",
        "how do I reset a user's Managed Apple ID password?",
        "как сбросить пароль пользователю?",
        "怎么重置托管 Apple ID 的密码",
        "como adiciono um usuário no Apple Business Manager?",
    ],
)
def test_other_apple_business_manager_tasks_do_not_read_the_tenant(text: str) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


@pytest.mark.parametrize(
    "text", ["dzięki, działa", "valeu, resolveu", "спасибо, заработало", "thanks, that fixed it"]
)
def test_thanks_and_it_works_now_are_small_talk(text: str) -> None:
    assert recognize(text).verb is Verb.UNKNOWN


@pytest.mark.parametrize(
    "text", ["what is ADE?", "что такое ADE?", "ADE 是什么？", "co to jest ADE?", "o que é ADE?",
             "ADE là gì?", "chto takoe ADE"],
)  # fmt: skip
def test_what_is_ade_is_explained_in_every_language(text: str) -> None:
    assert recognize(text).verb is Verb.EXPLAIN_ADE


@pytest.mark.parametrize(
    "text",
    [
        "how do I renew the enrollment program token?",
        "как продлить токен DEP?",
        "怎么续订 DEP 令牌？",
        "jak odnowić token DEP?",
        "como renovar o token DEP?",
        "làm sao để gia hạn token DEP?",
        "the token expires next week, how do I renew it",
    ],
)
def test_how_to_renew_the_token_is_explained_in_every_language(text: str) -> None:
    assert recognize(text).verb is Verb.EXPLAIN_RENEW


def test_a_failure_after_a_renewal_is_still_a_diagnosis() -> None:
    assert recognize("ADE stopped working after I renewed the token").verb is Verb.DIAGNOSE
    assert recognize("o ADE parou de funcionar depois que renovei o token").verb is Verb.DIAGNOSE


def test_an_ade_word_with_nothing_asked_gets_a_question_with_two_readings() -> None:
    intent = recognize("the DEP thingy for the warehouse")
    assert intent.verb is Verb.CLARIFY
    assert intent.choices == (Verb.DIAGNOSE, Verb.HELP)


def test_apple_devices_beside_another_platform_are_conflicting_cues_and_get_a_question() -> None:
    intent = recognize("android and iphone enrollment is failing")
    assert intent.verb is Verb.CLARIFY
    assert intent.choices[0] is Verb.DIAGNOSE


def test_ade_named_beside_another_platform_is_about_ade() -> None:
    assert recognize("Autopilot works, but why is ADE failing?").verb is Verb.DIAGNOSE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("os iPhones não aparecem no Intune", Verb.DIAGNOSE),  # "no" = "in the"
        ("quero alertas no canal", Verb.ALERTS_ON),
        ("para de mandar alerta", Verb.ALERTS_OFF),
        ("wypisz tokeny", Verb.TOKENS),
        ("wypisz mnie z alertów", Verb.ALERTS_OFF),
        ("как сбросить пароль пользователю?", Verb.NOT_ADE),  # not "пользоваться" (help)
        ("как тобой пользоваться?", Verb.HELP),
        ("dừng cảnh báo", Verb.ALERTS_OFF),
        ("dung canh bao", Verb.ALERTS_OFF),
        ("dùng tiếng Việt nhé", Verb.LANGUAGE),
        ("cách dùng bot này", Verb.HELP),
    ],
)
def test_everyday_words_that_collided_with_keywords(text: str, expected: Verb) -> None:
    assert recognize(text).verb is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("токен ДЕП сдох что ли?", Verb.DIAGNOSE),
        ("pochemu ADE ne rabotaet", Verb.DIAGNOSE),
        ("is the dep token dead?", Verb.DIAGNOSE),
        ("báo cho tôi khi token sắp hết hạn", Verb.ALERTS_ON),
        ("tell me when the token is about to expire", Verb.ALERTS_ON),
        ("try again", Verb.RECHECK),
        ("tenta de novo", Verb.RECHECK),
        ("попробуй ещё раз", Verb.RECHECK),
        ("thử lại đi", Verb.RECHECK),
    ],
)
def test_slang_transliteration_and_requests_without_the_keyword(text: str, expected: Verb) -> None:
    assert recognize(text).verb is expected


def test_no_explanation_or_question_reads_the_tenant() -> None:
    for text in ("what is ADE?", "how do I renew the DEP token?", "the DEP thingy", "0x80180014"):
        assert recognize(text).verb not in READS_THE_TENANT
