"""The overview card of many tenants: worst first, each row's facts, and an MSP's 300 tenants
within Teams' message size in every language."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bot.catalogs import translator
from bot.core.cards.diagnosis import REPLY_BUDGET
from bot.core.cards.elements import utf16_size
from bot.core.cards.tenants import tenants_card
from bot.core.diagnosis.tenants import TenantHealth, tenant_health, worst_first
from bot.core.i18n.languages import ENGLISH, LANGUAGES, Language
from bot.core.tenant.snapshot import PushCertificate, TenantSnapshot
from bot.core.understanding.verbs import Verb, pressed
from tests.core.card_checks import walk
from tests.gallery import NOW, every_tenant, token, troubled_tenant


def _rows(card: dict[str, object]) -> list[str]:
    """Tenant names in the order the card shows them (each row's drill-in button)."""
    return [
        node["data"]["tenant"]
        for node in walk(card)
        if node.get("type") == "Action.Submit" and node["data"]["action"] == "tenant"
    ]


def _healthy(name: str, days: int = 300) -> TenantHealth:
    cert = PushCertificate(NOW + timedelta(days=days), "push@contoso.com")
    return tenant_health(name, TenantSnapshot((token("h"),), cert, True, ()), NOW)


def test_the_worst_tenant_comes_first_and_healthy_ones_by_nearest_expiry() -> None:
    fleet = worst_first(
        [
            _healthy("Alpha", days=200),
            _healthy("Beta", days=40),
            tenant_health("Gamma", troubled_tenant(), NOW),
            tenant_health("Delta", TenantSnapshot((), None, True, ()), NOW),
        ]
    )
    card = tenants_card(fleet, translator(ENGLISH), NOW)
    assert card["body"][0]["id"] == "tenants"
    # Gamma: errors, 7 problems; Delta: no token, no APNs certificate (an error, 2 problems).
    assert _rows(card) == ["Gamma", "Delta", "Beta", "Alpha"]
    assert "4 tenants, 2 needing attention." in str(card)


def test_a_row_names_the_most_severe_finding_the_count_and_the_next_expiry() -> None:
    card = tenants_card(every_tenant(), translator(ENGLISH), NOW)
    row = card["body"][1]
    facts = {f["title"]: f["value"] for n in walk(row) if n.get("type") == "FactSet"
             for f in n["facts"]}  # fmt: skip
    assert facts["Most severe"] == "1 enrollment program token has expired"
    assert facts["Problems"] == "6"
    # The token expiring in 12 days, before the APNs certificate and VPP token (20 days).
    assert facts["Next expiry"] == "Contoso 02, Dec 4, 2026 (in 12 days)"
    button = pressed(next(n for n in walk(row) if n.get("type") == "Action.Submit")["data"])
    assert button is not None
    assert (button.verb, button.tenant) == (Verb.TENANT, "Contoso Retail")


def test_a_tenant_without_consent_says_which_permission_to_grant() -> None:
    card = tenants_card(every_tenant(), translator(ENGLISH), NOW)
    text = str(card)
    assert "Intune could not be read" in text
    assert "grant the application permission DeviceManagementServiceConfig.Read.All" in text


def _fleet(troubled: int, healthy: int) -> list[TenantHealth]:
    broken = [
        tenant_health(f"Contoso {i:03d} Customer With A Long Name", troubled_tenant(), NOW)
        for i in range(troubled)
    ]
    fine = [_healthy(f"Contoso {i:03d} Healthy Customer") for i in range(healthy)]
    return worst_first(broken + fine)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_300_tenants_fit_teams_as_the_worst_ones_and_n_more_healthy(language: Language) -> None:
    fleet = _fleet(troubled=12, healthy=288)
    card = tenants_card(fleet, translator(language), NOW)
    assert utf16_size(card) <= REPLY_BUDGET
    shown = _rows(card)
    assert 12 < len(shown) < 300
    assert shown == [h.name for h in fleet[: len(shown)]]
    if language is ENGLISH:
        hidden = 300 - len(shown)
        assert card["body"][-1]["text"] == f"…and {hidden} more healthy tenants."


def test_hidden_tenants_that_need_attention_are_counted_as_such() -> None:
    fleet = _fleet(troubled=300, healthy=5)
    card = tenants_card(fleet, translator(ENGLISH), NOW)
    assert utf16_size(card) <= REPLY_BUDGET
    hidden = 305 - len(_rows(card))
    troubled = 300 - len(_rows(card))
    assert card["body"][-1]["text"] == (
        f"…and {hidden} more tenants, {troubled} of them needing attention."
    )


def test_one_tenant_too_big_for_the_budget_is_still_shown() -> None:
    fleet = [replace(_healthy("Contoso Solo"), name="Contoso " + "x" * 50)]
    card = tenants_card(fleet, translator(ENGLISH), NOW, budget=100)
    assert len(_rows(card)) == 1
