from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.alerts.bot_process import CountingConnector


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def connector() -> AsyncIterator[CountingConnector]:
    stub = await CountingConnector().start()
    yield stub
    await stub.stop()
