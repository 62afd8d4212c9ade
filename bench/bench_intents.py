"""Intent recognition: accuracy per language on the labelled set, and time per message.

Run: .venv/bin/python bench/bench_intents.py [--rounds N]

"warm" is the steady state of a running bot: each word's look-up is cached (an LRU of 4,096
words), so a message costs its regexes, phrase matching and the decision. "cold" clears that
cache before every message, so every word goes through the exact, stem and typo look-ups again.
"""

from __future__ import annotations

import argparse
import importlib
import runpy
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200, help="timed calls per phrase")
    args = parser.parse_args()

    start = time.perf_counter()
    intents: Any = importlib.import_module("bot.core.understanding.intents")
    imported = time.perf_counter() - start
    phrases = runpy.run_path(str(ROOT / "tests" / "core" / "intent_phrases.py"))["PHRASES"]
    sys.path.insert(0, str(ROOT))
    for batch in range(8, 17):  # the blind batches' new messages (tests/understanding)
        phrases += importlib.import_module(f"tests.understanding.dev_batch{batch}").NEW
    recognize = intents.recognize
    resolve = importlib.import_module("bot.core.understanding.matching").resolve

    right: defaultdict[str, int] = defaultdict(int)
    total: defaultdict[str, int] = defaultdict(int)
    warm: defaultdict[str, list[float]] = defaultdict(list)
    cold: defaultdict[str, list[float]] = defaultdict(list)
    misses = []
    for phrase in phrases:
        got = recognize(phrase.text)
        total[phrase.lang] += 1
        if (got.verb.name, got.language) == (phrase.kind, phrase.language):
            right[phrase.lang] += 1
        else:
            misses.append(f"  [{phrase.lang}] {phrase.text!r}: {phrase.kind} -> {got.verb.name}")
        times = []
        for _ in range(args.rounds):
            begin = time.perf_counter_ns()
            recognize(phrase.text)
            times.append((time.perf_counter_ns() - begin) / 1000)
        warm[phrase.lang].append(statistics.median(times))
        times = []
        for _ in range(max(1, args.rounds // 10)):
            resolve.cache_clear()
            begin = time.perf_counter_ns()
            recognize(phrase.text)
            times.append((time.perf_counter_ns() - begin) / 1000)
        cold[phrase.lang].append(statistics.median(times))

    every_warm = [t for times in warm.values() for t in times]
    every_cold = [t for times in cold.values() for t in times]
    print(f"import bot.core.understanding.intents (tables compiled): {imported * 1000:.1f} ms")
    print(f"{len(phrases)} phrases, {args.rounds} timed calls each (median per phrase, in µs)")
    print()
    print("| language | accuracy | warm median | warm p95 | cold median | cold p95 |")
    print("|---|---|---|---|---|---|")
    rows = [(lang, right[lang], total[lang], warm[lang], cold[lang]) for lang in total]
    rows.append(("all", sum(right.values()), len(phrases), every_warm, every_cold))
    for lang, good, count, hot, fresh in rows:
        print(
            f"| {lang} | {good / count:.1%} ({good}/{count}) "
            f"| {statistics.median(hot):.1f} | {percentile(hot, 0.95):.1f} "
            f"| {statistics.median(fresh):.1f} | {percentile(fresh, 0.95):.1f} |"
        )
    if misses:
        print(f"\nmisses ({len(misses)}):")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
