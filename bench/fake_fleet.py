"""The fake Entra ID and Graph of tests/graph serving many tenants, in a process of their own
(bench/bench_tenants.py): Graph is not in the bot's process in production, so neither its CPU
nor its memory should be counted as the bot's.

Prints one JSON line {"aad": URL, "graph": URL} once listening; on SIGTERM, one more with the
requests seen ({"requests": N, "http": H, "batches": B}: Graph requests, HTTP requests
received, $batch requests among them). Run by the benchmark, not by hand.
"""

from __future__ import annotations

import asyncio
import copy
import json
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the fakes live in tests/

from tests.graph.conftest import serving, tenant_document
from tests.graph.fake_aad import READ, READ_APPS, FakeAzureAD
from tests.graph.fake_graph import FakeGraph, graph_error
from tests.graph.tls import make_tls


def one_token_tenant() -> dict[str, object]:
    """The demo tenant cut to one ADE token: three part reads, then two device lists."""
    document = copy.deepcopy(tenant_document())
    tokens = document["depOnboardingSettings"]["value"]  # type: ignore[index]
    document["depOnboardingSettings"]["value"] = tokens[1:2]  # type: ignore[index]
    return document


async def main(folder: str, tenants: list[str], delay: float, throttled: str, wait: int) -> None:
    tls = make_tls(Path(folder))
    aad = FakeAzureAD()
    aad.tenant_roles = {t: {READ, READ_APPS} for t in tenants}
    graph = FakeGraph(aad, one_token_tenant(), delay=delay)
    graph.tenant_queue[throttled] = [
        graph_error(429, "TooManyRequests", "Too many requests", **{"Retry-After": str(wait)})
    ]
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with serving(aad.app(), tls) as aad.url, serving(graph.app(), tls) as graph.url:
        print(json.dumps({"aad": aad.url, "graph": graph.url, "ca": tls.ca_file}), flush=True)
        await stop.wait()
        counts = {"requests": len(graph.seen), "http": graph.http_requests}
        print(json.dumps(counts | {"batches": len(graph.batches)}), flush=True)


if __name__ == "__main__":
    count, delay, wait = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    ids = [f"cccccccc-0000-4000-8000-{n:012d}" for n in range(count)]
    asyncio.run(main(sys.argv[1], ids, delay, ids[count // 2], wait))
