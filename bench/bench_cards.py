"""Build a full diagnosis reply (all cards) for a 20-token tenant, in every language.

Run: make bench   (or .venv/bin/python bench/bench_cards.py [--rounds N] [--runs N])

Each run builds the reply `rounds` times per language after 20 warm-up builds; with several
runs (languages interleaved, so that a busy moment hits them alike) the figures are the
medians over the runs of each run's median and 95th percentile.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.catalogs import all_translations, translator
from bot.core.cards.diagnosis import diagnosis_reply
from bot.core.cards.elements import utf16_size
from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Finding
from bot.core.i18n.languages import LANGUAGES
from bot.core.tenant.snapshot import TenantSnapshot
from tests.gallery import NOW, token, troubled_tenant


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    all_translations()
    print(f"catalog loading (once per process): {(time.perf_counter() - start) * 1000:.1f} ms")
    scenarios = {
        # 20 tokens, every one broken (4 of each problem): the reply hits the size budget.
        "all broken": diagnose(troubled_tenant(count=4), NOW),
        # 20 tokens, 5 broken (one of each problem), 15 healthy: a bad day in a big tenant.
        "5 of 20 broken": diagnose(typical_tenant(), NOW),
    }
    for name, findings in scenarios.items():
        print(f"\n{name}: {[(f.card.value, len(f.subjects)) for f in findings]}")
        measure(findings, args.rounds, args.runs)


def typical_tenant() -> TenantSnapshot:
    broken = troubled_tenant(count=1)
    healthy = tuple(token(f"h{i}") for i in range(15))
    return replace(broken, enrollment_tokens=(broken.enrollment_tokens or ()) + healthy)


def measure(findings: list[Finding], rounds: int, runs: int) -> None:
    medians: dict[str, list[float]] = {language.code: [] for language in LANGUAGES}
    p95s: dict[str, list[float]] = {language.code: [] for language in LANGUAGES}
    sizes: dict[str, int] = {}
    for _ in range(runs):
        for language in LANGUAGES:
            t = translator(language)
            for _ in range(20):  # warm-up
                cards = diagnosis_reply(findings, t, NOW)
            times = []
            for _ in range(rounds):
                begin = time.perf_counter()
                cards = diagnosis_reply(findings, t, NOW)
                times.append(time.perf_counter() - begin)
            times.sort()
            medians[language.code].append(statistics.median(times) * 1000)
            p95s[language.code].append(times[int(len(times) * 0.95)] * 1000)
            sizes[language.code] = utf16_size(cards)
    for code, values in medians.items():
        spread = f"  (run medians {min(values):.2f}-{max(values):.2f})" if runs > 1 else ""
        print(
            f"{code:8} median {statistics.median(values):5.2f} ms  "
            f"p95 {statistics.median(p95s[code]):5.2f} ms  "
            f"size {sizes[code] / 1024:5.1f} KiB UTF-16{spread}"
        )


if __name__ == "__main__":
    main()
