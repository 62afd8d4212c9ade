from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.core.tenant.snapshot import EnrollmentToken, PushCertificate, Reason, TenantSnapshot
from bot.core.tenant.source import SyncRefusedError
from bot.storage.base import Store, open_store
from tests.gallery import NOW, token
from tests.webhooks.stub import WorkflowsStub

DAY = timedelta(days=1)


class Tenant:
    """One ADE token expiring in 20 days (one alert episode), renewed by the test."""

    description = "test tenant"
    can_sync = False

    def __init__(self) -> None:
        self.token: EnrollmentToken = token("7", name="Contoso iPads", expires=NOW + 20 * DAY)

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        healthy = PushCertificate(NOW + 300 * DAY, "push@contoso.com", "com.apple.mgmt.x")
        synced = replace(self.token, last_successful_sync=now - timedelta(hours=2))
        return TenantSnapshot((synced,), healthy, True, ())

    async def sync(self, token_id: str) -> None:
        raise SyncRefusedError(Reason.UNAVAILABLE)

    async def close(self) -> None:
        return None


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/data/ade-doctor.db"


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Store]:
    opened = await open_store(database_url)
    yield opened
    await opened.close()


@pytest.fixture
async def workflows() -> AsyncIterator[WorkflowsStub]:
    stub = await WorkflowsStub().start()
    yield stub
    await stub.stop()
