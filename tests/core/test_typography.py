# ruff: noqa: RUF001
"""Each language's typography from CLDR: quotation marks, lists with "and", language names
in running text, sentences joined without a space in Chinese; and the English source's
tense and number, which translations cannot fix on their own."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.catalogs import translator
from bot.core.cards import notices
from bot.core.cards.chat import help_card
from bot.core.cards.diagnosis import finding_card
from bot.core.cards.facts import subject_facts
from bot.core.cards.report import render_text, source_name
from bot.core.cards.tokens import tokens_card
from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card, Finding
from bot.core.i18n.languages import (
    CHINESE,
    ENGLISH,
    LANGUAGES,
    POLISH,
    PORTUGUESE,
    RUSSIAN,
    VIETNAMESE,
    Language,
)
from bot.core.tenant.snapshot import Part, PushCertificate, ReadFailure, TenantSnapshot
from tests.core.card_checks import texts, walk
from tests.gallery import NOW, every_card, token, troubled_tenant

QUOTES = {
    ENGLISH: "“”",
    RUSSIAN: "«»",
    CHINESE: "“”",
    POLISH: "„”",
    PORTUGUESE: "“”",
    VIETNAMESE: "“”",
}


def _finding(snapshot: TenantSnapshot, card: Card) -> Finding:
    return next(f for f in diagnose(snapshot, NOW) if f.card is card)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_the_quoted_article_uses_the_languages_own_quotation_marks(language: Language) -> None:
    t = translator(language)
    assert t.quote("x") == f"{QUOTES[language][0]}x{QUOTES[language][1]}"
    quoted = [s for s in texts(every_card(language)["sync-error"]) if s.startswith(t.quote("")[0])]
    assert len(quoted) == 1
    assert quoted[0].endswith(QUOTES[language][1])


def test_chinese_sentences_are_joined_without_a_space() -> None:
    card = every_card(CHINESE)["sync-error"]
    strings = texts(card)
    assert not [s for s in strings if "。 " in s or "： " in s]
    assert translator(CHINESE).sentences("一。", "二。") == "一。二。"
    assert translator(RUSSIAN).sentences("Один.", "Два.") == "Один. Два."


@pytest.mark.parametrize(
    ("language", "name"),
    [
        (ENGLISH, "English"),
        (RUSSIAN, "русский"),
        (CHINESE, "简体中文"),
        (POLISH, "polski"),
        (PORTUGUESE, "português"),
        (VIETNAMESE, "tiếng Việt"),
    ],
    ids=lambda value: getattr(value, "code", ""),
)
def test_a_language_is_named_in_running_text_the_way_the_sentence_needs(
    language: Language, name: str
) -> None:
    title = texts(notices.language_set(translator(language), language))[0]
    assert name in title
    if language is CHINESE:
        assert f" {name}" not in title
        assert f"{name} " not in title


def test_the_language_picker_keeps_the_menu_form_of_each_name() -> None:
    card = help_card(translator(RUSSIAN))
    pickers = [n for n in walk(card) if n.get("type") == "Input.ChoiceSet"]
    titles = [choice["title"] for choice in pickers[0]["choices"]]
    assert titles == [lang.native_name for lang in LANGUAGES]
    assert "Русский" in titles


@pytest.mark.parametrize(
    ("language", "joined"),
    [
        (ENGLISH, "Contoso 01, Contoso 11, and Contoso 21"),
        (RUSSIAN, "Contoso 01, Contoso 11 и Contoso 21"),
        (CHINESE, "Contoso 01、Contoso 11和Contoso 21"),
    ],
    ids=lambda value: getattr(value, "code", ""),
)
def test_a_cards_fallback_lists_its_subjects_with_and(language: Language, joined: str) -> None:
    finding = _finding(troubled_tenant(3), Card.TOKEN_EXPIRED)
    card = finding_card(finding, translator(language), NOW)
    assert card["fallbackText"].endswith(joined)


def test_a_cards_fallback_counts_the_subjects_it_leaves_out() -> None:
    finding = _finding(troubled_tenant(12), Card.TOKEN_EXPIRED)
    card = finding_card(finding, translator(POLISH), NOW, max_subjects=3)
    assert card["fallbackText"].endswith(": Contoso 01, Contoso 101, Contoso 11 i 9 innych")


@pytest.mark.parametrize(
    ("language", "future", "past"),
    [
        (ENGLISH, "Expires", "Expired"),
        # The reviewers' labels (issue 17): a noun for a date to come, a verb for one gone.
        (POLISH, "Data wygaśnięcia", "Wygasł"),
        (PORTUGUESE, "Data de expiração", "Expirou"),
    ],
    ids=lambda value: getattr(value, "code", ""),
)
def test_an_expiry_date_in_the_past_is_labelled_expired(
    language: Language, future: str, past: str
) -> None:
    t = translator(language)
    expired = _finding(troubled_tenant(), Card.TOKEN_EXPIRED).subjects[0]
    expiring = _finding(troubled_tenant(), Card.TOKEN_EXPIRING).subjects[0]
    assert past in dict(subject_facts(t, expired, NOW))
    assert future in dict(subject_facts(t, expiring, NOW))
    old = PushCertificate(NOW - timedelta(days=2), "push@contoso.com")
    apns = _finding(TenantSnapshot((token("h"),), old, True, ()), Card.APNS_EXPIRED)
    assert past in dict(subject_facts(t, apns.subjects[0], NOW))


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        (ENGLISH, "1 item listed. 1 needs attention."),
        (PORTUGUESE, "1 item listado. Destes, 1 requer atenção."),
        (RUSSIAN, "В списке 1 объект. 1 из них требует внимания."),
    ],
    ids=lambda value: getattr(value, "code", ""),
)
def test_the_tokens_card_counts_with_each_numbers_own_plural(
    language: Language, summary: str
) -> None:
    snapshot = TenantSnapshot((token("1", expires=NOW - timedelta(days=1)),), None, True, ())
    card = tokens_card(snapshot, diagnose(snapshot, NOW), translator(language), NOW)
    assert texts(card)[1] == summary


def test_the_text_report_is_translated_header_source_and_failures_included() -> None:
    t = translator(RUSSIAN)
    failure = ReadFailure(Part.ENROLLMENT_TOKENS, "forbidden", permission="X.Read.All")
    unreachable = diagnose(TenantSnapshot(failures=(failure,)), NOW)
    demo = render_text(diagnose(troubled_tenant(), NOW), t, NOW, "demo tenant")
    assert demo.startswith("ADE Doctor: демонстрационный клиент, ")
    report = render_text(unreachable, t, NOW, "snapshot file contoso.json")
    assert report.startswith("ADE Doctor: файл снимка contoso.json, ")
    assert "X.Read.All" in report
    assert "forbidden" not in report
    graph = render_text([], t, NOW, "Microsoft Graph, tenant 0000 (usgov cloud)")
    assert graph.startswith("ADE Doctor: Microsoft Graph, клиент 0000 (облако usgov), ")
    assert render_text([], t, NOW, "a source added later").startswith(
        "ADE Doctor: a source added later, "
    )


def test_a_chinese_text_report_uses_full_width_colons_semicolons_and_brackets() -> None:
    report = render_text(diagnose(troubled_tenant(), NOW), translator(CHINESE), NOW, "demo tenant")
    lines = report.splitlines()
    assert lines[2].startswith("\u3010")
    assert "\u3011 " not in lines[2]
    facts = next(line for line in lines if line.startswith("  - "))
    assert "\uff1a" in facts
    assert "\uff1b" in facts
    assert "; " not in facts
    assert ": " not in facts.split("@")[0]


@pytest.mark.parametrize(
    "description",
    [
        "demo tenant",
        "snapshot file contoso.json",
        "Microsoft Graph, tenant 4c4f5e6a-0000-4000-8000-00000000c0de (usgov cloud)",
        "Contoso (Microsoft Graph, tenant contoso.onmicrosoft.com)",
        "Fabrikam (snapshot file Fabrikam.json)",
    ],
)
def test_every_source_description_the_edges_write_is_translated_in_the_report_header(
    description: str,
) -> None:
    assert source_name(translator(RUSSIAN), description) != description
