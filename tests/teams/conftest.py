from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import ClientSession

from bot.chat.alert_commands import AlertSubscriptions
from bot.chat.service import ChatConfig, ChatService
from bot.chat.tenancy import Tenancy
from bot.core.tenant.demo import DemoSource
from bot.core.tenant.source import SnapshotSource
from bot.storage.base import Store
from bot.teams.auth import BotFrameworkCloud
from bot.teams.connector import ConnectorRetry
from bot.teams.listener import EdgeLimits, Listener, listen
from bot.teams.server import BotApp
from tests.storage.pg_server import PostgresServer
from tests.teams.support import ConnectorStub, OpenIdEndpoint, SigningKey, post


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass
class Running:
    url: str
    app: BotApp
    stub: ConnectorStub
    session: ClientSession

    async def send(self, activity: Any, **headers: str) -> tuple[int, Any]:
        return await post(self.session, self.url, activity, **headers)


Launcher = Callable[..., Awaitable[Running]]


@pytest.fixture
async def stub() -> AsyncIterator[ConnectorStub]:
    connector = await ConnectorStub().start()
    yield connector
    await connector.stop()


@pytest.fixture
async def openid() -> AsyncIterator[OpenIdEndpoint]:
    endpoint = OpenIdEndpoint(
        keys=[
            SigningKey("teams-key", ["msteams", "webchat"]),
            SigningKey("webchat-only", ["webchat"]),
            SigningKey("no-endorsements", None),
        ]
    )
    await endpoint.start()
    yield endpoint
    await endpoint.stop()


def now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
async def launch(stub: ConnectorStub) -> AsyncIterator[Launcher]:
    """Starts the bot's real aiohttp app on a loopback port, behind its real listener, with
    the given source and settings, and a client session to talk to it."""
    listeners: list[Listener] = []
    sessions: list[ClientSession] = []
    closers: list[Callable[[], None]] = []
    sources: list[SnapshotSource] = []

    async def start(
        source: SnapshotSource | None = None,
        config: ChatConfig | None = None,
        *,
        app_id: str | None = None,
        cloud: BotFrameworkCloud | None = None,
        token: Any = None,
        store: Store | None = None,
        limits: EdgeLimits | None = None,
        retry: ConnectorRetry | None = None,
        tenancy: Tenancy | None = None,
        clock: Callable[[], datetime] = now,
    ) -> Running:
        config = config or ChatConfig()
        alerts = None if store is None else AlertSubscriptions(store, config.admins, clock)
        source = source or DemoSource()
        sources.append(source)
        chat = ChatService(source, config, store, clock, alerts=alerts, tenancy=tenancy)
        retry = retry or ConnectorRetry(attempts=3, base=0.01, budget=2.0)
        app = BotApp(chat, app_id=app_id, token=token, cloud=cloud, retry=retry, limits=limits)
        listener = await listen(app.web_app(), "127.0.0.1", 0, app.limits)
        listeners.append(listener)
        if hasattr(token, "close"):
            closers.append(token.close)
        session = ClientSession()
        sessions.append(session)
        return Running(f"http://127.0.0.1:{listener.port}", app, stub, session)

    yield start
    for session in sessions:
        await session.close()
    for listener in listeners:
        await listener.close()
    # The tenant source and the sign-in are their owner's to close, as bot.app does.
    for source in sources:
        await source.close()
    for close in closers:
        close()


@pytest.fixture
def postgres_url(postgres: PostgresServer) -> str:
    return postgres.new_schema()
