"""Migration 6 (issue 15): the registry tenant each conversation last asked about, kept in
SQLite and PostgreSQL alike, surviving the process and reaching a database from version 5."""

from __future__ import annotations

import pytest

from tests.storage.conftest import Backend

pytestmark = pytest.mark.anyio


async def test_a_conversation_remembers_the_last_tenant_it_asked_about(backend: Backend) -> None:
    store = await backend.open()
    assert await store.conversation_tenant("19:msp-ops@thread.tacv2") is None

    await store.set_conversation_tenant("19:msp-ops@thread.tacv2", "Contoso")
    await store.set_conversation_tenant("a:1", "Fabrikam")
    await store.set_conversation_tenant("19:msp-ops@thread.tacv2", "Northwind Traders")

    assert await store.conversation_tenant("19:msp-ops@thread.tacv2") == "Northwind Traders"
    assert await store.conversation_tenant("a:1") == "Fabrikam"


async def test_another_instance_on_the_same_database_sees_the_tenant_a_chat_chose(
    backend: Backend,
) -> None:
    first, second = await backend.open(), await backend.open()

    await first.set_conversation_tenant("a:1", "Łódź Schools")

    assert await second.conversation_tenant("a:1") == "Łódź Schools"


async def test_a_database_at_version_5_gains_the_table_and_keeps_its_subscriptions(
    backend: Backend,
) -> None:
    older = await backend.open(migrate=False)
    assert await older.migrate(target=5) == 5
    await older.set_language("29:1abc", "vi")
    await older.close()

    upgraded = await backend.open()
    assert await upgraded.schema_version() >= 6
    await upgraded.set_conversation_tenant("a:1", "Contoso")

    assert await upgraded.conversation_tenant("a:1") == "Contoso"
    assert await upgraded.language("29:1abc") == "vi"
