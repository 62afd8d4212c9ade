"""A fake tenant: fake Entra ID and fake Graph as real HTTPS servers on 127.0.0.1."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web

from bot.core.tenant.demo import demo_document
from bot.graph.client import RetryPolicy
from bot.graph.factory import graph_source
from bot.graph.graph_source import GraphSource
from bot.settings import Settings
from tests.graph.fake_aad import CLIENT_ID, SECRET, TENANT, FakeAzureAD
from tests.graph.fake_graph import VPP_SECRET, FakeGraph
from tests.graph.tls import ClientCert, Tls, make_client_cert, make_tls

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
# Tight enough that failure paths finish in a blink, loose enough for a loaded CI machine.
FAST = RetryPolicy(
    budget=3.0, attempt_timeout=2.0, connect_timeout=1.0, backoff=0.01, backoff_cap=0.05
)


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    return make_tls(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def client_cert(tmp_path_factory: pytest.TempPathFactory) -> ClientCert:
    return make_client_cert(tmp_path_factory.mktemp("app-cert"))


def tenant_document(tokens: int | None = None) -> dict[str, Any]:
    """The demo tenant as Graph returns it in full, VPP token secret included; with
    `tokens`, that many ADE tokens (for paging)."""
    document = copy.deepcopy(demo_document(NOW))
    for item in document["vppTokens"]["value"]:  # type: ignore[index]
        item["token"] = VPP_SECRET
    if tokens is not None:
        template = document["depOnboardingSettings"]["value"][0]  # type: ignore[index]
        document["depOnboardingSettings"]["value"] = [  # type: ignore[index]
            dict(template, id=f"00000000-0000-4000-8000-{i:012d}", tokenName=f"Token {i:04d}")
            for i in range(tokens)
        ]
    return document


class FakeTenant:
    def __init__(self, tls: Tls, aad: FakeAzureAD, graph: FakeGraph) -> None:
        self.tls, self.aad, self.graph = tls, aad, graph

    def settings(self, **changes: Any) -> Settings:
        base = Settings(
            graph_tenant_id=TENANT,
            graph_client_id=CLIENT_ID,
            graph_client_secret=SECRET,
            graph_authority=f"{self.aad.url}/{TENANT}",
            graph_endpoint=self.graph.url,
            graph_ca_bundle=self.tls.ca_file,
        )
        return replace(base, **changes)

    def source(self, policy: RetryPolicy = FAST, **changes: Any) -> GraphSource:
        return graph_source(self.settings(**changes), policy=policy)

    def env(self) -> dict[str, str]:
        """The same tenant for the console script, as environment variables."""
        return {
            "GRAPH_TENANT_ID": TENANT,
            "GRAPH_CLIENT_ID": CLIENT_ID,
            "GRAPH_CLIENT_SECRET": SECRET,
            "GRAPH_AUTHORITY": f"{self.aad.url}/{TENANT}",
            "GRAPH_ENDPOINT": self.graph.url,
            "SSL_CERT_FILE": self.tls.ca_file,
        }


@asynccontextmanager
async def serving(app: web.Application, tls: Tls) -> AsyncIterator[str]:
    # A short shutdown timeout: a handler still sleeping for a "slow Graph" is cancelled.
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=tls.server)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"https://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@asynccontextmanager
async def fake_tenant(
    tls: Tls,
    document: dict[str, Any] | None = None,
    client_cert: ClientCert | None = None,
) -> AsyncIterator[FakeTenant]:
    aad = FakeAzureAD(client_cert=client_cert)
    graph = FakeGraph(aad, document if document is not None else tenant_document())
    async with serving(aad.app(), tls) as aad.url, serving(graph.app(), tls) as graph.url:
        yield FakeTenant(tls, aad, graph)
