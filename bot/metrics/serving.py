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
from bot.metrics.tenant import Clock, Held, LatestSnapshot, TenantCollector
from bot.tenant_reads import TenantSources


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

        def latest() -> list[Held]:
            if held.latest is None:  # nothing read yet: no series rather than made-up zeros
                return []
            snapshot, read_at = held.latest
            return [(None, snapshot, read_at, self.thresholds)]

        self.registry.register(TenantCollector(latest, self.clock))
        return held

    def watch_tenants(self, tenants: TenantSources) -> None:
        """With a registry: every tenant's gauges, labelled `tenant` with its registry name,
        from whatever read it last (a chat turn or the alert scan); call once, not with
        `watch`."""

        def latest() -> list[Held]:
            return [
                (tenant.name, snapshot, read_at, tenant.entry.limits(self.thresholds))
                for tenant, snapshot, read_at in tenants.snapshots()
            ]

        self.registry.register(TenantCollector(latest, self.clock, tenants=True))

    def add_route(self, app: web.Application) -> None:
        """ADE_METRICS=on: /metrics beside /api/messages, behind the same middlewares."""
        app.router.add_get("/metrics", metrics_handler(self.registry))

    async def serve(self, stack: AsyncExitStack, host: str, port: int) -> None:
        """ADE_METRICS=host:port: a site of its own, closed by `stack`; OSError if the
        address cannot be bound."""
        runner = await serve_metrics(self.registry, host, port)
        stack.push_async_callback(runner.cleanup)
