"""`ade-doctor alerts --dry-run`: what the next alert scan would send, built as `serve` builds
its scan (one tenant, or every tenant of the registry and the chat's), sending nothing."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AsyncExitStack
from datetime import datetime
from pathlib import Path

from bot.app import alert_scheduler, open_database, open_tenant
from bot.app_registry import add_chat_tenants
from bot.app_tenants import fleet_plan, open_tenants
from bot.core.alerting.model import Subscription
from bot.core.alerting.rules import AlertStep
from bot.settings import Settings


async def plan_alerts(
    settings: Settings, snapshot: Path | None, now: datetime
) -> list[tuple[Subscription, Sequence[AlertStep]]]:
    """`ade-doctor alerts --dry-run`: what the next scan would do, sending nothing."""
    async with AsyncExitStack() as stack:
        source = await stack.enter_async_context(open_tenant(settings, snapshot))
        store = await open_database(settings)
        stack.push_async_callback(store.close)
        return await alert_scheduler(source, store, settings, None).plan_all(now)


async def plan_tenant_alerts(
    settings: Settings, folder: Path | None, now: datetime
) -> list[tuple[str, list[tuple[Subscription, Sequence[AlertStep]]]]]:
    """`alerts --dry-run` with several tenants (a folder, or ADE_TENANTS): the plan for each
    tenant, for the subscribers that follow it, as `serve`'s scan would make it."""
    async with AsyncExitStack() as stack:
        sources = await stack.enter_async_context(open_tenants(settings, folder))
        store = await open_database(settings)
        stack.push_async_callback(store.close)
        await add_chat_tenants(settings, sources, store)  # `serve` alerts on those too
        return await fleet_plan(sources, store, settings, now)
