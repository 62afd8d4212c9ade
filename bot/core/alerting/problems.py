"""The problems one diagnosis shows, as proactive alerts see them (`find_problems`): each with
its key and the stage of its ladder it has reached (keys and stages: `problem_keys`), and
whether a problem alerted earlier is known to have gone away (`ProblemSet.is_gone`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.core.alerting.problem_keys import (
    APNS_ID,
    CARD_PROBLEM,
    DEFAULT_LADDER,
    STARTED,
    Family,
    ProblemKey,
    expiry_stage,
)
from bot.core.diagnosis.devices import push_broken, token_fails
from bot.core.diagnosis.findings import Card, Finding, Severity, Subject, SubjectKind
from bot.core.tenant.devices import EnrollmentProfile
from bot.core.tenant.snapshot import EnrollmentToken, Part, PushCertificate, TenantSnapshot

_RESOLVED_CARD = {problem: card for card, problem in reversed(CARD_PROBLEM.items())}
_PART_KIND = {
    Part.ENROLLMENT_TOKENS: SubjectKind.ENROLLMENT_TOKEN,
    Part.PUSH_CERTIFICATE: SubjectKind.PUSH_CERTIFICATE,
    Part.VPP_TOKENS: SubjectKind.VPP_TOKEN,
    # Read per ADE token as well: a token missing from the map was not read (_devices_gone).
    Part.DEVICES: SubjectKind.DEVICES,
    Part.PROFILES: SubjectKind.ENROLLMENT_PROFILE,
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem of one subject now; `stage` is None while no ladder step is reached yet
    (diagnose warns earlier than the ladder starts): present, but nothing to announce."""

    key: str
    family: Family
    stage: str | None
    finding: Finding
    subject: Subject


@dataclass(frozen=True, slots=True)
class ProblemSet:
    """The problems of one tenant at `now`, shared by every subscription of that tenant."""

    now: datetime
    problems: Mapping[str, Problem]  # most severe first, as diagnose orders findings
    unknown: frozenset[SubjectKind]  # Graph refused the part, or the snapshot left it out
    snapshot: TenantSnapshot
    expired_tokens: frozenset[str]
    sync_since: Mapping[str, str]  # ADE token id -> episode of its present sync problem
    # Memo of is_gone: every subscriber of the tenant asks about the same few problems.
    gone: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def is_gone(self, key: str) -> bool:
        """True when the problem is known to have gone away: its part was read, it is not
        present, and no present problem hides it."""
        gone = self.gone.get(key)
        if gone is None:
            gone = self.gone[key] = self._is_gone(key)
        return gone

    def _is_gone(self, key: str) -> bool:
        if key in self.problems:
            return False
        parsed = ProblemKey.parse(key)
        if parsed is None or parsed.kind in self.unknown:
            return False
        if parsed.kind is SubjectKind.DEVICES:
            return self._devices_gone(parsed)
        if parsed.kind is SubjectKind.ENROLLMENT_PROFILE:
            return self._profile_gone(parsed)
        if parsed.family in (Family.SYNC_ERROR, Family.SYNC_STALE):
            # Apple refuses every sync with an expired token, and diagnose then reports only
            # the expiry; a stale token that starts failing (or the reverse) is one breakage.
            if parsed.subject_id in self.expired_tokens:
                return False
            return self.sync_since.get(parsed.subject_id) != parsed.episode
        return True

    def _devices_gone(self, key: ProblemKey) -> bool:
        """A token's device problem is gone only when this scan diagnosed that token's devices
        (and profiles, for the profile problems) and nothing present hides the problem."""
        snapshot, token_id = self.snapshot, key.subject_id
        if snapshot.enrollment_tokens is None or SubjectKind.ENROLLMENT_TOKEN in self.unknown:
            return False
        token = next((t for t in snapshot.enrollment_tokens if t.id == token_id), None)
        if token is None:
            return True  # the token was deleted from Intune, and its devices with it
        if token_fails(token, self.now) or token_id not in (snapshot.devices or {}):
            return False  # an expired or failing token explains its devices; or not read
        if key.family is Family.DEVICE_ENROLLMENT_FAILED:
            return not push_broken(snapshot, self.now)
        if key.family in (Family.DEVICE_NO_PROFILE, Family.DEFAULT_PROFILE_MISSING):
            if token_id not in (snapshot.profiles or {}):
                return False
            # Devices without a profile and no default: the missing default, told as such.
            platform = (key.episode or "").partition(".")[0]
            return not any(
                p.family is Family.DEVICE_NO_PROFILE
                and p.subject.id == token_id
                and p.subject.reasons == (platform,)
                for p in self.problems.values()
            )
        return True

    def _profile_gone(self, key: ProblemKey) -> bool:
        """A profile's Company Portal problem is gone only when the profiles and VPP tokens
        were read and its token's profiles were diagnosed (or the profile was deleted)."""
        snapshot = self.snapshot
        if snapshot.enrollment_tokens is None or snapshot.vpp_tokens is None:
            return False
        profiles = snapshot.profiles or {}
        tokens = {t.id: t for t in snapshot.enrollment_tokens}
        for token_id, of_token in profiles.items():
            if any(p.id == key.subject_id for p in of_token):
                token = tokens.get(token_id)
                return token is None or not token_fails(token, self.now)
        # Deleted, unless it may sit with a token whose profiles were not read.
        return all(ident in profiles for ident in tokens)

    def resolved(self, key: str) -> tuple[Finding, Subject]:
        """What a "resolved" alert card shows: the subject's current record, or only its id
        when it is gone from Intune (a token deleted rather than renewed)."""
        parsed = ProblemKey.parse(key)
        if parsed is None:
            raise ValueError(f"not a problem key: {key!r}")
        subject = _current(self.snapshot, parsed.kind, parsed.subject_id)
        card = _RESOLVED_CARD[parsed.family, parsed.kind]
        return Finding(card, Severity.INFO, (subject,)), subject


def find_problems(
    snapshot: TenantSnapshot,
    findings: Iterable[Finding],
    now: datetime,
    ladder: tuple[int, ...] = DEFAULT_LADDER,
) -> ProblemSet:
    """The alertable problems of `diagnose(snapshot, now)`'s findings."""
    problems: dict[str, Problem] = {}
    for finding in findings:
        for subject in finding.subjects:
            problem = _problem(finding, subject, now, ladder)
            if problem is not None:
                problems.setdefault(problem.key, problem)
    failed = {failure.part for failure in snapshot.failures}
    unknown = frozenset(_PART_KIND[part] for part in failed.union(snapshot.unread_parts()))
    expired = frozenset(
        p.subject.id for p in problems.values() if p.finding.card is Card.TOKEN_EXPIRED
    )
    since = {
        p.subject.id: _since(p.subject.item)
        for p in problems.values()
        if p.family in (Family.SYNC_ERROR, Family.SYNC_STALE)
        and isinstance(p.subject.item, EnrollmentToken)
    }
    return ProblemSet(now, problems, unknown, snapshot, expired, since)


def _problem(
    finding: Finding, subject: Subject, now: datetime, ladder: tuple[int, ...]
) -> Problem | None:
    family_kind = CARD_PROBLEM.get(finding.card)
    if family_kind is None:
        return None
    family, kind = family_kind
    item = subject.item
    if family is Family.EXPIRY:
        if finding.card is Card.VPP_TOKEN_PROBLEM and not {"expired", "expiring"}.intersection(
            subject.reasons
        ):
            return None
        expires = getattr(item, "expires", None)
        if not isinstance(expires, datetime):
            return None
        key = ProblemKey(family, kind, subject.id, expires.astimezone(UTC).date().isoformat())
        stage = expiry_stage(expires, now, ladder)
    elif family is Family.APNS_MISSING:
        key, stage = ProblemKey(family, kind, subject.id), STARTED
    elif subject.devices is not None:
        key, stage = ProblemKey(family, kind, subject.id, _device_episode(family, subject)), STARTED
    else:
        if not isinstance(item, EnrollmentToken):
            return None
        key, stage = ProblemKey(family, kind, subject.id, _since(item)), STARTED
    return Problem(str(key), family, stage, finding, subject)


def _device_episode(family: Family, subject: Subject) -> str:
    group = subject.devices
    assert group is not None
    if family is Family.COMPANY_PORTAL_VPP_INVALID:
        # A renewed VPP token (new expiry) is a new episode; a deleted one keeps its id.
        if group.vpp is not None and group.vpp.expires is not None:
            return f"{group.vpp.expires.astimezone(UTC):%Y%m%d}"
        profile = subject.item
        vpp_id = (
            profile.company_portal_vpp_token_id if isinstance(profile, EnrollmentProfile) else None
        )
        return (vpp_id or "unknown").replace(":", "-")
    if family is Family.DEFAULT_PROFILE_MISSING:
        return group.platform.value if group.platform else "unknown"
    since = "never" if group.since is None else f"{group.since.astimezone(UTC):%Y%m%d}"
    return since if group.platform is None else f"{group.platform.value}.{since}"


def _since(token: EnrollmentToken) -> str:
    # As diagnose counts staleness: from the last successful sync, else from the upload.
    moment = token.last_successful_sync or token.last_modified
    return "never" if moment is None else f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _current(snapshot: TenantSnapshot, kind: SubjectKind, ident: str) -> Subject:
    """The subject's record in `snapshot`, named as diagnose names it."""
    if kind in (SubjectKind.ENROLLMENT_TOKEN, SubjectKind.DEVICES):
        for token in snapshot.enrollment_tokens or ():
            if token.id == ident:
                return Subject(kind, ident, token.name or ident, Severity.INFO, token)
    elif kind is SubjectKind.ENROLLMENT_PROFILE:
        for profiles in (snapshot.profiles or {}).values():
            for profile in profiles:
                if profile.id == ident:
                    return Subject(kind, ident, profile.name or ident, Severity.INFO, profile)
    elif kind is SubjectKind.VPP_TOKEN:
        for vpp in snapshot.vpp_tokens or ():
            if vpp.id == ident:
                name = vpp.organization_name or vpp.apple_id or ident
                return Subject(kind, ident, name, Severity.INFO, vpp)
    elif isinstance(snapshot.push_certificate, PushCertificate):
        # A tenant has one push certificate: a renewal with another Apple ID gets a new topic,
        # and the certificate in place now is the one the resolved card should show.
        cert = snapshot.push_certificate
        name = cert.apple_id or cert.topic_id or "Apple MDM push certificate"
        return Subject(kind, cert.topic_id or APNS_ID, name, Severity.INFO, cert)
    return Subject(kind, ident, ident, Severity.INFO)
