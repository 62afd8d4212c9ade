# ruff: noqa: RUF001
"""No English left in a translated reply: every card of the gallery, every alert card, every
notice and the text report, read word by word against the words of the English msgids.

A word is English when an English msgid has it and the reply's language does not write it
itself (Polish "problem", Portuguese "status", Vietnamese "to" are theirs too): wordfreq's
tables (bot.core.i18n.word_frequencies) say which words a language writes, and how often.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from babel.messages.pofile import read_po

from bot.catalogs import LOCALES_DIR, translator
from bot.core.cards.report import render_text
from bot.core.cards.tokens import tokens_card
from bot.core.diagnosis.diagnose import diagnose
from bot.core.i18n.languages import LANGUAGES, POLISH, RUSSIAN, VIETNAMESE, Language
from bot.core.i18n.word_frequencies import TABLES
from bot.core.tenant.snapshot import Part, ReadFailure, TenantSnapshot
from tests.core.test_notices import CARDS as NOTICES
from tests.gallery import NOW, every_alert, every_card, troubled_tenant

# Names every language keeps: products, Apple's and Microsoft's own terms ("push-сертификат",
# "certyfikat push"), the bot's name and the Graph permission a card tells the admin to grant.
_PROPER = """intune apple ade dep abm asm apns vpp mdm microsoft teams entra graph learn azure ios
    ipados macos tvos visionos iphone iphones ipad ipads mac macs doctor autopilot android
    windows push devicemanagementserviceconfig read all json usgov"""
PROPER = set(_PROPER.split())
# Apple's names of its programs and portals, which no language translates.
NAMES = re.compile(
    r"Apple (Business|School) Manager|Apple Business|Device Enrollment Program"
    r"|Apple Push Certificates Portal"
)
# Apple Push Certificates Portal exists only in English: the steps quote its field and button.
APPLE_UI = {"renew", "topic"}
# The test tenants' own names (tokens, profiles, VPP organisations): the admin's data.
DATA = {"contoso", "front", "desk", "kiosks", "retail", "schools", "ltd", "hq"}
ALLOWED = PROPER | APPLE_UI | DATA
# Words a language's own Intune and Apple UI use: Microsoft's "token programu rejestracji",
# "fazer upload", Apple's "Apps e Livros", "App 和图书"; and words that are the language's own
# but far more common in English ("administrator" in Polish, "use", "for" and CLDR's "set."
# for setembro in Portuguese).
LOANWORDS = {
    "pl": {"token", "administrator", "bot"},
    "pt": {"token", "tokens", "upload", "apps", "bot", "use", "for", "set"},
    "zh": {"app"},
}
# A word both languages write counts as the reply language's when that language writes it
# at least this often, relative to English (Zipf x 10: 10 is a tenth as often); rarer, it is
# English quoted in that language's web text ("again" in Polish).
_NATIVE_MARGIN = 10
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# An address ends at full-width punctuation too: Chinese puts no space before a bracket.
_NOT_TEXT = re.compile(
    r"\]\([^)]*\)|https?://\S+|[^\s（）：，。；]+@[^\s（）：，。；]+|\*\*[^*]*\*\*"
)


@cache
def _zipf(lang: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for line in TABLES[lang].split("\n"):
        if line:
            value, *words = line.split(" ")
            for word in words:
                table.setdefault(word, int(value))
    return table


@cache
def english_vocabulary() -> frozenset[str]:
    """The words of the English msgids, three letters or more, but for the names above."""
    with (LOCALES_DIR / "messages.pot").open("rb") as pot:
        catalog = read_po(pot)
    words: set[str] = set()
    for message in catalog:
        for msgid in message.id if isinstance(message.id, tuple) else (message.id,):
            text = re.sub(r"\{[^}]*\}", " ", msgid)
            words |= {w.casefold() for w in _WORD.findall(text) if len(w) >= 3}
    return frozenset(words - ALLOWED)


def english_words(text: str, language: Language) -> set[str]:
    """The English words in `text`, written for `language`. Links' targets, addresses and
    the chat commands a card shows in bold (recognised in any language) are not read."""
    primary = language.code.split("-")[0]
    native = _zipf(primary) if primary in TABLES else {}
    english = _zipf("en")
    loanwords = LOANWORDS.get(primary, set())
    found = set()
    for word in _WORD.findall(NAMES.sub(" ", _NOT_TEXT.sub(" ]", text))):
        key = word.casefold()
        if not word.isascii() or key not in english_vocabulary() or key in loanwords:
            continue
        if native.get(key, 0) >= english.get(key, 0) - _NATIVE_MARGIN:
            continue
        found.add(word)
    return found


def shown_strings(node: Any) -> Iterator[str]:
    """Every string of a card an admin reads: texts, facts, button titles, the fallback
    text. A language picker's choices are each language's own name, so they are skipped."""
    if isinstance(node, dict):
        if node.get("type") == "Input.ChoiceSet":
            return
        for key, value in node.items():
            if key in ("text", "title", "value", "fallbackText") and isinstance(value, str):
                yield value
            elif isinstance(value, dict | list):
                yield from shown_strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from shown_strings(item)


def reports(language: Language) -> dict[str, str]:
    t = translator(language)
    failure = ReadFailure(Part.ENROLLMENT_TOKENS, "forbidden", permission="X.Read.All")
    unreachable = diagnose(TenantSnapshot(failures=(failure,)), NOW)
    sources = {
        "demo tenant": diagnose(troubled_tenant(), NOW),
        "snapshot file contoso.json": unreachable,
        "Microsoft Graph, tenant 0000-aaaa (usgov cloud)": diagnose(TenantSnapshot(), NOW),
    }
    return {
        f"report: {source}": render_text(findings, t, NOW, source)
        for source, findings in sources.items()
    }


def every_reply(language: Language) -> Iterator[tuple[str, str]]:
    t = translator(language)
    cards = {**every_card(language), **every_alert(language)}
    cards |= {name: build(t) for name, build in NOTICES.items()}
    cards["tokens-healthy"] = tokens_card(TenantSnapshot(), [], t, NOW)
    for name, card in cards.items():
        for string in shown_strings(card):
            yield name, string
    for name, report in reports(language).items():
        for line in report.splitlines():
            yield name, line


def test_an_english_sentence_left_in_a_translation_is_caught() -> None:
    russian = "Продлите токен в Apple Business. Check again in a few minutes."
    assert english_words(russian, RUSSIAN) == {"Check", "again", "few", "minutes"}
    polish = "Token wygasł. Check again in a few minutes."
    assert english_words(polish, POLISH) == {"Check", "again", "few", "minutes"}
    vietnamese = "Đồng bộ hóa thất bại. Check again in a few minutes."
    assert english_words(vietnamese, VIETNAMESE) == {"Check", "again", "few", "minutes"}


def test_names_links_and_commands_are_not_english_words() -> None:
    line = "Откройте [Intune](https://intune.microsoft.com/#view) под push@contoso.com: **help**"
    assert english_words(line, RUSSIAN) == set()
    assert english_words("Sprawdź problem ze statusem tokenu", POLISH) == set()


@pytest.mark.parametrize("language", LANGUAGES[1:], ids=lambda lang: lang.code)
def test_no_english_word_is_left_in_any_translated_reply(language: Language) -> None:
    left = {
        f"{name}: {string}"
        for name, string in every_reply(language)
        if english_words(string, language)
    }
    assert left == set()


def test_the_check_finds_the_english_replies_words() -> None:
    """The English replies themselves are full of the words the check looks for."""
    found = set().union(*(english_words(s, RUSSIAN) for _, s in every_reply(LANGUAGES[0])))
    assert {"token", "enrollment", "sync", "expired", "devices"} <= {w.casefold() for w in found}
