"""The digest card (issue 15): many tenants' new problems in one message, worst first, each
row naming its tenant, within Teams' message size in every language however many broke."""

from __future__ import annotations

import pytest

from bot.catalogs import translator
from bot.core.alerting.digest import digest_card
from bot.core.alerting.fleet import DIGEST_OVER, digest_due
from bot.core.alerting.model import ALL_TENANTS
from bot.core.cards.diagnosis import REPLY_BUDGET
from bot.core.cards.elements import utf16_size
from bot.core.diagnosis.findings import Severity
from bot.core.i18n.languages import ENGLISH, LANGUAGES, Language
from tests.gallery import NOW, digest_items
from tests.storage.conftest import subscription


def _rows(card: dict[str, object]) -> list[str]:
    body = card["body"]  # type: ignore[index]
    return [row["items"][0]["text"] for row in body[1:] if "items" in row]


def test_rows_go_worst_first_each_naming_its_tenant() -> None:
    card = digest_card(digest_items(), translator(ENGLISH), NOW)
    severities = [send.subject.severity.rank for _, send in digest_items()]
    rows = _rows(card)
    assert len(rows) == len(severities)
    ranks = [
        Severity.ERROR.rank if row_color == "Attention" else Severity.WARNING.rank
        for row_color in (r["items"][0]["color"] for r in card["body"][1:])  # type: ignore[index]
    ]
    assert ranks == sorted(ranks, reverse=True)
    assert all(row.split(": ")[0].startswith("Contoso ") for row in rows)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_a_digest_of_a_thousand_problems_fits_teams_and_counts_the_rest(
    language: Language,
) -> None:
    items = [(f"Customer {n:04d}", send) for n in range(50) for _, send in digest_items()]
    card = digest_card(items, translator(language), NOW)
    assert utf16_size(card) <= REPLY_BUDGET
    shown = len(_rows(card))
    assert 0 < shown < len(items)
    more = card["body"][-1]["text"]  # type: ignore[index]
    assert f"{len(items) - shown}" in more.replace("\u00a0", "").replace(" ", "").replace(",", "")


def test_only_a_subscriber_of_all_tenants_with_more_than_the_threshold_gets_a_digest() -> None:
    everyone, contoso = subscription(scope=ALL_TENANTS), subscription(scope="Contoso")
    named = frozenset()
    assert digest_due(DIGEST_OVER + 1, everyone, named)
    assert not digest_due(DIGEST_OVER, everyone, named)
    assert not digest_due(DIGEST_OVER + 10, contoso, named)
    # A webhook the registry routes to chosen tenants follows those alone: no digest.
    routed = subscription("webhook:ops")
    assert not digest_due(DIGEST_OVER + 1, routed, frozenset({"webhook:ops"}))
