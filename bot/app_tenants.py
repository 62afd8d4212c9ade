"""The composition root's part for many tenants (issue 15): which tenants a process reads
and with which source each, from `--snapshot DIR` or the ADE_TENANTS registry. `bot.app`
wires them like the single tenant; kept apart so that root stays screen-sized."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import datetime
from pathlib import Path

from bot.alerts.fleet_scan import FleetScheduler
from bot.alerts.ports import AlertStore
from bot.alerts.scheduler import AlertScheduler
from bot.chat.alert_commands import AlertSubscriptions
from bot.core.alerting.model import Subscription
from bot.core.alerting.rules import AlertStep
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


async def fleet_scheduler(
    stack: AsyncExitStack,
    settings: Settings,
    snapshot: Path | None,
    single: AlertScheduler,
    commands: AlertSubscriptions | None = None,
) -> AlertScheduler:
    """`serve`'s alert scan: over every tenant of the folder or registry (issue 15), with the
    store, sender and observer the bot built for `single`; `single` itself without a
    registry, exactly as before. The chat's alert `commands` learn the tenants' names."""
    if not several_tenants(settings, snapshot):
        return single
    sources = await stack.enter_async_context(open_tenants(settings, snapshot))
    if commands is not None:
        commands.tenants = sources.names
    return FleetScheduler(
        sources, single.store, single.sender, interval=settings.alert_interval,
        thresholds=settings.thresholds, clock=single.clock, observer=single.observer,
    )  # fmt: skip


async def fleet_plan(
    sources: TenantSources, store: AlertStore, settings: Settings, now: datetime
) -> list[tuple[str, list[tuple[Subscription, Sequence[AlertStep]]]]]:
    """`alerts --dry-run` over the tenants: per tenant, the plan of each subscriber of it."""
    scheduler = FleetScheduler(
        sources, store, None, interval=settings.alert_interval, thresholds=settings.thresholds
    )
    return await scheduler.plan_each(now)
