"""`ade-doctor serve`: the bot's process."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import time

from aiohttp import web

from bot.alerts.scheduler import AlertScheduler
from bot.chat.service import ChatConfig, ChatService
from bot.graph.sources import SnapshotSource
from bot.settings import Settings
from bot.storage.base import StorageError, Store, open_store
from bot.storage.urls import default_url
from bot.teams.auth import Cloud, is_loopback_host
from bot.teams.connector import TokenHeader
from bot.teams.proactive import ProactiveSender
from bot.teams.server import BotApp

log = logging.getLogger(__name__)


class ServeError(Exception):
    """The bot must not start with this configuration; the message says why, in one line."""


def check_exposure(host: str, settings: Settings) -> None:
    if not settings.app_id and not is_loopback_host(host):
        raise ServeError(
            f"refusing to serve anonymously on {host}: without MicrosoftAppId anyone who "
            "can reach the port could read the tenant's enrollment data. Set MicrosoftAppId "
            "(and its credentials), or listen on 127.0.0.1."
        )


def chat_service(source: SnapshotSource, settings: Settings, store: Store | None) -> ChatService:
    config = ChatConfig(
        thresholds=settings.thresholds,
        default_language=settings.default_language,
        admins=settings.admins,
        tenant_id=served_tenant(settings),
    )
    return ChatService(source, config, store=store)


def served_tenant(settings: Settings) -> str | None:
    """The tenant whose people may read its data; None in the anonymous local mode."""
    return (settings.graph_tenant_id or settings.app_tenant_id) if settings.app_id else None


def cloud_of(settings: Settings) -> Cloud:
    return Cloud(
        **{
            name: value
            for name, value in (
                ("openid_metadata", settings.bot_openid_metadata),
                ("token_issuer", settings.bot_token_issuer),
            )
            if value
        }
    )


def banner(host: str, port: int, settings: Settings, source: SnapshotSource) -> str:
    url = f"http://{host}:{port}/api/messages"
    mode = (
        f"authenticated as app {settings.app_id}"
        if settings.app_id
        else "anonymous (local only, no MicrosoftAppId)"
    )
    lines = [
        f"ADE Doctor is listening on {url}",
        f"  mode: {mode}; tenant data: {source.description}",
    ]
    if not settings.app_id:
        lines += [
            "  chat with it in Microsoft 365 Agents Playground:",
            f"    npx @microsoft/m365agentsplayground -e {url} -c msteams",
            "  (or `make playground`), then ask: why is ADE failing?",
        ]
    return "\n".join(lines)


async def serve(
    host: str,
    port: int,
    settings: Settings,
    source: SnapshotSource,
    token: TokenHeader | None = None,
) -> None:
    check_exposure(host, settings)
    started = time.monotonic()
    url = settings.database_url or default_url(settings.data_dir)
    try:
        store = await open_store(url)
    except StorageError as error:
        raise ServeError(str(error)) from None
    bot = BotApp(
        chat_service(source, settings, store),
        app_id=settings.app_id,
        token=token,
        cloud=cloud_of(settings),
    )
    runner = web.AppRunner(bot.web_app(), access_log=None, handle_signals=True)
    await runner.setup()
    site = web.TCPSite(runner, host, port, reuse_address=True)
    try:
        await site.start()
    except OSError as error:
        await runner.cleanup()
        await store.close()
        raise ServeError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    scans: asyncio.Task[None] | None = None
    if settings.alert_interval > 0:
        scheduler = AlertScheduler(
            source,
            store,
            ProactiveSender(bot),
            thresholds=settings.thresholds,
            tenant_id=served_tenant(settings),
        )
        scans = asyncio.create_task(scheduler.run(settings.alert_interval))
    print(banner(host, port, settings, source), file=sys.stderr, flush=True)
    log.info("ready in %.0f ms", (time.monotonic() - started) * 1000)
    # Everything imported so far lives as long as the process: move it out of the cyclic
    # collector's view, so full collections stop walking botbuilder's and babel's objects
    # in the middle of a turn (they made the p99 at 16 concurrent turns).
    gc.freeze()
    try:
        await asyncio.Event().wait()
    finally:
        if scans is not None:
            scans.cancel()
        await runner.cleanup()
        await store.close()
