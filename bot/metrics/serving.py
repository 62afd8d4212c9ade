"""One bot process's metrics, as the composition root wires them: a registry of its own, the
instruments the edges report to, the held snapshot behind the tenant gauges, and where
/metrics is served."""

from __future__ import annotations

from contextlib import AsyncExitStack

from aiohttp import web
from prometheus_client import CollectorRegistry

from bot.core.diagnosis.diagnose import Thresholds
from bot.core.tenant.source import SnapshotSource
from bot.metrics.endpoint import metrics_handler, serve_metrics
from bot.metrics.instruments import Instruments
from bot.metrics.tenant import Clock, LatestSnapshot, TenantCollector


class ProcessMetrics:
    def __init__(
        self, clock: Clock, thresholds: Thresholds, registry: CollectorRegistry | None = None
    ) -> None:
        self.clock, self.thresholds = clock, thresholds
        # Never prometheus_client's global REGISTRY: two bots in one test process, or a bench
        # beside a bot, would count into each other (and refuse to register twice).
        self.registry = registry if registry is not None else CollectorRegistry()
        self.instruments = Instruments(self.registry)

    def watch(self, source: SnapshotSource) -> LatestSnapshot:
        """`source`, remembering each snapshot it reads for the tenant gauges; call once."""
        held = LatestSnapshot(source)
        self.registry.register(TenantCollector(held, self.clock, self.thresholds))
        return held

    def add_route(self, app: web.Application) -> None:
        """ADE_METRICS=on: /metrics beside /api/messages, behind the same middlewares."""
        app.router.add_get("/metrics", metrics_handler(self.registry))

    async def serve(self, stack: AsyncExitStack, host: str, port: int) -> None:
        """ADE_METRICS=host:port: a site of its own, closed by `stack`; OSError if the
        address cannot be bound."""
        runner = await serve_metrics(self.registry, host, port)
        stack.push_async_callback(runner.cleanup)
