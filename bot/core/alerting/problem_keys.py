"""The problems one diagnosis shows, as proactive alerts see them: a key that names each
problem across scans, and the stage of its ladder the problem has reached.

Problem keys (`LedgerEntry.problem`), `family:subject-kind:subject-id[:episode]`:

    expiry:ade-token:<token id>:<expiry date>          token-expiring, token-expired
    expiry:apns-certificate:<topic id>:<expiry date>   apns-expiring, apns-expired
    expiry:vpp-token:<token id>:<expiry date>          vpp-token-problem (expiring, expired)
    sync-error:ade-token:<token id>:<since>            sync-error
    sync-stale:ade-token:<token id>:<since>            sync-stale
    apns-missing:apns-certificate:applePushNotificationCertificate      apns-missing
    <card>:ade-devices:<token id>:[<platform>.]<since>  device-no-profile,
                                  device-enrollment-failed, device-never-contacted
    default-profile-missing:ade-devices:<token id>:<platform>          default-profile-missing
    company-portal-vpp-invalid:enrollment-profile:<profile id>:<VPP expiry date or VPP token id>

The episode makes a recurrence a new problem, since every (subscriber, problem, stage) is sent
once: `<expiry date>` is the expiry's calendar date in UTC (`2026-12-01`), so a renewal (Apple
extends by a year) starts a new ladder; `<since>` is the token's last successful sync in UTC,
ISO 8601 basic format (`20261122T063000Z`; the upload time when it never synced, `never` when
neither is known): it stays put while sync is broken and moves when sync recovers, so the
next breakage is a new problem. The device problems of a token are one problem per card (and
platform, where the card has one); their `<since>` is the UTC date (`20260901`) of the earliest
device concerned (created for no profile and failed enrollments, profile assigned for never
contacted; `never` when none has one): it stays put while more devices join and moves when the
devices concerned are fixed and others fail later. The subject id may contain ":"; the
episode never does.

Stages (`LedgerEntry.stage`): `30d`, `14d`, `7d`, `3d`, `1d` (that many days or fewer before
expiry, from the configurable ladder), `expired` (the first 24 h after expiry), `expired+<N>d`
(N whole days after expiry, one a day while it stays expired), and `started`, the one stage of
sync-error, sync-stale, apns-missing and the device problems. Not alerted: tenant-unreachable
(it makes a part unknown instead), no-tokens (no subject to name), and the VPP token problems
that are not about its expiry (state, sync failed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from bot.core.diagnosis.findings import Card, SubjectKind

DEFAULT_LADDER = (30, 14, 7, 3, 1)
EXPIRED = "expired"
STARTED = "started"
APNS_ID = "applePushNotificationCertificate"  # diagnose's id for a certificate without a topic
_DAY = timedelta(days=1)


class Family(StrEnum):
    EXPIRY = "expiry"
    SYNC_ERROR = "sync-error"
    SYNC_STALE = "sync-stale"
    APNS_MISSING = "apns-missing"
    # Device-level problems: one family per finding card.
    DEVICE_NO_PROFILE = "device-no-profile"
    DEFAULT_PROFILE_MISSING = "default-profile-missing"
    DEVICE_ENROLLMENT_FAILED = "device-enrollment-failed"
    DEVICE_NEVER_CONTACTED = "device-never-contacted"
    COMPANY_PORTAL_VPP_INVALID = "company-portal-vpp-invalid"


# What an alert card's button ({"card": ...}) refers to, and the card a resolved alert uses.
CARD_PROBLEM: dict[Card, tuple[Family, SubjectKind]] = {
    Card.TOKEN_EXPIRING: (Family.EXPIRY, SubjectKind.ENROLLMENT_TOKEN),
    Card.TOKEN_EXPIRED: (Family.EXPIRY, SubjectKind.ENROLLMENT_TOKEN),
    Card.APNS_EXPIRING: (Family.EXPIRY, SubjectKind.PUSH_CERTIFICATE),
    Card.APNS_EXPIRED: (Family.EXPIRY, SubjectKind.PUSH_CERTIFICATE),
    Card.VPP_TOKEN_PROBLEM: (Family.EXPIRY, SubjectKind.VPP_TOKEN),
    Card.SYNC_ERROR: (Family.SYNC_ERROR, SubjectKind.ENROLLMENT_TOKEN),
    Card.SYNC_STALE: (Family.SYNC_STALE, SubjectKind.ENROLLMENT_TOKEN),
    Card.APNS_MISSING: (Family.APNS_MISSING, SubjectKind.PUSH_CERTIFICATE),
    Card.DEVICE_NO_PROFILE: (Family.DEVICE_NO_PROFILE, SubjectKind.DEVICES),
    Card.DEFAULT_PROFILE_MISSING: (Family.DEFAULT_PROFILE_MISSING, SubjectKind.DEVICES),
    Card.DEVICE_ENROLLMENT_FAILED: (Family.DEVICE_ENROLLMENT_FAILED, SubjectKind.DEVICES),
    Card.DEVICE_NEVER_CONTACTED: (Family.DEVICE_NEVER_CONTACTED, SubjectKind.DEVICES),
    Card.COMPANY_PORTAL_VPP_INVALID: (
        Family.COMPANY_PORTAL_VPP_INVALID,
        SubjectKind.ENROLLMENT_PROFILE,
    ),
}
_FAMILIES = frozenset(family.value for family in Family)
_KINDS = frozenset(kind.value for kind in SubjectKind)


@dataclass(frozen=True, slots=True)
class ProblemKey:
    family: Family
    kind: SubjectKind
    subject_id: str
    episode: str | None = None

    def __str__(self) -> str:
        head = f"{self.family}:{self.kind}:{self.subject_id}"
        return head if self.episode is None else f"{head}:{self.episode}"

    @staticmethod
    def parse(key: str) -> ProblemKey | None:
        """The parts of a key, or None for a key this version does not write."""
        head = key.split(":", 2)
        if len(head) != 3 or head[0] not in _FAMILIES or head[1] not in _KINDS:
            return None
        family, kind, rest = Family(head[0]), SubjectKind(head[1]), head[2]
        if family is Family.APNS_MISSING:
            return ProblemKey(family, kind, rest)
        subject_id, colon, episode = rest.rpartition(":")
        return ProblemKey(family, kind, subject_id, episode) if colon else None


def ladder_of(days: Iterable[int]) -> tuple[int, ...]:
    """A ladder of days before expiry, latest step last: (30, 14, 7, 3, 1)."""
    steps = tuple(sorted(set(days), reverse=True))
    if not steps or steps[-1] < 1:
        raise ValueError(f"an expiry ladder needs whole days of 1 or more, got {days!r}")
    return steps


def expiry_stage(
    expires: datetime, now: datetime, ladder: tuple[int, ...] = DEFAULT_LADDER
) -> str | None:
    """The latest ladder step reached at `now`; None before the first one.

    >>> from datetime import UTC
    >>> d = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    >>> [expiry_stage(d, d - timedelta(days=n)) for n in (31, 30, 10, 0, -3)]
    [None, '30d', '14d', 'expired', 'expired+3d']
    """
    left = expires - now
    if left > timedelta(0):
        reached = [days for days in ladder if left <= days * _DAY]
        return f"{min(reached)}d" if reached else None
    # Intune stops syncing the moment an ADE token expires: remind once a day until renewed.
    days = (now - expires) // _DAY
    return EXPIRED if days == 0 else f"{EXPIRED}+{days}d"


@lru_cache(maxsize=1024)
def stage_rank(stage: str) -> int | None:
    """Order of stages along a ladder (later is higher); None for a stage this version does not
    write. `started` ranks like `expired`: it is only ever compared within its own problem."""
    if stage in (EXPIRED, STARTED):
        return 0
    if stage.startswith(f"{EXPIRED}+") and stage.endswith("d"):
        days = stage[len(EXPIRED) + 1 : -1]
        return int(days) if days.isdigit() else None
    if stage.endswith("d") and stage[:-1].isdigit():
        return -int(stage[:-1])
    return None
