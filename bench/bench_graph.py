"""100 admins of one tenant asking at once, against a fake Graph that answers after 300 ms.

Counts Graph snapshot reads and the time until every admin has a diagnosis. Target: at most
2 Graph reads and all answered within 1 s. The fake Entra ID and Graph are the test suite's
(tests/graph), served over HTTPS on 127.0.0.1.

Run: make bench   (or .venv/bin/python bench/bench_graph.py [--admins N] [--rounds N])
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fakes live in tests/

from bot.core.diagnosis.diagnose import diagnose
from bot.graph.graph_source import GraphSource
from tests.graph.conftest import NOW, FakeTenant, fake_tenant
from tests.graph.tls import make_tls

GRAPH_LATENCY = 0.3


@dataclass
class Round:
    reads: int
    sign_ins: int
    seconds: float


async def turns(source: GraphSource, admins: int, *, fresh: bool) -> float:
    """`admins` diagnose turns at once; seconds until the last one has its findings."""

    async def turn() -> None:
        snapshot = await source.read(NOW, fresh=fresh)
        diagnose(snapshot, NOW)

    started = time.perf_counter()
    await asyncio.gather(*(turn() for _ in range(admins)))
    return time.perf_counter() - started


async def scenario(tenant: FakeTenant, admins: int, kind: str) -> Round:
    graph, aad = tenant.graph, tenant.aad
    source = tenant.source()  # the bot's defaults: 10 s budget, 60 s cache
    try:
        if kind != "cold":
            await source.read(NOW)  # signed in and cached, as a running bot is
        reads, sign_ins = graph.snapshot_reads, aad.token_requests
        seconds = await turns(source, admins, fresh=kind == "check again")
        return Round(graph.snapshot_reads - reads, aad.token_requests - sign_ins, seconds)
    finally:
        await source.close()


async def main(admins: int, rounds: int) -> bool:
    results: dict[str, list[Round]] = {"cold": [], "check again": [], "cached": []}
    with tempfile.TemporaryDirectory(prefix="bench-graph-") as directory:
        tls = make_tls(Path(directory))
        async with fake_tenant(tls) as tenant:
            tenant.graph.delay = GRAPH_LATENCY
            for _ in range(rounds):
                for kind, runs in results.items():
                    runs.append(await scenario(tenant, admins, kind))
    print(f"{admins} concurrent diagnose turns, one tenant, Graph answering after 300 ms")
    print(f"{rounds} rounds each\n")
    print("| scenario | Graph snapshot reads | sign-ins | all answered: median | max |")
    print("|---|---|---|---|---|")
    ok = True
    for kind, runs in results.items():
        reads = max(r.reads for r in runs)
        sign_ins = max(r.sign_ins for r in runs)
        median = statistics.median(r.seconds for r in runs)
        worst = max(r.seconds for r in runs)
        print(f"| {kind} | {reads} | {sign_ins} | {median * 1000:.0f} ms | {worst * 1000:.0f} ms |")
        ok = ok and reads <= 2 and worst < 1.0
    print("\ntarget (<= 2 Graph reads, all answered < 1 s):", "met" if ok else "MISSED")
    return ok


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--admins", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sys.exit(0 if asyncio.run(main(args.admins, args.rounds)) else 1)
