"""Load generator for a Bot Framework bot: Teams-shaped message turns over HTTP, in its own process.

    python bench/loadgen.py --url http://127.0.0.1:3978/api/messages --pid SERVER_PID \\
        --turns 2000 --concurrency 1,16 --text "why is ADE failing?" \\
        --service-url http://127.0.0.1:STUB_PORT/ [--warmup 200] [--json]

For each concurrency C: ``--warmup`` turns (not measured), then ``--turns`` turns posted by C
workers, each over its own keep-alive aiohttp session (one connection), each worker posting its
next turn as soon as the previous one is answered (closed loop). Reported per C:

- turns/s: answered turns (2xx) divided by the wall time of the measured phase;
- latency p50/p90/p99: from sending the POST to reading the whole response (a botbuilder turn
  answers once its replies were sent to the connector);
- server CPU ms per turn: utime+stime of ``/proc/PID/stat`` (the server process, not its
  children) over the measured phase, in clock ticks (``SC_CLK_TCK``), divided by the turns
  posted. On a shared machine this is the stable figure: it does not depend on who else runs;
- server RSS after the phase (``VmRSS`` of ``/proc/PID/status``);
- replies: the stub at the service URL counts the activities whose ``replyToId`` carries this
  run's tag; every answered turn must have got a ``message`` back (and exactly
  ``--replies-per-turn`` activities when that is given);
- the load generator's and the stub's own CPU per turn, and how busy the whole machine was,
  to show that neither is the bottleneck.

Exit status: 0 when every turn was answered 2xx and every reply arrived, 1 otherwise, 2 on
bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp

CLK_TCK = os.sysconf("SC_CLK_TCK")
TENANT_ID = "00000000-0000-0000-0000-0000000000001"
BOT_ID = "28:00000000-0000-0000-0000-00000000000011"


# --- /proc readers ------------------------------------------------------------------------------


def proc_cpu_seconds(pid: int) -> tuple[float, float]:
    """(utime, stime) of a process (all its threads, not its children), in seconds."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        stat = f.read()
    # The command name (field 2) is in parentheses and may hold spaces: split after the last ')'.
    fields = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return utime / CLK_TCK, stime / CLK_TCK


def proc_rss_mib(pid: int) -> float:
    """Resident set size (VmRSS) of a process, in MiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024  # kB
    raise ValueError(f"no VmRSS for pid {pid}")


def machine_cpu_ticks() -> tuple[int, int, int]:
    """(busy, steal, total) jiffies of all cores since boot, from the first line of /proc/stat.

    Steal is time the hypervisor gave this machine's vCPUs to someone else.
    """
    with open("/proc/stat", encoding="ascii") as f:
        values = [int(v) for v in f.readline().split()[1:]] + [0] * 8
    idle = values[3] + values[4]  # idle + iowait
    total = sum(values[:8])  # guest time is already counted in user
    return total - idle, values[7], total


def own_cpu_seconds() -> float:
    """This process's CPU time (user + system), at nanosecond resolution."""
    return time.process_time()


def calibrate(rounds: int = 5) -> float:
    """CPU ms that a fixed pure-Python workload (JSON, dicts, strings) costs right now.

    On a shared machine a busy neighbour (another VM, the sibling hyperthread) makes the same
    instructions cost more CPU time; this figure, taken next to each phase, shows by how much
    (about 35 ms when the machine is quiet). Median of ``rounds``.
    """
    template = message_activity(
        activity_id="calibration",
        text="why is ADE failing?",
        service_url="",
        conversation=0,
        locale="en-US",
    )
    costs = []
    for _ in range(rounds):
        begin = own_cpu_seconds()
        for i in range(3000):
            data = json.loads(json.dumps(template))
            data["id"] = f"calibration-{i}"
            _ = sorted(data.items(), key=lambda item: item[0])
        costs.append((own_cpu_seconds() - begin) * 1000)
    return sorted(costs)[len(costs) // 2]


# --- activities ---------------------------------------------------------------------------------


def message_activity(
    *, activity_id: str, text: str, service_url: str, conversation: int, locale: str
) -> dict[str, Any]:
    """A personal-chat message as Teams sends it.

    The shape of shared/samples/activities/message_text.json (captured from Agents Playground).
    """
    now = datetime.now(UTC)
    stamp = now.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return {
        "type": "message",
        "text": text,
        "id": activity_id,
        "from": {
            "id": f"29:bench-user-{conversation}",
            "name": f"Bench User {conversation}",
            "aadObjectId": f"00000000-0000-0000-0000-{conversation + 100:012d}",
        },
        "timestamp": stamp,
        "localTimestamp": now.isoformat(timespec="milliseconds"),
        "localTimezone": "UTC",
        "serviceUrl": service_url,
        "conversation": {
            "conversationType": "personal",
            "tenantId": TENANT_ID,
            "id": f"a:bench-personal-chat-{conversation}",
        },
        "recipient": {"id": BOT_ID, "name": "ADE Doctor"},
        "textFormat": "plain",
        "locale": locale,
        "entities": [
            {
                "type": "clientInfo",
                "locale": locale,
                "country": "US",
                "platform": "Web",
                "timezone": "UTC",
            }
        ],
        "channelData": {"tenant": {"id": TENANT_ID}},
        "channelId": "msteams",
    }


# --- the run ------------------------------------------------------------------------------------


@dataclass
class Options:
    url: str
    pid: int
    turns: int
    text: str
    service_url: str
    warmup: int
    conversations: int
    locale: str
    timeout_s: float
    replies_per_turn: int | None


@dataclass
class Phase:
    """What the workers observed in one phase (warm-up or measured)."""

    latencies: list[float] = field(default_factory=list)  # seconds, 2xx turns only
    statuses: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    first_error: str | None = None

    def note_error(self, key: str, detail: str) -> None:
        self.errors[key] = self.errors.get(key, 0) + 1
        if self.first_error is None:
            self.first_error = detail


@dataclass
class Result:
    concurrency: int
    turns: int
    ok: int
    failed: int
    seconds: float
    turns_per_s: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    server_cpu_ms_per_turn: float
    server_cpu_util: float  # server CPU seconds / wall seconds (1.0 = one core)
    server_sys_share: float  # share of the server's CPU spent in the kernel (stime)
    server_rss_mib: float
    loadgen_cpu_ms_per_turn: float
    loadgen_cpu_util: float
    stub_cpu_ms_per_turn: float | None
    stub_connections: int | None  # TCP connections the server opened to the stub in the phase
    machine_busy: float  # share of all cores busy during the phase (everything, not just us)
    machine_steal: float  # share of all cores' time taken by the hypervisor (steal)
    calibration_ms: float  # CPU ms of calibrate()'s fixed workload, before and after the phase
    replies_ok: bool
    replies_detail: str
    activities_per_turn: float  # activities the stub got per answered turn (typing + messages)
    attachments_per_turn: float  # attachments (cards) in them, per answered turn
    statuses: dict[str, int]
    errors: dict[str, int]
    first_error: str | None


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list (0 for an empty one)."""
    if not sorted_values:
        return 0.0
    rank = max(1, -(-len(sorted_values) * p // 100))  # ceil(n * p / 100)
    return sorted_values[int(rank) - 1]


async def run_phase(opts: Options, concurrency: int, turns: int, tag: str, *, phase: Phase) -> None:
    """Post ``turns`` turns with ``concurrency`` workers, each over its own keep-alive session."""
    counter = iter(range(turns))
    timeout = aiohttp.ClientTimeout(total=opts.timeout_s)

    async def worker(index: int) -> None:
        connector = aiohttp.TCPConnector(limit=1, force_close=False)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            for n in counter:
                conversation = (index + n) % opts.conversations
                activity = message_activity(
                    activity_id=f"{tag}-{n}",
                    text=opts.text,
                    service_url=opts.service_url,
                    conversation=conversation,
                    locale=opts.locale,
                )
                body = json.dumps(activity).encode()
                begin = time.perf_counter()
                try:
                    async with session.post(
                        opts.url, data=body, headers={"Content-Type": "application/json"}
                    ) as response:
                        await response.read()
                        status = response.status
                except (aiohttp.ClientError, TimeoutError) as error:
                    phase.note_error(type(error).__name__, f"{type(error).__name__}: {error}")
                    continue
                elapsed = time.perf_counter() - begin
                phase.statuses[str(status)] = phase.statuses.get(str(status), 0) + 1
                if 200 <= status < 300:
                    phase.latencies.append(elapsed)
                elif phase.first_error is None:
                    phase.first_error = f"HTTP {status}"

    await asyncio.gather(*(worker(i) for i in range(concurrency)))


async def stub_stats(session: aiohttp.ClientSession, service_url: str, tag: str) -> dict[str, Any]:
    async with session.get(service_url.rstrip("/") + "/stats", params={"prefix": tag}) as response:
        response.raise_for_status()
        data: dict[str, Any] = await response.json()
        return data


async def check_replies(
    opts: Options, tag: str, ok: int, stub_before: dict[str, Any] | None
) -> tuple[bool, str, tuple[float, float], float | None, int | None]:
    """Ask the stub what it got for this run's tag; wait up to 2 s for late replies to land."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
        stats: dict[str, Any] | None = None
        deadline = time.monotonic() + 2.0
        try:
            while True:
                stats = await stub_stats(session, opts.service_url, tag)
                answered = int(stats["prefix_turns_answered"])
                activities = int(stats["prefix_activities"])
                complete = answered >= ok and (
                    opts.replies_per_turn is None or activities >= ok * opts.replies_per_turn
                )
                if complete or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.05)
        except (aiohttp.ClientError, TimeoutError, KeyError, ValueError) as error:
            return False, f"cannot read the stub's /stats: {error}", (0.0, 0.0), None, None
    answered = int(stats["prefix_turns_answered"])
    activities = int(stats["prefix_activities"])
    per_turn = activities / ok if ok else 0.0
    cards = int(stats["prefix_attachments"]) / ok if ok else 0.0
    replies_ok = answered == ok and (
        opts.replies_per_turn is None or activities == ok * opts.replies_per_turn
    )
    detail = (
        f"{answered}/{ok} turns answered, {activities} activities ({per_turn:.2f}/turn, "
        f"{cards:.2f} attachments/turn)"
    )
    if opts.replies_per_turn is not None:
        detail += f", expected {opts.replies_per_turn}/turn"
    stub_cpu = connections = None
    if stub_before is not None and ok:
        stub_cpu = (float(stats["stub_cpu_s"]) - float(stub_before["stub_cpu_s"])) * 1000 / ok
        connections = int(stats["connections"]) - int(stub_before["connections"])
    return replies_ok, detail, (per_turn, cards), stub_cpu, connections


async def measure(opts: Options, concurrency: int) -> Result:
    run_tag = f"lg{uuid.uuid4().hex[:10]}c{concurrency}"
    if opts.warmup:
        warm = Phase()
        await run_phase(opts, concurrency, opts.warmup, f"{run_tag}w", phase=warm)
        if not warm.latencies:
            raise RuntimeError(f"no warm-up turn was answered: {warm.first_error}")
    tag = f"{run_tag}m"
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
            stub_before: dict[str, Any] | None = await stub_stats(session, opts.service_url, tag)
    except (aiohttp.ClientError, TimeoutError):
        stub_before = None
    calibration_before = calibrate()
    phase = Phase()
    machine_before = machine_cpu_ticks()
    server_before = proc_cpu_seconds(opts.pid)
    own_before = own_cpu_seconds()
    wall_begin = time.perf_counter()
    await run_phase(opts, concurrency, opts.turns, tag, phase=phase)
    wall = time.perf_counter() - wall_begin
    own_cpu = own_cpu_seconds() - own_before
    server_after = proc_cpu_seconds(opts.pid)
    server_user = server_after[0] - server_before[0]
    server_cpu = server_user + server_after[1] - server_before[1]
    machine_after = machine_cpu_ticks()
    rss = proc_rss_mib(opts.pid)
    calibration = (calibration_before + calibrate()) / 2

    ok = len(phase.latencies)
    replies_ok, replies_detail, (per_turn, cards), stub_cpu, connections = await check_replies(
        opts, tag, ok, stub_before
    )
    latencies = sorted(phase.latencies)
    busy, steal, total = (
        after - before for after, before in zip(machine_after, machine_before, strict=True)
    )
    return Result(
        concurrency=concurrency,
        turns=opts.turns,
        ok=ok,
        failed=opts.turns - ok,
        seconds=wall,
        turns_per_s=ok / wall if wall else 0.0,
        p50_ms=percentile(latencies, 50) * 1000,
        p90_ms=percentile(latencies, 90) * 1000,
        p99_ms=percentile(latencies, 99) * 1000,
        max_ms=(latencies[-1] if latencies else 0.0) * 1000,
        server_cpu_ms_per_turn=server_cpu * 1000 / opts.turns,
        server_cpu_util=server_cpu / wall if wall else 0.0,
        server_sys_share=(server_cpu - server_user) / server_cpu if server_cpu else 0.0,
        server_rss_mib=rss,
        loadgen_cpu_ms_per_turn=own_cpu * 1000 / opts.turns,
        loadgen_cpu_util=own_cpu / wall if wall else 0.0,
        stub_cpu_ms_per_turn=stub_cpu,
        stub_connections=connections,
        machine_busy=busy / total if total else 0.0,
        machine_steal=steal / total if total else 0.0,
        calibration_ms=calibration,
        replies_ok=replies_ok and ok == opts.turns,
        replies_detail=replies_detail,
        activities_per_turn=per_turn,
        attachments_per_turn=cards,
        statuses=phase.statuses,
        errors=phase.errors,
        first_error=phase.first_error,
    )


# --- output -------------------------------------------------------------------------------------

HEADER = (
    f"{'C':>3} {'turns':>6} {'ok':>6} {'turns/s':>8} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} "
    f"{'srv CPU ms/turn':>15} {'srv CPU':>7} {'RSS MiB':>7} {'lg ms/turn':>10} {'lg CPU':>6} "
    f"{'stub ms/turn':>12} {'conns':>6} {'machine':>7}  replies"
)


def table_row(r: Result) -> str:
    stub = f"{r.stub_cpu_ms_per_turn:12.2f}" if r.stub_cpu_ms_per_turn is not None else f"{'-':>12}"
    conns = f"{r.stub_connections:6d}" if r.stub_connections is not None else f"{'-':>6}"
    return (
        f"{r.concurrency:>3} {r.turns:>6} {r.ok:>6} {r.turns_per_s:8.1f} {r.p50_ms:7.1f} "
        f"{r.p90_ms:7.1f} {r.p99_ms:7.1f} {r.server_cpu_ms_per_turn:15.2f} "
        f"{r.server_cpu_util:6.0%} {r.server_rss_mib:7.1f} {r.loadgen_cpu_ms_per_turn:10.2f} "
        f"{r.loadgen_cpu_util:5.0%} {stub} {conns} {r.machine_busy:6.0%}  "
        f"{'OK' if r.replies_ok else 'FAILED'}: {r.replies_detail}"
    )


def parse_args(argv: list[str] | None) -> tuple[Options, list[int], bool]:
    parser = argparse.ArgumentParser(
        description="Post Teams-shaped message turns to a bot and measure it (own process)."
    )
    parser.add_argument("--url", default="http://127.0.0.1:3978/api/messages")
    parser.add_argument("--pid", type=int, required=True, help="the server's process id")
    parser.add_argument("--turns", type=int, default=2000, help="measured turns per concurrency")
    parser.add_argument("--concurrency", default="1,16", help="comma-separated, e.g. 1,16")
    parser.add_argument("--text", default="why is ADE failing?")
    parser.add_argument(
        "--service-url", required=True, help="the connector stub, e.g. http://127.0.0.1:PORT/"
    )
    parser.add_argument("--warmup", type=int, default=200, help="unmeasured turns before each C")
    parser.add_argument("--conversations", type=int, default=4, help="distinct personal chats")
    parser.add_argument("--locale", default="en-US")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per turn")
    parser.add_argument(
        "--replies-per-turn",
        type=int,
        default=None,
        help="exact number of activities each turn must send (default: at least one message)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead")
    args = parser.parse_args(argv)
    try:
        levels = [int(c) for c in args.concurrency.split(",") if c.strip()]
    except ValueError:
        parser.error(f"--concurrency: not a list of integers: {args.concurrency!r}")
    if not levels or min(levels) < 1 or args.turns < 1 or args.warmup < 0:
        parser.error("need --turns >= 1, --warmup >= 0 and every concurrency >= 1")
    if not os.path.exists(f"/proc/{args.pid}/stat"):
        parser.error(f"--pid {args.pid}: no such process")
    opts = Options(
        url=args.url,
        pid=args.pid,
        turns=args.turns,
        text=args.text,
        service_url=args.service_url if args.service_url.endswith("/") else args.service_url + "/",
        warmup=args.warmup,
        conversations=max(1, args.conversations),
        locale=args.locale,
        timeout_s=args.timeout,
        replies_per_turn=args.replies_per_turn,
    )
    return opts, levels, bool(args.json)


async def run(opts: Options, levels: list[int], as_json: bool) -> int:
    results: list[Result] = []
    if not as_json:
        print(f"{opts.url}  pid {opts.pid}  {opts.turns} turns  text {opts.text!r}")
        print(HEADER)
    for concurrency in levels:
        result = await measure(opts, concurrency)
        results.append(result)
        if not as_json:
            print(table_row(result), flush=True)
            if result.first_error:
                print(f"    first error: {result.first_error}  statuses {result.statuses}")
    if as_json:
        print(
            json.dumps(
                {
                    "url": opts.url,
                    "pid": opts.pid,
                    "text": opts.text,
                    "warmup": opts.warmup,
                    "clk_tck": CLK_TCK,
                    "results": [asdict(r) for r in results],
                },
                indent=2,
            )
        )
    return 0 if all(r.replies_ok for r in results) else 1


def main(argv: list[str] | None = None) -> None:
    opts, levels, as_json = parse_args(argv)
    try:
        sys.exit(asyncio.run(run(opts, levels, as_json)))
    except (RuntimeError, OSError) as error:
        print(f"loadgen: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
