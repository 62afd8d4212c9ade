"""What the diagnosis found: findings grouped by card, each naming the subjects it concerns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bot.core.tenant.devices import DevicePlatform, EnrollmentProfile
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    PushCertificate,
    ReadFailure,
    TokenType,
    VppToken,
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse, for sorting most severe first."""
        return _RANKS[self.value]


# Read for every finding of every tenant when 1,000 tenants are sorted worst first.
_RANKS = {"error": 2, "warning": 1, "info": 0}


class Card(StrEnum):
    """Stable card ids: the Adaptive Card builders, tests and alert ledger key on them."""

    TENANT_UNREACHABLE = "tenant-unreachable"
    TOKEN_EXPIRED = "token-expired"
    SYNC_ERROR = "sync-error"
    APNS_MISSING = "apns-missing"
    APNS_EXPIRED = "apns-expired"
    DEVICE_ENROLLMENT_FAILED = "device-enrollment-failed"
    COMPANY_PORTAL_VPP_INVALID = "company-portal-vpp-invalid"
    TOKEN_EXPIRING = "token-expiring"
    SYNC_STALE = "sync-stale"
    APNS_EXPIRING = "apns-expiring"
    DEVICE_NO_PROFILE = "device-no-profile"
    DEFAULT_PROFILE_MISSING = "default-profile-missing"
    VPP_TOKEN_PROBLEM = "vpp-token-problem"
    DEVICE_NEVER_CONTACTED = "device-never-contacted"
    NO_TOKENS = "no-tokens"
    ALL_HEALTHY = "all-healthy"


# Tie-break between findings of equal severity: declaration order above, which puts the
# causes that stop enrollment outright before the ones that will stop it later.
CARD_ORDER: dict[Card, int] = {card: index for index, card in enumerate(Card)}


class SubjectKind(StrEnum):
    ENROLLMENT_TOKEN = "ade-token"
    PUSH_CERTIFICATE = "apns-certificate"
    VPP_TOKEN = "vpp-token"
    # The devices of one ADE token that share a problem (id: the token's id).
    DEVICES = "ade-devices"
    ENROLLMENT_PROFILE = "enrollment-profile"


SubjectItem = EnrollmentToken | PushCertificate | VppToken | EnrollmentProfile


@dataclass(frozen=True, slots=True)
class DeviceGroup:
    """The devices of one token that share a problem: how many, the first few serial numbers
    (sorted), their platform when they share one, and the date that starts the problem's
    episode for alerts (the earliest device's, so it stays put while more devices join)."""

    token: EnrollmentToken
    count: int
    serials: tuple[str, ...]
    platform: DevicePlatform | None = None
    since: datetime | None = None
    read_at: datetime | None = None  # when the device data was read from Graph
    vpp: VppToken | None = None  # company-portal-vpp-invalid: the profile's VPP token


@dataclass(frozen=True, slots=True)
class Subject:
    """One token or certificate a finding concerns, with the snapshot record behind it.

    `reasons` says what exactly is wrong where a card covers several problems (VPP tokens:
    "state", "expired", "expiring", "sync-failed").
    """

    kind: SubjectKind
    id: str
    name: str
    severity: Severity
    item: SubjectItem | None = None
    reasons: tuple[str, ...] = ()
    devices: DeviceGroup | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    card: Card
    severity: Severity
    subjects: tuple[Subject, ...] = ()
    # Card-level facts: thresholds used, counts for the all-healthy card, unread parts.
    facts: dict[str, int | str | tuple[str, ...]] = field(default_factory=dict)
    failures: tuple[ReadFailure, ...] = ()


def token_types(finding: Finding) -> set[TokenType]:
    """Which Apple portals (Business, School) issued the ADE tokens of a finding."""
    kinds = {s.item.token_type for s in finding.subjects if isinstance(s.item, EnrollmentToken)}
    return kinds | {s.devices.token.token_type for s in finding.subjects if s.devices}


def needs_attention(findings: list[Finding]) -> bool:
    """True when any finding is at warning or above (`check` then exits 1)."""
    return any(f.severity.rank >= Severity.WARNING.rank for f in findings)
