"""The cost of one /metrics scrape of a 2,000-token tenant (Intune's per-account maximum), and
of the counters the edges bump on each Graph answer and chat turn.

A scrape runs on the bot's event loop (the tenant gauges are computed from the held snapshot
at scrape time, the diagnosis included), so its duration is how long a chat turn can wait
behind it.

Run: .venv/bin/python bench/bench_metrics.py [--tokens N] [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime

from aiohttp import ClientSession, web
from bench_diagnose import big_snapshot
from prometheus_client import generate_latest

from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.tenant.document import parse_snapshot_text
from bot.core.tenant.snapshot import TenantSnapshot
from bot.metrics.endpoint import serve_metrics
from bot.metrics.serving import ProcessMetrics


class Held:
    description, can_sync = "bench", False

    def __init__(self, snapshot: TenantSnapshot) -> None:
        self.snapshot = snapshot

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        return self.snapshot

    async def sync(self, token_id: str) -> None: ...

    async def close(self) -> None: ...


def timed(run: Callable[[], object], rounds: int) -> list[float]:
    for _ in range(3):  # warm-up
        run()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[max(0, int(len(values) * 0.95) - 1)]
    return (
        f"median {statistics.median(values) * 1000:7.2f} ms  "
        f"min {values[0] * 1000:7.2f} ms  p95 {p95 * 1000:7.2f} ms"
    )


async def on_the_loop(metrics: ProcessMetrics) -> web.AppRunner:
    """For comparison: a handler that formats on the event loop itself."""

    async def handle(request: web.Request) -> web.Response:
        return web.Response(body=generate_latest(metrics.registry))

    app = web.Application()
    app.router.add_get("/metrics", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner


async def over_http(
    metrics: ProcessMetrics, rounds: int, threaded: bool = True
) -> tuple[list[float], list[float]]:
    """Scrape times through the real handler (or one on the loop), and the longest the event
    loop was held up during each (a 1 ms ticker's worst lateness): what a chat turn waits."""
    if threaded:
        runner = await serve_metrics(metrics.registry, "127.0.0.1", 0)
    else:
        runner = await on_the_loop(metrics)
    port = runner.addresses[0][1]
    times, stalls = [], []
    lateness: list[float] = []

    async def ticker() -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(0.001)
            lateness.append(time.perf_counter() - before - 0.001)

    ticking = asyncio.create_task(ticker())
    try:
        async with ClientSession() as session:
            for i in range(rounds + 3):
                lateness.clear()
                start = time.perf_counter()
                async with session.get(f"http://127.0.0.1:{port}/metrics") as response:
                    await response.read()
                if i >= 3:
                    times.append(time.perf_counter() - start)
                    stalls.append(max(lateness, default=0.0))
    finally:
        ticking.cancel()
        await runner.cleanup()
    return times, stalls


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    now = datetime.now(UTC)
    snapshot = parse_snapshot_text(big_snapshot(now, args.tokens), "bench")
    metrics = ProcessMetrics(lambda: now, Thresholds())
    asyncio.run(metrics.watch(Held(snapshot)).read(now))
    # What a day of traffic leaves in the counters: every Graph resource and status seen,
    # turns of each activity type, some alerts.
    statuses = ("200", "403", "429", "503", "timeout")
    resources = ("depOnboardingSettings", "applePushNotificationCertificate", "vppTokens")
    for resource in (*resources, "importedAppleDeviceIdentities", "enrollmentProfiles"):
        for status in statuses:
            metrics.instruments.answered("GET", resource, status)
    for activity in ("message", "invoke", "conversationUpdate"):
        metrics.instruments.turn(activity, 0.3)
    metrics.instruments.alert_sent()

    body = generate_latest(metrics.registry)
    series = sum(1 for line in body.splitlines() if line and not line.startswith(b"#"))
    print(f"tokens: {args.tokens}, rounds: {args.rounds}, body: {len(body) / 1024:.0f} KiB")
    print(f"series: {series}")
    print(f"diagnose alone       {ms(timed(lambda: diagnose(snapshot, now), args.rounds))}")
    print(
        f"scrape (in process)  {ms(timed(lambda: generate_latest(metrics.registry), args.rounds))}"
    )
    times, stalls = asyncio.run(over_http(metrics, args.rounds))
    print(f"scrape over HTTP     {ms(times)}")
    print(f"event loop held up   {ms(stalls)}")
    times, stalls = asyncio.run(over_http(metrics, args.rounds, threaded=False))
    print("same, formatted on the event loop (not what the bot does):")
    print(f"scrape over HTTP     {ms(times)}")
    print(f"event loop held up   {ms(stalls)}")
    count = 100_000
    start = time.perf_counter()
    for _ in range(count):
        metrics.instruments.answered("GET", "vppTokens", "200")
    per_graph = (time.perf_counter() - start) / count
    start = time.perf_counter()
    for _ in range(count):
        metrics.instruments.turn("message", 0.25)
    per_turn = (time.perf_counter() - start) / count
    print(
        f"per Graph answer counted {per_graph * 1e6:.2f} µs, per turn timed {per_turn * 1e6:.2f} µs"
    )


if __name__ == "__main__":
    main()
