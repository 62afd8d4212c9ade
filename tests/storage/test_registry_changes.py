"""Migration 8 (issue 15): the registry changes operators make in chat, append-only, with
who and when, in SQLite and PostgreSQL alike, seen by every instance on the database."""

from __future__ import annotations

import pytest

from bot.core.tenant.changes import Action, RegistryChange
from tests.storage.conftest import NOW, Backend

pytestmark = pytest.mark.anyio

GUID = "11111111-2222-3333-4444-555555555555"


async def test_changes_are_kept_in_order_with_who_made_them_and_when(backend: Backend) -> None:
    store = await backend.open()
    assert await store.registry_version() == 0
    added = RegistryChange(Action.ADD, "Łódź Schools", NOW, "op-1", GUID, "usgov")
    renamed = RegistryChange(Action.RENAME, "Łódź Schools", NOW, "op-2", GUID, new_name="Łódź")

    await store.record_registry_change(added)
    await store.record_registry_change(renamed)

    assert await store.registry_changes() == [added, renamed]
    assert await store.registry_version() == 2


async def test_another_instance_sees_the_version_move_and_the_change(backend: Backend) -> None:
    first, second = await backend.open(), await backend.open()
    before = await second.registry_version()

    await first.record_registry_change(RegistryChange(Action.ADD, "Tailspin", NOW, None, GUID))

    assert await second.registry_version() == before + 1
    assert [c.name for c in await second.registry_changes()] == ["Tailspin"]


async def test_a_naive_time_is_refused_rather_than_guessed(backend: Backend) -> None:
    store = await backend.open()
    naive = RegistryChange(Action.REMOVE, "Tailspin", NOW.replace(tzinfo=None))

    with pytest.raises(ValueError, match="timezone-aware"):
        await store.record_registry_change(naive)
