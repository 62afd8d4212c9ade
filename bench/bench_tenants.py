"""Many tenants (issue 15): 1,000 registry tenants read from the fake Entra ID and Graph of
the test suite (tests/graph) over HTTPS, Graph answering every request after 300 ms.

The fakes run in a process of their own (bench/fake_fleet.py), as Graph is not in the bot's.
Measured: the time until every tenant's snapshot is read (TenantSources.health, as the alert
scan and `check --tenant all` read them), the most connections open to Graph at once (counted
at the fake server: its ESTABLISHED sockets in /proc/net/tcp, sampled every 100 ms), the
bot process's peak memory, one tenant throttled (429, Retry-After) delaying
only itself, and the overview card built from the kept results.

Each tenant is the demo tenant cut to one ADE token: five Graph requests (three parts, then
its devices and enrollment profiles) sent as two JSON batches (`POST /beta/$batch`), so two
HTTP requests. The fake answers a batch when its slowest inner request would (they run side
by side, as Graph runs them): 300 ms. The floor with 50 HTTP/1.1 connections is then
1,000 x 2 / 50 x 0.3 s = 12 s (it was 5 / 50 x 0.3 s x 1,000 = 30 s one request at a time);
on top come the bot's CPU per tenant (sign-in, TLS, JSON, diagnosis), printed as well, and
the throttled tenant's 2 s wait.

Run: .venv/bin/python bench/bench_tenants.py [--tenants N] [--delay S]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
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
from bot.graph.registry_sources import graph_sources
from bot.settings import Settings
from bot.tenant_reads import Tenant, TenantSources
from tests.graph.conftest import NOW
from tests.graph.fake_aad import CLIENT_ID, SECRET, TENANT

THROTTLE_SECONDS = 2
ESTABLISHED = "01"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Opened(logging.Handler):
    """Connections httpcore opened to Graph: each a TCP connect then a TLS handshake."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += record.getMessage().startswith("start_tls.complete")


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _open_connections(port: int) -> tuple[int, int]:
    """ESTABLISHED sockets to the fake Graph (port `port`): the server's ends and the bot's."""
    server = client = 0
    address = f"0100007F:{port:04X}"
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, remote, state = fields[1], fields[2], fields[3]
            if state != ESTABLISHED:
                continue
            # Only 127.0.0.1:port: the table is the whole machine's, shared with other work.
            server += local == address
            client += remote == address
    return server, client


async def _sample(port: int, peak: list[int], stop: asyncio.Event) -> None:
    while not stop.is_set():
        server, client = _open_connections(port)
        peak[0], peak[1] = max(peak[0], server), max(peak[1], client)
        await asyncio.sleep(0.1)  # a read of /proc/net/tcp costs ms with 1,000s of sockets


async def _fakes(
    folder: str, count: int, delay: float
) -> tuple[asyncio.subprocess.Process, dict[str, str]]:
    fakes = await asyncio.create_subprocess_exec(
        sys.executable, str(Path(__file__).with_name("fake_fleet.py")), folder, str(count),
        str(delay), str(THROTTLE_SECONDS), stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert fakes.stdout is not None
    return fakes, json.loads(await fakes.stdout.readline())


async def scenario(count: int, delay: float, concurrency: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        fakes, urls = await _fakes(folder, count, delay)
        ids = [f"cccccccc-0000-4000-8000-{n:012d}" for n in range(count)]
        settings = replace(
            Settings(
                graph_tenant_id=TENANT, graph_client_id=CLIENT_ID, graph_client_secret=SECRET,
                graph_authority=f"{urls['aad']}/{TENANT}", graph_endpoint=urls["graph"],
                graph_ca_bundle=urls["ca"],
            ),
            tenant_concurrency=concurrency,
            graph_budget_seconds=30,
        )  # fmt: skip
        registry = Registry(tuple(TenantEntry(f"Tenant {n:04d}", t) for n, t in enumerate(ids)))
        graph = graph_sources(settings, registry)
        sources = TenantSources(
            [Tenant(e, s) for e, s in graph.sources],
            concurrency=concurrency,
            budget=32.0,
            closers=[graph.close],
        )
        port = int(urls["graph"].rsplit(":", 1)[1])
        opened = _Opened()
        httpcore_log = logging.getLogger("httpcore.connection")
        httpcore_log.setLevel(logging.DEBUG)
        httpcore_log.addHandler(opened)
        peak, stop = [0, 0], asyncio.Event()
        sampler = asyncio.create_task(_sample(port, peak, stop))
        before = _rss_mb()
        cpu, loop_cpu = _cpu_seconds(resource.RUSAGE_SELF), time.thread_time()
        started = time.perf_counter()
        try:
            healths = await sources.health(NOW, settings.thresholds)
            elapsed = time.perf_counter() - started
            cpu = _cpu_seconds(resource.RUSAGE_SELF) - cpu
            loop_cpu = time.thread_time() - loop_cpu
        finally:
            stop.set()
            await sampler
        unread = sum(1 for h in healths if h.unreachable)
        throttled_row = next(h for h in healths if h.name == registry.tenants[count // 2].name)
        t = translator(ENGLISH)
        builds = []
        for _ in range(20):
            build = time.perf_counter()
            tenants_card(sources.latest(), t, NOW)
            builds.append(1000 * (time.perf_counter() - build))
        await sources.close()
        fakes.terminate()
        assert fakes.stdout is not None
        counts = json.loads(await fakes.stdout.readline())
        await fakes.wait()
        fake_cpu = _cpu_seconds(resource.RUSAGE_CHILDREN)
    print(f"tenants                     {count}, Graph answering after {delay * 1000:.0f} ms")
    print(f"ADE_TENANT_CONCURRENCY      {concurrency}")
    print(
        f"full read                   {elapsed:.1f} s ({counts['requests']} Graph requests in "
        f"{counts['http']} HTTP requests, {counts['batches']} of them $batch)"
    )
    print(
        f"CPU                         bot {cpu:.1f} s during the read ({loop_cpu:.1f} s of it "
        "in the event loop, the rest in sign-in threads), "
        f"fake Graph and Entra ID {fake_cpu:.1f} s in all"
    )
    print(f"tenants unreadable          {unread}")
    print(
        f"peak connections to Graph   {peak[0]} at the fake server, {peak[1]} at the bot "
        f"(limit {settings.graph_connections}); {opened.count} opened in all"
    )
    print(f"peak memory of the bot      {_rss_mb():.0f} MB (before the read {before:.0f} MB)")
    print(
        f"throttled tenant            read in full: {not throttled_row.unreachable}, "
        f"Retry-After {THROTTLE_SECONDS} s"
    )
    print(
        f"overview card from cache    median {statistics.median(builds):.2f} ms, "
        f"max {max(builds):.2f} ms (the first build included)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.3)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(scenario(args.tenants, args.delay, args.concurrency))


if __name__ == "__main__":
    main()
