"""The database behind the bot: every role it plays, and the factory that opens it.

Two backends implement it: an SQLite file (the embedded default, one bot process) and
PostgreSQL (several bot instances behind a load balancer). Both pass tests/storage, the one
contract suite. Every time is a timezone-aware datetime, returned in UTC; naive datetimes are
refused rather than guessed.
"""

from __future__ import annotations

from typing import Protocol

from bot.alerts.ports import AlertStore
from bot.chat.ports import ConversationTenants, LanguagePreferences, RegistryChanges
from bot.storage.sqlite import SqliteStore
from bot.storage.urls import parse


class Store(LanguagePreferences, ConversationTenants, RegistryChanges, AlertStore, Protocol):
    """Every role the bot's database plays (language preferences, each conversation's tenant,
    the registry changes made in chat; subscriptions, the alert ledger and the scan lock),
    plus its own lifetime. Users depend on their role only: bot.chat.ports'
    LanguagePreferences, ConversationTenants and RegistryChanges, and the roles in
    bot.alerts.ports."""

    backend: str  # "sqlite" or "postgresql"

    async def migrate(self, target: int | None = None) -> int:
        """Applies the missing schema migrations (up to `target`, default all) in one
        transaction; returns the schema version. Safe to run from several instances at once."""
        ...

    async def schema_version(self) -> int: ...

    async def probe(self) -> None:
        """Raises StorageError when the database cannot be used now: unreachable, its tables
        gone, damaged pages (SQLite). Cheap enough for a health check every few seconds."""
        ...

    async def close(self) -> None: ...


async def open_store(url: str, *, migrate: bool = True) -> Store:
    """Connects to ADE_DATABASE_URL (creating an SQLite file and its folder on first run) and
    brings its schema up to date."""
    parsed = parse(url)
    store: Store
    if parsed.path is not None:
        store = await SqliteStore.open(parsed.path)
    else:
        # psycopg and its pool take ~0.2 s to import: only deployments that use them pay it.
        from bot.storage.postgres import PostgresStore  # noqa: PLC0415

        store = await PostgresStore.open(parsed.url)
    if migrate:
        try:
            await store.migrate()
        except BaseException:
            await store.close()
            raise
    return store
