"""Hostile clients against `ade-doctor serve` as a real process (issue 12): how long slow-header
connections are held, how many log lines 1,000 identical failures write, and how long a
Bot Connector that takes 30 s holds an incoming request.

    .venv/bin/python bench/bench_hostile.py [--code DIR] [--connections 1000] [--watch 60]

`--code DIR` runs the bot from another checkout (e.g. `git archive <commit> | tar -x -C DIR`)
with this venv, to measure the code before a change the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

HERE = Path(__file__).resolve().parent
MESSAGE = json.loads((HERE.parent / "tests/teams/activities/message_text.json").read_text())


class Stub:
    """A Bot Connector that answers `status` after `delay` seconds."""

    def __init__(self) -> None:
        self.status, self.delay, self.calls = 201, 0.0, 0
        self.released = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        self.calls += 1
        await request.read()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.released.wait(), self.delay)
        return web.json_response({"id": "x"}, status=self.status)

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        return f"http://127.0.0.1:{self.runner.addresses[0][1]}"

    async def stop(self) -> None:
        self.released.set()
        await self.runner.cleanup()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _serve(code: Path | None, stderr: Any) -> tuple[asyncio.subprocess.Process, str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MicrosoftApp", "GRAPH_"))}
    env["ADE_ALERT_INTERVAL"] = "0"
    if code is not None:
        env["PYTHONPATH"] = str(code)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "import sys; from bot.cli import main; sys.exit(main())",
        "serve",
        "--port",
        str(port),
        env=env,
        cwd="/tmp",
        stderr=stderr,
    )
    url = f"http://127.0.0.1:{port}"
    async with ClientSession() as session:
        for _ in range(400):
            with contextlib.suppress(OSError):
                async with session.get(f"{url}/healthz") as resp:
                    if resp.status == 200:
                        return process, url
            await asyncio.sleep(0.05)
    raise SystemExit("the bot did not start")


async def _end(process: asyncio.subprocess.Process) -> bytes:
    process.terminate()
    try:
        _, err = await asyncio.wait_for(process.communicate(), 30)
    except TimeoutError:
        process.kill()
        _, err = await process.communicate()
    return err or b""


async def slow_headers(code: Path | None, count: int, watch: float) -> None:
    process, url = await _serve(code, asyncio.subprocess.DEVNULL)
    port = int(url.rsplit(":", 1)[1])
    started = time.monotonic()
    closed: list[float] = []

    async def one() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty")
        with contextlib.suppress(TimeoutError, OSError):
            await asyncio.wait_for(reader.read(), watch - (time.monotonic() - started))
            closed.append(time.monotonic() - started)
        writer.close()

    tasks = [asyncio.create_task(one()) for _ in range(count)]
    await asyncio.sleep(1)
    async with ClientSession(timeout=ClientTimeout(total=10)) as session:
        t = time.monotonic()
        async with session.get(f"{url}/healthz") as resp:
            health = f"{resp.status} in {(time.monotonic() - t) * 1000:.0f} ms"
    await asyncio.gather(*tasks)
    await _end(process)
    last = f", the last after {max(closed):.1f} s" if closed else ""
    print(
        f"slow headers: {count} connections; /healthz meanwhile {health}; "
        f"{len(closed)} closed by the bot within {watch:.0f} s{last}; "
        f"{count - len(closed)} still open"
    )


async def log_flood(code: Path | None, failures: int) -> None:
    stub = Stub()
    stub.status = 403  # the bot was removed from the chat: reply and apology both fail
    stub_url = await stub.start()
    # A file, not a pipe: unread, a pipe fills and the bot blocks on its own logging.
    with tempfile.TemporaryFile() as log:
        process, url = await _serve(code, log)
        async with ClientSession() as session:
            for i in range(failures):
                body = {**MESSAGE, "serviceUrl": stub_url, "id": f"m{i}"}
                async with session.post(f"{url}/api/messages", json=body) as resp:
                    await resp.read()
        await _end(process)
        log.seek(0)
        err = log.read()
    await stub.stop()
    lines = err.decode(errors="replace").splitlines()
    print(
        f"log flood: {failures} turns, {stub.calls} failed connector calls -> "
        f"{len(lines)} log lines ({len(err) / 1024:.0f} KiB)"
    )


async def slow_connector(code: Path | None) -> None:
    stub = Stub()
    stub.delay = 30.0
    stub_url = await stub.start()
    process, url = await _serve(code, asyncio.subprocess.DEVNULL)
    async with ClientSession(timeout=ClientTimeout(total=120)) as session:
        started = time.monotonic()
        body = {**MESSAGE, "serviceUrl": stub_url, "text": "why is ADE failing?"}
        async with session.post(f"{url}/api/messages", json=body) as resp:
            await resp.read()
            status = resp.status
        held = time.monotonic() - started
    await _end(process)
    await stub.stop()
    print(f"30 s connector: the request was held {held:.1f} s (HTTP {status})")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, help="run the bot from this checkout")
    parser.add_argument("--connections", type=int, default=1000)
    parser.add_argument("--watch", type=float, default=60.0)
    parser.add_argument("--failures", type=int, default=1000)
    args = parser.parse_args()
    await slow_headers(args.code, args.connections, args.watch)
    await log_flood(args.code, args.failures)
    await slow_connector(args.code)


if __name__ == "__main__":
    asyncio.run(main())
