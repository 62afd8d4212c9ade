"""Storage throughput per backend: 1,000 subscriptions, a few ledger stages each.

What one alert scan does to the database, at the scale of the issue's benchmark (1,000
subscriptions in one tenant): subscribe them, claim a few stages each (and claim them again,
which the next scan does and must refuse), mark them sent, read the ledger and the
subscriptions back, take the scan lock (once per scan). Then the same claims 50 at a time, as
concurrent turns would. Each backend keeps its durable settings: SQLite in WAL mode with
synchronous=FULL (an fsync per commit), PostgreSQL with fsync on, started like the tests do
(tests/storage/pg_server.py) on 127.0.0.1.

Run: .venv/bin/python bench/bench_storage.py [--subscriptions N] [--stages N] [--backend B]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the server helper is in tests/

from bot.core.alerting.model import LedgerEntry, LedgerStatus, Subscription
from bot.storage.base import Store, open_store
from tests.storage.pg_server import postgres_server

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
STAGES = ("30d", "14d", "7d", "3d", "1d", "expired")


def subscription(i: int) -> Subscription:
    conversation = f"a:conversation-{i:05d}"
    url = "https://smba.trafficmanager.net/emea/"
    reference: dict[str, Any] = {
        "serviceUrl": url,
        "conversation": {"id": conversation, "conversationType": "personal"},
        "user": {"id": f"29:user-{i}", "aadObjectId": f"00000000-0000-4000-8000-{i:012d}"},
        "bot": {"id": "28:bot", "name": "ADE Doctor"},
        "channelId": "msteams",
        "locale": "en-US",
    }
    return Subscription(
        conversation, "tenant-1", url, reference, "en", "Europe/Warsaw", "personal", NOW
    )


async def timed(label: str, calls: Iterable[Callable[[], Awaitable[Any]]], rows: list[str]) -> None:
    work = list(calls)
    start = time.perf_counter()
    for call in work:
        await call()
    rows.append(row(label, len(work), time.perf_counter() - start))


async def timed_together(
    label: str, calls: Sequence[Callable[[], Awaitable[Any]]], width: int, rows: list[str]
) -> None:
    start = time.perf_counter()
    for first in range(0, len(calls), width):
        await asyncio.gather(*(call() for call in calls[first : first + width]))
    rows.append(row(label, len(calls), time.perf_counter() - start))


def row(label: str, count: int, seconds: float) -> str:
    return f"| {label} | {count:,} | {seconds * 1000:,.0f} ms | {count / seconds:,.0f} |"


async def run(url: str, subscriptions: int, stages: int) -> list[str]:
    rows: list[str] = []
    start = time.perf_counter()
    store: Store = await open_store(url)
    rows.append(row("open + migrate", 1, time.perf_counter() - start))
    try:
        subs = [subscription(i) for i in range(subscriptions)]
        claims = [
            LedgerEntry(s.conversation_id, "token-expiring:t1:2026-12-20", stage,
                        LedgerStatus.PENDING, NOW + timedelta(days=n))
            for s in subs
            for n, stage in enumerate(STAGES[:stages])
        ]  # fmt: skip
        await timed("subscribe", [partial(store.subscribe, s) for s in subs], rows)
        await timed("claim (new)", [partial(store.claim, e) for e in claims], rows)
        await timed("claim (already claimed)", [partial(store.claim, e) for e in claims], rows)
        sent = [
            partial(store.mark_sent, e.conversation_id, e.problem, e.stage, "1:x", NOW)
            for e in claims
        ]
        await timed("mark_sent", sent, rows)
        await timed("entries() (all rows)", [store.entries] * 10, rows)
        await timed("subscriptions() (all rows)", [store.subscriptions] * 10, rows)
        await timed("language (read)", [partial(store.language, "29:user-1")] * 1000, rows)

        async def take_scan_lock() -> None:
            async with store.scan_lock("alert-scan") as held:
                assert held

        await timed("scan lock (take + release)", [take_scan_lock] * 100, rows)
        later = [replace(e, problem="sync-error:t2") for e in claims]
        together = [partial(store.claim, e) for e in later]
        await timed_together("claim (new), 50 at a time", together, 50, rows)
    finally:
        await store.close()
    return rows


@contextmanager
def database(backend: str) -> Iterator[str]:
    with ExitStack() as stack:
        if backend == "sqlite":
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="ade-bench-"))
            yield f"sqlite:///{folder}/ade-doctor.db"
        else:
            server = stack.enter_context(postgres_server(fast=False))
            yield server.new_database()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=1000)
    parser.add_argument("--stages", type=int, default=3, choices=range(1, len(STAGES) + 1))
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], action="append")
    args = parser.parse_args()
    for backend in args.backend or ["sqlite", "postgresql"]:
        with database(backend) as url:
            rows = asyncio.run(run(url, args.subscriptions, args.stages))
        print(f"\n{backend}: {args.subscriptions:,} subscriptions x {args.stages} stages\n")
        print("| operation | calls | time | ops/s |\n|---|---|---|---|")
        print("\n".join(rows))


if __name__ == "__main__":
    main()
