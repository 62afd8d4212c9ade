"""The demo tenant under the alert scan (issue 12, item 12): a running or restarted demo keeps
its problems' keys, so it does not post a new "sync failing" alert and resolve the old one
every minute, while its cards keep telling the same story."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.alerting.problems import find_problems
from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card, Severity
from bot.core.tenant.demo import DemoSource
from bot.core.tenant.snapshot import TenantSnapshot
from tests.core.test_alerts import Ledger, resolves, run, sends

MONDAY = datetime(2026, 11, 23, tzinfo=UTC)  # 00:00 UTC, the start of a week
# Through one week: Monday's first minute, midweek, and Sunday's last minutes.
MOMENTS = [
    MONDAY + timedelta(seconds=30),
    MONDAY + timedelta(days=2, hours=13, minutes=7, seconds=41),
    MONDAY + timedelta(days=6, hours=23, minutes=57),
]


def _read(source: DemoSource, now: datetime) -> TenantSnapshot:
    return asyncio.run(source.read(now))


def _keys(now: datetime) -> set[str]:
    snapshot = _read(DemoSource(), now)
    return set(find_problems(snapshot, diagnose(snapshot, now), now).problems)


@pytest.mark.parametrize("start", MOMENTS)
def test_a_scan_61_seconds_later_or_after_a_restart_sends_and_resolves_nothing(
    start: datetime,
) -> None:
    ledger, source = Ledger(), DemoSource()
    first = run(_read(source, start), start, ledger)
    assert {problem.split(":")[0] for problem, _ in sends(first)} >= {"expiry", "sync-error"}
    later = start + timedelta(seconds=61)  # past the demo's one-minute cache
    second = run(_read(source, later), later, ledger)
    assert (sends(second), resolves(second)) == ([], [])
    restarted = later + timedelta(seconds=30)
    third = run(_read(DemoSource(), restarted), restarted, ledger)
    assert (sends(third), resolves(third)) == ([], [])


def test_the_demo_problems_keep_their_keys_all_week() -> None:
    moments = [MONDAY + timedelta(hours=hours, minutes=17) for hours in range(0, 7 * 24, 5)]
    assert len({frozenset(_keys(now)) for now in moments}) == 1


@pytest.mark.parametrize("hours", range(0, 7 * 24, 7))
def test_the_demo_tells_the_same_story_at_every_hour_of_the_week(hours: int) -> None:
    now = MONDAY + timedelta(hours=hours, minutes=42)
    findings = diagnose(_read(DemoSource(), now), now)
    # One token expired, one failing to sync, one expiring within two weeks; the devices and
    # profiles of the first two tokens show every device-level finding (issue 14).
    assert [(f.card, f.severity) for f in findings] == [
        (Card.TOKEN_EXPIRED, Severity.ERROR),
        (Card.SYNC_ERROR, Severity.ERROR),
        (Card.DEVICE_ENROLLMENT_FAILED, Severity.ERROR),
        (Card.COMPANY_PORTAL_VPP_INVALID, Severity.ERROR),
        (Card.TOKEN_EXPIRING, Severity.WARNING),
        (Card.DEVICE_NO_PROFILE, Severity.WARNING),
        (Card.DEFAULT_PROFILE_MISSING, Severity.WARNING),
        (Card.DEVICE_NEVER_CONTACTED, Severity.WARNING),
    ]
    expiring = findings[4].subjects[0].item
    assert expiring is not None
    left = expiring.expires - now  # type: ignore[attr-defined]
    assert timedelta(days=7) < left <= timedelta(days=14)
