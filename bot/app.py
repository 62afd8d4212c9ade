"""The composition root: every edge is built here from `Settings`, wired into the chat service
and the alert scheduler, and closed here, in reverse order of opening.

    cli ─▶ app ─▶ teams | graph | storage | snapshot_file | package   (edges)
                     └────────▶ chat ─▶ alerts ─▶ core               (ports beside their users)

Nothing else decides which tenant source, which database or which credentials a process
uses; `ade-doctor serve`, `check`, `cards`, `export` and `alerts --dry-run` all come here.
The Teams edge is imported only when the bot is assembled: botbuilder takes 0.5 s to import,
which `check` in a cron job or a pipeline should not pay.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.alerts.ports import AlertSender
from bot.alerts.scheduler import AlertScheduler
from bot.app_registry import NoTenantError, registry_graph
from bot.app_serving import ExposureError, banner, check_exposure, stop_on_signals, stop_task
from bot.app_tenants import chat_sources, fleet_scheduler, tenancy
from bot.chat.alert_commands import AlertSubscriptions
from bot.chat.service import ChatConfig, ChatService
from bot.core.i18n.lexicon import rows
from bot.core.tenant.demo import DemoSource
from bot.core.tenant.registry import Registry
from bot.core.tenant.source import SnapshotSource
from bot.graph.connector_token import connector_token
from bot.graph.factory import graph_source
from bot.graph.graph_source import GraphSource
from bot.graph.observer import GraphObserver
from bot.graph.registry_sources import graph_sources
from bot.json_logs import Redactor, use_json_logs
from bot.settings import Settings
from bot.snapshot_file import FileSource, snapshot_folder
from bot.storage.base import Store, open_store
from bot.storage.health import StoreHealth
from bot.storage.sqlstore import StorageError
from bot.storage.urls import DatabaseUrlError, default_url, redacted, secrets_in
from bot.tenant_reads import TenantSources
from bot.tenants_file import load_registry
from bot.webhooks.destinations import WebhookConfigError, WebhookDestination, parse_webhooks

if TYPE_CHECKING:
    from bot.metrics.instruments import Instruments
    from bot.metrics.serving import ProcessMetrics
    from bot.teams.auth import BotFrameworkCloud
    from bot.teams.server import BotApp

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class StartError(Exception):
    """The process must not start with this configuration; the message says why, in one
    line, never with a secret."""


def served_tenant(settings: Settings) -> str | None:
    """The tenant whose people may read its data; None in the anonymous local mode."""
    return (settings.graph_tenant_id or settings.app_tenant_id) if settings.app_id else None


def tenant_source(
    settings: Settings, snapshot: Path | None = None, observer: GraphObserver | None = None
) -> SnapshotSource:
    """A snapshot file when given, else Microsoft Graph when configured, else the demo
    tenant. The caller owns it: close it (or use `open_tenant`)."""
    # Until the chat speaks of tenants (issue 15, a later part), a bot given several answers
    # about the first one of the folder or of ADE_TENANTS; `check` and `cards` cover them all.
    if snapshot is not None and snapshot.is_dir():
        return snapshot_folder(snapshot)[0][1]
    if snapshot is None and settings.tenants_file is not None:
        first = load_registry(settings.tenants_file).tenants[0]
        return graph_sources(settings, Registry((first,)), observer=observer).sources[0][1]
    if snapshot is not None:
        return FileSource(snapshot)
    if settings.graph_configured:
        return graph_source(settings, observer=observer)
    return DemoSource()


@asynccontextmanager
async def open_tenant(
    settings: Settings, snapshot: Path | None = None, observer: GraphObserver | None = None
) -> AsyncIterator[SnapshotSource]:
    source = tenant_source(settings, snapshot, observer)
    try:
        yield source
    finally:
        await source.close()


@asynccontextmanager
async def open_graph(settings: Settings, tenant: str | None = None) -> AsyncIterator[GraphSource]:
    """Microsoft Graph itself, for `export` (the other commands take any tenant source);
    `tenant` names a registry tenant (ADE_TENANTS)."""
    if tenant is not None:
        if settings.tenants_file is None:
            raise StartError("export --tenant needs a tenant registry: set ADE_TENANTS")
        try:
            registry = await registry_graph(settings, tenant)  # the file's or one from chat
        except NoTenantError as error:
            raise StartError(str(error)) from None
        try:
            yield registry.sources[0][1]
        finally:
            await registry.close()
        return
    if not settings.graph_configured:
        raise StartError("export reads Microsoft Graph: set GRAPH_TENANT_ID and credentials")
    graph = graph_source(settings)
    try:
        yield graph
    finally:
        await graph.close()


async def open_database(settings: Settings) -> Store:
    """The database, checked usable, or a StartError: a bad ADE_DATABASE_URL, an unreachable
    server or a damaged file stop the process at start, not every scan after it."""
    try:
        return await open_store(settings.database_url or default_url(settings.data_dir))
    except (StorageError, DatabaseUrlError) as error:
        raise StartError(str(error)) from None


@dataclass(frozen=True)
class Parts:
    """What one bot process runs, for the tests and benchmarks that start it in-process."""

    source: SnapshotSource
    store: Store
    chat: ChatService
    bot: BotApp
    scheduler: AlertScheduler


def chat_config(settings: Settings) -> ChatConfig:
    return ChatConfig(
        thresholds=settings.thresholds,
        default_language=settings.default_language,
        admins=settings.admins,
        tenant_id=served_tenant(settings),
    )


def bot_framework_cloud(settings: Settings) -> BotFrameworkCloud:
    from bot.teams.auth import BotFrameworkCloud  # noqa: PLC0415

    overrides = {
        "openid_metadata": settings.bot_openid_metadata,
        "token_issuer": settings.bot_token_issuer,
    }
    return BotFrameworkCloud(**{name: value for name, value in overrides.items() if value})


def alert_scheduler(
    source: SnapshotSource,
    store: Store,
    settings: Settings,
    sender: AlertSender | None,
    instruments: Instruments | None = None,
) -> AlertScheduler:
    return AlertScheduler(
        source, store, sender, thresholds=settings.thresholds, tenant_id=served_tenant(settings),
        observer=instruments, admins=settings.admins,
    )  # fmt: skip


def log_redactor(settings: Settings) -> Redactor:
    """This process's own secrets and the database URL's password, as the house hides them."""
    secrets = [settings.graph_client_secret, settings.app_password]
    return Redactor([*secrets, *secrets_in(settings.database_url or "")], rules=[redacted])


async def assemble(
    stack: AsyncExitStack,
    settings: Settings,
    source: SnapshotSource,
    clock: Clock,
    instruments: Instruments | None = None,
    *,
    tenants: TenantSources | None = None,
) -> Parts:
    """Opens the database and the Bot Connector sign-in, and wires the bot; everything opened
    is closed by `stack`, last opened first."""
    from bot.teams.proactive import ProactiveSender  # noqa: PLC0415
    from bot.teams.server import BotApp  # noqa: PLC0415
    from bot.webhooks.sender import alert_sender  # noqa: PLC0415

    webhooks = alert_webhooks(settings)
    token = connector_token(settings)
    if token is not None:
        stack.callback(token.close)
    store = await open_database(settings)
    stack.push_async_callback(store.close)
    alerts = AlertSubscriptions(store, settings.admins, clock)
    # Several tenants (issue 15): the chat scopes each question to one of them.
    home = served_tenant(settings)
    scoped = None
    if tenants:  # their Graph answers and sign-ins counted as the single tenant's are
        scoped = await tenancy(stack, settings, tenants, store, home, observer=instruments)
    chat = ChatService(source, chat_config(settings), store, clock, alerts, tenancy=scoped)
    bot = BotApp(
        chat,
        app_id=settings.app_id,
        token=token,
        cloud=bot_framework_cloud(settings),
        health=StoreHealth(store),
        turn_timer=instruments.turn if instruments is not None else None,
        connector_calls=instruments.connector_call if instruments is not None else None,
    )
    # Teams conversations, and the Workflows webhooks beside them in the same scan and ledger.
    teams, tenant = ProactiveSender(bot), served_tenant(settings) or ""
    sender = await alert_sender(stack, store, teams, webhooks, tenant_id=tenant, now=clock())
    scheduler = alert_scheduler(source, store, settings, sender, instruments)
    return Parts(source, store, chat, bot, scheduler)


def alert_webhooks(settings: Settings) -> tuple[WebhookDestination, ...]:
    try:
        return parse_webhooks(settings.alert_webhooks, settings.default_language)
    except WebhookConfigError as error:
        raise StartError(str(error)) from None


def watched(
    metrics: ProcessMetrics | None, source: SnapshotSource, tenants: TenantSources | None
) -> SnapshotSource:
    """The tenant gauges of /metrics: every registry tenant's, labelled with its name, or the
    one tenant's, from what its source last read."""
    if metrics is None:
        return source
    if tenants is not None:
        metrics.watch_tenants(tenants)
        return source
    return metrics.watch(source)


async def serve(
    host: str,
    port: int,
    settings: Settings,
    snapshot: Path | None = None,
    clock: Clock = lambda: datetime.now(UTC),
) -> None:
    """`ade-doctor serve`: runs until SIGINT or SIGTERM, then stops the alert scheduler, the
    HTTP server, the database, the Bot Connector sign-in and the tenant source, in that
    order (the reverse of opening)."""
    from bot.metrics.serving import ProcessMetrics  # noqa: PLC0415
    from bot.teams.listener import listen  # noqa: PLC0415
    from bot.teams.log_limit import limit_repeats  # noqa: PLC0415

    try:
        check_exposure(host, settings)
    except ExposureError as error:
        raise StartError(str(error)) from None
    limit_repeats()
    if settings.log_format == "json":
        use_json_logs(log_redactor(settings))
    started = time.monotonic()
    async with AsyncExitStack() as stack:
        # Owned here like every edge: a registry of this process's own, never the global one.
        metrics = ProcessMetrics(clock, settings.thresholds) if settings.metrics != "off" else None
        observer = metrics.instruments if metrics is not None else None
        one = open_tenant(settings, snapshot, observer)
        source, tenants = await chat_sources(stack, settings, snapshot, one, observer)
        source = watched(metrics, source, tenants)
        parts = await assemble(stack, settings, source, clock, observer, tenants=tenants)
        # The alert scan over every tenant the chat serves, or the one tenant's as before.
        commands = parts.chat.alerts
        scheduler = fleet_scheduler(settings, tenants, parts.scheduler, commands)
        rows()  # the reply-language word tables (0.4 s): built before the first message waits
        stopping = stop_on_signals(stack)
        web_app = parts.bot.web_app()
        if metrics is not None and settings.metrics == "on":
            metrics.add_route(web_app)
        try:
            listener = await listen(web_app, host, port, parts.bot.limits)
        except OSError as error:
            raise StartError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
        stack.push_async_callback(listener.close)
        if metrics is not None and settings.metrics_address is not None:
            try:
                await metrics.serve(stack, *settings.metrics_address)
            except OSError as error:
                why = error.strerror or error
                raise StartError(f"cannot serve metrics on {settings.metrics}: {why}") from None
        if settings.alert_interval > 0:
            scans = asyncio.create_task(scheduler.run(settings.alert_interval))
            stack.push_async_callback(stop_task, scans)
        if settings.log_format == "json":  # one JSON object per line, the banner too
            log.info("%s", banner(host, port, settings, source))
        else:
            print(banner(host, port, settings, source), file=sys.stderr, flush=True)
        log.info("ready in %.0f ms", (time.monotonic() - started) * 1000)
        # Everything imported so far lives as long as the process: move it out of the cyclic
        # collector's view, so full collections stop walking botbuilder's and babel's objects
        # in the middle of a turn (they made the p99 at 16 concurrent turns).
        gc.freeze()
        await stopping.wait()
        stopped = time.monotonic()
    log.info("stopped in %.0f ms", (time.monotonic() - stopped) * 1000)
