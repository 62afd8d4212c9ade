"""Many tenants (issue 15): 1,000 registry tenants read from the fake Entra ID and Graph of
the test suite (tests/graph) over HTTPS, Graph answering every request after 300 ms.

Measured: the time until every tenant's snapshot is read (TenantSources.health, as the alert
scan and `check --tenant all` read them), the most connections open to Graph at once (counted
at the fake server: its ESTABLISHED sockets in /proc/net/tcp, sampled every 100 ms), the
process's peak memory (fakes included), one tenant throttled (429, Retry-After) delaying
only itself, and the overview card built from the kept results.

Each tenant is the demo tenant cut to one ADE token (three part reads, then its devices and
enrollment profiles: two more). The floor with 50 connections and 300 ms per request is
1,000 x 3 / 50 x 0.3 s = 18 s for the token state.

Run: .venv/bin/python bench/bench_tenants.py [--tenants N] [--delay S]
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fakes live in tests/

from bot.catalogs import translator
from bot.core.cards.tenants import tenants_card
from bot.core.i18n.languages import ENGLISH
from bot.core.tenant.registry import Registry, TenantEntry
from bot.graph.client import RetryPolicy
from bot.graph.registry_sources import graph_sources
from bot.tenant_reads import Tenant, TenantSources
from tests.graph.conftest import NOW, fake_tenant, tenant_document
from tests.graph.fake_aad import READ, READ_APPS
from tests.graph.fake_graph import graph_error
from tests.graph.tls import make_tls

THROTTLE_SECONDS = 2
ESTABLISHED = "01"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _open_connections(port: int) -> int:
    """Server-side sockets of the fake Graph (local port `port`) that are ESTABLISHED."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, state = fields[1], fields[3]
            if state == ESTABLISHED and int(local.rsplit(":", 1)[1], 16) == port:
                count += 1
    return count


async def _sample(port: int, peak: list[int], stop: asyncio.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], _open_connections(port))
        await asyncio.sleep(0.1)  # a read of /proc/net/tcp costs ms with 1,000s of sockets


def _one_token_tenant() -> dict[str, object]:
    document = copy.deepcopy(tenant_document())
    tokens = document["depOnboardingSettings"]["value"]  # type: ignore[index]
    document["depOnboardingSettings"]["value"] = tokens[1:2]  # type: ignore[index]
    return document


async def scenario(count: int, delay: float, concurrency: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tls = make_tls(Path(folder))
        async with fake_tenant(tls, _one_token_tenant()) as fake:
            ids = [f"cccccccc-0000-4000-8000-{n:012d}" for n in range(count)]
            fake.aad.tenant_roles = {t: {READ, READ_APPS} for t in ids}
            fake.graph.delay = delay
            throttled = ids[count // 2]
            fake.graph.tenant_queue[throttled] = [
                graph_error(
                    429, "TooManyRequests", "Too many requests",
                    **{"Retry-After": str(THROTTLE_SECONDS)},
                )
            ]  # fmt: skip
            settings = replace(
                fake.settings(), tenant_concurrency=concurrency, graph_budget_seconds=30
            )
            registry = Registry(tuple(TenantEntry(f"Tenant {n:04d}", t) for n, t in enumerate(ids)))
            policy = RetryPolicy.within(settings.graph_budget_seconds)
            graph = graph_sources(settings, registry, policy=policy)
            sources = TenantSources(
                [Tenant(e, s) for e, s in graph.sources],
                concurrency=concurrency,
                budget=32.0,
                closers=[graph.close],
            )
            port = int(fake.graph.url.rsplit(":", 1)[1])
            peak, stop = [0], asyncio.Event()
            sampler = asyncio.create_task(_sample(port, peak, stop))
            before = _rss_mb()
            started = time.perf_counter()
            try:
                healths = await sources.health(NOW, settings.thresholds)
                elapsed = time.perf_counter() - started
            finally:
                stop.set()
                await sampler
            unread = sum(1 for h in healths if h.unreachable)
            throttled_name = registry.tenants[count // 2].name
            throttled_row = next(h for h in healths if h.name == throttled_name)
            requests = len(fake.graph.seen)
            t = translator(ENGLISH)
            builds = []
            for _ in range(20):
                build = time.perf_counter()
                tenants_card(sources.latest(), t, NOW)
                builds.append(1000 * (time.perf_counter() - build))
            await sources.close()
    print(f"tenants                     {count}, Graph answering after {delay * 1000:.0f} ms")
    print(f"ADE_TENANT_CONCURRENCY      {concurrency}")
    print(f"full read                   {elapsed:.1f} s ({requests} Graph requests)")
    print(f"tenants unreadable          {unread}")
    print(f"peak connections to Graph   {peak[0]} (limit {settings.graph_connections})")
    print(f"peak memory                 {_rss_mb():.0f} MB (before the read {before:.0f} MB)")
    print(
        f"throttled tenant            read in full: {not throttled_row.unreachable}, "
        f"Retry-After {THROTTLE_SECONDS} s"
    )
    print(
        f"overview card from cache    median {statistics.median(builds):.2f} ms, "
        f"max {max(builds):.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.3)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(scenario(args.tenants, args.delay, args.concurrency))


if __name__ == "__main__":
    main()
