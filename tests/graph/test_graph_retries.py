"""Throttling, outages and slowness: retries that honour Retry-After, all inside one budget
that fits the bot's 15-second reply window."""

import asyncio
import logging
import socket
import time
from dataclasses import replace
from email.utils import formatdate

import pytest

from bot.core.tenant.snapshot import Part, TenantSnapshot
from bot.graph.client import RetryPolicy
from tests.graph.conftest import FAST, NOW, FakeTenant, fake_tenant
from tests.graph.fake_graph import APNS, DROP, TOKENS, VPP, Reply, graph_error
from tests.graph.tls import Tls


class Waits:
    """Stands in for asyncio.sleep: records how long the client chose to wait."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)
        await asyncio.sleep(0)


async def read(
    tenant: FakeTenant, policy: RetryPolicy = FAST, waits: Waits | None = None
) -> TenantSnapshot:
    source = tenant.source(policy)
    if waits is not None:
        source.client.sleep = waits
    try:
        return await source.read(NOW)
    finally:
        await source.close()


def throttled(**headers: str) -> Reply:
    return graph_error(429, "TooManyRequests", "Too many requests", **headers)


def test_a_429_with_retry_after_seconds_waits_exactly_that_long(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[TOKENS] = [throttled(**{"Retry-After": "2"})]
            waits = Waits()
            snapshot = await read(tenant, waits=waits)
        assert not snapshot.failures
        assert waits.seconds == [2.0]
        assert len(tenant.graph.requests_to(TOKENS)) == 2

    asyncio.run(scenario())


def test_a_429_with_retry_after_as_an_http_date_waits_until_then(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            now = time.time()
            tenant.graph.script[VPP] = [
                throttled(
                    **{
                        "Retry-After": formatdate(now + 2, usegmt=True),
                        "Date": formatdate(now, usegmt=True),
                    }
                )
            ]
            waits = Waits()
            snapshot = await read(tenant, waits=waits)
        assert not snapshot.failures
        (wait,) = waits.seconds
        assert 1.0 <= wait <= 2.0  # HTTP dates have whole seconds

    asyncio.run(scenario())


def test_a_429_without_retry_after_backs_off_exponentially_with_jitter(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[APNS] = [throttled() for _ in range(3)]
            waits = Waits()
            policy = replace(FAST, backoff=0.2, backoff_cap=10.0)
            snapshot = await read(tenant, policy, waits)
        assert not snapshot.failures
        first, second, third = waits.seconds
        assert 0.1 <= first <= 0.2
        assert 0.2 <= second <= 0.4
        assert 0.4 <= third <= 0.8

    asyncio.run(scenario())


def test_a_retry_after_beyond_the_budget_fails_at_once_as_throttled(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[TOKENS] = [throttled(**{"Retry-After": "120"})]
            waits = Waits()
            snapshot = await read(tenant, waits=waits)
        (failure,) = snapshot.failures
        assert (failure.part, failure.reason) == (Part.ENROLLMENT_TOKENS, "throttled")
        assert waits.seconds == []
        assert len(tenant.graph.requests_to(TOKENS)) == 1

    asyncio.run(scenario())


def test_a_503_storm_exhausts_the_budget_and_reports_graph_unavailable(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[TOKENS] = [graph_error(503, "ServiceUnavailable", "busy")] * 500
            policy = replace(FAST, budget=0.6, attempts=1000, backoff=0.05, backoff_cap=0.1)
            started = time.monotonic()
            snapshot = await read(tenant, policy)
            elapsed = time.monotonic() - started
        (failure,) = snapshot.failures
        assert failure.reason == "unavailable"
        assert "Graph answered 503 ServiceUnavailable" in failure.detail
        assert len(tenant.graph.requests_to(TOKENS)) >= 4
        assert elapsed < 0.6 + 0.4
        assert snapshot.vpp_tokens is not None  # the other parts were read meanwhile

    asyncio.run(scenario())


def test_retries_stop_after_the_attempt_limit(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[VPP] = [graph_error(502, "BadGateway", "gateway")] * 10
            snapshot = await read(tenant, replace(FAST, attempts=3), Waits())
        assert [f.reason for f in snapshot.failures] == ["unavailable"]
        assert len(tenant.graph.requests_to(VPP)) == 3

    asyncio.run(scenario())


def test_a_gateway_hiccup_is_retried_with_the_same_client_request_id(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[TOKENS] = [graph_error(504, "GatewayTimeout", "slow"), Reply(502)]
            snapshot = await read(tenant, waits=Waits())
        assert not snapshot.failures
        attempts = tenant.graph.requests_to(TOKENS)
        assert len(attempts) == 3
        assert len({a.client_request_id for a in attempts}) == 1

    asyncio.run(scenario())


@pytest.mark.parametrize("status", [400, 404, 409, 500])
def test_other_errors_are_not_retried(tls: Tls, status: int) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[TOKENS] = [graph_error(status, "SomeError", "no")] * 5
            snapshot = await read(tenant, waits=Waits())
        (failure,) = snapshot.failures
        assert f"Graph answered {status} SomeError: no" in failure.detail
        assert len(tenant.graph.requests_to(TOKENS)) == 1

    asyncio.run(scenario())


def test_a_graph_that_does_not_answer_in_the_budget_times_out_in_the_budget(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.delay = 5.0
            started = time.monotonic()
            snapshot = await read(tenant, replace(FAST, budget=0.5))
            elapsed = time.monotonic() - started
        assert {f.reason for f in snapshot.failures} == {"timeout"}
        assert len(snapshot.failures) == 3
        assert elapsed < 0.5 + 0.4

    asyncio.run(scenario())


def test_a_hung_request_is_abandoned_and_retried_within_the_budget(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[APNS] = [Reply(200, {}, delay=3.0)]
            policy = replace(FAST, budget=2.0, attempt_timeout=0.3)
            snapshot = await read(tenant, policy)
        assert not snapshot.failures
        assert snapshot.push_certificate is not None

    asyncio.run(scenario())


def test_a_connection_dropped_without_an_answer_is_retried(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[VPP] = [Reply(DROP)]
            snapshot = await read(tenant, waits=Waits())
        assert not snapshot.failures
        assert len(tenant.graph.requests_to(VPP)) == 2

    asyncio.run(scenario())


def test_an_unreachable_graph_is_unavailable_after_retries(tls: Tls) -> None:
    async def scenario() -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            closed_port = probe.getsockname()[1]
        async with fake_tenant(tls) as tenant:
            source = tenant.source(graph_endpoint=f"https://127.0.0.1:{closed_port}")
            source.client.sleep = Waits()
            snapshot = await source.read(NOW)
            await source.close()
        assert {f.reason for f in snapshot.failures} == {"unavailable"}
        assert "connection failed: ConnectError" in snapshot.failures[0].detail

    asyncio.run(scenario())


def test_a_failed_request_is_logged_with_status_code_and_both_request_ids(
    tls: Tls, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[VPP] = [graph_error(409, "Conflict", "Token is being renewed")]
            await read(tenant)
        (seen,) = tenant.graph.requests_to(VPP)
        (record,) = [
            r for r in caplog.records if r.name == "bot.graph.client" and r.levelname == "WARNING"
        ]
        message = record.getMessage()
        assert (
            "Graph GET /beta/deviceAppManagement/vppTokens: 409 Conflict: Token is being renewed"
            in message
        )
        assert f"client-request-id {seen.client_request_id}" in message
        assert "(request-id " in message

    caplog.set_level(logging.INFO, logger="bot.graph")
    asyncio.run(scenario())


def test_a_budget_leaves_room_for_a_second_attempt_after_a_hung_one() -> None:
    default = RetryPolicy.within(10.0)
    assert default.budget == 10.0
    assert default.attempt_timeout == 5.0
    assert RetryPolicy.within(2.0).attempt_timeout == 2.0
    assert RetryPolicy.within(30.0).attempt_timeout == 15.0
