from dataclasses import replace
from datetime import timedelta

import pytest

from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.diagnosis.findings import Card, Finding, Severity, needs_attention
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    Part,
    PushCertificate,
    ReadFailure,
    TenantSnapshot,
    TokenType,
    VppState,
    VppSyncStatus,
    VppToken,
)
from tests.gallery import NOW, token_id
from tests.gallery import token as healthy_token

CERT = PushCertificate(expires=NOW + timedelta(days=200), apple_id="push@contoso.com")


def snapshot(*tokens: EnrollmentToken, **changes: object) -> TenantSnapshot:
    base = TenantSnapshot(
        enrollment_tokens=tokens, push_certificate=CERT, push_certificate_read=True, vpp_tokens=()
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def cards(findings: list[Finding]) -> list[str]:
    return [f.card.value for f in findings]


def only(findings: list[Finding], card: Card) -> Finding:
    (match,) = [f for f in findings if f.card is card]
    return match


def test_a_tenant_with_one_healthy_token_is_all_healthy() -> None:
    findings = diagnose(snapshot(healthy_token()), NOW)
    assert cards(findings) == ["all-healthy"]
    assert not needs_attention(findings)
    assert findings[0].facts["enrollment_tokens"] == 1


def test_a_token_whose_expiry_is_in_the_past_is_expired() -> None:
    token = healthy_token(expires=NOW - timedelta(seconds=1))
    finding = only(diagnose(snapshot(token), NOW), Card.TOKEN_EXPIRED)
    assert finding.severity is Severity.ERROR
    assert [s.id for s in finding.subjects] == [healthy_token().id]


def test_a_token_expiring_this_very_second_counts_as_expired() -> None:
    assert cards(diagnose(snapshot(healthy_token(expires=NOW)), NOW)) == ["token-expired"]


def test_an_expired_token_gets_neither_sync_error_nor_sync_stale() -> None:
    token = healthy_token(
        expires=NOW - timedelta(days=3),
        last_sync_error_code=7,
        last_successful_sync=NOW - timedelta(days=10),
    )
    assert cards(diagnose(snapshot(token), NOW)) == ["token-expired"]


def test_a_token_expiring_in_exactly_30_days_is_a_warning() -> None:
    finding = only(
        diagnose(snapshot(healthy_token(expires=NOW + timedelta(days=30))), NOW),
        Card.TOKEN_EXPIRING,
    )
    assert finding.severity is Severity.WARNING
    assert finding.facts["within_days"] == 30


def test_a_token_expiring_one_second_after_30_days_is_healthy() -> None:
    token = healthy_token(expires=NOW + timedelta(days=30, seconds=1))
    assert cards(diagnose(snapshot(token), NOW)) == ["all-healthy"]


def test_a_token_expiring_within_7_days_is_an_error() -> None:
    token = healthy_token(expires=NOW + timedelta(days=7))
    assert only(diagnose(snapshot(token), NOW), Card.TOKEN_EXPIRING).severity is Severity.ERROR


def test_a_token_expiring_in_8_days_is_a_warning() -> None:
    token = healthy_token(expires=NOW + timedelta(days=8))
    assert only(diagnose(snapshot(token), NOW), Card.TOKEN_EXPIRING).severity is Severity.WARNING


def test_thresholds_can_be_configured() -> None:
    token = healthy_token(expires=NOW + timedelta(days=50))
    limits = Thresholds(token_expiring_days=60)
    finding = only(diagnose(snapshot(token), NOW, limits), Card.TOKEN_EXPIRING)
    assert finding.facts["within_days"] == 60


def test_a_non_zero_sync_error_code_is_a_sync_error_and_not_also_stale() -> None:
    token = healthy_token(last_sync_error_code=3, last_successful_sync=NOW - timedelta(days=5))
    findings = diagnose(snapshot(token), NOW)
    assert cards(findings) == ["sync-error"]
    assert findings[0].subjects[0].reasons == ("terms-not-accepted",)


def test_an_unknown_sync_error_code_is_kept_without_a_guessed_meaning() -> None:
    token = healthy_token(last_sync_error_code=1024)
    subject = only(diagnose(snapshot(token), NOW), Card.SYNC_ERROR).subjects[0]
    assert subject.reasons == ()
    assert isinstance(subject.item, EnrollmentToken)
    assert subject.item.last_sync_error_code == 1024


def test_an_expiring_token_that_also_fails_to_sync_gets_both_findings() -> None:
    token = healthy_token(expires=NOW + timedelta(days=10), last_sync_error_code=5)
    assert cards(diagnose(snapshot(token), NOW)) == ["sync-error", "token-expiring"]


def test_exactly_24_hours_without_sync_is_not_yet_stale() -> None:
    token = healthy_token(last_successful_sync=NOW - timedelta(hours=24))
    assert cards(diagnose(snapshot(token), NOW)) == ["all-healthy"]


def test_just_over_24_hours_without_sync_is_a_stale_warning() -> None:
    token = healthy_token(last_successful_sync=NOW - timedelta(hours=24, seconds=1))
    finding = only(diagnose(snapshot(token), NOW), Card.SYNC_STALE)
    assert finding.severity is Severity.WARNING


def test_72_hours_without_sync_is_a_stale_error() -> None:
    token = healthy_token(last_successful_sync=NOW - timedelta(hours=72))
    assert only(diagnose(snapshot(token), NOW), Card.SYNC_STALE).severity is Severity.ERROR


def test_a_token_uploaded_an_hour_ago_that_never_synced_is_not_an_error() -> None:
    token = healthy_token(last_successful_sync=None, last_modified=NOW - timedelta(hours=1))
    assert cards(diagnose(snapshot(token), NOW)) == ["all-healthy"]


def test_a_token_uploaded_days_ago_that_never_synced_is_stale() -> None:
    token = healthy_token(last_successful_sync=None, last_modified=NOW - timedelta(days=4))
    assert only(diagnose(snapshot(token), NOW), Card.SYNC_STALE).severity is Severity.ERROR


def test_a_token_with_no_dates_at_all_raises_no_finding() -> None:
    token = EnrollmentToken(id="bare")
    assert cards(diagnose(snapshot(token), NOW)) == ["all-healthy"]


def test_a_tenant_without_tokens_gets_no_tokens() -> None:
    findings = diagnose(snapshot(), NOW)
    assert cards(findings) == ["no-tokens"]
    assert findings[0].severity is Severity.WARNING


def test_tokens_that_were_not_read_are_not_reported_as_missing() -> None:
    findings = diagnose(snapshot(enrollment_tokens=None), NOW)
    assert cards(findings) == ["all-healthy"]
    # A snapshot without the device keys did not read devices either (issue 14).
    assert findings[0].facts["unread"] == (
        "depOnboardingSettings",
        "importedAppleDeviceIdentities",
        "enrollmentProfiles",
    )


def test_a_missing_push_certificate_is_an_error() -> None:
    findings = diagnose(snapshot(healthy_token(), push_certificate=None), NOW)
    assert cards(findings) == ["apns-missing"]
    assert findings[0].severity is Severity.ERROR


def test_an_unread_push_certificate_is_not_reported_missing() -> None:
    state = snapshot(healthy_token(), push_certificate=None, push_certificate_read=False)
    assert cards(diagnose(state, NOW)) == ["all-healthy"]


@pytest.mark.parametrize(
    ("days", "expected"),
    [(-1, "apns-expired"), (0, "apns-expired"), (30, "apns-expiring"), (31, "all-healthy")],
)
def test_the_push_certificate_expiry_boundaries(days: int, expected: str) -> None:
    cert = PushCertificate(expires=NOW + timedelta(days=days))
    assert cards(diagnose(snapshot(healthy_token(), push_certificate=cert), NOW)) == [expected]


@pytest.mark.parametrize(
    ("vpp", "reasons"),
    [
        (VppToken("v", VppState.EXPIRED, NOW + timedelta(days=90)), ("state",)),
        (VppToken("v", VppState.ASSIGNED_TO_EXTERNAL_MDM, NOW + timedelta(days=90)), ("state",)),
        (VppToken("v", VppState.VALID, NOW + timedelta(days=30)), ("expiring",)),
        (VppToken("v", VppState.VALID, NOW - timedelta(days=1)), ("expired",)),
        (
            VppToken("v", VppState.VALID, NOW + timedelta(days=90), VppSyncStatus.FAILED),
            ("sync-failed",),
        ),
        (VppToken("v", VppState.INVALID, NOW + timedelta(days=3)), ("state", "expiring")),
    ],
)
def test_vpp_token_problems_are_warnings_with_reasons(
    vpp: VppToken, reasons: tuple[str, ...]
) -> None:
    finding = only(
        diagnose(snapshot(healthy_token(), vpp_tokens=(vpp,)), NOW), Card.VPP_TOKEN_PROBLEM
    )
    assert finding.severity is Severity.WARNING
    assert finding.subjects[0].reasons == reasons


def test_a_valid_vpp_token_far_from_expiry_is_healthy() -> None:
    vpp = VppToken("v", VppState.VALID, NOW + timedelta(days=31), VppSyncStatus.COMPLETED)
    assert cards(diagnose(snapshot(healthy_token(), vpp_tokens=(vpp,)), NOW)) == ["all-healthy"]


def test_findings_of_one_card_are_grouped_and_ordered_by_urgency() -> None:
    tokens = [
        healthy_token("late", expires=NOW + timedelta(days=25)),
        healthy_token("soon", expires=NOW + timedelta(days=3)),
        healthy_token("mid", expires=NOW + timedelta(days=15)),
    ]
    finding = only(diagnose(snapshot(*tokens), NOW), Card.TOKEN_EXPIRING)
    assert [s.id for s in finding.subjects] == [token_id(i) for i in ("soon", "mid", "late")]
    assert finding.severity is Severity.ERROR
    assert [s.severity for s in finding.subjects] == [
        Severity.ERROR,
        Severity.WARNING,
        Severity.WARNING,
    ]


def test_duplicate_token_names_stay_separate_subjects_ordered_by_id() -> None:
    expired = NOW - timedelta(days=1)
    tokens = [healthy_token(i, name="Same", expires=expired) for i in ("b", "a", "c")]
    finding = only(diagnose(snapshot(*tokens), NOW), Card.TOKEN_EXPIRED)
    assert [s.id for s in finding.subjects] == [token_id(i) for i in ("a", "b", "c")]
    assert {s.name for s in finding.subjects} == {"Same"}


def test_school_and_business_tokens_are_diagnosed_alike_and_keep_their_type() -> None:
    expired = NOW - timedelta(days=1)
    tokens = [
        healthy_token("abm", expires=expired),
        healthy_token("asm", expires=expired, token_type=TokenType.APPLE_SCHOOL),
    ]
    finding = only(diagnose(snapshot(*tokens), NOW), Card.TOKEN_EXPIRED)
    types = {
        s.id: s.item.token_type for s in finding.subjects if isinstance(s.item, EnrollmentToken)
    }
    assert types == {
        token_id("abm"): TokenType.APPLE_BUSINESS,
        token_id("asm"): TokenType.APPLE_SCHOOL,
    }


def test_findings_are_ordered_most_severe_first_with_deterministic_ties() -> None:
    state = snapshot(
        healthy_token("a", expires=NOW + timedelta(days=20)),
        healthy_token("b", last_sync_error_code=9),
        healthy_token("c", expires=NOW - timedelta(days=2)),
        healthy_token("d", last_successful_sync=NOW - timedelta(hours=30)),
        push_certificate=PushCertificate(expires=NOW + timedelta(days=10)),
    )
    assert cards(diagnose(state, NOW)) == [
        "token-expired",
        "sync-error",
        "token-expiring",
        "sync-stale",
        "apns-expiring",
    ]
    assert cards(diagnose(state, NOW)) == cards(diagnose(replace(state), NOW))


def test_a_read_failure_becomes_tenant_unreachable() -> None:
    failure = ReadFailure(Part.ENROLLMENT_TOKENS, "forbidden", permission="X.Read.All")
    findings = diagnose(snapshot(enrollment_tokens=None, failures=(failure,)), NOW)
    assert cards(findings) == ["tenant-unreachable"]
    assert findings[0].failures == (failure,)


def test_dates_with_offsets_compare_as_instants() -> None:
    from datetime import timezone

    pacific = timezone(timedelta(hours=-8))
    token = healthy_token(expires=(NOW + timedelta(minutes=1)).astimezone(pacific))
    assert cards(diagnose(snapshot(token), NOW)) == ["token-expiring"]
