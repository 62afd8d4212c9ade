from dataclasses import replace
from datetime import timedelta

import pytest

from bot.catalogs import translator
from bot.core.alerting.cards import Stage, alert_card, alert_stage
from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card, Finding
from bot.core.i18n.languages import ENGLISH, LANGUAGES, Language
from bot.core.tenant.snapshot import PushCertificate, TenantSnapshot, VppState, VppToken
from tests.core.card_checks import ROW_PX, button_rows, row_px, texts, validator, walk
from tests.gallery import (
    ALERT_IDS,
    NOW,
    device_findings,
    every_alert,
    token,
    token_id,
    troubled_tenant,
)


def title_of(card: dict[str, object]) -> str:
    return texts(card)[0]


def every_finding() -> list[Finding]:
    """Every finding with subjects: all token problems, APNs expiring, expired and missing,
    VPP tokens expiring, expired and invalid, and every device finding."""
    expired_cert = PushCertificate(NOW - timedelta(days=2), "push@contoso.com", "com.apple.x")
    invalid = VppToken("v", VppState.INVALID, NOW + timedelta(days=200))
    expired = VppToken("w", VppState.VALID, NOW - timedelta(days=1), organization_name="Fabrikam")
    findings = diagnose(troubled_tenant(), NOW)
    snapshot = TenantSnapshot((token(),), expired_cert, True, (invalid, expired))
    findings += diagnose(snapshot, NOW)
    findings += diagnose(TenantSnapshot((token(),), None, True, ()), NOW)
    findings += device_findings().values()
    return [f for f in findings if f.subjects]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_every_alert_card_is_valid_adaptive_card_1_5_with_its_stage_as_id(
    language: Language,
) -> None:
    cards = every_alert(language)
    assert sorted(cards) == sorted(ALERT_IDS)
    for card_id, card in cards.items():
        assert [e.message for e in validator().iter_errors(card)] == [], card_id
        assert card["version"] == "1.5"
        assert card["lang"] == language.code[:2]
        assert card["fallbackText"] == title_of(card)
        assert card["body"][0]["id"] == card_id


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_alert_buttons_snooze_or_acknowledge_the_problem_of_their_token(
    language: Language,
) -> None:
    cards = every_alert(language)
    for card_id, card in cards.items():
        if card_id == "alert-resolved":
            continue
        assert [a["type"] for a in card["actions"]] == ["Action.Execute"] * 2
        for action in card["actions"]:
            assert action["verb"] == action["data"]["action"]
            # Teams clients without Universal Actions post the same data as a message.
            assert action["fallback"]["type"] == "Action.Submit"
            assert action["fallback"]["data"] == action["data"]
        # Opened later, the card asks for its current state with the same data.
        assert card["refresh"]["action"]["verb"] == "alert"
        assert card["refresh"]["action"]["data"] == {
            **card["actions"][0]["data"],
            "action": "alert",
        }
        snooze, ack = (a["data"] for a in card["actions"])
        assert snooze["action"] == "snooze"
        assert ack["action"] == "ack"
        assert snooze["token"] == ack["token"]
        assert snooze["card"] == ack["card"]
        for row in button_rows(card):
            assert row_px(row) <= ROW_PX, (card_id, row)
    failing = dict(cards["alert-sync-failing"]["actions"][0]["data"])
    assert failing.pop("name")  # only for the confirmation's wording
    assert failing == {"action": "snooze", "card": "sync-error", "token": token_id("03")}
    expired = dict(cards["alert-expired"]["actions"][1]["data"])
    assert expired.pop("name")
    assert expired == {"action": "ack", "card": "apns-expired", "token": "com.apple.x"}


def test_an_alert_title_says_the_stage_and_the_facts_and_steps_follow() -> None:
    cards = every_alert(ENGLISH)
    titles = {card_id: title_of(card) for card_id, card in cards.items()}
    assert titles == {
        "alert-expiring": "Enrollment program token Contoso 02 expires in 12 days",
        "alert-expired": "The Apple MDM push certificate has expired",
        "alert-sync-failing": "Enrollment program token Contoso 03 fails to sync with Apple",
        "alert-sync-stale": "Enrollment program token Contoso 05 has not synced recently",
        "alert-needs-attention": "VPP token Contoso Schools needs attention",
        "alert-devices": (
            "2 macOS devices of enrollment program token Contoso HQ iPhones have no enrollment "
            "profile"
        ),
        "alert-resolved": "Resolved: enrollment program token Contoso 01 is healthy again",
    }
    failing = texts(cards["alert-sync-failing"])
    assert "What to do" in failing
    # The steps are this token's: code 3 gets the terms and conditions fix first, in ASM.
    steps = failing[failing.index("What to do") + 1]
    assert steps.startswith("1. Terms and conditions not accepted: an Administrator")
    assert "in Apple School Manager" in steps
    facts = [f["value"] for n in walk(cards["alert-sync-failing"]) for f in n.get("facts", [])]
    assert "sync error code 3: Terms and conditions not accepted" in facts
    buttons = [n for n in walk(cards["alert-sync-failing"]) if n.get("type") == "Action.Execute"]
    assert [n["verb"] for n in buttons] == ["sync", "snooze", "ack", "alert"]  # refresh last


def test_a_resolved_alert_is_green_shows_the_current_facts_and_has_no_buttons() -> None:
    card = every_alert(ENGLISH)["alert-resolved"]
    assert card["body"][0]["style"] == "good"
    assert card["actions"] == []
    assert not [n for n in walk(card) if n.get("type") == "ActionSet"]
    facts = [f["value"] for n in walk(card) for f in n.get("facts", [])]
    assert "Nov 22, 2027 (in 365 days)" in facts
    assert "What to do" not in texts(card)


@pytest.mark.parametrize("language", LANGUAGES[1:], ids=lambda lang: lang.code)
def test_no_english_leaks_into_a_translated_alert(language: Language) -> None:
    english = every_alert(ENGLISH)
    for card_id, card in every_alert(language).items():
        leaked = set(texts(card)) & set(texts(english[card_id]))
        leaked = {s for s in leaked if not s.startswith("Contoso") and "@" not in s}
        assert leaked == set(), card_id
        assert [a["title"] for a in card["actions"]] != [
            a["title"] for a in english[card_id]["actions"]
        ] or card["actions"] == []


@pytest.mark.parametrize("language", LANGUAGES[1:], ids=lambda lang: lang.code)
def test_every_alert_title_of_every_subject_and_stage_is_translated(language: Language) -> None:
    t, en = translator(language), translator(ENGLISH)
    seen = set()
    for finding in every_finding():
        for subject in finding.subjects:
            for resolved in (False, True):
                stage = alert_stage(finding, subject, resolved=resolved)
                seen.add((subject.kind, stage))
                card = alert_card(finding, subject, t, NOW, resolved=resolved)
                english = alert_card(finding, subject, en, NOW, resolved=resolved)
                assert title_of(card) != title_of(english), (finding.card, stage)
                assert "{" not in title_of(card)
    # ADE 5 stages, APNs 4, VPP 4, a token's devices and a profile 2 each
    assert len(seen) == 17


def test_vpp_stages_follow_the_reasons_and_subjectless_findings_have_none() -> None:
    findings = {f.card: f for f in every_finding()}
    vpp = findings[Card.VPP_TOKEN_PROBLEM]
    subject = vpp.subjects[0]
    stages = {
        ("state",): Stage.NEEDS_ATTENTION,
        ("state", "expiring"): Stage.EXPIRING,
        ("expired",): Stage.EXPIRED,
        ("sync-failed",): Stage.NEEDS_ATTENTION,
    }
    for reasons, stage in stages.items():
        assert alert_stage(vpp, replace(subject, reasons=reasons)) is stage
    no_tokens = diagnose(TenantSnapshot((), PushCertificate(NOW + timedelta(days=300)), True), NOW)
    with pytest.raises(KeyError):
        alert_stage(no_tokens[0], subject)
