"""The demo tenant: an embedded Contoso tenant dated relative to `now`, written in the
snapshot-file format exactly as Graph would return it, so it exercises the same parsing as a
real tenant and can seed the fake Graph in tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.core.tenant.document import parse_snapshot_document
from bot.core.tenant.snapshot import Reason, TenantSnapshot
from bot.core.tenant.source import DEMO_DESCRIPTION, SyncRefusedError


class DemoSource:
    """An embedded Contoso tenant dated relative to `now`, so it always shows the same
    picture: a healthy token, one expiring within two weeks, one expired, one failing to
    sync, an APNs certificate, a VPP token, and the devices and enrollment profiles of the
    first two tokens, with every device-level finding."""

    description = DEMO_DESCRIPTION
    can_sync = False
    # Like Graph's snapshot cache: the demo is rebuilt at most once a minute (dates then
    # drift by under a minute, which no card shows) unless "Re-check" asks for it.
    max_age = timedelta(seconds=60)

    def __init__(self) -> None:
        self._cached: tuple[datetime, TenantSnapshot] | None = None

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        cached = self._cached
        if not fresh and cached is not None and timedelta(0) <= now - cached[0] < self.max_age:
            return cached[1]
        snapshot = parse_snapshot_document(demo_devices_document(now), "demo tenant")
        # Read together with the tokens: the device card says "read just now".
        snapshot = replace(snapshot, devices_read_at=now)
        self._cached = (now, snapshot)
        return snapshot

    async def sync(self, token_id: str) -> None:
        raise SyncRefusedError(Reason.UNAVAILABLE, detail="the demo tenant cannot sync")

    async def close(self) -> None:
        return None


def _graph_date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f0Z")


def demo_document(now: datetime) -> dict[str, object]:
    """The demo tenant in the snapshot-file format, exactly as Graph would return it.

    Alerts name a problem by its episode: an expiry date, a token's last successful sync. So
    those dates count from the start of the current week (Monday 00:00 UTC), not from `now`:
    a running or restarted demo keeps its problems, and its alerts, for a week ("expires in
    8 days" on Tuesday, "in 14 days" on Monday). Syncs of the healthy tokens count from the
    current hour, so they never look stale.
    """
    utc = now.astimezone(UTC)
    week = (utc - timedelta(days=utc.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    hour = utc.replace(minute=0, second=0, microsecond=0)

    def at(days: float = 0, hours: float = 0) -> str:
        return _graph_date(week + timedelta(days=days, hours=hours))

    def ago(hours: float) -> str:
        return _graph_date(hour - timedelta(hours=hours))

    def token(
        ident: str, name: str, kind: str, apple_id: str, **dates: str | int
    ) -> dict[str, object]:
        return {
            "@odata.type": "#microsoft.graph.depOnboardingSetting",
            "id": f"6f0c3c9e-2b8e-4a5e-9d51-6a1f0e1c000{ident}",
            "tokenName": name,
            "tokenType": kind,
            "appleIdentifier": apple_id,
            "shareTokenWithSchoolDataSyncService": False,
            "dataSharingConsentGranted": True,
            "roleScopeTagIds": ["0"],
            **dates,
        }

    tokens = [
        token(
            "1",
            "Contoso HQ iPhones",
            "dep",
            "ade-admin@contoso.com",
            tokenExpirationDateTime=at(days=243),
            lastSuccessfulSyncDateTime=ago(3),
            lastSyncTriggeredDateTime=ago(3),
            lastSyncErrorCode=0,
            syncedDeviceCount=1240,
            lastModifiedDateTime=at(days=-122),
        ),
        token(
            "2",
            "Contoso Retail iPads",
            "dep",
            "ade-admin@contoso.com",
            # 7 to 14 days ahead all week: a warning at the ladder's 14-day step.
            tokenExpirationDateTime=at(days=14),
            lastSuccessfulSyncDateTime=ago(5),
            lastSyncTriggeredDateTime=ago(5),
            lastSyncErrorCode=0,
            syncedDeviceCount=318,
            lastModifiedDateTime=at(days=-353),
        ),
        # Expired nine to sixteen days ago: Apple has refused every sync since.
        token(
            "3",
            "Contoso Design Macs",
            "dep",
            "mac-team@contoso.com",
            tokenExpirationDateTime=at(days=-9),
            lastSuccessfulSyncDateTime=at(days=-9, hours=-2),
            lastSyncTriggeredDateTime=ago(1),
            lastSyncErrorCode=0,
            syncedDeviceCount=86,
            lastModifiedDateTime=at(days=-374),
        ),
        # New Apple School Manager terms not accepted yet (sync error code 3).
        token(
            "4",
            "Contoso Academy",
            "appleSchoolManager",
            "asm-admin@contoso.edu",
            tokenExpirationDateTime=at(days=190),
            lastSuccessfulSyncDateTime=at(days=-4),
            lastSyncTriggeredDateTime=ago(2),
            lastSyncErrorCode=3,
            syncedDeviceCount=452,
            lastModifiedDateTime=at(days=-175),
        ),
    ]
    return {
        "depOnboardingSettings": {
            "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/depOnboardingSettings",
            "value": tokens,
        },
        "applePushNotificationCertificate": {
            "@odata.type": "#microsoft.graph.applePushNotificationCertificate",
            "id": "c4c8f047-0000-4000-8000-00000000a9e5",
            "appleIdentifier": "mdm-push@contoso.com",
            "topicIdentifier": "com.apple.mgmt.External.2c3f7a52-2b1e-4d6a-9d0e-3c1f3f9a8b71",
            "lastModifiedDateTime": at(days=-200),
            "expirationDateTime": at(days=165),
            "certificateUploadStatus": None,
            "certificateUploadFailureReason": None,
        },
        "vppTokens": {
            "value": [
                {
                    "@odata.type": "#microsoft.graph.vppToken",
                    "id": "9b2f6a1e-0000-4000-8000-00000000c0de",
                    "organizationName": "Contoso Ltd",
                    "vppTokenAccountType": "business",
                    "appleId": "vpp@contoso.com",
                    "expirationDateTime": at(days=301),
                    "lastSyncDateTime": ago(7),
                    "lastModifiedDateTime": at(days=-64),
                    "state": "valid",
                    "lastSyncStatus": "completed",
                    "automaticallyUpdateApps": True,
                    "countryOrRegion": "us",
                }
            ]
        },
    }


def demo_devices_document(now: datetime) -> dict[str, object]:
    """The demo tenant with devices and enrollment profiles for its first two tokens (the
    expired and the failing tokens explain their own devices, so they have none), showing
    every device-level finding: what `DemoSource` serves."""
    document = demo_document(now)
    utc = now.astimezone(UTC)
    week = (utc - timedelta(days=utc.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)

    def at(days: float = 0) -> str:
        return _graph_date(week + timedelta(days=days))

    tokens = document["depOnboardingSettings"]["value"]  # type: ignore[index]
    devices, profiles = _demo_devices(at, tokens[0]["id"], tokens[1]["id"])
    # Read, and empty: a serial asked about is then "not in Intune", not "maybe not read".
    for other in tokens[2:]:
        devices.setdefault(other["id"], {"value": []})
        profiles.setdefault(other["id"], {"value": []})
    return {**document, "importedAppleDeviceIdentities": devices, "enrollmentProfiles": profiles}


def _demo_devices(
    at: Callable[..., str], hq: str, retail: str
) -> tuple[dict[str, object], dict[str, object]]:
    hq_iphones = "a1d3e9c0-0000-4000-8000-0000000001a1"
    kiosk = "a1d3e9c0-0000-4000-8000-0000000001a2"
    retail_ipads = "a1d3e9c0-0000-4000-8000-0000000002a1"

    def profile(ident: str, name: str, kind: str, default: bool, **more: object) -> object:
        return {
            "@odata.type": f"#microsoft.graph.{kind}",
            "id": ident,
            "displayName": name,
            "isDefault": default,
            "supervisedModeEnabled": True,
            **more,
        }

    def device(
        serial: str, platform: str, state: str, profile_id: str | None, **dates: str
    ) -> dict[str, object]:
        return {
            "@odata.type": "#microsoft.graph.importedAppleDeviceIdentity",
            "id": f"5e7a0c11-0000-4000-8000-{serial.lower():0>12}"[:36],
            "serialNumber": serial,
            "platform": platform,
            "enrollmentState": state,
            "requestedEnrollmentProfileId": profile_id,
            "requestedEnrollmentProfileAssignmentDateTime": dates.get(
                "assigned", "0001-01-01T00:00:00Z"
            ),
            "lastContactedDateTime": dates.get("contacted", "0001-01-01T00:00:00Z"),
            "createdDateTime": dates.get("created", at(days=-60)),
            "discoverySource": "deviceEnrollmentProgram",
            "isSupervised": True,
            "isDeleted": False,
            "description": None,
        }

    enrolled = [
        device(
            f"F9FXK{n:03d}AB",
            "ios",
            "enrolled",
            hq_iphones,
            assigned=at(days=-50),
            contacted=at(days=-49),
        )
        for n in range(1, 9)
    ]
    hq_devices = [
        *enrolled,
        device(
            "F9FXK101CD", "ios", "failed", hq_iphones, assigned=at(days=-20), contacted=at(days=-2)
        ),
        device("F9FXK102CD", "ios", "blocked", kiosk, assigned=at(days=-20), contacted=at(days=-3)),
        device("F9FXK201EF", "ios", "notContacted", hq_iphones, assigned=at(days=-45)),
        device("F9FXK202EF", "ios", "notContacted", hq_iphones, assigned=at(days=-45)),
        device("F9FXK203EF", "ios", "notContacted", kiosk, assigned=at(days=-41)),
        device("C02XK1ZZJG5H", "macOS", "notContacted", None, created=at(days=-5)),
        device("C02XK2ZZJG5H", "macOS", "notContacted", None, created=at(days=-4)),
    ]
    retail_devices = [
        device(
            f"DMPRT{n:03d}XY",
            "ios",
            "enrolled",
            retail_ipads,
            assigned=at(days=-90),
            contacted=at(days=-1),
        )
        for n in range(1, 4)
    ]
    ios, mac = "depIOSEnrollmentProfile", "depMacOSEnrollmentProfile"
    hq_profiles = [
        profile(hq_iphones, "Contoso HQ iPhones", ios, True),
        # Installs Company Portal with a VPP token that was deleted from Intune.
        profile(
            kiosk,
            "Contoso Front Desk kiosks",
            ios,
            False,
            enableAuthenticationViaCompanyPortal=True,
            companyPortalVppTokenId="9b2f6a1e-0000-4000-8000-0000000dead0",
            enableSingleAppEnrollmentMode=True,
        ),
    ]
    retail_profiles = [profile(retail_ipads, "Contoso Retail iPads", ios, False)]
    del mac
    return (
        {hq: {"value": hq_devices}, retail: {"value": retail_devices}},
        {hq: {"value": hq_profiles}, retail: {"value": retail_profiles}},
    )
