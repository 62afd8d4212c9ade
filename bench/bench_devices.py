"""Parse and diagnose 100,000 ADE devices (issue 14): 100 Graph pages of 1,000, as bytes.

Targets: under 300 ms of CPU for parse + diagnose, under 150 MB peak. The pages are what Graph
sends for the bot's `$select` (an @odata.context, a nextLink, seven fields and isDeleted per
device, dates with Graph's seven-digit fractions); the mix of states and profiles triggers
every device finding, so every branch of the diagnosis runs.

Then the device question (target: under 5 ms of CPU from the cache): the serial index built
once per device read, and per question the recogniser, the device's status and its card in
Polish, for serials spread over the tenant and for unknown ones.

Run: .venv/bin/python bench/bench_devices.py [--devices N] [--rounds N] [--careful]
`--careful` parses every device through the slow path (`parse_device`), for comparison.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

import orjson

from bot.catalogs import translator
from bot.core.cards.device import device_card
from bot.core.diagnosis.device_status import DeviceIndex, device_status
from bot.core.diagnosis.diagnose import diagnose
from bot.core.i18n.languages import POLISH
from bot.core.tenant import device_document
from bot.core.tenant.devices import DevicePlatform, EnrollmentProfile
from bot.core.tenant.document import parse_devices
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    PushCertificate,
    TenantSnapshot,
    TokenType,
    VppState,
    VppToken,
)
from bot.core.understanding.intents import recognize

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
PAGE = 1000
TOKENS = 4
BASE = "https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings"
PROFILES = (
    EnrollmentProfile("p-ios", "iPhones", DevicePlatform.IOS, True, "vpp-bad"),
    EnrollmentProfile("p-ios-2", "Shared iPads", DevicePlatform.IOS),
    EnrollmentProfile("p-mac", "Macs", DevicePlatform.MACOS),  # no macOS default
)


def _graph_date(moment: datetime, n: int) -> str:
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{n % 10_000_000:07d}Z"


def _device(i: int) -> dict[str, object]:
    created = NOW - timedelta(days=400) + timedelta(minutes=i)
    platform = ("iOS", "ios", "macOS", "ios", "tvos")[i % 5]
    state = ("enrolled",) * 6 + ("notContacted", "failed", "unknown", "blocked")
    profile = ("p-ios", "p-ios-2", None, "p-mac")[i % 4]
    return {
        "serialNumber": f"C02{i:09X}",
        "platform": platform if platform != "iOS" else "ios",
        "enrollmentState": state[i % 10],
        "requestedEnrollmentProfileId": profile,
        "requestedEnrollmentProfileAssignmentDateTime": _graph_date(created, i * 7919)
        if profile
        else "0001-01-01T00:00:00Z",
        "lastContactedDateTime": _graph_date(created + timedelta(days=3), i * 104729)
        if state[i % 10] != "notContacted"
        else "0001-01-01T00:00:00Z",
        "createdDateTime": _graph_date(created, i * 15485863),
        "isDeleted": i % 97 == 0,
    }


def pages(count: int) -> list[tuple[str, bytes]]:
    """(token id, page body as Graph sends it) for `count` devices over TOKENS tokens."""
    out = []
    for start in range(0, count, PAGE):
        token = f"00000000-0000-4000-8000-{start // PAGE % TOKENS:012d}"
        body = {
            "@odata.context": f"{BASE}('{token}')/importedAppleDeviceIdentities",
            "@odata.nextLink": f"{BASE}/{token}/importedAppleDeviceIdentities?$skiptoken=x{start}",
            "value": [_device(i) for i in range(start, min(start + PAGE, count))],
        }
        out.append((token, json.dumps(body).encode()))
    return out


def snapshot(devices: dict[str, list[object]]) -> TenantSnapshot:
    tokens = tuple(
        EnrollmentToken(
            ident,
            f"Token {n}",
            TokenType.APPLE_BUSINESS,
            expires=NOW + timedelta(days=200),
            last_successful_sync=NOW - timedelta(hours=2),
            last_sync_error_code=0,
        )
        for n, ident in enumerate(devices)
    )
    vpp = (VppToken("vpp-bad", VppState.INVALID, NOW + timedelta(days=90)),)
    return TenantSnapshot(
        tokens,
        PushCertificate(NOW + timedelta(days=300)),
        True,
        vpp,
        devices={k: tuple(v) for k, v in devices.items()},  # type: ignore[misc]
        profiles=dict.fromkeys(devices, PROFILES),
        devices_read_at=NOW,
    )


def one_round(bodies: list[tuple[str, bytes]]) -> tuple[float, float, float, int]:
    """CPU seconds to decode the JSON (orjson.loads, as the Graph edge does), to parse the
    devices (parse_devices) and to diagnose; and how many findings."""
    # Page by page, as the Graph edge reads them: one page's JSON alive at a time.
    clock = time.process_time
    loading = parsing = 0.0
    devices: dict[str, list[object]] = {}
    for token, body in bodies:
        start = clock()
        page = orjson.loads(body)
        loaded = clock()
        devices.setdefault(token, []).extend(parse_devices(page, "bench"))
        parsing += clock() - loaded
        loading += loaded - start
    parsed = time.process_time()
    findings = diagnose(snapshot(devices), NOW)
    done = time.process_time()
    return loading, parsing, done - parsed, len(findings)


def questions(bodies: list[tuple[str, bytes]], asked: int = 500) -> None:
    """CPU per device question answered from the cache, and the index built once per read."""
    devices: dict[str, list[object]] = {}
    for token, body in bodies:
        devices.setdefault(token, []).extend(parse_devices(orjson.loads(body), "bench"))
    tenant = snapshot(devices)
    start = time.process_time()
    index = DeviceIndex(tenant.devices or {})
    built = (time.process_time() - start) * 1000
    serials = [d.serial for listed in (tenant.devices or {}).values() for d in listed]
    picks = serials[:: max(1, len(serials) // asked)][:asked] + ["F9FXYZ12AB"] * (asked // 10)
    t, never = translator(POLISH), timedelta(days=30)
    times: list[float] = []
    for serial in picks:
        start = time.process_time()
        intent = recognize(f"dlaczego {serial} się nie rejestruje?")
        device_card(t, device_status(tenant, index, intent.serials[0], NOW, never), NOW)
        times.append((time.process_time() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(f"device index over {len(index):,} serials built in {built:.1f} ms CPU (once per read)")
    print(
        f"device question (recognise + status + card, pl) median {statistics.median(times):.3f}"
        f" ms CPU, p95 {p95:.3f} ms, {len(times)} questions (target < 5 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--careful", action="store_true", help="slow path for every device")
    args = parser.parse_args()
    if args.careful:
        device_document._quick_devices = lambda items: [None] * len(items)  # type: ignore[assignment]
    bodies = pages(args.devices)
    size = sum(len(b) for _, b in bodies)
    print(f"{args.devices:,} devices in {len(bodies)} pages, {size / 1e6:.1f} MB of JSON")
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    runs = [one_round(bodies) for _ in range(args.rounds)]
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    one_round(bodies)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"findings: {runs[0][3]}; rounds: {args.rounds}; load avg: {_load()}")
    for name, index in (("orjson.loads", 0), ("parse_devices", 1), ("diagnose", 2)):
        values = [r[index] * 1000 for r in runs]
        print(f"{name:<14} median {statistics.median(values):6.1f} ms CPU (min {min(values):.1f})")
    ours = statistics.median((r[1] + r[2]) * 1000 for r in runs)
    total = statistics.median(sum(r[:3]) * 1000 for r in runs)
    print(f"parse_devices + diagnose median {ours:6.1f} ms CPU; with orjson.loads {total:6.1f}")
    print(f"peak traced {peak / 1e6:.1f} MB above the pages (target < 150 MB)")
    print(f"ru_maxrss {rss_after / 1024:.0f} MB (before the rounds: {rss_before / 1024:.0f} MB)")
    questions(bodies)


def _load() -> str:
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


if __name__ == "__main__":
    main()
