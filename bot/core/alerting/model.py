"""The records proactive alerts are made of, shared by the alert rules (pure) and storage.

A subscriber is one Teams conversation (a personal chat or a channel) that asked for alerts.
The ledger remembers, per subscriber, which stage of which problem was announced, so every
(subscriber, problem, stage) is sent once across restarts and bot instances.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class Subscription:
    """A conversation that asked for alerts, with what is needed to post to it later.

    `reference` is the full Bot Framework conversation reference as JSON (serviceUrl,
    tenant, conversation, bot, user, channelId, locale), as Microsoft advises storing it:
    regional service URLs differ and a bare conversation id is not enough.
    """

    conversation_id: str
    tenant_id: str
    service_url: str
    reference: dict[str, Any]
    language: str  # bot.core.i18n.languages code, e.g. "pl", "zh-Hans"
    time_zone: str  # IANA name, "UTC" when Teams told none
    kind: str  # "personal", "channel" or "groupChat"
    created_at: datetime
    active: bool = True
    deactivated_reason: str | None = None
    # Issue 15, with a tenant registry: the tenant this conversation asked about ("alert me
    # about Contoso", its registry name) or ALL_TENANTS ("alert me about all tenants"). None
    # is "alert me" with no tenant named: every tenant with a registry, the bot's one without.
    scope: str | None = None


ALL_TENANTS = "*"


class LedgerStatus(StrEnum):
    PENDING = "pending"  # claimed by a scan, not yet delivered (retried by the next scan)
    SENT = "sent"  # delivered; `activity_id` is the Teams message to update on resolve
    RESOLVED = "resolved"  # the problem went away and the subscriber was told
    FAILED = "failed"  # given up after repeated failed deliveries: never sent, never retried


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One announced (or being announced) stage of one problem for one subscriber.

    `problem` identifies the problem across scans: the finding card id, the subject kind and
    id, and for expiry ladders the expiry date, so a renewal (new date) starts a new ladder.
    """

    conversation_id: str
    problem: str
    stage: str
    status: LedgerStatus
    created_at: datetime
    activity_id: str | None = None
    sent_at: datetime | None = None
    attempts: int = 0
    resolved_at: datetime | None = None  # when the subscriber was told it went away


@dataclass(frozen=True, slots=True)
class Mute:
    """A subscriber silenced one problem: snoozed until a moment, or acknowledged (quiet
    until the problem reaches a new stage of its ladder or is resolved)."""

    conversation_id: str
    problem: str
    snoozed_until: datetime | None = None
    acknowledged_stage: str | None = None
