"""The composition root's part for many tenants (issue 15): which tenants a process reads
and with which source each, from `--snapshot DIR` or the ADE_TENANTS registry. `bot.app`
wires them like the single tenant; kept apart so that root stays screen-sized."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from datetime import datetime
from pathlib import Path

from bot.alerts.fleet_scan import FleetScheduler
from bot.alerts.ports import AlertStore
from bot.alerts.scheduler import AlertScheduler
from bot.chat.alert_commands import AlertSubscriptions
from bot.chat.ports import ConversationTenants
from bot.chat.tenancy import Tenancy
from bot.core.alerting.model import Subscription
from bot.core.alerting.rules import AlertStep
from bot.core.tenant.source import SnapshotSource
from bot.graph.registry_sources import graph_sources
from bot.settings import Settings
from bot.snapshot_file import snapshot_folder
from bot.tenant_reads import Tenant, TenantSources
from bot.tenants_file import load_registry


def several_tenants(settings: Settings, snapshot: Path | None = None) -> bool:
    """A folder of snapshot files, or the ADE_TENANTS registry (issue 15); otherwise the one
    tenant of `tenant_source`, exactly as before there were registries."""
    if snapshot is not None:
        return snapshot.is_dir()
    return settings.tenants_file is not None


def tenant_sources(settings: Settings, snapshot: Path | None = None) -> TenantSources:
    """One source per tenant: each snapshot file of the folder, or each registry tenant read
    from Graph with its own credential and msal client (sharing one connection pool)."""
    # A tenant's whole read (sign-in, three parts, its first device wait) and a little slack.
    budget = settings.graph_budget_seconds + 2.0
    limit = settings.tenant_concurrency
    if snapshot is not None:
        files = [Tenant(entry, source) for entry, source in snapshot_folder(snapshot)]
        return TenantSources(files, concurrency=limit, budget=budget)
    assert settings.tenants_file is not None
    graph = graph_sources(settings, load_registry(settings.tenants_file))
    tenants = [Tenant(entry, source) for entry, source in graph.sources]
    return TenantSources(tenants, concurrency=limit, budget=budget, closers=[graph.close])


@asynccontextmanager
async def open_tenants(settings: Settings, snapshot: Path | None) -> AsyncIterator[TenantSources]:
    sources = tenant_sources(settings, snapshot)
    try:
        yield sources
    finally:
        await sources.close()


def tenancy(
    settings: Settings, sources: TenantSources, memory: ConversationTenants, home: str | None
) -> Tenancy:
    """Who may ask about which tenant in chat: the home tenant's operators about all of
    them, a customer's people about their own (bot.chat.tenancy)."""
    return Tenancy(
        sources,
        memory,
        home_tenant=home,
        operators=settings.operators or settings.admins,
        thresholds=settings.thresholds,
    )


async def chat_sources(
    stack: AsyncExitStack,
    settings: Settings,
    snapshot: Path | None,
    one: AbstractAsyncContextManager[SnapshotSource],
) -> tuple[SnapshotSource, TenantSources | None]:
    """`serve`'s tenants: with several, all of them for the chat and the first for what still
    watches one tenant (the alert scan and the metrics, issue 15 part 3); else `one`, the
    single tenant exactly as before there were registries. Closed by `stack`."""
    if not several_tenants(settings, snapshot):
        return await stack.enter_async_context(one), None
    tenants = await stack.enter_async_context(open_tenants(settings, snapshot))
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
