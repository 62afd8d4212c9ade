""" "Sync now": POST syncWithAppleDeviceEnrollmentProgram, 204 on success, and a typed error
the bot can explain otherwise."""

import asyncio
from dataclasses import replace

import pytest

from bot.core.tenant.source import SyncRefusedError
from bot.graph.errors import GraphError
from bot.graph.graph_source import GraphSource
from tests.graph.conftest import FAST, NOW, FakeTenant, fake_tenant
from tests.graph.fake_aad import READ, READ_APPS, READ_WRITE
from tests.graph.fake_graph import TOKENS, Reply, graph_error
from tests.graph.tls import Tls

TOKEN = "6f0c3c9e-2b8e-4a5e-9d51-6a1f0e1c0003"
SYNC_PATH = f"{TOKENS}/{TOKEN}/syncWithAppleDeviceEnrollmentProgram"


def allowed_to_sync(tenant: FakeTenant) -> None:
    tenant.aad.roles = {READ, READ_APPS, READ_WRITE}


async def sync_error(source: GraphSource, token: str = TOKEN) -> SyncRefusedError:
    try:
        with pytest.raises(SyncRefusedError) as caught:
            await source.sync(token)
    finally:
        await source.close()
    return caught.value


def test_sync_now_posts_the_action_and_the_next_read_is_fresh(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            allowed_to_sync(tenant)
            source = tenant.source()
            await source.read(NOW)
            await source.sync(TOKEN)
            await source.read(NOW)
            await source.close()
        assert tenant.graph.synced == [TOKEN]
        (post,) = [s for s in tenant.graph.seen if s.method == "POST"]
        assert post.path == SYNC_PATH
        # lastSyncTriggeredDateTime changed: the cached snapshot was dropped.
        assert tenant.graph.snapshot_reads == 2

    asyncio.run(scenario())


def test_sync_without_the_readwrite_permission_names_it(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            error = await sync_error(tenant.source())
        assert (error.reason, error.permission) == ("forbidden", READ_WRITE)
        # What Graph said stays attached for the logs and for Microsoft support.
        graph = error.__cause__
        assert isinstance(graph, GraphError)
        assert graph.status == 403
        assert graph.request_id
        assert graph.client_request_id
        assert graph.request_id in str(error)
        assert tenant.graph.synced == []

    asyncio.run(scenario())


def test_sync_of_a_token_intune_no_longer_knows_is_not_found(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            allowed_to_sync(tenant)
            tenant.graph.script[SYNC_PATH] = [graph_error(404, "ResourceNotFound", "gone")]
            error = await sync_error(tenant.source())
        graph = error.__cause__
        assert isinstance(graph, GraphError)
        assert (error.reason, graph.status, graph.code) == ("not-found", 404, "ResourceNotFound")

    asyncio.run(scenario())


def test_sync_throttled_beyond_the_budget_says_throttled_at_once(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            allowed_to_sync(tenant)
            tenant.graph.script[SYNC_PATH] = [
                graph_error(429, "TooManyRequests", "slow down", **{"Retry-After": "300"})
            ]
            error = await sync_error(tenant.source())
        assert error.reason == "throttled"
        assert tenant.graph.synced == []

    asyncio.run(scenario())


def test_sync_is_retried_after_a_short_throttle(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            allowed_to_sync(tenant)
            tenant.graph.script[SYNC_PATH] = [Reply(429, headers={"Retry-After": "0"})]
            source = tenant.source()
            await source.sync(TOKEN)
            await source.close()
        assert tenant.graph.synced == [TOKEN]

    asyncio.run(scenario())


@pytest.mark.parametrize("token", ["../../deviceManagement", "", "a b", "x" * 200])
def test_an_id_that_is_not_a_token_id_never_reaches_graph(tls: Tls, token: str) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            allowed_to_sync(tenant)
            error = await sync_error(tenant.source(), token)
        assert error.reason == "not-found"
        assert tenant.graph.seen == []

    asyncio.run(scenario())


def test_sync_with_a_wrong_secret_is_unauthorized_and_says_what_to_fix(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            error = await sync_error(tenant.source(graph_client_secret="wrong"))
        assert error.reason == "unauthorized"
        assert "AADSTS7000215" in str(error)

    asyncio.run(scenario())


def test_sync_on_a_graph_too_slow_for_the_budget_times_out(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            allowed_to_sync(tenant)
            tenant.graph.script[SYNC_PATH] = [Reply(204, delay=3.0)]
            error = await sync_error(tenant.source(replace(FAST, budget=0.4)))
        assert error.reason == "timeout"

    asyncio.run(scenario())
