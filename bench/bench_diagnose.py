"""Parse + diagnose a 2,000-token tenant (Intune's per-account maximum) and print timings.

Run: make bench   (or .venv/bin/python bench/bench_diagnose.py [--tokens N] [--rounds N])
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import UTC, datetime, timedelta

from bot.core.diagnosis.diagnose import diagnose
from bot.core.tenant.demo import demo_document
from bot.core.tenant.document import parse_snapshot_text


def big_snapshot(now: datetime, count: int) -> str:
    """The demo tenant with `count` tokens cycling through healthy, expiring, expired,
    failing and stale, so every check runs."""
    document = demo_document(now)
    templates = document["depOnboardingSettings"]["value"]  # type: ignore[index]
    tokens = []
    for i in range(count):
        token = dict(templates[i % len(templates)])
        token["id"] = f"00000000-0000-4000-8000-{i:012d}"
        token["tokenName"] = f"Token {i:04d}"
        if i % 5 == 4:  # stale
            stale = now - timedelta(hours=30 + i % 60)
            token["lastSuccessfulSyncDateTime"] = stale.isoformat().replace("+00:00", "Z")
        tokens.append(token)
    document["depOnboardingSettings"] = {"value": tokens}
    return json.dumps(document)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    now = datetime.now(UTC)
    text = big_snapshot(now, args.tokens)
    parse_times, diagnose_times, total_times = [], [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        snapshot = parse_snapshot_text(text, "bench")
        parsed = time.perf_counter()
        findings = diagnose(snapshot, now)
        done = time.perf_counter()
        parse_times.append(parsed - start)
        diagnose_times.append(done - parsed)
        total_times.append(done - start)

    def ms(values: list[float]) -> str:
        values = sorted(values)
        p95 = values[int(len(values) * 0.95) - 1]
        return (
            f"median {statistics.median(values) * 1000:6.2f} ms  "
            f"min {values[0] * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms"
        )

    print(
        f"tokens: {args.tokens}, snapshot JSON: {len(text) / 1024:.0f} KiB, rounds: {args.rounds}"
    )
    print(f"findings: {[(f.card.value, len(f.subjects)) for f in findings]}")
    print(f"parse            {ms(parse_times)}")
    print(f"diagnose         {ms(diagnose_times)}")
    print(f"parse + diagnose {ms(total_times)}")


if __name__ == "__main__":
    main()
