"""Every storage test runs against both backends, for real: an SQLite file in a temporary
folder, and a PostgreSQL server the suite starts itself (tests/storage/pg_server.py) with a
fresh schema per test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.core.alerting.model import LedgerEntry, LedgerStatus, Subscription
from bot.storage.base import Store, open_store

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass
class Backend:
    name: str
    url: str
    opened: list[Store]

    async def open(self, *, migrate: bool = True) -> Store:
        """Another instance of the bot on the same database (closed after the test)."""
        store = await open_store(self.url, migrate=migrate)
        self.opened.append(store)
        return store


@pytest.fixture(params=["sqlite", "postgresql"])
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/data/ade-doctor.db"
    else:
        url = request.getfixturevalue("postgres").new_schema()
    used = Backend(request.param, url, [])
    yield used
    for store in used.opened:
        await store.close()


def subscription(conversation_id: str = "a:1", **changes: Any) -> Subscription:
    values: dict[str, Any] = {
        "conversation_id": conversation_id,
        "tenant_id": "11111111-2222-3333-4444-555555555555",
        "service_url": "https://smba.trafficmanager.net/emea/",
        "reference": {
            "serviceUrl": "https://smba.trafficmanager.net/emea/",
            "conversation": {"id": conversation_id, "conversationType": "personal"},
            "user": {"id": "29:1abc", "name": "Zoë Łukasiewicz"},
            "bot": {"id": "28:bot", "name": "ADE Doctor"},
            "channelId": "msteams",
            "locale": "pl-PL",
        },
        "language": "pl",
        "time_zone": "Europe/Warsaw",
        "kind": "personal",
        "created_at": NOW,
    }
    values.update(changes)
    return Subscription(**values)


def entry(
    conversation_id: str = "a:1", problem: str = "token-expiring:t1:2026-12-20", stage: str = "30d"
) -> LedgerEntry:
    return LedgerEntry(conversation_id, problem, stage, LedgerStatus.PENDING, NOW)
