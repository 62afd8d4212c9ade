"""GET /metrics over aiohttp: a handler the composition root adds to the bot's own app
(ADE_METRICS=on), or a site of its own (ADE_METRICS=host:port) that a firewall or a
Kubernetes NetworkPolicy can keep apart from /api/messages, which faces the internet."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def metrics_handler(registry: CollectorRegistry) -> Handler:
    async def metrics(request: web.Request) -> web.Response:
        # Prometheus asks for OpenMetrics when it can; everything else gets the text format.
        encode, content_type = choose_encoder(request.headers.get("Accept", ""))
        # 2,000 tokens are 4,000 series: ~70 ms of formatting (bench/README.md). In a worker
        # thread the event loop keeps answering chat turns meanwhile; the collectors only
        # read an immutable snapshot and the counters take their own locks.
        body = await asyncio.to_thread(encode, registry)
        return web.Response(body=body, headers={"Content-Type": content_type})

    return metrics


async def serve_metrics(registry: CollectorRegistry, host: str, port: int) -> web.AppRunner:
    """A running site serving only /metrics; the caller cleans the runner up."""
    app = web.Application()
    app.router.add_get("/metrics", metrics_handler(registry))
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except BaseException:
        await runner.cleanup()
        raise
    return runner
