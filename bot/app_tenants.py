"""The composition root's part for many tenants (issue 15): which tenants a process reads
and with which source each, from `--snapshot DIR` or the ADE_TENANTS registry. `bot.app`
wires them like the single tenant; kept apart so that root stays screen-sized."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from datetime import datetime
from pathlib import Path

from bot.alerts.fleet_scan import FleetScheduler
from bot.alerts.ports import AlertStore
from bot.alerts.scheduler import AlertScheduler
from bot.chat.alert_commands import AlertSubscriptions
from bot.chat.registry_live import Build, LiveRegistry
from bot.chat.tenancy import Tenancy
from bot.core.alerting.model import Subscription
from bot.core.alerting.rules import AlertStep
from bot.core.tenant.registry import Registry, TenantEntry
from bot.core.tenant.snapshot import Reason, TenantSnapshot
from bot.core.tenant.source import SnapshotSource, SyncRefusedError
from bot.graph.observer import GraphObserver
from bot.graph.registry_sources import graph_sources
from bot.settings import Settings, SettingsError
from bot.snapshot_file import snapshot_folder
from bot.storage.base import Store
from bot.tenant_reads import Close, Tenant, TenantSources, unreadable
from bot.tenants_file import load_registry

log = logging.getLogger(__name__)


def several_tenants(settings: Settings, snapshot: Path | None = None) -> bool:
    """A folder of snapshot files, or the ADE_TENANTS registry (issue 15); otherwise the one
    tenant of `tenant_source`, exactly as before there were registries."""
    if snapshot is not None:
        return snapshot.is_dir()
    return settings.tenants_file is not None


def tenant_sources(
    settings: Settings, snapshot: Path | None = None, observer: GraphObserver | None = None
) -> TenantSources:
    """One source per tenant: each snapshot file of the folder, or each registry tenant read
    from Graph with its own credential and msal client (sharing one connection pool), its
    answers and failed sign-ins counted by `observer` (the metrics)."""
    # A tenant's whole read (sign-in, three parts, its first device wait) and a little slack.
    budget = settings.graph_budget_seconds + 2.0
    limit = settings.tenant_concurrency
    if snapshot is not None:
        files = [Tenant(entry, source) for entry, source in snapshot_folder(snapshot)]
        return TenantSources(files, concurrency=limit, budget=budget)
    assert settings.tenants_file is not None
    graph = graph_sources(settings, load_registry(settings.tenants_file), observer=observer)
    tenants = [Tenant(entry, source) for entry, source in graph.sources]
    return TenantSources(tenants, concurrency=limit, budget=budget, closers=[graph.close])


@asynccontextmanager
async def open_tenants(
    settings: Settings, snapshot: Path | None, observer: GraphObserver | None = None
) -> AsyncIterator[TenantSources]:
    sources = tenant_sources(settings, snapshot, observer)
    try:
        yield sources
    finally:
        await sources.close()


async def tenancy(
    stack: AsyncExitStack,
    settings: Settings,
    sources: TenantSources,
    store: Store,
    home: str | None,
    *,
    observer: GraphObserver | None = None,
) -> Tenancy:
    """Who may ask about which tenant in chat: the home tenant's operators about all of
    them, a customer's people about their own (bot.chat.tenancy); the operators may also
    change the registry, kept in `store` and polled for other instances' changes until
    `stack` closes. The tenants added in chat report to `observer` as the file's do."""
    scoped = Tenancy(
        sources,
        store,
        home_tenant=home,
        operators=settings.operators or settings.admins,
        thresholds=settings.thresholds,
    )
    scoped.registry = LiveRegistry(sources, store, chat_tenant(settings, observer))
    await scoped.registry.refresh(force=True)
    scoped.registry.start()
    stack.push_async_callback(scoped.registry.stop)
    return scoped


def chat_tenant(settings: Settings, observer: GraphObserver | None = None) -> Build:
    """A tenant added in chat, read from Graph like the registry file's (the bot's own
    multi-tenant app, consented there); without a credential to read it with, its row says
    so instead of stopping the bot."""

    def build(entry: TenantEntry) -> tuple[SnapshotSource, Close]:
        try:
            graph = graph_sources(settings, Registry((entry,)), observer=observer)
        except SettingsError as error:
            log.warning("tenant %r added in chat cannot be read: %s", entry.name, error)
            return Unreadable(str(error)), _nothing
        return graph.sources[0][1], graph.close

    return build


async def _nothing() -> None:
    return None


class Unreadable:
    """A tenant no credential can read (a snapshot folder's bot has no Graph app): every
    read says why, as that tenant's "Intune could not be read" row."""

    description = "no credential"
    can_sync = False

    def __init__(self, why: str) -> None:
        self.why = why

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        return unreadable(Reason.UNAUTHORIZED, self.why)

    async def sync(self, token_id: str) -> None:
        raise SyncRefusedError(Reason.UNAUTHORIZED)

    async def close(self) -> None:
        return None


async def chat_sources(
    stack: AsyncExitStack,
    settings: Settings,
    snapshot: Path | None,
    one: AbstractAsyncContextManager[SnapshotSource],
    observer: GraphObserver | None = None,
) -> tuple[SnapshotSource, TenantSources | None]:
    """`serve`'s tenants: with several, all of them for the chat and the first for what still
    watches one tenant (the alert scan and the metrics, issue 15 part 3); else `one`, the
    single tenant exactly as before there were registries. Closed by `stack`."""
    if not several_tenants(settings, snapshot):
        return await stack.enter_async_context(one), None
    tenants = await stack.enter_async_context(open_tenants(settings, snapshot, observer))
    return tenants.isolated(tenants.tenants[0]), tenants


def fleet_scheduler(
    settings: Settings,
    sources: TenantSources | None,
    single: AlertScheduler,
    commands: AlertSubscriptions | None = None,
) -> AlertScheduler:
    """`serve`'s alert scan: over every tenant of the folder or registry (issue 15), the same
    sources the chat reads, with the store, sender and observer the bot built for `single`;
    `single` itself without a registry, exactly as before. The chat's alert `commands` learn
    the tenants' names."""
    if sources is None:
        return single
    if commands is not None:
        commands.tenants = sources.names
    return FleetScheduler(
        sources, single.store, single.sender, interval=settings.alert_interval,
        thresholds=settings.thresholds, clock=single.clock, observer=single.observer,
        admins=single.admins,
    )  # fmt: skip


async def fleet_plan(
    sources: TenantSources, store: AlertStore, settings: Settings, now: datetime
) -> list[tuple[str, list[tuple[Subscription, Sequence[AlertStep]]]]]:
    """`alerts --dry-run` over the tenants: per tenant, the plan of each subscriber of it."""
    scheduler = FleetScheduler(
        sources, store, None, interval=settings.alert_interval, thresholds=settings.thresholds
    )
    return await scheduler.plan_each(now)
