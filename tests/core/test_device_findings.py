"""Device- and profile-level findings (issue 14 part A): pure, `now` passed in."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.diagnosis.findings import Card, Finding
from bot.core.tenant.devices import (
    AppleDevice,
    DevicePlatform,
    EnrollmentProfile,
    EnrollmentState,
)
from bot.core.tenant.document import SnapshotError, parse_snapshot_document
from bot.core.tenant.snapshot import TenantSnapshot, VppState, VppToken
from tests.gallery import NOW, token, token_id

IOS, MAC = DevicePlatform.IOS, DevicePlatform.MACOS
ID = token_id("1")
ASSIGNED = "2026-09-01T00:02:32.8167841-08:00"  # Graph's 7-digit fractions and an offset
DEFAULT_IOS = EnrollmentProfile("p-ios", "iPhones", IOS, is_default=True)
DEFAULT_MAC = EnrollmentProfile("p-mac", "Macs", MAC, is_default=True)


def device(serial: str, **changes: object) -> AppleDevice:
    base = AppleDevice(serial, IOS, EnrollmentState.ENROLLED, "p-ios", NOW - timedelta(days=40))
    return base._replace(**changes)  # type: ignore[arg-type]


def findings(
    devices: list[AppleDevice] | None,
    profiles: list[EnrollmentProfile] | None = None,
    *,
    tok: object = None,
    vpp: tuple[VppToken, ...] | None = None,
) -> dict[Card, Finding]:
    snapshot = TenantSnapshot(
        (tok or token("1"),),  # type: ignore[arg-type]
        None,
        False,
        vpp,
        devices=None if devices is None else {ID: tuple(devices)},
        profiles=None if profiles is None else {ID: tuple(profiles)},
    )
    return {f.card: f for f in diagnose(snapshot, NOW)}


def test_devices_without_profile_and_no_default_for_their_platform_are_counted_per_token() -> None:
    macs = [
        device(f"C02X{n:04d}", platform=MAC, state=EnrollmentState.NOT_CONTACTED, profile_id=None)
        for n in range(8)
    ]
    found = findings([device("IPHONE1"), *macs], [DEFAULT_IOS])
    (subject,) = found[Card.DEVICE_NO_PROFILE].subjects
    assert subject.id == ID
    assert subject.devices is not None
    assert subject.devices.count == 8
    assert subject.devices.platform is MAC
    assert subject.devices.serials == ("C02X0000", "C02X0001", "C02X0002", "C02X0003", "C02X0004")
    # The missing macOS default is the same root cause: not reported twice.
    assert Card.DEFAULT_PROFILE_MISSING not in found


def test_a_token_with_devices_but_no_default_profile_for_their_platform() -> None:
    found = findings([device("IPHONE1")], [EnrollmentProfile("p-ios", "iPhones", IOS)])
    (subject,) = found[Card.DEFAULT_PROFILE_MISSING].subjects
    assert subject.devices is not None
    assert subject.devices.platform is IOS
    assert Card.DEVICE_NO_PROFILE not in found


def test_failed_and_blocked_enrollments_are_errors() -> None:
    found = findings(
        [device("A", state=EnrollmentState.FAILED), device("B", state=EnrollmentState.BLOCKED)],
        [DEFAULT_IOS],
    )
    finding = found[Card.DEVICE_ENROLLMENT_FAILED]
    assert finding.severity == "error"
    assert finding.subjects[0].devices.count == 2


def test_a_profile_installing_company_portal_with_an_expired_vpp_token() -> None:
    vpp = VppToken("v1", VppState.VALID, NOW - timedelta(days=1), organization_name="Contoso")
    kiosk = EnrollmentProfile("p-k", "Kiosk", IOS, company_portal_vpp_token_id="v1")
    found = findings([device("K1", profile_id="p-k")], [DEFAULT_IOS, kiosk], vpp=(vpp,))
    (subject,) = found[Card.COMPANY_PORTAL_VPP_INVALID].subjects
    assert subject.id == "p-k"
    assert subject.reasons == ("expired",)
    assert subject.devices is not None
    assert subject.devices.serials == ("K1",)
    deleted = findings([device("K1", profile_id="p-k")], [DEFAULT_IOS, kiosk], vpp=())
    assert deleted[Card.COMPANY_PORTAL_VPP_INVALID].subjects[0].reasons == ("missing",)


def test_devices_assigned_long_ago_that_never_contacted_intune() -> None:
    silent = device("S1", state=EnrollmentState.NOT_CONTACTED, assigned=NOW - timedelta(days=31))
    recent = device("S2", state=EnrollmentState.NOT_CONTACTED, assigned=NOW - timedelta(days=2))
    found = findings([silent, recent], [DEFAULT_IOS])
    assert found[Card.DEVICE_NEVER_CONTACTED].subjects[0].devices.serials == ("S1",)  # type: ignore[union-attr]
    strict = diagnose(
        TenantSnapshot((token("1"),), devices={ID: (recent,)}, profiles={ID: (DEFAULT_IOS,)}),
        NOW,
        Thresholds(device_never_contacted_days=1),
    )
    assert Card.DEVICE_NEVER_CONTACTED in {f.card for f in strict}


@pytest.mark.parametrize(
    "broken", [{"expires": NOW - timedelta(days=1)}, {"last_sync_error_code": 3}]
)
def test_an_expired_or_failing_token_explains_its_devices(broken: dict[str, object]) -> None:
    found = findings(
        [
            device("A", state=EnrollmentState.FAILED),
            device("B", profile_id=None, state=EnrollmentState.NOT_CONTACTED),
        ],
        [],
        tok=token("1", **broken),
    )
    assert not {Card.DEVICE_ENROLLMENT_FAILED, Card.DEVICE_NO_PROFILE}.intersection(found)


def test_devices_not_read_are_not_diagnosed_and_no_finding_is_invented() -> None:
    assert set(findings(None)) == {Card.ALL_HEALTHY}
    # Devices read but profiles not: no profile finding, only what devices alone tell.
    found = findings([device("A", profile_id=None, state=EnrollmentState.NOT_CONTACTED)])
    assert Card.DEVICE_NO_PROFILE not in found
    assert Card.DEFAULT_PROFILE_MISSING not in found


def test_the_snapshot_file_keys_map_token_ids_to_graph_list_bodies() -> None:
    document = {
        "importedAppleDeviceIdentities": {
            ID: {
                "value": [
                    {
                        "serialNumber": "F9FX",
                        "platform": "visionOS",
                        "enrollmentState": "somethingNew",
                        "isDeleted": False,
                        "lastContactedDateTime": "0001-01-01T00:00:00Z",
                        "requestedEnrollmentProfileAssignmentDateTime": (
                            "2026-09-01T00:02:32.8167841-08:00"
                        ),
                    }
                ]
            }
        },
        "enrollmentProfiles": {
            ID: {
                "value": [
                    {
                        "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile",
                        "id": "p",
                        "displayName": "Macs",
                        "isDefault": True,
                    }
                ]
            }
        },
    }
    snapshot = parse_snapshot_document(document, "f.json")
    (dev,) = snapshot.devices[ID]  # type: ignore[index]
    assert dev.platform is DevicePlatform.VISIONOS
    assert dev.state is EnrollmentState.UNKNOWN
    assert dev.last_contacted is None
    assert dev.assigned is not None
    (profile,) = snapshot.profiles[ID]  # type: ignore[index]
    assert profile.platform is MAC
    assert profile.is_default
    bad = {
        "importedAppleDeviceIdentities": {
            ID: {"value": [{"serialNumber": "X", "createdDateTime": "soon"}]}
        }
    }
    with pytest.raises(SnapshotError) as error:
        parse_snapshot_document(bad, "f.json")
    assert str(error.value) == (
        f"f.json: importedAppleDeviceIdentities.{ID}.value[0].createdDateTime: not a date: 'soon'"
    )
    assert parse_snapshot_document({}, "f.json").devices is None
