"""What Microsoft Graph says about a tenant's Apple enrollment, as plain frozen dataclasses.

Every Graph field name lives in `bot.core.tenant.document`; here the names are ours. A `None` date
means "never" or "not reported" (Graph sends 0001-01-01T00:00:00Z for "never").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.core.tenant.devices import AppleDevice, EnrollmentProfile


class TokenType(StrEnum):
    """Which Apple portal issued an ADE token (Graph `depTokenType`)."""

    APPLE_BUSINESS = "dep"  # Apple Business, formerly Apple Business Manager
    APPLE_SCHOOL = "appleSchoolManager"
    NONE = "none"
    UNKNOWN = "unknown"


class VppState(StrEnum):
    """Graph `vppTokenState`; `duplicateLocationId` exists on beta only."""

    VALID = "valid"
    EXPIRED = "expired"
    INVALID = "invalid"
    ASSIGNED_TO_EXTERNAL_MDM = "assignedToExternalMDM"
    DUPLICATE_LOCATION_ID = "duplicateLocationId"
    UNKNOWN = "unknown"


class VppSyncStatus(StrEnum):
    """Graph `vppTokenSyncStatus`."""

    NONE = "none"
    IN_PROGRESS = "inProgress"
    COMPLETED = "completed"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class EnrollmentToken:
    """An ADE (formerly DEP) enrollment program token: Graph beta `depOnboardingSetting`."""

    id: str
    name: str | None = None
    token_type: TokenType = TokenType.UNKNOWN
    apple_id: str | None = None
    expires: datetime | None = None
    last_successful_sync: datetime | None = None
    last_sync_triggered: datetime | None = None
    # Intune does not document these codes; 0 means no error.
    last_sync_error_code: int | None = None
    synced_device_count: int | None = None
    # Graph describes lastModifiedDateTime as "when the service was onboarded".
    last_modified: datetime | None = None


@dataclass(frozen=True, slots=True)
class PushCertificate:
    """The Apple MDM push (APNs) certificate; every Apple enrollment needs a valid one."""

    expires: datetime | None = None
    apple_id: str | None = None
    topic_id: str | None = None


@dataclass(frozen=True, slots=True)
class VppToken:
    """An Apple Volume Purchase Program (Apps and Books) location token."""

    id: str
    state: VppState = VppState.UNKNOWN
    expires: datetime | None = None
    last_sync_status: VppSyncStatus = VppSyncStatus.UNKNOWN
    last_sync: datetime | None = None
    apple_id: str | None = None
    organization_name: str | None = None


class Part(StrEnum):
    """The Graph reads that make a snapshot, named as the snapshot file's keys. The last two
    are read per ADE token and map the token's id to Graph's list body."""

    ENROLLMENT_TOKENS = "depOnboardingSettings"
    PUSH_CERTIFICATE = "applePushNotificationCertificate"
    VPP_TOKENS = "vppTokens"
    DEVICES = "importedAppleDeviceIdentities"
    PROFILES = "enrollmentProfiles"


# The parts read together within a chat turn's budget; the device parts are read apart.
TOKEN_PARTS = (Part.ENROLLMENT_TOKENS, Part.PUSH_CERTIFICATE, Part.VPP_TOKENS)
DEVICE_PARTS = (Part.DEVICES, Part.PROFILES)


class Reason(StrEnum):
    """Why a read or a "Sync now" failed, as the cards explain it in every language."""

    FORBIDDEN = "forbidden"  # Graph 403: a permission is missing (ReadFailure.permission)
    UNAUTHORIZED = "unauthorized"  # no app token: wrong secret, certificate or tenant
    THROTTLED = "throttled"
    TIMEOUT = "timeout"
    UNAVAILABLE = "unavailable"
    NO_LICENSE = "no-license"  # the tenant has no Intune license
    NOT_FOUND = "not-found"
    BAD_RESPONSE = "bad-response"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """One part of the snapshot could not be read (e.g. Graph answered 403).

    `detail` is safe to
    show to an admin (never a secret); `permission` names the Graph permission to grant.
    """

    part: Part
    reason: Reason
    detail: str = ""
    permission: str | None = None


@dataclass(frozen=True, slots=True)
class TenantSnapshot:
    """A tenant's Apple enrollment state at one moment.

    `None` for a collection means that part was not read; `push_certificate_read` separates
    "no APNs certificate set up" (Graph 404) from "not read". `devices` and `profiles` map an
    ADE token's id to what was read for it: a token missing from the map was not read, and
    is not diagnosed at device level. `devices_read_at` says how old the device data is.
    """

    enrollment_tokens: tuple[EnrollmentToken, ...] | None = None
    push_certificate: PushCertificate | None = None
    push_certificate_read: bool = False
    vpp_tokens: tuple[VppToken, ...] | None = None
    failures: tuple[ReadFailure, ...] = ()
    devices: Mapping[str, tuple[AppleDevice, ...]] | None = None
    profiles: Mapping[str, tuple[EnrollmentProfile, ...]] | None = None
    devices_read_at: datetime | None = None

    def unread_parts(self) -> tuple[Part, ...]:
        """Parts neither read nor failed: a snapshot file may leave keys out."""
        failed = {f.part for f in self.failures}
        read = {
            Part.ENROLLMENT_TOKENS: self.enrollment_tokens is not None,
            Part.PUSH_CERTIFICATE: self.push_certificate_read,
            Part.VPP_TOKENS: self.vpp_tokens is not None,
            Part.DEVICES: self.devices is not None,
            Part.PROFILES: self.profiles is not None,
        }
        return tuple(p for p in Part if not read[p] and p not in failed)
