import copy
import re
from typing import Any

import pytest

from bot.catalogs import all_translations, translator
from bot.core.cards.diagnosis import REPLY_BUDGET, diagnosis_reply, finding_card
from bot.core.cards.elements import utf16_size
from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card
from bot.core.i18n.languages import ENGLISH, LANGUAGES, Language
from bot.core.i18n.translator import Translator
from tests.core.card_checks import (
    ACTIONS,
    LEARN,
    MAX_CARD_BUTTONS,
    ROW_PX,
    button_rows,
    row_px,
    texts,
    validator,
    walk,
)
from tests.gallery import CARD_IDS, NOW, every_card, troubled_tenant

MARKDOWN_LINK = re.compile(r"\]\((https://[^)]+)\)")


def steps_of(card: dict[str, Any]) -> str:
    """The numbered list under the "What to do" heading."""
    blocks = texts(card)
    return blocks[blocks.index("What to do") + 1]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_every_card_in_every_language_is_valid_adaptive_card_1_5(language: Language) -> None:
    cards = every_card(language)
    assert sorted(cards) == sorted(CARD_IDS)
    for card_id, card in cards.items():
        errors = [e.message for e in validator().iter_errors(card)]
        assert errors == [], card_id
        assert card["version"] == "1.5"
        assert card["lang"] == language.code[:2]
        assert card["fallbackText"]
        first = card["body"][0]
        assert first["type"] == "Container"
        assert first["id"] == card_id


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_submit_buttons_carry_known_actions_and_learn_links_use_the_language(
    language: Language,
) -> None:
    for card in every_card(language).values():
        for node in walk(card):
            if node.get("type") in ("Action.Submit", "Action.Execute"):
                assert node["data"]["action"] in ACTIONS
            if node.get("type") == "Action.Execute" and "title" in node:  # not a refresh
                assert node["verb"] == node["data"]["action"]
                assert node["fallback"] == {
                    "type": "Action.Submit",
                    "title": node["title"],
                    "data": node["data"],
                }
            if node.get("id") == "language":
                assert node["value"] == language.code
            if node.get("type") == "Action.OpenUrl" and "learn.microsoft.com" in node["url"]:
                assert LEARN.match(node["url"]).group(1) == language.learn  # type: ignore[union-attr]
        for block in texts(card):
            for url in MARKDOWN_LINK.findall(block):
                if "learn.microsoft.com" in url:
                    assert LEARN.match(url).group(1) == language.learn  # type: ignore[union-attr]


def test_sync_buttons_name_their_token() -> None:
    card = every_card(ENGLISH)["sync-error"]
    syncs = [n["data"] for n in walk(card) if n.get("verb") == "sync"]
    assert len(syncs) == 2
    assert all(d["token"].startswith("00000000-0000-4000-8000-") for d in syncs)


@pytest.mark.parametrize("language", LANGUAGES[1:], ids=lambda lang: lang.code)
def test_no_english_leaks_into_a_translated_card(language: Language) -> None:
    english = every_card(ENGLISH)
    for card_id, card in every_card(language).items():
        leaked = set(texts(card)) & set(texts(english[card_id]))
        # Token names and Apple IDs are the same in every language.
        leaked = {s for s in leaked if not s.startswith("Contoso") and "@" not in s}
        assert leaked == set(), card_id


def test_the_sync_error_card_carries_the_article_and_fixes_known_codes_first() -> None:
    card = every_card(ENGLISH)["sync-error"]
    body = "\n".join(texts(card))
    assert "We have detected that you have one or more ADE/DEP Tokens" in body
    assert "Devices may not complete ADE enrollment successfully" in body
    assert "One of the most common causes of sync error is expiration" in body
    assert "troubleshoot-ios-enrollment-errors#sync-token-errors-between-intune-and-ade)" in body
    assert "resolutions-when-syncing" not in body
    facts = [f["value"] for n in walk(card) for f in n.get("facts", [])]
    assert "sync error code 3: Terms and conditions not accepted" in facts
    assert "sync error code 1024" in facts
    steps = steps_of(card)
    assert steps.startswith("1. Terms and conditions not accepted: an Administrator")
    assert "Access denied" in steps
    assert "Expired or invalid token" in steps


def test_an_unknown_code_alone_gets_the_common_fixes_in_their_usual_order() -> None:
    snapshot = troubled_tenant()
    only_unknown = next(f for f in diagnose(snapshot, NOW) if f.card is Card.SYNC_ERROR)
    subjects = tuple(s for s in only_unknown.subjects if not s.reasons)
    finding = type(only_unknown)(only_unknown.card, only_unknown.severity, subjects)
    steps = steps_of(finding_card(finding, translator(ENGLISH), NOW))
    assert steps.startswith("1. Open the token in Intune")


def test_cards_name_apple_business_or_school_manager_by_token_type() -> None:
    cards = every_card(ENGLISH)
    expired = "\n".join(texts(cards["token-expired"]))
    assert "Apple Business (formerly Apple Business Manager)" in expired
    assert "Apple School Manager" not in expired
    facts = [f["value"] for n in walk(cards["sync-error"]) for f in n.get("facts", [])]
    assert "Apple School Manager" in facts


def test_the_expiry_fact_shows_the_date_and_days_in_the_users_language() -> None:
    russian = next(lang for lang in LANGUAGES if lang.code == "ru")
    card = every_card(russian)["token-expiring"]
    values = [f["value"] for n in walk(card) for f in n.get("facts", [])]
    assert "4 дек. 2026\u202fг. (через 12 дней)" in values  # noqa: RUF001


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_a_2000_token_reply_stays_under_25_kb_and_says_how_many_more(language: Language) -> None:
    findings = diagnose(troubled_tenant(count=400), NOW)
    assert sum(len(f.subjects) for f in findings) >= 2000
    cards = diagnosis_reply(findings, translator(language), NOW)
    assert [c["body"][0]["id"] for c in cards] == [f.card.value for f in findings]
    assert utf16_size(cards) <= REPLY_BUDGET
    expired = cards[0]
    listed = len([n for n in walk(expired) if n.get("type") == "FactSet"])
    assert 1 <= listed <= 10
    more = translator(language).ngettext("…and {count} more.", "…and {count} more.", 400 - listed)
    assert more.format(count=400 - listed) in texts(expired)
    # The most severe card keeps its steps.
    assert len(texts(expired)) > 2 + listed


def test_the_utf16_size_counts_cjk_and_cyrillic_as_two_bytes() -> None:
    assert utf16_size("ab") == 8  # "ab" with quotes: 4 code units
    assert utf16_size("日本") == 8
    assert utf16_size("😀") == 8  # a surrogate pair


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_every_row_of_buttons_fits_480_px_so_no_title_is_cut_short(language: Language) -> None:
    for card_id, card in every_card(language).items():
        assert len(card["actions"]) <= MAX_CARD_BUTTONS, card_id
        for row in button_rows(card):
            assert row_px(row) <= ROW_PX, (card_id, row)


def test_the_width_estimate_flags_the_rows_the_renderer_cut_short() -> None:
    # Rows of the earlier layout that tests/render showed truncated ("Otwó…", "Провер…").
    polish = ["Otwórz Intune", "Otwórz Apple Business", "Przewodnik w Microsoft Learn"]
    assert row_px([*polish, "Sprawdź ponownie"]) > ROW_PX
    assert row_px(["Проверить сейчас", "Оповещать меня", "Отключить оповещения"]) > ROW_PX
    assert (
        row_px(["打开 Intune", "打开 Apple Business", "Microsoft Learn 指南", "重新检查"]) > ROW_PX
    )
    # ...and passes one that rendered whole.
    assert row_px(["Check now", "Alert me", "Microsoft Learn guide"]) <= ROW_PX


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_finding_cards_link_intune_apple_and_learn_in_the_body_and_buttons_act(
    language: Language,
) -> None:
    cards = every_card(language)
    for card_id in CARD_IDS[: CARD_IDS.index("welcome")]:  # the finding cards
        card = cards[card_id]
        urls = [url for block in texts(card) for url in MARKDOWN_LINK.findall(block)]
        assert any(LEARN.match(url) for url in urls), card_id
        assert {a["type"] for a in card["actions"]} == {"Action.Execute"}, card_id
    expired = [u for b in texts(cards["token-expired"]) for u in MARKDOWN_LINK.findall(b)]
    assert "https://business.apple.com/" in expired
    assert any(url.startswith("https://intune.microsoft.com/") for url in expired)
    mixed = "\n".join(texts(cards["sync-error"]))
    assert "https://business.apple.com/" in mixed
    assert "https://school.apple.com/" in mixed


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_the_reply_is_the_largest_that_fits_its_budget_to_the_byte(language: Language) -> None:
    t = translator(language)
    for count in (1, 4):
        findings = diagnose(troubled_tenant(count=count), NOW)
        shortest = diagnosis_reply(findings, t, NOW, 0)
        for budget in range(4000, 64000, 6000):
            reply = diagnosis_reply(findings, t, NOW, budget)
            size = utf16_size(reply)
            if reply == shortest:
                continue
            assert size <= budget
            # Sizes are added up from pieces, not measured: exact to the byte, or one of
            # these would choose another reply.
            assert diagnosis_reply(findings, t, NOW, size) == reply
            assert diagnosis_reply(findings, t, NOW, size - 1) != reply


def test_kept_parts_equal_fresh_ones_and_changing_a_reply_does_not_change_the_next() -> None:
    polish = next(lang for lang in LANGUAGES if lang.code == "pl")
    findings = diagnose(troubled_tenant(count=2), NOW)
    kept = translator(polish)
    first = diagnosis_reply(findings, kept, NOW)
    pristine = copy.deepcopy(first)
    for node in walk(first):
        node.clear()
    assert diagnosis_reply(findings, kept, NOW) == pristine
    new = Translator(polish, all_translations()["pl"])
    assert diagnosis_reply(findings, new, NOW) == pristine
