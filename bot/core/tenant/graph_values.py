"""What Graph's JSON holds, read strictly: the `Reader` that walks a response body with the
JSON path it is at, Graph's dates ("0001-01-01T00:00:00Z" is "never"), and `SnapshotError`,
which names the origin and the path of what is wrong. bot.core.tenant.document (tokens, the
APNs certificate, VPP tokens, snapshot files) and bot.core.tenant.device_document (ADE devices
and enrollment profiles) read through it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar, cast

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


class Reader:
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

    def child(self, key: str) -> Reader:
        return Reader(self.origin, self.where(key), self.obj().get(key))

    def obj(self) -> Mapping[str, Any]:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected an object, got {describe(self.value)}")
        return self.value

    def items(self) -> list[Reader]:
        if not isinstance(self.value, list):
            raise self.fail(f"expected a list, got {describe(self.value)}")
        return [Reader(self.origin, f"{self.path}[{i}]", v) for i, v in enumerate(self.value)]

    def opt_str(self, key: str) -> str | None:
        value = self.obj().get(key)
        if value is None:
            return None
        if isinstance(value, str):
            # A lone surrogate cannot be written as UTF-8 (a report) nor UTF-16 (a card).
            return value if value.isascii() else _SURROGATE.sub("\ufffd", value)
        raise self.fail(f"expected a string, got {describe(value)}", key)

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
            raise self.fail(f"expected an integer, got {describe(value)}", key)
        if value not in _INT32:
            raise self.fail(f"out of range for Graph's 32-bit integer: {describe(value)}", key)
        return value

    def opt_date(self, key: str) -> datetime | None:
        value = self.obj().get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"not a date: {describe(value)}", key)
        try:
            return parse_graph_datetime(value)
        except ValueError as error:
            raise self.fail(str(error), key) from None

    def opt_bool(self, key: str) -> bool | None:
        value = self.obj().get(key)
        if value is None or isinstance(value, bool):
            return value
        raise self.fail(f"expected true or false, got {describe(value)}", key)

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
        raise ValueError(f"out of range (years 3 to 9997 only): {describe(text)}")
    return moment


def _parse_loose(text: str) -> datetime:
    """Shapes `fromisoformat` refuses: surrounding spaces, fractions of over 6 digits with
    offsets on older Pythons, lower-case separators."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a date: {describe(text)}")
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
        raise ValueError(f"not a date: {describe(text)}") from None


def _zone(text: str | None) -> timezone:
    if text is None or text in "Zz":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if offset >= timedelta(hours=24):
        raise ValueError("offset out of range")
    return timezone(sign * offset)


def describe(value: object) -> str:
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


def collection(reader: Reader, parse_item: Callable[[Reader], T]) -> tuple[T, ...]:
    return tuple(parse_item(item) for item in reader.child("value").items())
