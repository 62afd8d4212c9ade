"""Resident memory of `ade-doctor serve` (demo tenant): idle, then after N chat messages.

Starts the `ade-doctor` of a checkout's `.venv` (this one by default, or another checkout to
compare code before and after a change), waits for /healthz, reads VmRSS from /proc, sends N
development messages over HTTP to /api/messages with `deliveryMode: expectReplies` (the demo
mode needs no token and the replies come back in the HTTP answer), and reads VmRSS again.

    .venv/bin/python bench/bench_serve_memory.py [--repo DIR] [--messages 21] [--port 3991]
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from loadgen import message_activity, proc_rss_mib  # noqa: E402

from tests.core.intent_phrases import PHRASES  # noqa: E402


def _texts(count: int) -> list[str]:
    texts = [p.text for p in PHRASES]
    for batch in range(8, 17):
        texts += [
            p.text for p in importlib.import_module(f"tests.understanding.dev_batch{batch}").NEW
        ]
    return texts[:: max(1, len(texts) // count)][:count]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", type=Path, default=ROOT, help="checkout whose .venv to run")
    parser.add_argument("--messages", type=int, default=21)
    parser.add_argument("--port", type=int, default=3991)
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    serve = [str(args.repo / ".venv/bin/ade-doctor"), "serve", "--host", "127.0.0.1"]
    proc = subprocess.Popen(
        [*serve, "--port", str(args.port)],
        cwd=args.repo,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        time.sleep(1)
        idle = proc_rss_mib(proc.pid)
        answered = 0
        texts = _texts(args.messages)
        for i, text in enumerate(texts):
            activity = message_activity(
                activity_id=f"m{i}", text=text, service_url="http://127.0.0.1:9/",
                conversation=i, locale="en-US",
            ) | {"deliveryMode": "expectReplies"}  # fmt: skip
            body = json.dumps(activity).encode()
            request = urllib.request.Request(
                f"{base}/api/messages", body, {"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=20) as answer:
                answered += answer.status == 200
        time.sleep(1)
        after = proc_rss_mib(proc.pid)
    finally:
        proc.terminate()
        proc.wait()
    print(f"{args.repo}: {answered}/{len(texts)} answered", end="; ")
    print(f"RSS idle {idle:.1f} MiB, after {after:.1f} MiB")


if __name__ == "__main__":
    main()
