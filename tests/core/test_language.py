import dataclasses

import pytest

from bot.core.i18n.languages import (
    CHINESE,
    ENGLISH,
    LANGUAGES,
    POLISH,
    PORTUGUESE,
    RUSSIAN,
    VIETNAMESE,
    Language,
    by_code,
    detect,
    negotiate,
    reply_language,
)


def code(language: Language | None) -> str | None:
    return language.code if language else None


# --- the six languages ---------------------------------------------------------------------


def test_english_comes_first_then_the_five_translations_in_a_fixed_order() -> None:
    assert [lang.code for lang in LANGUAGES] == ["en", "ru", "zh-Hans", "pl", "pt-BR", "vi"]
    assert LANGUAGES[0] is ENGLISH


def test_each_language_names_itself_for_babel_gettext_learn_and_a_picker() -> None:
    assert [(lang.babel, lang.catalog, lang.learn, lang.native_name) for lang in LANGUAGES] == [
        ("en", "en", "en-us", "English"),
        ("ru", "ru", "ru-ru", "Русский"),
        ("zh_Hans_CN", "zh_Hans", "zh-cn", "简体中文"),
        ("pl", "pl", "pl-pl", "Polski"),
        ("pt_BR", "pt_BR", "pt-br", "Português (Brasil)"),
        ("vi", "vi", "vi-vn", "Tiếng Việt"),
    ]


def test_every_babel_id_is_a_locale_babel_knows() -> None:
    from babel import Locale

    for lang in LANGUAGES:
        assert Locale.parse(lang.babel).language == lang.code[:2]


def test_a_language_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ENGLISH.code = "de"  # type: ignore[misc]


# --- negotiate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("RU_ru", "ru"),
        ("zh", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh-cn", "zh-Hans"),
        ("zh-Hans", "zh-Hans"),
        ("zh-Hans-CN", "zh-Hans"),
        ("zh_Hans_CN", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("pt", "pt-BR"),
        ("pt-BR", "pt-BR"),
        ("pt-PT", "pt-BR"),
        ("pt_br", "pt-BR"),
        ("pl", "pl"),
        ("pl-PL", "pl"),
        ("vi", "vi"),
        ("vi-VN", "vi"),
        ("en", "en"),
        ("en-US", "en"),
        ("en-GB", "en"),
        ("en-IN", "en"),
        ("en-001", "en"),
        (" en-us ", "en"),
        ("ru_RU.UTF-8", "ru"),
    ],
)
def test_a_teams_locale_in_any_case_or_separator_maps_to_our_language(
    tag: str, expected: str
) -> None:
    assert code(negotiate(tag)) == expected


@pytest.mark.parametrize(
    "tag", ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh_hant_hk", "zh-Hant-CN"]
)
def test_traditional_chinese_is_not_served_simplified(tag: str) -> None:
    assert negotiate(tag) is None


@pytest.mark.parametrize(
    "tag", ["de-DE", "ja-JP", "fr", "es-419", "uk-UA", "", "   ", None, "xx_!!", "en--US", "-"]
)
def test_a_locale_we_do_not_ship_or_cannot_read_negotiates_to_none(tag: str | None) -> None:
    assert negotiate(tag) is None


def test_negotiate_never_raises_even_on_a_non_string() -> None:
    assert negotiate(42) is None  # type: ignore[arg-type]


# --- by_code -------------------------------------------------------------------------------


def test_every_language_is_found_by_each_of_its_own_ids() -> None:
    for lang in LANGUAGES:
        for ident in (lang.code, lang.babel, lang.catalog, lang.learn):
            assert by_code(ident) is lang


def test_by_code_also_takes_any_tag_negotiate_accepts() -> None:
    assert by_code("pt-PT") is PORTUGUESE
    assert by_code("ZH-sg") is CHINESE
    assert by_code("en-AU") is ENGLISH


def test_by_code_returns_none_for_a_language_we_do_not_ship() -> None:
    assert by_code("de") is None
    assert by_code("zh-TW") is None
    assert by_code("") is None


# --- detect: product words and markup are no evidence ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ADE",
        "ADE?",
        "DEP token",
        "ADE DEP ABM ASM VPP MDM APNs tokens!!!",
        "Intune Apple iPhone iPad Mac macOS iOS iPadOS Teams Microsoft Graph sync OK",
        "<at>ADE Doctor</at>",
        "<at>ADE Doctor</at> ADE?",
        "https://intune.microsoft.com/#view/Microsoft_Intune_Enrollment ADE",
        "ade@contoso.com 7f3a9c21-0b4e 2026-11-22 14:05",
        "",
        "   ",
        None,
        "?!…",
    ],
)
def test_a_message_with_only_product_words_markup_or_numbers_has_no_language(
    text: str | None,
) -> None:
    assert detect(text) is None


# --- detect: each of our languages ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "why is ADE failing?",
        "Why is my DEP token expired??",
        "show token status",
        "help",
        "Language",
        "alert me",
        "stop alerts",
        "sync now",
        "recheck",
        "ADE sync doesn't work",
        "my iPads are not enrolling, what's wrong with the ADE token",
        "<at>ADE Doctor</at> list tokens please",
    ],
)
def test_an_english_question_is_detected_as_english(text: str) -> None:
    assert detect(text) is ENGLISH


@pytest.mark.parametrize(
    "text",
    [
        "<at>ADE Doctor</at> почему не работает ADE?",
        "почему не работает ADE?",
        "показать статус токена",
        "помощь",
        "язык",
        "мой токен ADE истёк, что делать?",
        "Почему ADE sync не работает? Status: failing",
    ],
)
def test_a_russian_question_is_detected_as_russian(text: str) -> None:
    assert detect(text) is RUSSIAN


@pytest.mark.parametrize(
    "text",
    ["为什么ADE同步失败\uff1f", "显示令牌状态", "帮助", "<at>ADE Doctor</at> 语言", "提醒我"],
)
def test_a_simplified_chinese_question_is_detected_as_chinese(text: str) -> None:
    assert detect(text) is CHINESE


@pytest.mark.parametrize(
    "text",
    [
        "dlaczego ADE nie działa?",
        "Dlaczego ADE nie dziala",
        "czy mój token wygasł?",
        "czy moj token wygasl",
        "pokaż status tokenów",
        "pokaz status tokenow",
        "pomoc",
        "jezyk",
        "synchronizuj teraz",
        "sprawdz ponownie",
        "powiadom mnie",
        "wyłącz alerty",
        "Błąd",
    ],
)
def test_a_polish_question_with_or_without_diacritics_is_detected_as_polish(text: str) -> None:
    assert detect(text) is POLISH


@pytest.mark.parametrize(
    "text",
    [
        "por que o ADE está falhando?",
        "por que o ADE esta falhando",
        "Por que a sincronização do token DEP falhou?",
        "erro de sincronizacao",
        "mostrar status do token",
        "ajuda",
        "me avise",
        "parar alertas",
        "sincronizar agora",
        "verificar novamente",
        "não funciona",
        "nao funciona o ADE",
        "Ação necessária",
    ],
)
def test_a_portuguese_question_with_or_without_accents_is_detected_as_brazilian(
    text: str,
) -> None:
    assert detect(text) is PORTUGUESE


@pytest.mark.parametrize(
    "text",
    [
        "tại sao ADE bị lỗi?",
        "tai sao ADE bi loi",
        "Tại sao token ADE không đồng bộ được?",
        "dong bo ngay",
        "giup",
        "khong dong bo duoc",
        "ngôn ngữ",
        "trạng thái token",
        "kiểm tra lại",
        "ở đâu",
        "Cảm ơn",
    ],
)
def test_a_vietnamese_question_with_or_without_tones_is_detected_as_vietnamese(
    text: str,
) -> None:
    assert detect(text) is VIETNAMESE


def test_letters_vietnamese_shares_with_portuguese_count_as_vietnamese_in_vietnamese() -> None:
    assert detect("không có gì, mã lỗi là gì?") is VIETNAMESE


def test_detection_tolerates_case_punctuation_and_decomposed_accents() -> None:
    assert detect("DLACZEGO ADE NIE DZIAŁA?!") is POLISH
    assert detect("...why???   is ADE,,, FAILING") is ENGLISH
    assert detect("ta\u0323i sao ADE bi\u0323 lo\u0302\u0303i") is VIETNAMESE  # NFD from a Mac
    full_width = "\uff21\uff24\uff25 \uff48\uff45\uff4c\uff50"  # "ADE help" from an IME
    assert detect(full_width) is ENGLISH


# --- detect: not clearly one of ours ---------------------------------------------------------


def test_a_message_mixing_cyrillic_and_chinese_has_no_clear_language() -> None:
    assert detect("hello привет 你好") is None


def test_cyrillic_beside_english_is_russian_as_a_russian_pasting_an_english_error_writes() -> None:
    assert detect("hello привет") is RUSSIAN
    assert detect("вот ошибка: Sync failed: the token has expired") is RUSSIAN


def test_a_word_several_of_our_languages_share_is_not_evidence_of_one() -> None:
    assert detect("status") is None
    assert detect("lista") is None


@pytest.mark.parametrize(
    "text",
    [
        "чому не працює ADE?",  # Ukrainian
        "Зашто ADE не ради? Ђорђе",  # Serbian
        "ADEトークンの同期が失敗しました",  # Japanese: kanji with kana
        "ADE 토큰 동기화 실패",  # Korean
        "Warum funktioniert ADE nicht?",
        "Pourquoi le jeton ADE ne fonctionne pas ?",
        "¿Por qué falla el token ADE?",
        "por que no funciona el token",  # unaccented Spanish is not passed off as Portuguese
        "Γιατί αποτυγχάνει το ADE;",
        "لماذا يفشل ADE",
    ],
)
def test_a_message_in_a_language_we_do_not_ship_has_no_language(text: str) -> None:
    assert detect(text) is None


def test_ukrainian_looking_letters_next_to_russian_only_letters_are_still_russian() -> None:
    assert detect("ошибка синхронизации ADE, вы видите? \u0456") is RUSSIAN


def test_detect_never_raises_on_odd_input() -> None:
    for text in [
        "<at>",
        "</at>",
        "&amp;&nbsp;",
        "'''",
        "a'b'c",
        "\u0301\u0301",
        "\U0001d538\U0001d53b\U0001d53c",
        "\x00",
    ]:
        detect(text)
    assert detect(12) is None  # type: ignore[arg-type]


# --- resolve -------------------------------------------------------------------------------


def test_an_explicit_choice_beats_the_message_and_the_locale() -> None:
    assert (
        reply_language(chosen="vi", text="почему не работает ADE?", locales=["pl-PL"]) is VIETNAMESE
    )
    assert reply_language(chosen="zh_Hans", text="help") is CHINESE
    assert reply_language(chosen="pt-PT") is PORTUGUESE


def test_a_russian_question_from_an_english_teams_client_is_answered_in_russian() -> None:
    assert reply_language(text="почему не работает ADE?", locales=["en-US"]) is RUSSIAN


def test_an_english_question_from_a_polish_teams_client_is_answered_in_english() -> None:
    assert reply_language(text="why is ADE failing?", locales=["pl-PL", "pl-PL"]) is ENGLISH


def test_a_message_without_language_evidence_is_answered_in_the_teams_locale() -> None:
    assert reply_language(text="ADE", locales=["pl-PL"]) is POLISH
    assert reply_language(text="<at>ADE Doctor</at> DEP token", locales=["vi-VN"]) is VIETNAMESE
    assert reply_language(text="hello привет 你好", locales=["zh-CN"]) is CHINESE


def test_the_first_supported_locale_wins_in_the_order_the_caller_gives() -> None:
    assert reply_language(locales=["ru-RU", "pt-BR"]) is RUSSIAN
    assert reply_language(locales=[None, "de-DE", "zh-TW", "pt-BR", "ru-RU"]) is PORTUGUESE


def test_unsupported_locales_fall_back_to_the_default_then_to_english() -> None:
    assert reply_language(text="ADE", locales=["de-DE", "ja-JP"], default="pl") is POLISH
    assert reply_language(text="ADE", locales=["de-DE", "ja-JP"]) is ENGLISH
    assert reply_language(locales=["de-DE"], default="fr-FR") is ENGLISH
    assert reply_language() is ENGLISH


def test_an_unsupported_choice_falls_through_instead_of_raising() -> None:
    assert reply_language(chosen="de", text="dlaczego ADE nie działa?") is POLISH
    assert reply_language(chosen="xx_!!", locales=["vi-VN"]) is VIETNAMESE
    assert reply_language(chosen="", default="") is ENGLISH


def test_a_single_locale_string_passed_as_locales_is_not_split_into_letters() -> None:
    assert reply_language(locales="ru-RU") is RUSSIAN
