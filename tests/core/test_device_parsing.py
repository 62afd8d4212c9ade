"""parse_devices' fast path (`_quick_device`) gives the same record as the careful one
(`parse_device`) for every device both can read, and leaves the rest to the careful one."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.tenant import device_document as document
from bot.core.tenant.devices import AppleDevice
from bot.core.tenant.document import SnapshotError, parse_devices

DATES = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "0001-01-01T00:00:00Z",  # Intune's "never"
            "0001-01-01T00:00:00.0000000Z",
            "0001-01-01T00:00:00+00:00",
            "2026-09-01T00:02:32.8167841Z",  # Graph's 7-digit fraction
            "2026-09-01T00:02:32.8167841-08:00",
            "2026-09-01T00:02:32Z",
            "2026-09-01T00:02:32",  # no offset: UTC on the careful path
            "0003-01-01T00:00:00Z",
            "0004-01-01T00:00:00Z",
            "9996-12-31T23:59:59Z",
            "9997-12-31T23:59:59Z",
            "9998-01-01T00:00:00Z",
            " 2026-09-01T00:02:32Z ",
            "2026-13-01T00:00:00Z",
            "not a date Z",
            "",
        ]
    ),
    st.integers(0, 3),
)
TEXT = st.one_of(
    st.none(), st.sampled_from(["", "p-ios", "C02XK1ZZJG5H", "Ünïcode", "ios"]), st.integers()
)


def devices() -> st.SearchStrategy[dict[str, Any]]:
    fields = {
        "serialNumber": TEXT,
        "platform": st.sampled_from(["ios", "macOS", "IOS", "tvos", "android", None, 3]),
        "enrollmentState": st.sampled_from(["enrolled", "failed", "Failed", "blocked", None]),
        "requestedEnrollmentProfileId": TEXT,
        "requestedEnrollmentProfileAssignmentDateTime": DATES,
        "lastContactedDateTime": DATES,
        "createdDateTime": DATES,
        "isDeleted": st.sampled_from([None, True, False, 0, "true"]),
    }
    # Graph may leave a field out as well as send it null.
    return st.fixed_dictionaries({}, optional=fields)  # type: ignore[arg-type]


def careful(item: dict[str, Any]) -> AppleDevice | SnapshotError:
    try:
        return document.parse_device(document.Reader("test", "value[0]", item))
    except SnapshotError as error:
        return error


@settings(max_examples=600, deadline=None)
@given(devices())
def test_the_fast_path_gives_the_careful_paths_record_or_leaves_the_device_to_it(
    item: dict[str, Any],
) -> None:
    quick = document._quick_device(item)
    expected = careful(item)
    if quick is not None:
        assert quick == expected
        assert [type(v) for v in quick] == [type(v) for v in expected]  # type: ignore[union-attr]
    page = {"value": [item]}
    if isinstance(expected, SnapshotError):
        with pytest.raises(SnapshotError) as raised:
            parse_devices(page, "test")
        assert str(raised.value) == str(expected)
    else:
        assert parse_devices(page, "test") == (expected,)


def test_a_page_of_the_usual_shape_takes_the_fast_path_for_every_device() -> None:
    item = {
        "serialNumber": "C02XK1ZZJG5H",
        "platform": "macOS",
        "enrollmentState": "notContacted",
        "requestedEnrollmentProfileId": "p-mac",
        "requestedEnrollmentProfileAssignmentDateTime": "2026-09-01T00:02:32.8167841Z",
        "lastContactedDateTime": "0001-01-01T00:00:00Z",
        "createdDateTime": "2026-08-30T11:00:00Z",
        "isDeleted": False,
    }
    quick = document._quick_device(item)
    assert quick is not None
    assert quick == careful(item)
    assert quick.last_contacted is None
    assert quick.assigned is not None
    assert quick.assigned.microsecond == 816784
