"""What Graph says about the devices and enrollment profiles of ADE tokens, as compact records.

A tenant can hold 100,000 ADE devices: a device keeps only the fields the diagnosis uses, and
the Graph edge parses each page into these records without keeping its JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


class DevicePlatform(StrEnum):
    """Graph `platform` of an importedAppleDeviceIdentity; Intune's ADE profiles exist for
    these four (`defaultIosEnrollmentProfile`, `...MacOs...`, `...VisionOS...`, `...TvOS...`)."""

    IOS = "ios"  # iPhone and iPad: one iOS/iPadOS profile type
    MACOS = "macOS"
    VISIONOS = "visionOS"
    TVOS = "tvos"
    UNKNOWN = "unknown"  # also android, windows, windowsMobile, unknownFutureValue


class EnrollmentState(StrEnum):
    """Graph `enrollmentState` of an imported Apple device."""

    UNKNOWN = "unknown"
    ENROLLED = "enrolled"
    PENDING_RESET = "pendingReset"
    FAILED = "failed"
    NOT_CONTACTED = "notContacted"
    BLOCKED = "blocked"


class AppleDevice(NamedTuple):
    """A device Apple Business or School Manager assigned to Intune's MDM server (a named
    tuple: 100,000 of them build and sit in memory at a third of a frozen dataclass's cost)."""

    serial: str
    platform: DevicePlatform = DevicePlatform.UNKNOWN
    state: EnrollmentState = EnrollmentState.UNKNOWN
    # The profile the admin assigned (requestedEnrollmentProfileId); None: no profile.
    profile_id: str | None = None
    assigned: datetime | None = None
    last_contacted: datetime | None = None
    created: datetime | None = None
    # Removed from Apple Business / School Manager; Intune deletes it within 30-45 days.
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class EnrollmentProfile:
    """An ADE enrollment profile of one token; its platform comes from Graph's @odata.type."""

    id: str
    name: str | None = None
    platform: DevicePlatform = DevicePlatform.UNKNOWN
    # The default profile of its platform: Intune gives it to new devices without a profile.
    is_default: bool = False
    # iOS/iPadOS only: the VPP token that installs Company Portal with device licensing.
    company_portal_vpp_token_id: str | None = None
