"""One scan's alert decisions for 1,000 subscriptions in one tenant, and their CPU time.

The tenant has 20 ADE tokens (12 healthy and renewed last year, 3 expiring, 2 expired, 2 failing
to sync, 1 stale), an expiring APNs certificate and two VPP tokens. The ledger is what a year
of daily scans left: every subscriber that was there (80 %) went through last year's ladders,
their renewals and an earlier sync error; 10 % subscribed today (empty ledger), 5 % snoozed an
expired token, 5 % have a send that failed last time (PENDING). The scan measured is the one
after: new ladder steps, daily reminders, a renewal to resolve.

Measured per round (CPU time, `time.process_time`): grouping the flat ledger the store returns
by conversation, `find_problems()` of the diagnosis, and `plan()` for every subscription;
diagnose and the dry-run text are shown apart.
Run: .venv/bin/python bench/bench_alerts.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from bot.core.alerting.model import LedgerEntry, LedgerStatus, Mute, Subscription
from bot.core.alerting.problems import find_problems
from bot.core.alerting.rules import AlertStep, Send, dry_run_lines, plan
from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Finding
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    PushCertificate,
    TenantSnapshot,
    TokenType,
    VppState,
    VppSyncStatus,
    VppToken,
)

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
DAY, HOUR = timedelta(days=1), timedelta(hours=1)
SUBSCRIPTIONS = 1000

# token index -> (expiry now, renewed at: the previous expiry was a year earlier)
_EXPIRY = {i: NOW + (40 + 20 * i) * DAY for i in range(12)}
_EXPIRY |= {12: NOW + 3 * DAY - 2 * HOUR, 13: NOW + 9 * DAY, 14: NOW + 25 * DAY}
_EXPIRY |= {15: NOW - 3 * DAY + HOUR, 16: NOW - 12 * DAY, 17: NOW + 90 * DAY}
_EXPIRY |= {18: NOW + 120 * DAY, 19: NOW + 150 * DAY}
_RENEWED_13 = NOW - HOUR  # renewed just before this scan: its ladder is resolved now
_SYNC_ERROR_SINCE = {17: NOW - 2 * DAY, 18: NOW - 20 * DAY, 3: NOW - 100 * DAY}


def _id(i: int) -> str:
    return f"00000000-0000-4000-8000-{i:012d}"


def tenant_at(t: datetime) -> TenantSnapshot:
    tokens = []
    for i, expiry in _EXPIRY.items():
        # Apple's tokens last a year: each was renewed two days before last year's expiry.
        expires = expiry - 365 * DAY if expiry - 367 * DAY > t else expiry
        if i == 13 and t >= _RENEWED_13:
            expires += 365 * DAY
        synced, error = t - 3 * HOUR, 0
        since = _SYNC_ERROR_SINCE.get(i)
        if since is not None and since <= t and (i != 3 or t < since + 2 * DAY):
            synced, error = since - HOUR, 2
        if i == 19:
            synced = min(synced, NOW - 40 * HOUR)
        tokens.append(
            EnrollmentToken(
                _id(i),
                f"Contoso {i:02d}",
                TokenType.APPLE_BUSINESS,
                "ade@contoso.com",
                expires,
                synced,
                None,
                error,
                500,
                NOW - 700 * DAY,
            )
        )
    cert = PushCertificate(NOW + 12 * DAY, "push@contoso.com", "com.apple.mgmt.External.1")
    vpp = (
        VppToken("vpp-1", VppState.VALID, NOW + 5 * DAY, VppSyncStatus.COMPLETED, t, "v@c.com"),
        VppToken("vpp-2", VppState.VALID, NOW + 300 * DAY, VppSyncStatus.COMPLETED, t, "v@c.com"),
    )
    return TenantSnapshot(tuple(tokens), cert, True, vpp)


def subscriber(n: int) -> Subscription:
    kind = "channel" if n % 4 == 0 else "personal"
    conversation = f"19:{n:06d}@thread.tacv2" if kind == "channel" else f"a:1{n:06d}"
    return Subscription(
        conversation, "contoso", "https://smba.trafficmanager.net/emea/",
        {"conversation": {"id": conversation}, "user": {"name": f"Admin {n}"}},
        ("en", "pl", "ru", "zh-Hans", "pt-BR", "vi")[n % 6], "UTC", kind, NOW - 400 * DAY,
    )  # fmt: skip


def veteran_ledger() -> list[LedgerEntry]:
    """A year of daily scans for one subscriber, recorded as the store would."""
    rows: dict[tuple[str, str], LedgerEntry] = {}
    who = subscriber(1)
    t = NOW - 400 * DAY
    while t < NOW:
        snapshot = tenant_at(t)
        problems = find_problems(snapshot, diagnose(snapshot, t), t)
        for action in plan(who, problems, rows.values(), (), t):
            if isinstance(action, Send):
                rows[action.problem, action.stage] = LedgerEntry(
                    who.conversation_id, action.problem, action.stage, LedgerStatus.SENT, t,
                    f"1:{len(rows)}", t,
                )  # fmt: skip
            else:
                for entry in action.entries + action.undelivered:
                    rows[entry.problem, entry.stage] = replace(entry, status=LedgerStatus.RESOLVED)
        t += DAY
    return list(rows.values())


def build() -> tuple[list[Subscription], list[LedgerEntry], list[Mute]]:
    template = veteran_ledger()
    expired = next(e.problem for e in template if e.stage.startswith("expired+"))
    # The sync error of token 17, which started two days ago and is still there.
    failing = next(
        e.problem for e in template if e.problem.startswith(f"sync-error:ade-token:{_id(17)}:")
    )
    subscriptions = [subscriber(n) for n in range(SUBSCRIPTIONS)]
    ledger: list[LedgerEntry] = []
    mutes: list[Mute] = []
    for n, sub in enumerate(subscriptions):
        if n % 10 == 9:
            continue  # subscribed today
        conversation = sub.conversation_id
        ledger += [replace(e, conversation_id=conversation) for e in template]
        if n % 20 == 7:  # its delivery failed after the sender's retries: this scan retries it
            at = len(ledger) - len(template) + [e.problem for e in template].index(failing)
            ledger[at] = replace(ledger[at], status=LedgerStatus.PENDING, activity_id=None)
        if n % 20 == 3:
            mutes.append(Mute(conversation, expired, NOW + 12 * HOUR))
    return subscriptions, ledger, mutes


def decide(
    snapshot: TenantSnapshot,
    findings: list[Finding],
    subscriptions: list[Subscription],
    ledger: list[LedgerEntry],
    mutes: list[Mute],
) -> list[list[AlertStep]]:
    by_conversation: dict[str, list[LedgerEntry]] = {}
    for entry in ledger:
        by_conversation.setdefault(entry.conversation_id, []).append(entry)
    muted: dict[str, list[Mute]] = {}
    for mute in mutes:
        muted.setdefault(mute.conversation_id, []).append(mute)
    problems = find_problems(snapshot, findings, NOW)
    return [
        plan(
            sub,
            problems,
            by_conversation.get(sub.conversation_id, ()),
            muted.get(sub.conversation_id, ()),
            NOW,
        )
        for sub in subscriptions
    ]


T = TypeVar("T")


def cpu(work: Callable[[], T], rounds: int) -> tuple[list[float], T]:
    times = []
    for _ in range(rounds):
        start = time.process_time()
        result = work()
        times.append(time.process_time() - start)
    return times, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    subscriptions, ledger, mutes = build()
    snapshot = tenant_at(NOW)
    diagnose_times, findings = cpu(lambda: diagnose(snapshot, NOW), args.rounds)
    decide_times, plans = cpu(
        lambda: decide(snapshot, findings, subscriptions, ledger, mutes), args.rounds
    )
    pairs = list(zip(subscriptions, plans, strict=True))
    dry_times, lines = cpu(lambda: dry_run_lines(pairs), args.rounds)

    kinds = Counter(
        ("retry" if a.retry else "send") if isinstance(a, Send) else "resolve"
        for actions in plans
        for a in actions
    )
    veterans = sum(1 for n in range(SUBSCRIPTIONS) if n % 10 != 9)
    median = statistics.median(decide_times)
    print(
        f"subscriptions: {len(subscriptions)}, ledger entries: {len(ledger)} "
        f"({len(ledger) / veterans:.0f} per subscriber who was there), mutes: {len(mutes)}, "
        f"rounds: {args.rounds}"
    )
    print(f"actions: {dict(kinds)}, dry-run lines: {len(lines)}")
    print(
        f"decisions (group + scan + plan): CPU median {median * 1e3:.1f} ms, "
        f"min {min(decide_times) * 1e3:.1f} ms, max {max(decide_times) * 1e3:.1f} ms; "
        f"{median / len(subscriptions) * 1e6:.1f} µs per subscription"
    )
    print(f"diagnose, once per scan:  CPU median {statistics.median(diagnose_times) * 1e3:.2f} ms")
    print(f"dry-run text, all lines:  CPU median {statistics.median(dry_times) * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
