"""kill -9 at random points of alert scans, restarts, and what the Bot Connector received.

Each round starts `ade-doctor serve` on one SQLite database with SUBSCRIBERS subscriptions that
are each owed one alert, waits for an alert to arrive, kills the process (SIGKILL) 0-0.3 s
later, and starts it again; a last start finishes the scan. Counted: subscribers that never got
their alert (lost), extra copies (repeated), and per restart the time from start to its first
alert. The same harness as tests/alerts/test_crash.py, with more kills.

Before/after on the same machine: `--code DIR` runs another checkout's bot (e.g. `git worktree
add` or `git archive` of an older commit) with this venv; `--expire-leases` deletes the old
10-minute scan lease after each kill, which is what waiting it out would do (without it the
old code sends nothing for 10 minutes after the first kill).

`--sigterm` stops the bot with SIGTERM instead: the same counts, and how long each stop took.

Run: .venv/bin/python bench/bench_crash.py [--kills 20] [--subscribers 150] [--code DIR] [--sigterm]
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.alerts.bot_process import ADE_DOCTOR, CountingConnector, crash_run


async def main(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ade-crash-"))
    database = folder / "ade-doctor.db"
    command: tuple[str, ...] = (str(ADE_DOCTOR),)
    env = {}
    if args.code:
        # The bot runs in the test folder, so `python -m bot` finds the other checkout first.
        env["PYTHONPATH"] = str(Path(args.code).resolve())
        command = (sys.executable, "-m", "bot")

    def expire_leases() -> None:
        with sqlite3.connect(database) as db:
            db.execute("DELETE FROM leases")
        db.close()

    connector = await CountingConnector().start()
    try:
        figures = await crash_run(
            folder,
            f"sqlite:///{database}",
            connector,
            kills=args.kills,
            subscribers=args.subscribers,
            seed=args.seed,
            command=command,
            after_kill=expire_leases if args.expire_leases else lambda: None,
            signum=signal.SIGTERM if args.sigterm else signal.SIGKILL,
            schema=args.schema,
            env=env,
        )
    finally:
        await connector.stop()
    first = sorted(figures.first_alert)
    code = args.code or "this checkout"
    print(f"code: {code}; {figures.kills} kills, {figures.subscribers} subscribers")
    print(
        f"lost {figures.lost}, repeated {figures.repeated} "
        f"({100 * figures.repeated / figures.kills:.0f} per 100 kills)"
    )
    stops = sorted(figures.stopped_in)
    print(f"signal to exit: median {statistics.median(stops):.3f} s, max {stops[-1]:.3f} s")
    print(
        f"start to first alert after a kill: median {statistics.median(first):.2f} s, "
        f"max {first[-1]:.2f} s"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--subscribers", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--code", metavar="DIR", help="run the bot from another checkout")
    parser.add_argument("--expire-leases", action="store_true", help="for the old lease code")
    parser.add_argument("--schema", type=int, help="schema version the old code knows (3)")
    parser.add_argument("--sigterm", action="store_true", help="stop with SIGTERM, not kill -9")
    asyncio.run(main(parser.parse_args()))
