import contextlib
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.tenant.document import SnapshotError, parse_graph_datetime, parse_snapshot_text
from bot.core.tenant.snapshot import TokenType, VppState, VppSyncStatus

# The list response exactly as the Graph beta docs show it
# (intune-enrollment-deponboardingsetting-list).
DOC_TOKEN = {
    "@odata.type": "#microsoft.graph.depOnboardingSetting",
    "id": "40342229-2229-4034-2922-344029223440",
    "appleIdentifier": "Apple Identifier value",
    "tokenExpirationDateTime": "2016-12-31T23:59:54.0590989-08:00",
    "lastModifiedDateTime": "2017-01-01T00:00:35.1329464-08:00",
    "lastSuccessfulSyncDateTime": "2017-01-01T00:03:28.120883-08:00",
    "lastSyncTriggeredDateTime": "2017-01-01T00:00:02.0916369-08:00",
    "shareTokenWithSchoolDataSyncService": True,
    "lastSyncErrorCode": 1,
    "tokenType": "dep",
    "tokenName": "Token Name value",
    "syncedDeviceCount": 1,
    "dataSharingConsentGranted": True,
    "roleScopeTagIds": ["Role Scope Tag Ids value"],
}
DOC_APNS = {
    "value": {
        "@odata.type": "#microsoft.graph.applePushNotificationCertificate",
        "id": "c4c8f047-f047-c4c8-47f0-c8c447f0c8c4",
        "appleIdentifier": "Apple Identifier value",
        "topicIdentifier": "Topic Identifier value",
        "lastModifiedDateTime": "2017-01-01T00:00:35.1329464-08:00",
        "expirationDateTime": "2016-12-31T23:57:57.2481234-08:00",
        "certificateUploadStatus": "Certificate Upload Status value",
        "certificateSerialNumber": "Certificate Serial Number value",
    }
}
DOC_VPP = {
    "@odata.type": "#microsoft.graph.vppToken",
    "id": "9ee8d8a8-d8a8-9ee8-a8d8-e89ea8d8e89e",
    "organizationName": "Organization Name value",
    "vppTokenAccountType": "education",
    "appleId": "Apple Id value",
    "expirationDateTime": "2016-12-31T23:57:57.2481234-08:00",
    "lastSyncDateTime": "2017-01-01T00:02:43.5775965-08:00",
    "token": "Token value",
    "lastModifiedDateTime": "2017-01-01T00:00:35.1329464-08:00",
    "state": "valid",
    "lastSyncStatus": "inProgress",
    "automaticallyUpdateApps": True,
    "countryOrRegion": "Country Or Region value",
}


def parse(document: object) -> object:
    return parse_snapshot_text(json.dumps(document), "snapshot.json")


def error_of(document: object) -> str:
    with pytest.raises(SnapshotError) as caught:
        parse(document)
    return str(caught.value)


def test_the_documented_graph_shapes_parse_to_a_full_snapshot() -> None:
    snap = parse_snapshot_text(
        json.dumps(
            {
                "depOnboardingSettings": {"value": [DOC_TOKEN]},
                "applePushNotificationCertificate": DOC_APNS,
                "vppTokens": {"value": [DOC_VPP]},
            }
        ),
        "snapshot.json",
    )
    (token,) = snap.enrollment_tokens or ()
    pacific = timezone(timedelta(hours=-8))
    assert token.id == DOC_TOKEN["id"]
    assert token.token_type is TokenType.APPLE_BUSINESS
    assert token.expires == datetime(2016, 12, 31, 23, 59, 54, 59098, tzinfo=pacific)
    assert token.last_sync_error_code == 1
    assert token.synced_device_count == 1
    assert snap.push_certificate is not None
    assert snap.push_certificate.topic_id == "Topic Identifier value"
    (vpp,) = snap.vpp_tokens or ()
    assert vpp.state is VppState.VALID
    assert vpp.last_sync_status is VppSyncStatus.IN_PROGRESS


def test_the_never_sentinel_becomes_none() -> None:
    token = dict(DOC_TOKEN, lastSuccessfulSyncDateTime="0001-01-01T00:00:00Z")
    snap = parse({"depOnboardingSettings": {"value": [token]}})
    assert snap.enrollment_tokens[0].last_successful_sync is None  # type: ignore[attr-defined,index]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01T00:00:00Z", datetime(2026, 12, 1, tzinfo=UTC)),
        ("2026-12-01T00:00:00.1Z", datetime(2026, 12, 1, 0, 0, 0, 100000, tzinfo=UTC)),
        ("2026-12-01T00:00:00.123456789Z", datetime(2026, 12, 1, 0, 0, 0, 123456, tzinfo=UTC)),
        ("2026-12-01T02:00:00+02:00", datetime(2026, 12, 1, tzinfo=UTC)),
        ("2026-12-01T02:00:00+0200", datetime(2026, 12, 1, tzinfo=UTC)),
        ("2026-12-01", datetime(2026, 12, 1, tzinfo=UTC)),
        ("2026-12-01T00:00:00", datetime(2026, 12, 1, tzinfo=UTC)),
        ("0001-01-01T00:00:00+00:00", None),
    ],
)
def test_graph_dates_of_every_real_shape_are_accepted(text: str, expected: datetime | None) -> None:
    assert parse_graph_datetime(text) == expected


@pytest.mark.parametrize("text", ["next tuesday", "2026-13-01T00:00:00Z", "2026-02-30", ""])
def test_strings_that_are_not_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_graph_datetime(text)


def test_a_bad_date_names_the_file_and_the_json_path() -> None:
    tokens = [DOC_TOKEN, DOC_TOKEN, dict(DOC_TOKEN, tokenExpirationDateTime="next tuesday")]
    assert error_of({"depOnboardingSettings": {"value": tokens}}) == (
        "snapshot.json: depOnboardingSettings.value[2].tokenExpirationDateTime: "
        "not a date: 'next tuesday'"
    )


def test_missing_optional_fields_are_kept_as_unknown() -> None:
    snap = parse({"depOnboardingSettings": {"value": [{"id": "x"}]}})
    token = snap.enrollment_tokens[0]  # type: ignore[attr-defined,index]
    assert token.name is None
    assert token.expires is None
    assert token.token_type is TokenType.UNKNOWN


def test_unknown_enum_values_are_kept_as_unknown_not_errors() -> None:
    vpp = dict(DOC_VPP, state="somethingNew", lastSyncStatus="queued")
    token = dict(DOC_TOKEN, tokenType="appleBusiness2030")
    snap = parse({"vppTokens": {"value": [vpp]}, "depOnboardingSettings": {"value": [token]}})
    assert snap.vpp_tokens[0].state is VppState.UNKNOWN  # type: ignore[attr-defined,index]
    assert snap.enrollment_tokens[0].token_type is TokenType.UNKNOWN  # type: ignore[attr-defined,index]


def test_beta_only_duplicate_location_state_is_understood() -> None:
    snap = parse({"vppTokens": {"value": [dict(DOC_VPP, state="duplicateLocationId")]}})
    assert snap.vpp_tokens[0].state is VppState.DUPLICATE_LOCATION_ID  # type: ignore[attr-defined,index]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "snapshot.json: expected an object, got a list"),
        ({"depOnboardingSettings": []}, "depOnboardingSettings: expected an object, got a list"),
        ({"depOnboardingSettings": {}}, "depOnboardingSettings.value: expected a list, got null"),
        ({"depOnboardingSettings": {"value": [3]}}, "value[0]: expected an object, got 3"),
        ({"depOnboardingSettings": {"value": [{}]}}, "value[0].id: missing"),
        (
            {"depOnboardingSettings": {"value": [dict(DOC_TOKEN, lastSyncErrorCode="3")]}},
            "value[0].lastSyncErrorCode: expected an integer, got '3'",
        ),
        (
            {"depOnboardingSettings": {"value": [dict(DOC_TOKEN, syncedDeviceCount=True)]}},
            "value[0].syncedDeviceCount: expected an integer, got true",
        ),
        (
            {"vppTokens": {"value": [dict(DOC_VPP, appleId=["a"])]}},
            "vppTokens.value[0].appleId: expected a string, got a list",
        ),
        ({"applePushNotificationCertificate": "yes"}, "expected an object, got 'yes'"),
    ],
)
def test_payloads_that_are_not_what_they_claim_raise_one_clear_error(
    document: object, message: str
) -> None:
    assert message in error_of(document)


def test_text_that_is_not_json_is_refused_with_the_file_name() -> None:
    with pytest.raises(SnapshotError, match=r"^snapshot\.json: not JSON: Expecting .*line 1"):
        parse_snapshot_text("{not json", "snapshot.json")


def test_a_null_push_certificate_means_graph_answered_404() -> None:
    snap = parse({"applePushNotificationCertificate": None})
    assert snap.push_certificate_read
    assert snap.push_certificate is None


def test_a_missing_key_means_not_read() -> None:
    snap = parse({})
    assert snap.enrollment_tokens is None
    assert snap.vpp_tokens is None
    assert not snap.push_certificate_read


def test_a_bare_push_certificate_object_parses_too() -> None:
    snap = parse({"applePushNotificationCertificate": DOC_APNS["value"]})
    assert snap.push_certificate is not None
    assert snap.push_certificate.apple_id == "Apple Identifier value"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
keys = st.sampled_from(
    [
        "depOnboardingSettings",
        "applePushNotificationCertificate",
        "vppTokens",
        "value",
        "id",
        "tokenExpirationDateTime",
        "lastSyncErrorCode",
        "tokenType",
        "state",
        "expirationDateTime",
    ]
)
graphish = st.recursive(
    json_values,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=6),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(graphish)
def test_no_json_input_crashes_the_parser_with_anything_but_the_documented_error(
    document: object,
) -> None:
    message = ""
    try:
        parse(document)
    except SnapshotError as error:
        message = str(error)
    assert message == "" or message.startswith("snapshot.json")
    assert "\n" not in message


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_no_bytes_crash_the_parser_with_anything_but_the_documented_error(data: bytes) -> None:
    with contextlib.suppress(SnapshotError):
        parse_snapshot_text(data, "snapshot.json")
