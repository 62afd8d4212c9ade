"""Graph JSON -> snapshot dataclasses. Every Graph field name lives in this module.

Strict about types, tolerant of what Graph really sends: `0001-01-01T00:00:00Z` means
"never", missing optional fields and unknown enum values become "unknown", fractional seconds
of any length and any UTC offset are accepted, a lone surrogate in a string (a broken
exporter's "\ud800") becomes U+FFFD as in any UTF-8 decoder. What the rest cannot handle
(dates at the ends of the calendar, integers beyond Graph's 32 bits) and anything else that
is not Graph's shape raises one `SnapshotError` that names the origin and the JSON path.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from functools import cache
from operator import itemgetter
from typing import Any, TypeVar, cast

from bot.core.tenant.devices import (
    AppleDevice,
    DevicePlatform,
    EnrollmentProfile,
    EnrollmentState,
)
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    Part,
    PushCertificate,
    TenantSnapshot,
    TokenType,
    VppState,
    VppSyncStatus,
    VppToken,
)

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

_DATE = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:[Tt ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.(?P<f>\d+))?)?"
    r"(?P<tz>[Zz]|[+-]\d{2}:?\d{2})?)?"
)


# Dates within two years of either end of what `datetime` holds are refused: the demo tenant,
# the alert ladder and the admin's time zone move a date by up to a year and a bit, and
# Intune's own dates are this century's (year 1 is its "never", handled before this check).
_FIRST = datetime(3, 1, 1, tzinfo=UTC)
_LAST = datetime(9997, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
# lastSyncErrorCode and syncedDeviceCount are Edm.Int32 in Graph's metadata.
_INT32 = range(-(2**31), 2**31)
_SURROGATE = re.compile("[\ud800-\udfff]")


class SnapshotError(ValueError):
    """A payload that is not what it claims to be; the message is safe to show as one line."""

    def __init__(self, origin: str, path: str, problem: str) -> None:
        self.origin, self.path, self.problem = origin, path, problem
        where = f"{origin}: {path}" if path else origin
        super().__init__(f"{where}: {problem}")


class _Reader:
    """Typed access to one JSON value, remembering where it came from.

    Field getters take the key and build the JSON path only on failure: a 2,000-token tenant
    means 20,000 field reads per snapshot.
    """

    __slots__ = ("origin", "path", "value")

    def __init__(self, origin: str, path: str, value: object) -> None:
        self.origin, self.path, self.value = origin, path, value

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, problem: str, key: str | None = None) -> SnapshotError:
        return SnapshotError(self.origin, self.path if key is None else self.where(key), problem)

    def child(self, key: str) -> _Reader:
        return _Reader(self.origin, self.where(key), self.obj().get(key))

    def obj(self) -> Mapping[str, Any]:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected an object, got {_describe(self.value)}")
        return self.value

    def items(self) -> list[_Reader]:
        if not isinstance(self.value, list):
            raise self.fail(f"expected a list, got {_describe(self.value)}")
        return [_Reader(self.origin, f"{self.path}[{i}]", v) for i, v in enumerate(self.value)]

    def opt_str(self, key: str) -> str | None:
        value = self.obj().get(key)
        if value is None:
            return None
        if isinstance(value, str):
            # A lone surrogate cannot be written as UTF-8 (a report) nor UTF-16 (a card).
            return value if value.isascii() else _SURROGATE.sub("\ufffd", value)
        raise self.fail(f"expected a string, got {_describe(value)}", key)

    def req_str(self, key: str) -> str:
        value = self.opt_str(key)
        if not value:
            raise self.fail("missing: every Graph entity has an id", key)
        return value

    def opt_int(self, key: str) -> int | None:
        value = self.obj().get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"expected an integer, got {_describe(value)}", key)
        if value not in _INT32:
            raise self.fail(f"out of range for Graph's 32-bit integer: {_describe(value)}", key)
        return value

    def opt_date(self, key: str) -> datetime | None:
        value = self.obj().get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"not a date: {_describe(value)}", key)
        try:
            return parse_graph_datetime(value)
        except ValueError as error:
            raise self.fail(str(error), key) from None

    def opt_bool(self, key: str) -> bool | None:
        value = self.obj().get(key)
        if value is None or isinstance(value, bool):
            return value
        raise self.fail(f"expected true or false, got {_describe(value)}", key)

    def enum(self, key: str, kind: type[E], unknown: E) -> E:
        raw = self.opt_str(key)
        if raw is None:
            return unknown
        member = _enum_index(kind).get(raw.casefold())
        return unknown if member is None else cast(E, member)


@cache
def _enum_index(kind: type[StrEnum]) -> dict[str, StrEnum]:
    return {member.value.casefold(): member for member in kind}


def parse_graph_datetime(text: str) -> datetime | None:
    """A Graph DateTimeOffset as an aware datetime, None for "never"; ValueError if not a date.

    Offsets are kept, fractional seconds of any length are cut to microseconds, a missing
    offset means UTC. Years 3 to 9997 (in UTC) only: see `_FIRST`.

    >>> parse_graph_datetime("2016-12-31T23:59:54.0590989-08:00").isoformat()
    '2016-12-31T23:59:54.059098-08:00'
    >>> parse_graph_datetime("0001-01-01T00:00:00Z") is None
    True
    """
    try:
        # The C parser takes every shape Graph sends (7-digit fractions, offsets, Z) fast.
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = _parse_loose(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    # .NET's DateTimeOffset.MinValue: Intune's way of saying "never happened".
    if moment.year == 1:
        return None
    if not _FIRST <= moment <= _LAST:  # compared without conversion, which could overflow
        raise ValueError(f"out of range (years 3 to 9997 only): {_describe(text)}")
    return moment


def _parse_loose(text: str) -> datetime:
    """Shapes `fromisoformat` refuses: surrounding spaces, fractions of over 6 digits with
    offsets on older Pythons, lower-case separators."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a date: {_describe(text)}")
    parts = match.groupdict()
    try:
        return datetime(
            int(parts["y"]),
            int(parts["mo"]),
            int(parts["d"]),
            int(parts["h"] or 0),
            int(parts["mi"] or 0),
            int(parts["s"] or 0),
            int((parts["f"] or "0")[:6].ljust(6, "0")),
            tzinfo=_zone(parts["tz"]),
        )
    except ValueError:
        raise ValueError(f"not a date: {_describe(text)}") from None


def _zone(text: str | None) -> timezone:
    if text is None or text in "Zz":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if offset >= timedelta(hours=24):
        raise ValueError("offset out of range")
    return timezone(sign * offset)


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value[:60])
    if isinstance(value, int | float):
        number = repr(value)  # Python's own limit on digits is 4,300
        return number if len(number) <= 60 else f"a number of {len(number)} digits"
    return "an object" if isinstance(value, dict) else "a list"


def _collection(reader: _Reader, parse_item: Callable[[_Reader], T]) -> tuple[T, ...]:
    return tuple(parse_item(item) for item in reader.child("value").items())


def parse_enrollment_token(r: _Reader) -> EnrollmentToken:
    r.obj()
    return EnrollmentToken(
        id=r.req_str("id"),
        name=r.opt_str("tokenName"),
        token_type=r.enum("tokenType", TokenType, TokenType.UNKNOWN),
        apple_id=r.opt_str("appleIdentifier"),
        expires=r.opt_date("tokenExpirationDateTime"),
        last_successful_sync=r.opt_date("lastSuccessfulSyncDateTime"),
        last_sync_triggered=r.opt_date("lastSyncTriggeredDateTime"),
        last_sync_error_code=r.opt_int("lastSyncErrorCode"),
        synced_device_count=r.opt_int("syncedDeviceCount"),
        last_modified=r.opt_date("lastModifiedDateTime"),
    )


def parse_push_certificate(r: _Reader) -> PushCertificate:
    fields = r.obj()
    # Microsoft's v1.0 doc example wraps the singleton in {"value": {...}}; accept both.
    if isinstance(fields.get("value"), dict) and "expirationDateTime" not in fields:
        r = r.child("value")
    return PushCertificate(
        expires=r.opt_date("expirationDateTime"),
        apple_id=r.opt_str("appleIdentifier"),
        topic_id=r.opt_str("topicIdentifier"),
    )


def parse_vpp_token(r: _Reader) -> VppToken:
    r.obj()
    return VppToken(
        id=r.req_str("id"),
        state=r.enum("state", VppState, VppState.UNKNOWN),
        expires=r.opt_date("expirationDateTime"),
        last_sync_status=r.enum("lastSyncStatus", VppSyncStatus, VppSyncStatus.UNKNOWN),
        last_sync=r.opt_date("lastSyncDateTime"),
        apple_id=r.opt_str("appleId"),
        organization_name=r.opt_str("organizationName"),
    )


# The profile types of Graph's enrollmentProfiles list, by @odata.type.
_PROFILE_TYPES = {
    "#microsoft.graph.depiosenrollmentprofile": DevicePlatform.IOS,
    "#microsoft.graph.depmacosenrollmentprofile": DevicePlatform.MACOS,
    "#microsoft.graph.depvisionosenrollmentprofile": DevicePlatform.VISIONOS,
    "#microsoft.graph.deptvosenrollmentprofile": DevicePlatform.TVOS,
}


def parse_device(r: _Reader) -> AppleDevice:
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


def parse_profile(r: _Reader) -> EnrollmentProfile:
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


# $select lists: only the fields read above travel from Graph (never the VPP token itself).
SELECT = {
    Part.ENROLLMENT_TOKENS: "id,tokenName,tokenType,appleIdentifier,tokenExpirationDateTime,"
    "lastSuccessfulSyncDateTime,lastSyncTriggeredDateTime,lastSyncErrorCode,"
    "syncedDeviceCount,lastModifiedDateTime",
    Part.PUSH_CERTIFICATE: "expirationDateTime,appleIdentifier,topicIdentifier",
    Part.VPP_TOKENS: "id,state,expirationDateTime,lastSyncStatus,lastSyncDateTime,appleId,"
    "organizationName",
    Part.DEVICES: "serialNumber,platform,enrollmentState,requestedEnrollmentProfileId,"
    "requestedEnrollmentProfileAssignmentDateTime,lastContactedDateTime,createdDateTime,"
    "isDeleted",
    # No $select on profiles: the list is polymorphic, and a token has few profiles.
}
# Secrets a full Graph answer holds; they never leave the Graph edge (nor reach an export).
SECRET_FIELDS = {Part.VPP_TOKENS: frozenset({"token"})}


def parse_enrollment_tokens(
    body: object, origin: str, path: str = ""
) -> tuple[EnrollmentToken, ...]:
    """One `depOnboardingSettings` response body (a page) to tokens."""
    return _collection(_Reader(origin, path, body), parse_enrollment_token)


def parse_vpp_tokens(body: object, origin: str, path: str = "") -> tuple[VppToken, ...]:
    """One `vppTokens` response body (a page) to VPP tokens."""
    return _collection(_Reader(origin, path, body), parse_vpp_token)


def parse_devices(body: object, origin: str, path: str = "") -> tuple[AppleDevice, ...]:
    """One `importedAppleDeviceIdentities` response body (a page) to devices.

    A tenant can hold 100,000 devices: a device of the usual shape is read straight from its
    dict (`_quick_devices`); any other goes through `parse_device`, which names what is wrong.
    Both give the same record for a device both can read (tests/core/test_device_parsing.py).
    """
    reader = _Reader(origin, path, body)
    items = reader.child("value")
    if not isinstance(items.value, list):
        items.items()  # raises, naming the path
    values = cast(list[object], items.value)
    devices = _quick_devices(values)
    for index, device in enumerate(devices):
        if device is None:
            item = values[index]
            devices[index] = parse_device(_Reader(origin, f"{items.path}[{index}]", item))
    return cast(tuple[AppleDevice, ...], tuple(devices))


_PLATFORMS: dict[object, DevicePlatform] = {p.value: p for p in DevicePlatform}
_STATES: dict[object, EnrollmentState] = {s.value: s for s in EnrollmentState}
# The fields the bot $selects, fetched in one C call; Graph sends each, null or not.
_DEVICE_FIELDS = itemgetter(*SELECT[Part.DEVICES].split(","))


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


_DEVICE_KEYS = tuple(SELECT[Part.DEVICES].split(","))
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
    return _collection(_Reader(origin, path, body), parse_profile)


def _per_token(
    reader: _Reader, parse: Callable[[object, str, str], tuple[T, ...]]
) -> dict[str, tuple[T, ...]]:
    """{"<token id>": {"value": [...]}} as the device parts of a snapshot file hold them."""
    return {
        token: parse(body, reader.origin, f"{reader.path}.{token}")
        for token, body in reader.obj().items()
    }


def parse_push_certificate_body(body: object, origin: str, path: str = "") -> PushCertificate:
    return parse_push_certificate(_Reader(origin, path, body))


def parse_snapshot_document(document: object, origin: str) -> TenantSnapshot:
    """The snapshot-file format: each key holds the Graph response body exactly as returned;
    `null` where Graph answered 404; a missing key means that part was not read."""
    root = _Reader(origin, "", document)
    fields = root.obj()
    tokens = vpp = None
    certificate = None
    if Part.ENROLLMENT_TOKENS in fields:
        tokens = parse_enrollment_tokens(
            fields[Part.ENROLLMENT_TOKENS], origin, Part.ENROLLMENT_TOKENS
        )
    if Part.VPP_TOKENS in fields:
        vpp = parse_vpp_tokens(fields[Part.VPP_TOKENS], origin, Part.VPP_TOKENS)
    body = fields.get(Part.PUSH_CERTIFICATE)
    if body is not None:
        certificate = parse_push_certificate_body(body, origin, Part.PUSH_CERTIFICATE)
    devices = profiles = None
    if Part.DEVICES in fields:
        devices = _per_token(root.child(Part.DEVICES), parse_devices)
    if Part.PROFILES in fields:
        profiles = _per_token(root.child(Part.PROFILES), parse_profiles)
    return TenantSnapshot(
        enrollment_tokens=tokens,
        push_certificate=certificate,
        push_certificate_read=Part.PUSH_CERTIFICATE in fields,
        vpp_tokens=vpp,
        devices=devices,
        profiles=profiles,
    )


def parse_snapshot_text(text: str | bytes, origin: str) -> TenantSnapshot:
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise SnapshotError(origin, "", f"not JSON: {_first_line(error)}") from None
    return parse_snapshot_document(document, origin)


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0]
