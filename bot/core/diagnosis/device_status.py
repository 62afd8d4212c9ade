"""One ADE device by its serial number: which token and profile it belongs to and what keeps
it from enrolling, with the same root causes, in the same order, as the tenant's findings.

A tenant can hold 100,000 devices: `DeviceIndex` finds a serial in a dict built once per
device read (every 15 minutes), so a question costs a lookup, not a scan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.core.diagnosis.devices import FAILED_STATES, push_broken, token_fails, vpp_reason
from bot.core.diagnosis.findings import Card
from bot.core.tenant.devices import AppleDevice, EnrollmentProfile, EnrollmentState
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    Part,
    ReadFailure,
    TenantSnapshot,
)


class Verdict(StrEnum):
    """What the device card says when no finding explains the device."""

    PROBLEM = "problem"  # `DeviceStatus.problem` names the finding's card
    ENROLLED = "enrolled"
    WAITING = "waiting"  # assigned, not set up yet: it enrolls at its next Setup Assistant
    RELEASED = "released"  # removed from Apple Business / School Manager
    NOT_FOUND = "not-found"


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    serial: str
    verdict: Verdict
    problem: Card | None = None
    token: EnrollmentToken | None = None
    device: AppleDevice | None = None
    profile: EnrollmentProfile | None = None  # the profile assigned to the device
    default_profile: EnrollmentProfile | None = None  # the token's default for its platform
    read_at: datetime | None = None
    # NOT_FOUND: why the device may still exist (device lists that failed or were not read).
    failures: tuple[ReadFailure, ...] = ()
    unread_tokens: int = 0
    devices_read: bool = True


class DeviceIndex:
    """Serial number -> (token id, device) over every token's devices. A device moved from
    one token to another can be listed under both until Intune drops the old entry: the entry
    that is not deleted wins."""

    __slots__ = ("_by_serial", "source")

    def __init__(self, devices: Mapping[str, tuple[AppleDevice, ...]]) -> None:
        self.source = devices
        by_serial: dict[str, tuple[str, AppleDevice]] = {}
        for token_id, listed in devices.items():
            for device in listed:
                key = device.serial.upper()
                kept = by_serial.get(key)
                if kept is None or (kept[1].deleted and not device.deleted):
                    by_serial[key] = (token_id, device)
        self._by_serial = by_serial

    def __len__(self) -> int:
        return len(self._by_serial)

    def find(self, serial: str) -> tuple[str, AppleDevice] | None:
        return self._by_serial.get(serial.upper())


def device_status(
    snapshot: TenantSnapshot,
    index: DeviceIndex | None,
    serial: str,
    now: datetime,
    never_contacted: timedelta,
) -> DeviceStatus:
    """The status of the device with `serial`; `index` is DeviceIndex(snapshot.devices)."""
    found = index.find(serial) if index is not None else None
    tokens = {token.id: token for token in snapshot.enrollment_tokens or ()}
    if found is None or found[0] not in tokens:
        return _not_found(snapshot, serial, tokens)
    token_id, device = found
    token = tokens[token_id]
    profiles = (snapshot.profiles or {}).get(token_id, ())
    by_id = {p.id: p for p in profiles}
    profile = by_id.get(device.profile_id) if device.profile_id else None
    default = next((p for p in profiles if p.is_default and p.platform is device.platform), None)
    problem = _problem(snapshot, token, device, profile, now=now, never_contacted=never_contacted)
    if problem is not None:
        verdict = Verdict.PROBLEM
    elif device.deleted:
        verdict = Verdict.RELEASED
    elif device.state is EnrollmentState.ENROLLED:
        verdict = Verdict.ENROLLED
    else:
        verdict = Verdict.WAITING
    return DeviceStatus(
        device.serial,
        verdict,
        problem,
        token=token,
        device=device,
        profile=profile,
        default_profile=default,
        read_at=snapshot.devices_read_at,
    )


def _problem(
    snapshot: TenantSnapshot,
    token: EnrollmentToken,
    device: AppleDevice,
    profile: EnrollmentProfile | None,
    *,
    now: datetime,
    never_contacted: timedelta,
) -> Card | None:
    """The one root cause, most fundamental first, as the tenant's findings order them."""
    if token_fails(token, now):
        # Apple assigns nothing and Intune syncs nothing through this token.
        expired = token.expires is not None and token.expires <= now
        return Card.TOKEN_EXPIRED if expired else Card.SYNC_ERROR
    if device.deleted:
        return None
    enrolled = device.state is EnrollmentState.ENROLLED
    if not enrolled and push_broken(snapshot, now):
        return Card.APNS_MISSING if snapshot.push_certificate is None else Card.APNS_EXPIRED
    if device.state in FAILED_STATES:
        return Card.DEVICE_ENROLLMENT_FAILED
    if profile is not None and _company_portal_broken(snapshot, profile, now):
        # Enrolled or not, it stops at "Awaiting final configuration" without Company Portal.
        return Card.COMPANY_PORTAL_VPP_INVALID
    if enrolled:
        return None
    if not device.profile_id:
        return Card.DEVICE_NO_PROFILE
    silent = device.last_contacted is None and device.assigned is not None
    if silent and device.assigned is not None and device.assigned < now - never_contacted:
        return Card.DEVICE_NEVER_CONTACTED
    return None


def _company_portal_broken(
    snapshot: TenantSnapshot, profile: EnrollmentProfile, now: datetime
) -> bool:
    ident = profile.company_portal_vpp_token_id
    if ident is None or snapshot.vpp_tokens is None:
        return False
    vpp = next((v for v in snapshot.vpp_tokens if v.id == ident), None)
    return vpp_reason(vpp, now) is not None  # the same test as the tenant's finding


def _not_found(
    snapshot: TenantSnapshot, serial: str, tokens: Mapping[str, EnrollmentToken]
) -> DeviceStatus:
    failures = tuple(
        f for f in snapshot.failures if f.part in (Part.DEVICES, Part.ENROLLMENT_TOKENS)
    )
    read = snapshot.devices or {}
    unread = sum(1 for ident in tokens if ident not in read) if snapshot.devices is not None else 0
    return DeviceStatus(
        serial,
        Verdict.NOT_FOUND,
        read_at=snapshot.devices_read_at,
        failures=failures,
        unread_tokens=unread,
        devices_read=snapshot.devices is not None and snapshot.enrollment_tokens is not None,
    )
