"""What proactive alerts need from the world, by role. bot.storage implements the three
stores in one SQL database; bot.teams implements the sender; bot.app wires them.

Split by role because each user needs a different slice: the "Alert me" commands touch
subscriptions and mutes, the scan touches everything, only the scan takes the scan lock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any, Protocol

from bot.core.alerting.digest import HeldAlert
from bot.core.alerting.model import LedgerEntry, LedgerStatus, Mute, Subscription
from bot.core.cards.elements import CardDict


class ConversationGoneError(Exception):
    """Teams will not take messages for this conversation any more: the bot was uninstalled
    from it or blocked by the admin (Bot Connector 403: BotNotInConversationRoster,
    BotDisabledByAdmin). The subscription is deactivated, never retried."""

    # Stored as the subscription's deactivated_reason and logged; a sender of another kind
    # of destination (a Workflows webhook) says its own.
    reason = "the bot was removed or blocked (403)"


class AlertSender(Protocol):
    async def send(self, reference: dict[str, Any], cards: list[CardDict]) -> str:
        """Posts a new message; returns its Teams activity id (kept to update it later).
        Raises ConversationGoneError; any other exception is a failure the next scan retries."""
        ...

    async def update(
        self, reference: dict[str, Any], activity_id: str, cards: list[CardDict]
    ) -> str:
        """Replaces a message in place (a resolved alert), or posts it anew when Teams no
        longer has it; returns the id of the message that shows it."""
        ...


class Subscriptions(Protocol):
    """One subscription per Teams conversation that asked for alerts."""

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
        """Stops sending to it (ConversationGoneError) but keeps its ledger, so a reinstall and
        "Alert me" does not repeat what was sent. False when unknown or already inactive."""
        ...


class AlertLedger(Protocol):
    """Each (conversation, problem, stage) once, across restarts and instances; and the
    alert card's "Snooze 1 day" and "Acknowledge"."""

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

    async def give_up(self, conversation_id: str, problem: str, stage: str) -> bool:
        """PENDING → FAILED after too many failed deliveries: no scan sends that stage again
        (later stages of the problem are still sent). False when the entry is not pending."""
        ...

    async def mark_resolved(self, conversation_id: str, problem: str, at: datetime) -> int:
        """Every PENDING and SENT stage of `problem` → RESOLVED (pending ones are no longer
        retried; FAILED ones stay as they are) and its mute is dropped. Returns how many
        entries changed."""
        ...

    async def entries(
        self,
        conversation_id: str | None = None,
        statuses: Iterable[LedgerStatus] | None = None,
    ) -> list[LedgerEntry]:
        """Ordered by conversation, problem, then `created_at` (ties by stage)."""
        ...

    async def pending(self) -> list[LedgerEntry]: ...

    async def snooze(self, conversation_id: str, problem: str, until: datetime) -> None: ...

    async def acknowledge(self, conversation_id: str, problem: str, stage: str) -> None: ...

    async def mutes(self, conversation_id: str | None = None) -> list[Mute]:
        """The conversation's mutes, or everyone's (one query per scan)."""
        ...


class AlertObserver(Protocol):
    """Told of every alert posted or refused and of each scan's end: the metrics edge counts
    them, so an operator sees alerts failing (Teams throttling, an expired bot secret)
    without waiting for an admin to notice that none arrive."""

    def alert_sent(self) -> None: ...

    def alert_failed(self) -> None: ...

    def scan_finished(self, seconds: float, *, failed: bool) -> None: ...


class ScanLock(Protocol):
    """One scanning instance at a time, held by a live process only.

    Not a lease with an expiry: the database server (PostgreSQL: a session advisory lock on a
    connection of its own) or the kernel (SQLite: a file lock beside the database) lets go
    the moment the holder's connection or process ends, kill -9 included. So a bot restarted
    after a crash scans at its first interval, instead of waiting for a dead lease to expire.
    """

    def scan_lock(self, name: str) -> AbstractAsyncContextManager[bool]:
        """Tries to take the lock `name` without waiting: the block gets True when this
        instance holds it until the block ends, False when another live instance holds it."""
        ...


class TenantClaims(Protocol):
    """The tenants of a registry shared out between bot instances for a scan (issue 15): a
    claimed tenant is read by its holder alone until the lease ends."""

    async def claim_tenants(
        self,
        tenants: Sequence[str],
        holder: str,
        now: datetime,
        lease_until: datetime,
        limit: int,
    ) -> list[str]:
        """Up to `limit` of `tenants` due at `now` and not held, now held by `holder`."""
        ...

    async def finish_tenants(self, tenants: Sequence[str], holder: str, due_at: datetime) -> int:
        """Releases `holder`'s claims; each tenant is due again at `due_at`."""
        ...


class ScanRounds(Protocol):
    """One digest per shared scan (issue 15): every claim joins the open round; the alerts
    for subscribers of every tenant wait in it until all its tenants are read; then one
    instance at a time holds the round's digest, with a lease."""

    async def hold_alerts(self, tenant: str, holder: str, alerts: Sequence[HeldAlert]) -> int:
        """Keeps `alerts` found reading `tenant` for the round of `holder`'s claim on it."""
        ...

    async def close_round(self, tenants: Sequence[str], now: datetime) -> bool:
        """Closes the open round when none of its tenants is held under a live lease and
        none of `tenants` is due."""
        ...

    async def claim_digests(self, holder: str, now: datetime, lease_until: datetime) -> list[int]:
        """The closed rounds whose digest nobody holds, now `holder`'s."""
        ...

    async def release_digest(self, round_id: int, holder: str) -> bool:
        """Lets go of a digest not finished (a stop midway), for the next scan to take."""
        ...

    async def held_alerts(self, round_id: int) -> list[HeldAlert]: ...

    async def finish_round(self, round_id: int, holder: str) -> bool:
        """Forgets a round whose digest was sent, with its alerts."""
        ...


class AlertStore(Subscriptions, AlertLedger, ScanLock, TenantClaims, ScanRounds, Protocol):
    """All the roles, as the scan needs them (one database serves them all)."""
