"""Graph JSON batching over real HTTPS (issue 15): a tenant's three parts travel in one beta
$batch, each inner answer is handled as a plain request's would be, and what fails inside a
batch is retried alone."""

import asyncio
import copy
import ssl
from typing import Any

from aiohttp import ClientSession

from bot.core.tenant.snapshot import Part, Reason
from bot.graph.batch import MAX_REQUESTS
from bot.graph.deadline import Deadline
from bot.graph.device_reader import read_devices
from tests.graph.conftest import FAST, fake_tenant, tenant_document
from tests.graph.fake_aad import READ_APPS
from tests.graph.fake_graph import (
    APNS,
    DEVICES,
    PROFILES,
    TOKENS,
    VPP,
    Reply,
    graph_error,
    intune_forbidden,
    per_token,
)
from tests.graph.test_graph_retries import Waits, read
from tests.graph.tls import Tls

BATCH = "/beta/$batch"


def test_the_three_parts_of_a_tenant_are_one_beta_batch(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            snapshot = await read(tenant)
        assert not snapshot.failures
        graph = tenant.graph
        parts = graph.token_part_requests
        assert sorted(s.path for s in parts) == sorted([TOKENS, APNS, VPP])
        # One HTTP request for the parts, one for the first token's devices and profiles.
        assert [b.path for b in graph.batches] == [BATCH, BATCH]
        assert graph.http_requests == 2
        # Each inner request has its own client-request-id, for support.
        assert len({s.client_request_id for s in graph.seen}) == len(graph.seen)

    asyncio.run(scenario())


def test_a_403_on_one_part_of_a_batch_fails_that_part_only_naming_the_permission(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            forbidden = intune_forbidden([READ_APPS])
            # Twice: the client asks once more with a new token (a permission just granted).
            tenant.graph.script[VPP] = [forbidden, copy.deepcopy(forbidden)]
            snapshot = await read(tenant)
        (failure,) = snapshot.failures
        assert (failure.part, failure.reason, failure.permission) == (
            Part.VPP_TOKENS,
            Reason.FORBIDDEN,
            READ_APPS,
        )
        assert "Graph answered 403: the app needs DeviceManagementApps.Read.All" in failure.detail
        assert snapshot.enrollment_tokens
        assert snapshot.push_certificate is not None
        # The refused part alone was asked again, as a plain GET; the others once, batched.
        assert len(tenant.graph.requests_to(VPP)) == 2
        assert len(tenant.graph.requests_to(TOKENS)) == len(tenant.graph.requests_to(APNS)) == 1

    asyncio.run(scenario())


def test_an_inner_429_is_retried_alone_after_its_own_retry_after(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            throttled = graph_error(429, "TooManyRequests", "slow down", **{"Retry-After": "1"})
            tenant.graph.script[APNS] = [throttled]
            waits = Waits()
            snapshot = await read(tenant, FAST, waits)
        assert not snapshot.failures
        assert waits.seconds == [1.0]
        first, again = tenant.graph.requests_to(APNS)
        assert first.client_request_id == again.client_request_id
        assert len(tenant.graph.requests_to(TOKENS)) == len(tenant.graph.requests_to(VPP)) == 1
        # The token parts' batch, the retried certificate alone, the devices' batch.
        assert len(tenant.graph.batches) == 2
        assert tenant.graph.http_requests == 3

    asyncio.run(scenario())


def test_a_whole_batch_answered_503_then_429_is_retried_as_a_batch(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[BATCH] = [
                graph_error(503, "ServiceUnavailable", "busy"),
                graph_error(429, "TooManyRequests", "slow down", **{"Retry-After": "1"}),
            ]
            waits = Waits()
            snapshot = await read(tenant, FAST, waits)
        assert not snapshot.failures
        assert len(waits.seconds) == 2
        assert waits.seconds[1] == 1.0
        # Three tries of the parts' batch (two refused whole), then the devices' batch.
        assert len(tenant.graph.batches) == 4
        assert len(tenant.graph.requests_to(TOKENS)) == 1

    asyncio.run(scenario())


def test_a_whole_batch_that_keeps_failing_fails_every_part_with_its_answer(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[BATCH] = [graph_error(503, "ServiceUnavailable", "busy")] * 10
            snapshot = await read(tenant, FAST, Waits())
        assert {f.part for f in snapshot.failures} == {
            Part.ENROLLMENT_TOKENS,
            Part.PUSH_CERTIFICATE,
            Part.VPP_TOKENS,
        }
        assert {f.reason for f in snapshot.failures} == {Reason.UNAVAILABLE}
        assert all("503 ServiceUnavailable" in f.detail for f in snapshot.failures)
        assert tenant.graph.seen == []  # no inner request was ever served

    asyncio.run(scenario())


def test_a_list_whose_first_page_came_in_a_batch_follows_its_nextlink_as_plain_gets(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, tenant_document(tokens=25)) as tenant:
            tenant.graph.page_size = 10
            snapshot = await read(tenant)
        assert len(snapshot.enrollment_tokens or ()) == 25
        pages = tenant.graph.requests_to(TOKENS)
        assert [p.query.get("$skiptoken") for p in pages] == [None, "10", "20"]
        assert all("$select" in p.query for p in pages)
        # The parts' batch, two pages of tokens alone, then 25 tokens' lists: 50 requests,
        # three batches (20, 20, 10).
        assert len(tenant.graph.batches) == 1 + 3
        assert tenant.graph.http_requests == 1 + 2 + 3

    asyncio.run(scenario())


def test_more_than_twenty_requests_are_split_into_batches_graph_accepts(tls: Tls) -> None:
    async def scenario() -> None:
        document = tenant_document(tokens=23)
        ids = tuple(t["id"] for t in document["depOnboardingSettings"]["value"])
        async with fake_tenant(tls, document) as tenant:
            source = tenant.source()
            data = await read_devices(source.client, source.credential, ids, seconds=FAST.budget)
            await source.close()
        assert not data.failures
        assert set(data.devices) == set(data.profiles) == set(ids)
        graph = tenant.graph
        assert len(graph.device_requests) == 2 * 23
        assert len(graph.batches) == 3  # 20 + 20 + 6 requests
        assert graph.http_requests == 3
        assert {s.path for s in graph.device_requests} == {
            per_token(i, part) for i in ids for part in (DEVICES, PROFILES)
        }

    asyncio.run(scenario())


def test_a_batch_of_more_than_twenty_is_refused_by_the_fake_as_by_graph(tls: Tls) -> None:
    async def scenario() -> tuple[int, dict[str, Any]]:
        async with fake_tenant(tls) as tenant:
            source = tenant.source()
            token = await source.credential.bearer(Deadline(FAST.budget))
            await source.close()
            requests = [
                {"id": str(n), "method": "GET", "url": "/deviceAppManagement/vppTokens"}
                for n in range(MAX_REQUESTS + 1)
            ]
            context = ssl.create_default_context(cafile=tls.ca_file)
            async with (
                ClientSession() as session,
                session.post(
                    tenant.graph.url + BATCH,
                    json={"requests": requests},
                    headers={"Authorization": f"Bearer {token}"},
                    ssl=context,
                ) as answer,
            ):
                return answer.status, await answer.json()

    status, body = asyncio.run(scenario())
    assert status == 400
    assert "max limit of 20" in body["error"]["message"]


def test_a_slow_inner_request_makes_the_whole_batch_wait_for_it(tls: Tls) -> None:
    async def scenario() -> float:
        async with fake_tenant(tls) as tenant:
            tenant.graph.delay = 0.2
            tenant.graph.script[VPP] = [Reply(200, {"value": []}, delay=0.4)]
            loop = asyncio.get_running_loop()
            began = loop.time()
            snapshot = await read(tenant)
            assert not snapshot.failures
            return loop.time() - began

    elapsed = asyncio.run(scenario())
    # Graph runs a batch's requests side by side: 0.2 + 0.4 s for the parts (not 3 x 0.2),
    # 0.2 s for the devices' batch.
    assert 0.8 <= elapsed < 1.6
