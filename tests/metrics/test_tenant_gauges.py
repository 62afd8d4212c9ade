"""The tenant gauges are computed at scrape time, with `now` passed in, from the snapshot the
bot last read: no read at scrape time, no series before the first read."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client import generate_latest

from bot.core.diagnosis.diagnose import Thresholds
from bot.core.diagnosis.findings import Card, Severity
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    PushCertificate,
    TenantSnapshot,
    VppState,
    VppSyncStatus,
    VppToken,
)
from bot.metrics.serving import ProcessMetrics
from bot.settings import Settings, SettingsError
from tests.metrics.scrape import Samples, parse, series, value

READ_AT = datetime(2026, 11, 22, 12, tzinfo=UTC)
TOKEN = EnrollmentToken(
    "tok-1",
    "Contoso iPads",
    expires=READ_AT + timedelta(days=20),
    last_successful_sync=READ_AT - timedelta(hours=5),
    last_sync_error_code=0,
)
VPP_FAILED = VppToken(
    "vpp-1",
    VppState.VALID,
    expires=READ_AT + timedelta(days=200),
    last_sync_status=VppSyncStatus.FAILED,
    last_sync=READ_AT - timedelta(hours=2),
    organization_name="Contoso Ltd",
)
APNS = PushCertificate(READ_AT + timedelta(days=100), "mdm@contoso.com", "com.apple.mgmt.x")
SNAPSHOT = TenantSnapshot((TOKEN,), APNS, True, (VPP_FAILED,))


class OneSnapshot:
    """A tenant source that counts its reads."""

    description, can_sync = "one snapshot", False

    def __init__(self) -> None:
        self.reads = 0

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        self.reads += 1
        return SNAPSHOT

    async def sync(self, token_id: str) -> None:
        raise AssertionError("not called")

    async def close(self) -> None:
        pass


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def scraped(metrics: ProcessMetrics) -> Samples:
    return parse(generate_latest(metrics.registry).decode())


def test_days_and_hours_are_as_of_the_scrape_not_the_read() -> None:
    clock = Clock(READ_AT)
    metrics = ProcessMetrics(clock, Thresholds())
    inner = OneSnapshot()
    held = metrics.watch(inner)
    assert series(scraped(metrics), "ade_token_expiry_days") == {}
    asyncio.run(held.read(READ_AT))
    clock.now = READ_AT + timedelta(days=1, hours=6)
    samples = scraped(metrics)
    token = {"kind": "ade", "id": "tok-1", "name": "Contoso iPads"}
    assert value(samples, "ade_token_expiry_days", **token) == pytest.approx(18.75)
    assert value(samples, "ade_token_sync_age_hours", **token) == pytest.approx(35.0)
    apns = {"kind": "apns", "id": "com.apple.mgmt.x", "name": "mdm@contoso.com"}
    assert value(samples, "ade_token_expiry_days", **apns) == pytest.approx(98.75)
    assert value(samples, "ade_snapshot_age_seconds") == pytest.approx(30 * 3600)
    assert inner.reads == 1  # scraping never reads the tenant


def test_a_vpp_token_whose_last_sync_failed_has_no_successful_sync_age() -> None:
    metrics = ProcessMetrics(Clock(READ_AT), Thresholds())
    asyncio.run(metrics.watch(OneSnapshot()).read(READ_AT))
    samples = scraped(metrics)
    vpp = {"kind": "vpp", "id": "vpp-1", "name": "Contoso Ltd"}
    assert value(samples, "ade_token_expiry_days", **vpp) == pytest.approx(200.0)
    assert value(samples, "ade_token_sync_age_hours", **vpp) is None


def test_findings_list_every_card_and_severity_with_the_current_ones_counted() -> None:
    clock = Clock(READ_AT)
    metrics = ProcessMetrics(clock, Thresholds())
    asyncio.run(metrics.watch(OneSnapshot()).read(READ_AT))
    findings = series(scraped(metrics), "ade_findings")
    assert len(findings) == len(Card) * len(Severity)
    expiring = frozenset({("card", "token-expiring"), ("severity", "warning")})
    vpp_failed = frozenset({("card", "vpp-token-problem"), ("severity", "warning")})
    assert findings[expiring] == findings[vpp_failed] == 1
    assert sum(findings.values()) == 2
    clock.now = READ_AT + timedelta(days=21)  # the token has now expired
    findings = series(scraped(metrics), "ade_findings")
    assert findings[frozenset({("card", "token-expired"), ("severity", "error")})] == 1
    assert findings[expiring] == 0


def test_two_bots_in_one_process_count_apart() -> None:
    first = ProcessMetrics(Clock(READ_AT), Thresholds())
    second = ProcessMetrics(Clock(READ_AT), Thresholds())
    first.instruments.answered("GET", "vppTokens", "403")
    labels = {"method": "GET", "resource": "vppTokens", "status": "403"}
    assert value(scraped(first), "ade_graph_requests_total", **labels) == 1
    assert value(scraped(second), "ade_graph_requests_total", **labels) is None


def test_an_activity_type_nobody_sends_is_counted_as_other() -> None:
    metrics = ProcessMetrics(Clock(READ_AT), Thresholds())
    metrics.instruments.turn("x" * 200, 0.1)
    assert value(scraped(metrics), "ade_turn_duration_seconds_count", activity="other") == 1


@pytest.mark.parametrize("raw", ["yes", "9464", "host:", "127.0.0.1:99999", ":9464"])
def test_ade_metrics_must_be_off_on_or_host_and_port(raw: str) -> None:
    with pytest.raises(SettingsError, match="ADE_METRICS"):
        Settings.from_env({"ADE_METRICS": raw})


def test_ade_metrics_takes_an_ipv6_address_in_brackets() -> None:
    settings = Settings.from_env({"ADE_METRICS": "[::1]:9464", "ADE_LOG_FORMAT": "JSON"})
    assert settings.metrics_address == ("::1", 9464)
    assert settings.log_format == "json"
    assert Settings.from_env({}).metrics == "off"
    assert Settings.from_env({"ADE_METRICS": "On"}).metrics_address is None
