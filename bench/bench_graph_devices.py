"""Reading 100,000 ADE devices from a fake Graph over HTTPS (issue 14): how long until the
device data is there, how much memory the read adds, and whether the event loop (every chat
turn's) keeps answering while the pages arrive.

The fake Graph of the test suite (tests/graph) serves the devices in pages of 1,000 (Graph's
page size for importedAppleDeviceIdentities) on 127.0.0.1, in this same process: its JSON
pages are built before the read, so their memory is counted before the read starts.

Run: .venv/bin/python bench/bench_graph_devices.py [--devices N]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fakes live in tests/

from tests.graph.conftest import FAST, NOW, fake_tenant
from tests.graph.test_graph_devices import devices_document
from tests.graph.tls import make_tls

PAGE = 1000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _ticker(lags: list[float], stop: asyncio.Event) -> None:
    """A 10 ms tick, as a chat turn waiting for the loop would see it."""
    while not stop.is_set():
        start = time.perf_counter()
        await asyncio.sleep(0.01)
        lags.append(time.perf_counter() - start - 0.01)


async def scenario(devices: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tls = make_tls(Path(folder))
        document = devices_document(devices=devices)
        async with fake_tenant(tls, document) as tenant:
            tenant.graph.page_size = PAGE
            source = tenant.source(replace(FAST, budget=60.0))
            before = _rss_mb()
            lags: list[float] = []
            stop = asyncio.Event()
            ticker = asyncio.create_task(_ticker(lags, stop))
            start = time.perf_counter()
            first = await source.read(NOW)
            turn = time.perf_counter() - start
            snapshot = first
            while snapshot.devices_read_at is None or not snapshot.devices:
                await asyncio.sleep(0.05)
                snapshot = await source.read(NOW)
            done = time.perf_counter() - start
            stop.set()
            await ticker
            after = _rss_mb()
            await source.close()
    count = sum(len(listed) for listed in (snapshot.devices or {}).values())
    lags.sort()
    print(f"{count:,} devices read in {done:.1f} s wall ({count // PAGE + 1} pages of {PAGE})")
    print(f"first read (tokens, devices not ready): answered after {turn:.2f} s")
    print(
        f"ru_maxrss {before:.0f} MB before the read, {after:.0f} MB after (+{after - before:.0f})"
    )
    print(
        f"event-loop lag during the read: median {lags[len(lags) // 2] * 1000:.1f} ms, "
        f"p99 {lags[int(len(lags) * 0.99)] * 1000:.1f} ms, max {lags[-1] * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=100_000)
    args = parser.parse_args()
    asyncio.run(scenario(args.devices))


if __name__ == "__main__":
    main()
