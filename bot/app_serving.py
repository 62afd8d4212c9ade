"""What `ade-doctor serve` needs around the composition root (bot.app): the refusal to serve
anonymously beyond this machine, the start-up banner, and stopping cleanly on SIGTERM/SIGINT
with background tasks really ended before the store they use is closed."""

from __future__ import annotations

import asyncio
import logging
import signal
from contextlib import AsyncExitStack

from bot.core.tenant.source import SnapshotSource
from bot.settings import Settings

log = logging.getLogger(__name__)


class ExposureError(Exception):
    """Serving anonymously on a non-loopback address: the message says what to do."""


def check_exposure(host: str, settings: Settings) -> None:
    from bot.teams.auth import is_loopback_host  # noqa: PLC0415

    if not settings.app_id and not is_loopback_host(host):
        raise ExposureError(
            f"refusing to serve anonymously on {host}: without MicrosoftAppId anyone who "
            "can reach the port could read the tenant's enrollment data. Set MicrosoftAppId "
            "(and its credentials), or listen on 127.0.0.1."
        )


def banner(host: str, port: int, settings: Settings, source: SnapshotSource) -> str:
    # An IPv6 address in a URL goes in brackets (RFC 3986): http://[::1]:3978.
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}/api/messages"
    mode = (
        f"authenticated as app {settings.app_id}"
        if settings.app_id
        else "anonymous (local only, no MicrosoftAppId)"
    )
    lines = [
        f"ADE Doctor is listening on {url}",
        f"  mode: {mode}; tenant data: {source.description}",
    ]
    if settings.metrics != "off":
        site = (
            f"http://{settings.metrics}"
            if settings.metrics_address
            else url[: -len("/api/messages")]
        )
        lines.append(f"  metrics: {site}/metrics")
    if not settings.app_id:
        lines += [
            "  chat with it in Microsoft 365 Agents Playground:",
            f"    npx @microsoft/m365agentsplayground -e {url} -c msteams",
            "  (or `make playground`), then ask: why is ADE failing?",
        ]
    return "\n".join(lines)


async def stop_task(task: asyncio.Task[None]) -> None:
    """Cancels a background task and waits until it has really ended, so nothing it does
    (a scan releasing its scan lock) runs after the store it uses is closed."""
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        if not task.cancelled():  # we were cancelled ourselves, not just the task
            raise
    except Exception:
        log.exception("the alert scheduler ended with an error")


def stop_on_signals(stack: AsyncExitStack) -> asyncio.Event:
    """SIGTERM (systemd, Kubernetes, a container stop) and SIGINT (Ctrl+C) end `serve`
    normally, so every part is closed in order and the process exits 0."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stopping.set)
        except (NotImplementedError, RuntimeError):  # not the main thread, or Windows
            continue
        stack.callback(loop.remove_signal_handler, signum)
    return stopping
