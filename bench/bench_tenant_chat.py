"""The chat's "tenants" overview for 1,000 tenants from the cache, and finding a tenant's name
in a question against a 1,000-tenant registry (issue 15).

Run: .venv/bin/python bench/bench_tenant_chat.py [--tenants N] [--rounds N]

The tenants are read once (in memory: what the last read left in `TenantSources.latest()`);
then each round is what a turn does for "tenants": the cached results, worst first, and the
overview card within Teams' size, in one language. No Graph read happens in the timed part.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.catalogs import translator
from bot.chat.ports import MemoryConversationTenants
from bot.chat.tenancy import Tenancy
from bot.core.i18n.languages import LANGUAGES
from bot.core.tenant.demo import DemoSource
from bot.core.tenant.registry import TenantEntry
from bot.core.tenant.snapshot import TenantSnapshot
from bot.core.understanding.tenant_names import TenantNames
from bot.tenant_reads import Tenant, TenantSources

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


class _Fleet(DemoSource):
    """Every tenth tenant is the demo tenant (an expired token); the rest are healthy."""

    def __init__(self, broken: bool) -> None:
        super().__init__()
        self.broken = broken

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        snapshot = await super().read(now, fresh=fresh)
        if self.broken:
            return snapshot
        # The demo's first token is healthy (tests/test_tenants_cli.py's Fabrikam).
        return replace(snapshot, enrollment_tokens=(snapshot.enrollment_tokens or ())[:1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    tenants = [
        Tenant(TenantEntry(f"Customer {i:04d} Ltd"), _Fleet(i % 10 == 0))
        for i in range(args.tenants)
    ]
    sources = TenantSources(tenants, concurrency=50)
    tenancy = Tenancy(sources, MemoryConversationTenants(), home_tenant=None)
    started = time.perf_counter()
    await tenancy.healths(NOW)  # the one read: the cache is fresh from here on
    print(f"{args.tenants} tenants read once in {time.perf_counter() - started:.2f} s")
    for language in LANGUAGES:
        t = translator(language)
        await tenancy.overview(t, NOW)  # warm-up
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            await tenancy.overview(t, NOW + timedelta(seconds=1))
            times.append(1000 * (time.perf_counter() - start))
        print(
            f"overview {language.code:8} median {statistics.median(times):6.2f} ms"
            f"  p95 {percentile(times, 0.95):6.2f} ms"
        )
    names = TenantNames(sources.names)
    question = "why is ADE failing at customer 0999 ltd? " * 3
    start = time.perf_counter()
    for _ in range(1000):
        assert names.find(question) is not None
    print(f"name found in a question: {time.perf_counter() - start:.3f} ms per message")


if __name__ == "__main__":
    asyncio.run(main())
