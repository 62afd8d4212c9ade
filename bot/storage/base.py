"""The storage interface the bot and the alert scheduler use, and the factory that opens it.

Two backends implement it: an SQLite file (the embedded default, one bot process) and
PostgreSQL (several bot instances behind a load balancer). Both pass tests/storage, the one
contract suite. Every time is a timezone-aware datetime, returned in UTC; naive datetimes are
refused rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.alert_model import LedgerEntry, LedgerStatus, Mute, Subscription
from bot.storage.sqlite import SqliteStore
from bot.storage.sqlstore import StorageError
from bot.storage.urls import parse

__all__ = ["StorageError", "Store", "open_store"]


class Store(Protocol):
    """Subscriptions, language preferences, the alert ledger, mutes and the scheduler lease.

    It also satisfies bot.chat.preferences.Preferences (`language`, `set_language`).
    """

    backend: str  # "sqlite" or "postgresql"

    async def migrate(self, target: int | None = None) -> int:
        """Applies the missing schema migrations (up to `target`, default all) in one
        transaction; returns the schema version. Safe to run from several instances at once."""
        ...

    async def schema_version(self) -> int: ...

    # Subscriptions: one per Teams conversation that asked for alerts.
    async def subscribe(self, subscription: Subscription) -> None:
        """Stores it, replacing the stored reference, language and time zone of the same
        conversation; a deactivated subscription becomes active again. `created_at` is kept
        from the first subscription."""
        ...

    async def unsubscribe(self, conversation_id: str) -> bool:
        """Forgets the conversation: its subscription, ledger and mutes ("Stop alerts"; a
        later "Alert me" starts as a new subscriber). False when it was not subscribed."""
        ...

    async def get_subscription(self, conversation_id: str) -> Subscription | None: ...

    async def subscriptions(self, *, active_only: bool = True) -> list[Subscription]: ...

    async def deactivate(self, conversation_id: str, reason: str) -> bool:
        """Stops sending to it (Teams said 403: bot removed or blocked) but keeps its ledger,
        so a reinstall and "Alert me" does not repeat what was sent. False when unknown or
        already inactive."""
        ...

    # Preferences: a user's explicit language choice.
    async def language(self, user_key: str) -> str | None: ...

    async def set_language(self, user_key: str, code: str) -> None: ...

    # The alert ledger: each (conversation, problem, stage) once, across restarts and instances.
    async def claim(self, entry: LedgerEntry) -> bool:
        """Records `entry` (which must be PENDING) unless its (conversation_id, problem, stage)
        is already in the ledger, in any status. True for exactly one caller."""
        ...

    async def mark_sent(
        self,
        conversation_id: str,
        problem: str,
        stage: str,
        activity_id: str | None,
        at: datetime,
    ) -> bool:
        """PENDING → SENT with the Teams message id to update later. False when the entry is
        not pending (unknown, already sent, or resolved meanwhile)."""
        ...

    async def mark_failed_attempt(self, conversation_id: str, problem: str, stage: str) -> int:
        """Counts a delivery that failed after its retries; the entry stays PENDING so the
        next scan retries it. Returns the attempts so far, 0 when the entry is not pending."""
        ...

    async def mark_resolved(self, conversation_id: str, problem: str, at: datetime) -> int:
        """Every unresolved stage of `problem` → RESOLVED (pending ones are no longer
        retried) and its mute is dropped. Returns how many entries changed."""
        ...

    async def entries(
        self,
        conversation_id: str | None = None,
        statuses: Iterable[LedgerStatus] | None = None,
    ) -> list[LedgerEntry]:
        """Ordered by conversation, problem, then `created_at` (ties by stage)."""
        ...

    async def pending(self) -> list[LedgerEntry]: ...

    # Mutes: the alert card's "Snooze 1 day" and "Acknowledge".
    async def snooze(self, conversation_id: str, problem: str, until: datetime) -> None: ...

    async def acknowledge(self, conversation_id: str, problem: str, stage: str) -> None: ...

    async def mutes(self, conversation_id: str | None = None) -> list[Mute]:
        """The conversation's mutes, or everyone's (one query per scan)."""
        ...

    # The scheduler lease: one scanning instance at a time; a crashed one's lease expires.
    async def acquire_lease(self, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
        """Takes the lease when it is free or expired at `now`, renews it when `holder`
        already has it; atomic across instances. True when `holder` holds it until now+ttl."""
        ...

    async def release_lease(self, name: str, holder: str) -> bool: ...

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
