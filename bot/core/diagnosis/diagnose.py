"""diagnose(snapshot, now) -> findings: one small check per problem, pure.

One root cause, one finding: an expired token gets neither `sync-error` nor `sync-stale`
(Apple refuses every sync with an expired token, so those would only repeat the cause), and a
token with a sync error code does not also get `sync-stale`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.diagnosis.devices import device_subjects
from bot.core.diagnosis.findings import CARD_ORDER, Card, Finding, Severity, Subject, SubjectKind
from bot.core.diagnosis.sync_errors import sync_error_meaning
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    PushCertificate,
    TenantSnapshot,
    VppState,
    VppSyncStatus,
    VppToken,
)

# Dates from the parser are always timezone-aware; unknown dates sort first.
_EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Thresholds:
    # Intune itself warns only 7 days ahead, in the portal; renewing needs an Apple Business
    # or School Manager administrator, who may need weeks of notice.
    token_expiring_days: int = 30
    token_expiring_error_days: int = 7
    # Intune delta-syncs every 12 h; its connector status warns after 1 day, fails after 3.
    sync_stale_hours: int = 24
    sync_stale_error_hours: int = 72
    apns_expiring_days: int = 30
    vpp_expiring_days: int = 30
    # A device whose profile was assigned this long ago and that never contacted Intune is
    # probably in use somewhere without management (or still in its box: the card says so).
    device_never_contacted_days: int = 30


@dataclass(frozen=True, slots=True)
class _Windows:
    """Thresholds as timedeltas, computed once per diagnosis rather than once per token."""

    token_expiring: timedelta
    token_expiring_error: timedelta
    sync_stale: timedelta
    sync_stale_error: timedelta
    apns_expiring: timedelta
    vpp_expiring: timedelta
    device_never_contacted: timedelta

    @classmethod
    def of(cls, limits: Thresholds) -> _Windows:
        return cls(
            timedelta(days=limits.token_expiring_days),
            timedelta(days=limits.token_expiring_error_days),
            timedelta(hours=limits.sync_stale_hours),
            timedelta(hours=limits.sync_stale_error_hours),
            timedelta(days=limits.apns_expiring_days),
            timedelta(days=limits.vpp_expiring_days),
            timedelta(days=limits.device_never_contacted_days),
        )


def diagnose(
    snapshot: TenantSnapshot, now: datetime, thresholds: Thresholds | None = None
) -> list[Finding]:
    """All findings for `snapshot` as of `now` (timezone-aware), most severe first."""
    limits = thresholds or Thresholds()
    grouped: dict[Card, list[tuple[Subject, datetime | None]]] = {}
    for card, subject, when in _subjects(snapshot, now, _Windows.of(limits)):
        grouped.setdefault(card, []).append((subject, when))

    findings = [_group(card, entries) for card, entries in grouped.items()]
    findings.extend(_tenant_findings(snapshot))
    if not any(f.severity.rank >= Severity.WARNING.rank for f in findings):
        findings.append(_all_healthy(snapshot))
    for finding in findings:
        finding.facts.update(_threshold_facts(finding.card, limits))
    return sorted(findings, key=lambda f: (-f.severity.rank, CARD_ORDER[f.card]))


def _subjects(
    snapshot: TenantSnapshot, now: datetime, w: _Windows
) -> Iterator[tuple[Card, Subject, datetime | None]]:
    for token in snapshot.enrollment_tokens or ():
        yield from _check_enrollment_token(token, now, w)
    if snapshot.push_certificate is not None:
        yield from _check_push_certificate(snapshot.push_certificate, now, w)
    for vpp in snapshot.vpp_tokens or ():
        yield from _check_vpp_token(vpp, now, w)
    yield from device_subjects(snapshot, now, w.device_never_contacted)


def _token_subject(
    token: EnrollmentToken, severity: Severity, reasons: tuple[str, ...] = ()
) -> Subject:
    name = token.name or token.id
    return Subject(SubjectKind.ENROLLMENT_TOKEN, token.id, name, severity, token, reasons)


def _check_enrollment_token(
    token: EnrollmentToken, now: datetime, w: _Windows
) -> Iterator[tuple[Card, Subject, datetime | None]]:
    if token.expires is not None and token.expires <= now:
        yield Card.TOKEN_EXPIRED, _token_subject(token, Severity.ERROR), token.expires
        return
    if token.expires is not None and token.expires - now <= w.token_expiring:
        urgent = token.expires - now <= w.token_expiring_error
        severity = Severity.ERROR if urgent else Severity.WARNING
        yield Card.TOKEN_EXPIRING, _token_subject(token, severity), token.expires
    if token.last_sync_error_code:
        meaning = sync_error_meaning(token.last_sync_error_code)
        subject = _token_subject(token, Severity.ERROR, (meaning.key,) if meaning else ())
        yield Card.SYNC_ERROR, subject, token.last_successful_sync
        return
    stale_for = _time_without_sync(token, now)
    if stale_for is not None and stale_for > w.sync_stale:
        severe = stale_for >= w.sync_stale_error
        severity = Severity.ERROR if severe else Severity.WARNING
        yield Card.SYNC_STALE, _token_subject(token, severity), token.last_successful_sync


def _time_without_sync(token: EnrollmentToken, now: datetime) -> timedelta | None:
    """How long the token has gone without a successful sync, or None if that is not known.

    A token that has never synced counts from its upload (Graph's lastModifiedDateTime), so a
    token uploaded an hour ago and still waiting for Apple's first sync is not an error.
    """
    since = token.last_successful_sync or token.last_modified
    return None if since is None else now - since


def _check_push_certificate(
    cert: PushCertificate, now: datetime, w: _Windows
) -> Iterator[tuple[Card, Subject, datetime | None]]:
    if cert.expires is None:
        return
    name = cert.apple_id or cert.topic_id or "Apple MDM push certificate"

    def subject(severity: Severity) -> Subject:
        ident = cert.topic_id or "applePushNotificationCertificate"
        return Subject(SubjectKind.PUSH_CERTIFICATE, ident, name, severity, cert)

    # Apple keeps a 30-day grace period after expiry, but Intune stops enrolling at once.
    if cert.expires <= now:
        yield Card.APNS_EXPIRED, subject(Severity.ERROR), cert.expires
    elif cert.expires - now <= w.apns_expiring:
        yield Card.APNS_EXPIRING, subject(Severity.WARNING), cert.expires


def _check_vpp_token(
    vpp: VppToken, now: datetime, w: _Windows
) -> Iterator[tuple[Card, Subject, datetime | None]]:
    reasons: list[str] = []
    if vpp.state is not VppState.VALID:
        reasons.append("state")
    if vpp.expires is not None and vpp.expires <= now:
        reasons.append("expired")
    elif vpp.expires is not None and vpp.expires - now <= w.vpp_expiring:
        reasons.append("expiring")
    if vpp.last_sync_status is VppSyncStatus.FAILED:
        reasons.append("sync-failed")
    if reasons:
        name = vpp.organization_name or vpp.apple_id or vpp.id
        subject = Subject(
            SubjectKind.VPP_TOKEN, vpp.id, name, Severity.WARNING, vpp, tuple(reasons)
        )
        yield Card.VPP_TOKEN_PROBLEM, subject, vpp.expires


def _group(card: Card, entries: Iterable[tuple[Subject, datetime | None]]) -> Finding:
    def key(entry: tuple[Subject, datetime | None]) -> tuple[int, datetime, str, str]:
        subject, when = entry
        moment = _EARLIEST if when is None else when
        return (-subject.severity.rank, moment, subject.name.casefold(), subject.id)

    subjects = tuple(subject for subject, _ in sorted(entries, key=key))
    severity = max((s.severity for s in subjects), key=lambda s: s.rank)
    return Finding(card, severity, subjects)


def _tenant_findings(snapshot: TenantSnapshot) -> Iterator[Finding]:
    if snapshot.failures:
        yield Finding(Card.TENANT_UNREACHABLE, Severity.ERROR, failures=snapshot.failures)
    if snapshot.enrollment_tokens is not None and not snapshot.enrollment_tokens:
        yield Finding(Card.NO_TOKENS, Severity.WARNING)
    if snapshot.push_certificate_read and snapshot.push_certificate is None:
        # Graph answers 404 when no APNs certificate was ever uploaded: no Apple device
        # can enroll at all, ADE included.
        subject = Subject(
            SubjectKind.PUSH_CERTIFICATE,
            "applePushNotificationCertificate",
            "Apple MDM push certificate",
            Severity.ERROR,
        )
        yield Finding(Card.APNS_MISSING, Severity.ERROR, (subject,))


def _all_healthy(snapshot: TenantSnapshot) -> Finding:
    facts: dict[str, int | str | tuple[str, ...]] = {
        "enrollment_tokens": len(snapshot.enrollment_tokens or ()),
        "vpp_tokens": len(snapshot.vpp_tokens or ()),
        "unread": tuple(str(part) for part in snapshot.unread_parts()),
    }
    return Finding(Card.ALL_HEALTHY, Severity.INFO, facts=facts)


def _threshold_facts(card: Card, limits: Thresholds) -> dict[str, int]:
    return {
        Card.TOKEN_EXPIRING: {"within_days": limits.token_expiring_days},
        Card.SYNC_STALE: {"after_hours": limits.sync_stale_hours},
        Card.APNS_EXPIRING: {"within_days": limits.apns_expiring_days},
        Card.VPP_TOKEN_PROBLEM: {"within_days": limits.vpp_expiring_days},
        Card.DEVICE_NEVER_CONTACTED: {"after_days": limits.device_never_contacted_days},
    }.get(card, {})
