"""Long and hostile messages against `ade-doctor serve` (issue 12, item 1): does one turn stall
the bot?

    .venv/bin/python bench/bench_long_message.py [--rounds 3] [--only polish-255k,...]

Starts the connector stub (in this process) and ``ade-doctor serve`` on a free loopback port
(anonymous mode, demo tenant). For each message: polls ``GET /healthz`` back to back from a
second connection while one message turn is posted, and prints the turn's time (POST to the
whole response: a botbuilder turn answers once its replies reached the connector), the worst
/healthz latency seen during the turn, and the server's CPU time for the turn (utime+stime of
/proc/PID/stat, which does not depend on what else the machine runs). Medians over --rounds.

Exit status: 0 when every turn was answered 2xx with a message, 1 otherwise, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import sys
import time
from pathlib import Path

import aiohttp

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from connector_stub import ConnectorStub  # noqa: E402
from loadgen import message_activity, proc_cpu_seconds  # noqa: E402

ADE_DOCTOR = BENCH.parent / ".venv" / "bin" / "ade-doctor"
# Polish folded to ASCII, as admins often type it: the body of a 255,000-character message
# must stay under the bot's 256 KiB request cap, and JSON escapes every non-ASCII letter.
POLISH = "dlaczego ADE nie dziala? czemu token nie jest synchronizowany, prosze pomoz. "


def _polish(size: int) -> str:
    return (POLISH * (size // len(POLISH) + 1))[:size]


MESSAGES: dict[str, str] = {
    "polish-25k": _polish(25_000),
    "polish-100k": _polish(100_000),
    "polish-255k": _polish(255_000),
    # The stall: one run with no spaces (a pasted blob, a long URL) of each size.
    "no-spaces-25k": "x" * 25_000,
    "no-spaces-100k": "x" * 100_000,
    "no-spaces-255k": "x" * 255_000,
    "a@-255k": "a@" * 127_500,
    "dots-255k": "a." * 127_500,
    "open-tags-255k": "<" * 255_000,
    "mentions-255k": "<at>" * 63_750,
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _poll(session: aiohttp.ClientSession, url: str, stop: asyncio.Event) -> float:
    """The worst /healthz latency, in seconds, until `stop` is set."""
    worst = 0.0
    while not stop.is_set():
        started = time.perf_counter()
        async with session.get(f"{url}/healthz") as resp:
            await resp.read()
        worst = max(worst, time.perf_counter() - started)
    return worst


async def _turn(
    url: str, pid: int, stub: ConnectorStub, text: str, n: int
) -> tuple[float, float, float, bool]:
    activity = message_activity(
        activity_id=f"long-{n}", text=text, service_url=stub.url, conversation=n, locale="en-US"
    )
    body = json.dumps(activity).encode()
    before = stub.stats.answered.copy()
    async with aiohttp.ClientSession() as poller, aiohttp.ClientSession() as poster:
        stop = asyncio.Event()
        polling = asyncio.create_task(_poll(poller, url, stop))
        await asyncio.sleep(0.05)  # the poller is connected and polling
        cpu = sum(proc_cpu_seconds(pid))
        started = time.perf_counter()
        headers = {"Content-Type": "application/json"}
        async with poster.post(f"{url}/api/messages", data=body, headers=headers) as resp:
            await resp.read()
            ok = 200 <= resp.status < 300
        seconds = time.perf_counter() - started
        cpu = sum(proc_cpu_seconds(pid)) - cpu
        stop.set()
        worst = await polling
    answered = bool(stub.stats.answered - before)
    return seconds, worst, cpu, ok and answered


async def _wait_healthy(url: str, process: asyncio.subprocess.Process) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(400):
            if process.returncode is not None:
                raise SystemExit(f"ade-doctor serve exited with {process.returncode}")
            try:
                async with session.get(f"{url}/healthz") as resp:
                    if resp.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
    raise SystemExit("ade-doctor serve did not start")


async def run(names: list[str], rounds: int) -> int:
    stub = ConnectorStub()
    await stub.start()
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MicrosoftApp", "ADE_"))}
    env["ADE_ALERT_INTERVAL"] = "0"
    process = await asyncio.create_subprocess_exec(
        str(ADE_DOCTOR), "serve", "--port", str(port), env=env, stderr=asyncio.subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    failures = 0
    try:
        await _wait_healthy(url, process)
        await _turn(url, process.pid, stub, "why is ADE failing?", 0)
        print("| message | chars | turn (median) | worst /healthz (median) | server CPU |")
        print("|---|---|---|---|---|")
        n = 1
        for name in names:
            text = MESSAGES[name]
            results = []
            for _ in range(rounds):
                results.append(await _turn(url, process.pid, stub, text, n))
                n += 1
            failures += sum(not ok for *_, ok in results)
            turn, worst, cpu = (statistics.median(r[i] for r in results) for i in range(3))
            mark = "" if all(r[3] for r in results) else " (NOT ANSWERED)"
            print(
                f"| {name} | {len(text):,} | {turn * 1000:,.0f} ms | {worst * 1000:,.0f} ms"
                f" | {cpu * 1000:,.0f} ms |{mark}",
                flush=True,
            )
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), timeout=30)
        except TimeoutError:
            process.kill()
            await process.wait()
        await stub.stop()
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default=",".join(MESSAGES), help="comma-separated messages")
    args = parser.parse_args(argv)
    names = [name for name in args.only.split(",") if name]
    unknown = [name for name in names if name not in MESSAGES]
    if unknown or args.rounds < 1:
        parser.error(f"unknown message {unknown[0]!r}" if unknown else "--rounds must be >= 1")
    sys.exit(asyncio.run(run(names, args.rounds)))


if __name__ == "__main__":
    main()
