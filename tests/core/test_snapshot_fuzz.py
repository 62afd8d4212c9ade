"""Snapshot files fuzzed end to end (issue 12): arbitrary Graph-ish documents, with hostile field
values (lone surrogates, huge and negative numbers, dates at the ends of the calendar, wrong
types, deep nesting), go through parse -> diagnose -> the reply cards in all six languages ->
the tokens card and the alerts -> the text report -> the JSON report. Each is either one
one-line `SnapshotError` or output that can be written as UTF-8 and UTF-16; never any other
exception.

Deterministic and bounded, so `make test` always runs the same examples in a few seconds:
`derandomize=True`, no example database, a fixed `max_examples`, no deadline.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.catalogs import translator
from bot.core.alerting.cards import alert_card
from bot.core.alerting.problems import find_problems
from bot.core.cards.diagnosis import diagnosis_reply
from bot.core.cards.report import render_text, to_json
from bot.core.cards.tokens import tokens_card
from bot.core.diagnosis.diagnose import diagnose
from bot.core.i18n.languages import LANGUAGES
from bot.core.tenant.document import SnapshotError, parse_snapshot_text
from bot.core.tenant.snapshot import TenantSnapshot

FUZZ = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# The widest offsets in use (Kiribati +14, Baker Island -12) and two that are not whole hours.
ZONES: list[tzinfo] = [
    UTC,
    ZoneInfo("Pacific/Kiritimati"),
    ZoneInfo("Etc/GMT+12"),
    ZoneInfo("Asia/Kathmandu"),
    ZoneInfo("America/St_Johns"),
]

# --- values ------------------------------------------------------------------------------------

hostile_text = st.text(
    alphabet=st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff", "a", " ", "\x00", "ł", "😀"]),
    max_size=12,
)
texts = st.text(max_size=24) | hostile_text
offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
iso_dates = st.builds(
    lambda moment, fraction: moment.isoformat() if fraction else moment.isoformat("T", "seconds"),
    st.datetimes(timezones=offsets | st.none()),
    st.booleans(),
)
edge_dates = st.sampled_from(
    [
        "9999-12-31T23:59:59-05:00",
        "9999-12-31T23:59:59.9999999Z",
        "9997-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z",
        "0001-12-31T23:00:00-05:00",
        "0002-01-01T00:00:00+14:00",
        "0003-01-01T00:00:00Z",
        "2026-12-01T00:00:00.1234567+23:59",
        "2026-02-29T00:00:00Z",
        " 2026-12-01t00:00:00z ",
    ]
)
json_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts | hostile_text
)
any_json = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
int32_edges = st.sampled_from([0, 3, -1, 2**31 - 1, -(2**31), 2**31, -(2**31) - 1, 10**30])


def field(typed: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly the right type (with hostile values), one time in ten anything at all: a
    document with one wrong type is refused whole, so most must reach the cards."""
    return st.integers(0, 9).flatmap(lambda n: any_json if n == 0 else typed)


dates = field(iso_dates | edge_dates | texts)
ints = field(st.integers() | int32_edges)
strings = field(texts)


def entity(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """A Graph entity with any subset of its fields."""
    return st.fixed_dictionaries({}, optional=fields)


token = entity(
    {
        "id": field(st.sampled_from(["t1", "t2", "6f0c3c9e-2b8e-4a5e-9d51-6a1f0e1c0001"]) | texts),
        "tokenName": strings,
        "tokenType": field(st.sampled_from(["dep", "appleSchoolManager", "none"]) | texts),
        "appleIdentifier": strings,
        "tokenExpirationDateTime": dates,
        "lastSuccessfulSyncDateTime": dates,
        "lastSyncTriggeredDateTime": dates,
        "lastSyncErrorCode": ints,
        "syncedDeviceCount": ints,
        "lastModifiedDateTime": dates,
    }
)
vpp = entity(
    {
        "id": field(st.sampled_from(["v1", "v2"]) | texts),
        "state": field(st.sampled_from(["valid", "expired", "invalid"]) | texts),
        "expirationDateTime": dates,
        "lastSyncStatus": field(st.sampled_from(["completed", "failed"]) | texts),
        "lastSyncDateTime": dates,
        "appleId": strings,
        "organizationName": strings,
    }
)
certificate = entity(
    {"expirationDateTime": dates, "appleIdentifier": strings, "topicIdentifier": strings}
)


def collection(item: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return field(st.fixed_dictionaries({"value": st.lists(field(item), max_size=4)}))


documents = field(
    st.fixed_dictionaries(
        {},
        optional={
            "depOnboardingSettings": collection(token),
            "applePushNotificationCertificate": field(st.none() | certificate),
            "vppTokens": collection(vpp),
        },
    )
)
# Deep nesting is refused by the JSON parser itself; it must still be one line.
nested = st.integers(1, 120_000).map(lambda depth: "[" * depth + "]" * depth)
# Any moment `--as-of` accepts (hypothesis takes naive bounds and adds the zone).
nows = st.datetimes(
    min_value=datetime(3, 1, 2),  # noqa: DTZ001
    max_value=datetime(9997, 12, 30),  # noqa: DTZ001
    timezones=st.just(UTC),
) | st.just(datetime(2026, 12, 2, 9, 30, tzinfo=UTC))


# --- the pipeline -----------------------------------------------------------------------------


def _written(value: object) -> None:
    """What `check --json`, `cards --out` and the bot write: UTF-8, and UTF-16 for Teams."""
    text = json.dumps(value, ensure_ascii=False)
    text.encode("utf-8")
    text.encode("utf-16-le")
    assert json.loads(text) == json.loads(json.dumps(value))


def _everything(snapshot: TenantSnapshot, now: datetime, zone: tzinfo) -> None:
    findings = diagnose(snapshot, now)
    problems = find_problems(snapshot, findings, now)
    for language in LANGUAGES:
        t = translator(language, zone)
        _written(diagnosis_reply(findings, t, now))
        _written(tokens_card(snapshot, findings, t, now))
        for problem in list(problems.problems.values())[:3]:
            _written(alert_card(problem.finding, problem.subject, t, now))
        render_text(findings, t, now, "fuzz.json").encode("utf-8")
    _written(to_json(findings, now, "fuzz.json"))


def _check(text: str, now: datetime, zone: tzinfo) -> None:
    try:
        snapshot = parse_snapshot_text(text, "fuzz.json")
    except SnapshotError as error:
        event("refused")
        message = str(error)
        assert message.startswith("fuzz.json")
        assert "\n" not in message
        assert len(message) < 300
        message.encode("utf-8", "backslashreplace")
        return
    event("reported")
    _everything(snapshot, now, zone)


@FUZZ
@given(documents, nows, st.sampled_from(ZONES))
def test_any_snapshot_document_gives_valid_output_or_one_snapshot_error(
    document: Any, now: datetime, zone: tzinfo
) -> None:
    _check(json.dumps(document), now, zone)


@settings(FUZZ, max_examples=20)
@given(nested)
def test_deeply_nested_json_is_one_snapshot_error(text: str) -> None:
    _check(text, datetime(2026, 12, 2, tzinfo=UTC), UTC)
