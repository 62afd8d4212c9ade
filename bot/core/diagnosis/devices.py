"""Device- and profile-level checks of ADE tokens, pure: one pass over each token's devices.

One root cause, one finding: a token that is expired or fails to sync explains every problem
of its devices (Apple assigns nothing and Intune syncs nothing through it), so its devices are
not diagnosed; nor are enrollment failures while the APNs certificate is missing or expired.
A token whose devices (or profiles) were not read is not diagnosed at that level at all.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta

from bot.core.diagnosis.findings import Card, DeviceGroup, Severity, Subject, SubjectKind
from bot.core.tenant.devices import (
    AppleDevice,
    DevicePlatform,
    EnrollmentProfile,
    EnrollmentState,
)
from bot.core.tenant.snapshot import EnrollmentToken, TenantSnapshot, VppState, VppToken

# Serial numbers a card names per token; the count says how many there are in all.
SHOWN_SERIALS = 5
FAILED_STATES = (EnrollmentState.FAILED, EnrollmentState.BLOCKED)
_WAITING = (EnrollmentState.NOT_CONTACTED, EnrollmentState.UNKNOWN)

Found = tuple[Card, Subject, datetime | None]


def device_subjects(
    snapshot: TenantSnapshot, now: datetime, never_contacted: timedelta
) -> Iterator[Found]:
    """Findings about the devices and profiles of every token whose devices were read."""
    devices_of = snapshot.devices or {}
    profiles_of = snapshot.profiles
    broken_push = push_broken(snapshot, now)
    vpp = None if snapshot.vpp_tokens is None else {v.id: v for v in snapshot.vpp_tokens}
    read_at = snapshot.devices_read_at
    for token in snapshot.enrollment_tokens or ():
        if token_fails(token, now):
            continue
        devices = devices_of.get(token.id)
        profiles = None if profiles_of is None else profiles_of.get(token.id)
        check = _TokenCheck(token, now, read_at)
        if devices is not None:
            yield from check.devices(devices, profiles, never_contacted, broken_push)
        if profiles is not None and vpp is not None:
            yield from check.company_portal(profiles, devices or (), vpp)


def token_fails(token: EnrollmentToken, now: datetime) -> bool:
    """An expired token, or one failing to sync: its devices are not diagnosed."""
    expired = token.expires is not None and token.expires <= now
    return expired or bool(token.last_sync_error_code)


def push_broken(snapshot: TenantSnapshot, now: datetime) -> bool:
    """The APNs certificate was read and is missing or expired: it explains every failed
    enrollment, which is then not reported."""
    cert = snapshot.push_certificate
    return snapshot.push_certificate_read and (
        cert is None or (cert.expires is not None and cert.expires <= now)
    )


class _TokenCheck:
    __slots__ = ("now", "read_at", "token")

    def __init__(self, token: EnrollmentToken, now: datetime, read_at: datetime | None) -> None:
        self.token, self.now, self.read_at = token, now, read_at

    def devices(
        self,
        devices: tuple[AppleDevice, ...],
        profiles: tuple[EnrollmentProfile, ...] | None,
        never_contacted: timedelta,
        push_broken: bool,
    ) -> Iterator[Found]:
        defaults = {p.platform for p in profiles or () if p.is_default}
        failed: list[AppleDevice] = []
        no_profile: dict[DevicePlatform, list[AppleDevice]] = {}
        platforms: dict[DevicePlatform, int] = {}
        silent: list[AppleDevice] = []
        assigned_before = self.now - never_contacted
        enrolled, failed_states, waiting = EnrollmentState.ENROLLED, FAILED_STATES, _WAITING
        for device in devices:
            if device.deleted:
                continue  # released in Apple's portal; Intune removes it within 30-45 days
            platforms[device.platform] = platforms.get(device.platform, 0) + 1
            state = device.state
            if state is enrolled:
                continue
            if state in failed_states:
                failed.append(device)
            elif not device.profile_id:
                if profiles is not None and device.platform not in defaults:
                    no_profile.setdefault(device.platform, []).append(device)
            elif (
                state in waiting
                and device.last_contacted is None
                and device.assigned is not None
                and device.assigned < assigned_before
            ):
                silent.append(device)
        if failed and not push_broken:
            # Created dates do not move while the devices keep failing (their last contact does).
            group = self._group(failed, None, _earliest(d.created for d in failed))
            yield self._found(Card.DEVICE_ENROLLMENT_FAILED, Severity.ERROR, group)
        for platform, stuck in sorted(no_profile.items()):
            group = self._group(stuck, platform, _earliest(d.created for d in stuck))
            yield self._found(Card.DEVICE_NO_PROFILE, Severity.WARNING, group)
        if profiles is not None:
            for platform, count in sorted(platforms.items()):
                known = platform is not DevicePlatform.UNKNOWN
                if known and platform not in defaults and platform not in no_profile:
                    group = DeviceGroup(self.token, count, (), platform, read_at=self.read_at)
                    yield self._found(Card.DEFAULT_PROFILE_MISSING, Severity.WARNING, group)
        if silent:
            group = self._group(silent, None, _earliest(d.assigned for d in silent))
            yield self._found(Card.DEVICE_NEVER_CONTACTED, Severity.WARNING, group)

    def company_portal(
        self,
        profiles: tuple[EnrollmentProfile, ...],
        devices: Iterable[AppleDevice],
        vpp_tokens: dict[str, VppToken],
    ) -> Iterator[Found]:
        """iOS/iPadOS profiles that install Company Portal through a VPP token that is gone,
        not valid or expired: their devices stop at "Awaiting final configuration"."""
        broken: dict[str, tuple[EnrollmentProfile, VppToken | None, str]] = {}
        for profile in profiles:
            ident = profile.company_portal_vpp_token_id
            if ident is None:
                continue
            vpp = vpp_tokens.get(ident)
            reason = vpp_reason(vpp, self.now)
            if reason is not None:
                broken[profile.id] = (profile, vpp, reason)
        if not broken:
            return
        using: dict[str, list[AppleDevice]] = {ident: [] for ident in broken}
        for device in devices:
            if device.profile_id in using and not device.deleted:
                using[device.profile_id].append(device)
        for ident, (profile, vpp, reason) in broken.items():
            stuck = using[ident]
            since = vpp.expires if vpp else None
            group = replace(self._group(stuck, profile.platform, since), vpp=vpp)
            name = profile.name or profile.id
            subject = Subject(
                SubjectKind.ENROLLMENT_PROFILE,
                profile.id,
                name,
                Severity.ERROR,
                profile,
                (reason,),
                group,
            )
            yield Card.COMPANY_PORTAL_VPP_INVALID, subject, group.since

    def _group(
        self, devices: list[AppleDevice], platform: DevicePlatform | None, since: datetime | None
    ) -> DeviceGroup:
        serials = tuple(heapq.nsmallest(SHOWN_SERIALS, (d.serial for d in devices)))
        return DeviceGroup(self.token, len(devices), serials, platform, since, self.read_at)

    def _found(self, card: Card, severity: Severity, group: DeviceGroup) -> Found:
        token = self.token
        reasons = () if group.platform is None else (group.platform.value,)
        subject = Subject(
            SubjectKind.DEVICES, token.id, token.name or token.id, severity, token, reasons, group
        )
        return card, subject, group.since


def vpp_reason(vpp: VppToken | None, now: datetime) -> str | None:
    """Why a profile's Company Portal VPP token does not work ("missing", "expired",
    "state"), or None when it does."""
    if vpp is None:
        return "missing"  # deleted from Intune
    if vpp.expires is not None and vpp.expires <= now:
        return "expired"
    if vpp.state is not VppState.VALID:
        return "state"
    return None


def _earliest(moments: Iterable[datetime | None]) -> datetime | None:
    return min((m for m in moments if m is not None), default=None)
