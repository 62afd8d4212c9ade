from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.teams.support import ConnectorStub


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def stub() -> AsyncIterator[ConnectorStub]:
    connector = await ConnectorStub().start()
    yield connector
    await connector.stop()
