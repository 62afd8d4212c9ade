"""The registry the command line sees (issue 15): `check`, `cards`, `export --tenant` and
`alerts --dry-run` read the same tenants as `serve`, the registry file's (or the snapshot
folder's) and those the operators added in chat, kept in the database. The file stays
authoritative (bot.core.tenant.changes.effective).

The database is read, never created nor migrated: `check` from cron on a host without the
bot's database (no ADE_DATABASE_URL, no SQLite file in ADE_DATA_DIR) reads the file alone,
and one that cannot be opened is said on stderr, not fatal, since the file's tenants can
still be diagnosed.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.app_tenants import chat_tenant, tenant_sources
from bot.chat.registry_live import LiveRegistry
from bot.core.tenant.changes import RegistryChange, chat_tenants, effective
from bot.core.tenant.registry import Registry, TenantEntry
from bot.graph.registry_sources import GraphTenants, graph_sources
from bot.settings import Settings
from bot.storage.base import Store, open_store
from bot.storage.migrations import too_new
from bot.storage.sqlstore import StorageError
from bot.storage.urls import DatabaseUrlError, default_url, parse
from bot.tenant_reads import TenantSources
from bot.tenants_file import load_registry

# The schema version from which the database keeps the registry changes (migration 8).
REGISTRY_CHANGES = 8


class NoTenantError(LookupError):
    """`export --tenant NAME` names no tenant of the file nor of the chat's."""


async def _changes_store(settings: Settings) -> Store | None:
    """The bot's database when there is one to read the registry changes from."""
    try:
        url = settings.database_url or default_url(settings.data_dir)
        path = parse(url).path
        if path is not None and not path.is_file():
            return None  # no bot has run here: nothing was added in chat
        store = await open_store(url, migrate=False)
    except (StorageError, DatabaseUrlError) as error:
        print(f"ade-doctor: the tenants added in chat are left out: {error}", file=sys.stderr)
        return None
    version = await store.schema_version()
    # Read, never migrated: a newer bot's database may keep its changes another way.
    if problem := too_new(version):
        print(f"ade-doctor: the tenants added in chat are left out: {problem}", file=sys.stderr)
    if version < REGISTRY_CHANGES or problem:
        await store.close()
        return None
    return store


async def add_chat_tenants(
    settings: Settings, sources: TenantSources, store: Store | None = None
) -> None:
    """Adds to `sources` the tenants added in chat, read from `store` or the bot's database."""
    opened = store or await _changes_store(settings)
    if opened is None:
        return
    try:
        await LiveRegistry(sources, opened, chat_tenant(settings)).refresh(force=True)
    finally:
        if store is None:
            await opened.close()


@asynccontextmanager
async def open_registry(settings: Settings, snapshot: Path | None) -> AsyncIterator[TenantSources]:
    """Every tenant `serve` would read: the file's or the folder's, then the chat's."""
    sources = tenant_sources(settings, snapshot)
    try:
        await add_chat_tenants(settings, sources)
        yield sources
    finally:
        await sources.close()


async def _chat_entries(settings: Settings) -> list[RegistryChange]:
    store = await _changes_store(settings)
    if store is None:
        return []
    try:
        return await store.registry_changes()
    finally:
        await store.close()


async def registry_graph(settings: Settings, tenant: str) -> GraphTenants:
    """Graph for the registry tenant `tenant`, of the file or added in chat (`export`)."""
    assert settings.tenants_file is not None
    file = load_registry(settings.tenants_file)
    entry: TenantEntry | None = file.find(tenant)
    if entry is None:
        chat = effective(file.tenants, chat_tenants(await _chat_entries(settings)))
        entry = next((e for e in chat if e.key == tenant.casefold()), None)
    if entry is None:
        raise NoTenantError(f"no tenant {tenant!r} in {settings.tenants_file} nor added in chat")
    return graph_sources(settings, Registry((entry,)))
