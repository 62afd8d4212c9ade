"""Many tenants at a glance: each tenant's diagnosis reduced to what an MSP engineer triages
by (its most severe finding, how many problems, the next Apple expiry), and the order
"worst tenant first" that `check`, the overview card and the digests share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.diagnosis.findings import CARD_ORDER, Card, Finding, Severity, SubjectKind
from bot.core.tenant.snapshot import TenantSnapshot


@dataclass(frozen=True, slots=True)
class Expiry:
    """The next Apple date a tenant must act on: an ADE token, the APNs certificate or a VPP
    token. Each lasts one year and each lapses silently for the customer."""

    kind: SubjectKind
    name: str
    expires: datetime


@dataclass(frozen=True, slots=True)
class TenantHealth:
    """One tenant's diagnosis; `findings` most severe first, as `diagnose` returns them."""

    name: str
    findings: tuple[Finding, ...]
    next_expiry: Expiry | None = None

    @property
    def worst(self) -> Finding:
        return self.findings[0]

    @property
    def severity(self) -> Severity:
        return self.worst.severity

    # Findings at warning or above (the all-healthy card is not a problem); counted once,
    # since sorting and drawing 1,000 tenants asks for it several times per tenant.
    problems: int = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        count = sum(1 for f in self.findings if f.severity.rank >= Severity.WARNING.rank)
        object.__setattr__(self, "problems", count)

    @property
    def unreachable(self) -> bool:
        return any(f.card is Card.TENANT_UNREACHABLE for f in self.findings)


def tenant_health(
    name: str, snapshot: TenantSnapshot, now: datetime, thresholds: Thresholds | None = None
) -> TenantHealth:
    findings = diagnose(snapshot, now, thresholds)
    return TenantHealth(name, tuple(findings), next_expiry(snapshot, now))


def next_expiry(snapshot: TenantSnapshot, now: datetime) -> Expiry | None:
    """The earliest expiry still ahead; one already past is the tenant's finding instead."""
    dates: list[Expiry] = [
        Expiry(SubjectKind.ENROLLMENT_TOKEN, token.name or token.id, token.expires)
        for token in snapshot.enrollment_tokens or ()
        if token.expires is not None
    ]
    cert = snapshot.push_certificate
    if cert is not None and cert.expires is not None:
        name = cert.apple_id or cert.topic_id or "Apple MDM push certificate"
        dates.append(Expiry(SubjectKind.PUSH_CERTIFICATE, name, cert.expires))
    dates += [
        Expiry(SubjectKind.VPP_TOKEN, vpp.organization_name or vpp.apple_id or vpp.id, vpp.expires)
        for vpp in snapshot.vpp_tokens or ()
        if vpp.expires is not None
    ]
    ahead = [d for d in dates if d.expires > now]
    return min(ahead, key=lambda d: (d.expires, d.name.casefold()), default=None)


def _sort_key(health: TenantHealth) -> tuple[int, int, int, bool, float, str]:
    expiry = health.next_expiry.expires if health.next_expiry else None
    return (
        -health.severity.rank,
        -health.problems,
        CARD_ORDER[health.worst.card],
        # No expiry known (nothing read) sorts after every date.
        expiry is None,
        expiry.timestamp() if expiry else 0.0,
        health.name.casefold(),
    )


def worst_first(healths: Iterable[TenantHealth]) -> list[TenantHealth]:
    """Most severe finding first; then more problems; then the more urgent kind of problem;
    then the nearer expiry; then the name, so the order is stable between scans."""
    return sorted(healths, key=_sort_key)


def needs_attention_any(healths: Iterable[TenantHealth]) -> bool:
    """`check` exits 1 when any tenant has a finding at warning or above."""
    return any(h.problems for h in healths)
