"""ADE devices and enrollment profiles from Graph's JSON (`importedAppleDeviceIdentities` and
`enrollmentProfiles` of each enrollment program token; issue 14).

A tenant can hold 100,000 devices: a device of the usual shape is read straight from its dict
in one loop (`_quick_devices`), any other through `parse_device`, which names what is wrong.
"""

from __future__ import annotations

import sys
from datetime import datetime
from operator import itemgetter
from typing import cast

from bot.core.tenant.devices import (
    AppleDevice,
    DevicePlatform,
    EnrollmentProfile,
    EnrollmentState,
)
from bot.core.tenant.graph_values import Reader, collection

# The device fields the bot $selects (bot.core.tenant.document.SELECT).
DEVICE_SELECT = (
    "serialNumber,platform,enrollmentState,requestedEnrollmentProfileId,"
    "requestedEnrollmentProfileAssignmentDateTime,lastContactedDateTime,createdDateTime,"
    "isDeleted"
)

# The profile types of Graph's enrollmentProfiles list, by @odata.type.
_PROFILE_TYPES = {
    "#microsoft.graph.depiosenrollmentprofile": DevicePlatform.IOS,
    "#microsoft.graph.depmacosenrollmentprofile": DevicePlatform.MACOS,
    "#microsoft.graph.depvisionosenrollmentprofile": DevicePlatform.VISIONOS,
    "#microsoft.graph.deptvosenrollmentprofile": DevicePlatform.TVOS,
}


def parse_device(r: Reader) -> AppleDevice:
    r.obj()
    # Many devices share a profile: one string per profile id, not one per device.
    profile = r.opt_str("requestedEnrollmentProfileId")
    return AppleDevice(
        serial=r.req_str("serialNumber"),
        platform=r.enum("platform", DevicePlatform, DevicePlatform.UNKNOWN),
        state=r.enum("enrollmentState", EnrollmentState, EnrollmentState.UNKNOWN),
        profile_id=_intern(profile) if profile else None,
        assigned=r.opt_date("requestedEnrollmentProfileAssignmentDateTime"),
        last_contacted=r.opt_date("lastContactedDateTime"),
        created=r.opt_date("createdDateTime"),
        deleted=bool(r.opt_bool("isDeleted")),
    )


def _intern(text: str) -> str:
    return sys.intern(text) if text.isascii() else text


def parse_profile(r: Reader) -> EnrollmentProfile:
    r.obj()
    kind = (r.opt_str("@odata.type") or "").casefold()
    vpp = r.opt_str("companyPortalVppTokenId")
    return EnrollmentProfile(
        id=r.req_str("id"),
        name=r.opt_str("displayName"),
        platform=_PROFILE_TYPES.get(kind, DevicePlatform.UNKNOWN),
        is_default=bool(r.opt_bool("isDefault")),
        # Graph may send an empty string or an all-zero GUID for "no VPP token".
        company_portal_vpp_token_id=vpp if vpp and vpp.strip("0-") else None,
    )


def parse_devices(body: object, origin: str, path: str = "") -> tuple[AppleDevice, ...]:
    """One `importedAppleDeviceIdentities` response body (a page) to devices.

    A tenant can hold 100,000 devices: a device of the usual shape is read straight from its
    dict (`_quick_devices`); any other goes through `parse_device`, which names what is wrong.
    Both give the same record for a device both can read (tests/core/test_device_parsing.py).
    """
    reader = Reader(origin, path, body)
    items = reader.child("value")
    if not isinstance(items.value, list):
        items.items()  # raises, naming the path
    values = cast(list[object], items.value)
    devices = _quick_devices(values)
    for index, device in enumerate(devices):
        if device is None:
            item = values[index]
            devices[index] = parse_device(Reader(origin, f"{items.path}[{index}]", item))
    return cast(tuple[AppleDevice, ...], tuple(devices))


_PLATFORMS: dict[object, DevicePlatform] = {p.value: p for p in DevicePlatform}
_STATES: dict[object, EnrollmentState] = {s.value: s for s in EnrollmentState}
# The fields the bot $selects, fetched in one C call; Graph sends each, null or not.
_DEVICE_FIELDS = itemgetter(*DEVICE_SELECT.split(","))


def _quick_device(item: object) -> AppleDevice | None:
    """The device, or None when anything is unusual (the slow path then decides)."""
    return _quick_devices([item])[0]


def _quick_devices(items: list[object]) -> list[AppleDevice | None]:
    """Each device of a page, None where anything is unusual (the slow path then decides).

    One loop with no call per device but the C ones: 100,000 devices go through it."""
    out: list[AppleDevice | None] = []
    append, fields_of, platforms, states = out.append, _DEVICE_FIELDS, _PLATFORMS, _STATES
    iso, intern, new, device_type, slow_date = (
        _fromisoformat,
        sys.intern,
        _new_device,
        AppleDevice,
        _quick_date,
    )
    for item in items:
        if type(item) is not dict:
            append(None)
            continue
        try:
            serial, platform, state, profile, assigned, contacted, created, deleted = fields_of(
                item
            )
        except KeyError:  # a field left out (a body without $select, a hand-written snapshot)
            get = item.get
            serial, platform, state, profile = (get(k) for k in _DEVICE_KEYS[:4])
            assigned, contacted, created, deleted = (get(k) for k in _DEVICE_KEYS[4:])
        platform = platforms.get(platform)
        state = states.get(state)
        if (
            platform is None
            or state is None
            or type(serial) is not str
            or not serial
            or not serial.isascii()
            or not (profile is None or (type(profile) is str and profile.isascii()))
            or not (deleted is None or type(deleted) is bool)
        ):
            append(None)
            continue
        try:
            # Dates of the usual shape (a year from 0004 to 9996 and "Z", checked on the
            # string) straight to the C parser; "never", offsets and the rest to _quick_date.
            # A value that is not a string fails the comparison: TypeError, the slow path.
            if assigned is not None:
                if "0004" <= assigned < "9997" and assigned[-1] == "Z":
                    assigned = iso(assigned)
                else:
                    assigned = slow_date(assigned)
            if contacted is not None:
                if "0004" <= contacted < "9997" and contacted[-1] == "Z":
                    contacted = iso(contacted)
                else:
                    contacted = slow_date(contacted)
            if created is not None:
                if "0004" <= created < "9997" and created[-1] == "Z":
                    created = iso(created)
                else:
                    created = slow_date(created)
        except (ValueError, TypeError):
            append(None)
            continue
        profile = intern(profile) if profile else None
        append(
            new(
                device_type,
                (serial, platform, state, profile, assigned, contacted, created, deleted is True),
            )
        )
    return out


_DEVICE_KEYS = tuple(DEVICE_SELECT.split(","))
_new_device = tuple.__new__  # AppleDevice(...) without its Python-level __new__
_intern_ascii = sys.intern


def _quick_date(value: object) -> datetime | None:
    """A date of Graph's usual shape (UTC, years 3 to 9997), None for none or "never";
    ValueError or TypeError for anything else."""
    if value is None:
        return None
    moment = _fromisoformat(value)  # type: ignore[arg-type]  # TypeError if not a string
    year = moment.year
    if year == 1:
        return None  # Intune's "never"
    if moment.tzinfo is None or not 3 < year < 9997:
        raise ValueError("unusual date")
    return moment


_fromisoformat = datetime.fromisoformat


def parse_profiles(body: object, origin: str, path: str = "") -> tuple[EnrollmentProfile, ...]:
    """One `enrollmentProfiles` response body (a page) to profiles."""
    return collection(Reader(origin, path, body), parse_profile)
