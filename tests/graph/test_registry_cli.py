"""The command line sees the registry `serve` sees (issue 15): a tenant an operator added in
chat (kept in the bot's database, here the default SQLite file) is checked, exported and
planned for by `check`, `export --tenant` and `alerts --dry-run`, read from the fake Graph
like the file's; the file stays authoritative, and a host without the bot's database reads
the file alone, creating no database."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from bot.core.tenant.changes import Action, RegistryChange
from bot.storage.base import open_store
from bot.storage.urls import default_url
from tests.alerts.fleet import subscribe_scoped
from tests.graph.conftest import fake_tenant
from tests.graph.fake_aad import READ, READ_APPS, SECRET, TENANT
from tests.graph.test_graph_cli import AS_OF, ade_doctor
from tests.graph.tls import Tls

FABRIKAM = "bbbbbbbb-0000-4000-8000-000000000001"
GONE = "bbbbbbbb-0000-4000-8000-000000000002"
SHADOW = "bbbbbbbb-0000-4000-8000-000000000003"


async def add_in_chat(folder: Path) -> str:
    """What an operator's "add tenant …" leaves in the database, through the store the chat
    uses: Fabrikam added; Litware added then removed; a "Contoso" the file already lists."""
    url = default_url(str(folder / "data"))  # where `ade-doctor` run in `folder` keeps it
    store = await open_store(url)
    now = datetime.now(UTC)
    try:
        for change in [
            RegistryChange(Action.ADD, "Fabrikam", now, "operator-1", FABRIKAM),
            RegistryChange(Action.ADD, "Litware", now, "operator-1", GONE),
            RegistryChange(Action.REMOVE, "Litware", now, "operator-1", GONE),
            RegistryChange(Action.ADD, "contoso", now, "operator-2", SHADOW),
        ]:
            await store.record_registry_change(change)
    finally:
        await store.close()
    return url


def test_check_export_and_alerts_dry_run_see_the_tenants_added_in_chat(
    tls: Tls, tmp_path: Path
) -> None:
    registry = tmp_path / "tenants.toml"
    registry.write_text(f'[[tenant]]\nname = "Contoso"\ntenant_id = "{TENANT}"\n')

    async def scenario() -> tuple[tuple[int, str, str], ...]:
        url = await add_in_chat(tmp_path)
        async with fake_tenant(tls) as tenant:
            tenant.aad.tenant_roles = {FABRIKAM: {READ, READ_APPS}, SHADOW: {READ, READ_APPS}}
            await subscribe_scoped(url, "https://smba.example/", {"a:all": "*"})
            env = tenant.env() | {"ADE_TENANTS": str(registry)}  # the default store
            checked = await ade_doctor(tmp_path, env, "check", "--json", "--as-of", AS_OF)
            exported = await ade_doctor(
                tmp_path, env, "export", "--tenant", "fabrikam", "--out", "fabrikam.json"
            )
            planned = await ade_doctor(tmp_path, env, "alerts", "--dry-run", "--as-of", AS_OF)
            read = {s.tenant for s in tenant.graph.seen}
            assert FABRIKAM in read
            assert SHADOW not in read  # the file's Contoso wins over the chat's
            return checked, exported, planned

    (status, out, err), exported, planned = asyncio.run(scenario())
    assert status == 1, err
    assert [row["tenant"] for row in json.loads(out)["tenants"]] == ["Contoso", "Fabrikam"]
    assert exported[0] == 0, exported[2]
    saved = json.loads((tmp_path / "fabrikam.json").read_text())
    assert saved["depOnboardingSettings"]["value"]
    assert planned[0] == 0, planned[2]
    assert "ade-doctor: tenant Fabrikam: 1 subscriptions" in planned[1], planned
    assert "Litware" not in planned[1] + out


def test_without_the_bot_s_database_the_commands_read_the_file_alone_and_create_none(
    tls: Tls, tmp_path: Path
) -> None:
    registry = tmp_path / "tenants.toml"
    registry.write_text(f'[[tenant]]\nname = "Contoso"\ntenant_id = "{TENANT}"\n')

    async def scenario() -> tuple[tuple[int, str, str], tuple[int, str, str]]:
        async with fake_tenant(tls) as tenant:
            env = tenant.env() | {"ADE_TENANTS": str(registry)}
            checked = await ade_doctor(tmp_path, env, "check", "--json", "--as-of", AS_OF)
            exported = await ade_doctor(
                tmp_path, env, "export", "--tenant", "fabrikam", "--out", "fabrikam.json"
            )
            return checked, exported

    (status, out, err), exported = asyncio.run(scenario())
    assert status == 1, err
    assert [row["tenant"] for row in json.loads(out)["tenants"]] == ["Contoso"]
    assert exported[0] == 2
    assert "no tenant 'fabrikam'" in exported[2]
    assert not (tmp_path / "data").exists()


def test_a_database_of_a_newer_bot_is_left_out_by_name_and_the_file_still_read(
    tls: Tls, tmp_path: Path
) -> None:
    registry = tmp_path / "tenants.toml"
    registry.write_text(f'[[tenant]]\nname = "Contoso"\ntenant_id = "{TENANT}"\n')

    async def scenario() -> tuple[int, str, str]:
        await add_in_chat(tmp_path)
        # A newer ADE Doctor ran here: schema 99, its registry changes kept another way.
        database = sqlite3.connect(tmp_path / "data" / "ade-doctor.db")
        with database:
            database.execute("INSERT INTO schema_version (version, name) VALUES (99, 'newer')")
            database.execute("ALTER TABLE registry_changes RENAME TO registry_changes_v1")
        database.close()
        async with fake_tenant(tls) as tenant:
            env = tenant.env() | {"ADE_TENANTS": str(registry)}
            return await ade_doctor(tmp_path, env, "check", "--json", "--as-of", AS_OF)

    status, out, err = asyncio.run(scenario())
    assert status == 1, err
    assert [row["tenant"] for row in json.loads(out)["tenants"]] == ["Contoso"]
    assert "the tenants added in chat are left out" in err
    assert "schema version 99, newer than this ADE Doctor" in err
    assert "Traceback" not in err
    assert SECRET not in out + err
