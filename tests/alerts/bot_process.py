"""`ade-doctor serve` as a real process with alert scans, the database it shares with its
restarts, and a Bot Connector stub that counts what arrives: for the tests (and
bench/bench_crash.py) that stop, kill and restart the bot in the middle of a scan.

The tenant is a snapshot file with one problem (an ADE token expiring in 12 days), so each
subscriber is owed exactly one alert: anything a conversation receives twice is a repeat.
"""

from __future__ import annotations

import asyncio
import json
import random
import signal
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from bot.core.alerting.model import Subscription
from bot.core.tenant.demo import demo_document
from bot.storage.base import open_store
from tests.processes import ADE_DOCTOR, CLEAN_ENV, free_port
from tests.teams.support import ConnectorStub


def one_problem_snapshot(folder: Path) -> Path:
    """The demo tenant cut down to its token that expires in 12 days (healthy APNs)."""
    document = demo_document(datetime.now(UTC))
    tokens = document["depOnboardingSettings"]["value"][1:2]  # type: ignore[index]
    path = folder / "tenant.json"
    path.write_text(json.dumps(dict(document, depOnboardingSettings={"value": tokens})))
    return path


async def subscribe(
    database_url: str, service_url: str, count: int, schema: int | None = None
) -> list[str]:
    """`count` personal chats that said "alert me", replying to `service_url` (in a database
    at schema version `schema`, for an older bot; default the latest)."""
    store = await open_store(database_url, migrate=False)
    await store.migrate(schema)
    ids = [f"a:chat-{n:04d}" for n in range(count)]
    try:
        for conversation in ids:
            reference = {
                "serviceUrl": service_url,
                "conversation": {"id": conversation, "conversationType": "personal"},
                "user": {"id": f"29:{conversation}", "name": "Zoë"},
                "bot": {"id": "28:bot", "name": "ADE Doctor"},
                "channelId": "msteams",
                "locale": "en-US",
            }
            await store.subscribe(
                Subscription(
                    conversation, "t", service_url, reference, "en", "UTC", "personal",
                    datetime.now(UTC),
                )
            )  # fmt: skip
    finally:
        await store.close()
    return ids


@dataclass
class CountingConnector(ConnectorStub):
    """The Bot Connector stub with the moment each alert arrived. With a `delay` it is a slow
    Teams: the message is posted when the request arrives, the answer comes `delay` seconds
    later (a bot stopped in between has posted it without knowing)."""

    delay: float = 0.0
    arrivals: list[tuple[float, str]] = field(default_factory=list)

    async def _handle(self, request: web.Request) -> web.Response:
        if request.method == "POST" and not self.fail:
            conversation = request.path.split("/")[3]
            self.arrivals.append((time.monotonic(), conversation))
        if self.delay:
            await asyncio.sleep(self.delay)
        return await super()._handle(request)

    def alerts(self) -> Counter[str]:
        """How many alert messages each conversation received."""
        return Counter(conversation for _, conversation in self.arrivals)

    async def wait_for(self, count: int, timeout: float) -> bool:
        """Until `count` alerts have arrived in all; False after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while len(self.arrivals) < count:
            if time.monotonic() > deadline:
                return False
            await asyncio.sleep(0.01)
        return True


@dataclass
class BotProcess:
    process: asyncio.subprocess.Process
    url: str
    log: Path
    started: float

    @property
    def stderr(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)

    async def stop(self, signum: int = signal.SIGTERM, timeout: float = 10.0) -> tuple[int, float]:
        """Sends the signal; the exit status and how long the process took to end."""
        sent = time.monotonic()
        self.process.send_signal(signum)
        status = await asyncio.wait_for(self.process.wait(), timeout)
        return status, time.monotonic() - sent

    async def ended(self, timeout: float = 10.0) -> int:
        return await asyncio.wait_for(self.process.wait(), timeout)


async def start_bot(
    folder: Path,
    database_url: str,
    snapshot: Path | None,
    *,
    interval: int = 1,
    command: Sequence[str] = (str(ADE_DOCTOR),),
    **env: str,
) -> BotProcess:
    """Starts `ade-doctor serve` (or `command serve`) on a free port and returns once
    /healthz answers; with no `snapshot`, the tenants come from the environment (Graph)."""
    port = free_port()
    log = folder / f"bot-{port}.log"
    started = time.monotonic()
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            *command, "serve", "--port", str(port),
            *(("--snapshot", str(snapshot)) if snapshot is not None else ()),
            env={**CLEAN_ENV, "ADE_DATABASE_URL": database_url,
                 "ADE_ALERT_INTERVAL": str(interval), **env},
            cwd=folder, stdout=out, stderr=out,
        )  # fmt: skip
    bot = BotProcess(process, f"http://127.0.0.1:{port}", log, started)
    async with ClientSession(timeout=ClientTimeout(total=2)) as session:
        for _ in range(600):
            if process.returncode is not None:
                raise AssertionError(f"the bot did not start:\n{bot.stderr}")
            try:
                async with session.get(f"{bot.url}/healthz") as resp:
                    if resp.status in (200, 503):
                        return bot
            except (ClientError, TimeoutError):
                pass
            await asyncio.sleep(0.02)
    bot.kill()
    raise AssertionError(f"the bot did not answer /healthz:\n{bot.stderr}")


@dataclass
class CrashFigures:
    kills: int
    subscribers: int
    lost: int  # subscribers that never got their alert
    repeated: int  # alerts received more than once, the extra copies
    first_alert: list[float]  # per restart after a kill: seconds from start to its first alert
    stopped_in: list[float]  # per kill: seconds from the signal to the process's end


async def crash_run(
    folder: Path,
    database_url: str,
    connector: CountingConnector,
    *,
    kills: int,
    subscribers: int,
    seed: int = 1,
    command: Sequence[str] = (str(ADE_DOCTOR),),
    after_kill: Callable[[], None] = lambda: None,
    signum: int = signal.SIGKILL,
    schema: int | None = None,
    env: dict[str, str] | None = None,
) -> CrashFigures:
    """Starts the bot, kills it (SIGKILL, or `signum`) at a random moment of its scan once an
    alert has arrived, `kills` times in a row on one database, then lets a last start finish
    the scan and counts what the connector received."""
    ids = await subscribe(database_url, connector.url + "/", subscribers, schema)
    snapshot = one_problem_snapshot(folder)
    chance = random.Random(seed)
    first_alert: list[float] = []
    stopped_in: list[float] = []
    for kill in range(kills + 1):
        bot = await start_bot(folder, database_url, snapshot, command=command, **(env or {}))
        before = len(connector.arrivals)
        if not await connector.wait_for(before + 1, timeout=900):
            bot.kill()
            raise AssertionError(f"start {kill}: no alert\n{bot.stderr}")
        if kill:
            first_alert.append(connector.arrivals[before][0] - bot.started)
        if kill == kills:
            break
        # A random moment: pacing, a post, or between a post and its record (about three
        # alerts' time at the bot's 10 messages per second).
        await asyncio.sleep(chance.uniform(0, 0.3))
        stopped_in.append((await bot.stop(signum, timeout=60))[1])
        after_kill()
    try:
        received = lambda: sum(1 for c in ids if connector.alerts()[c])  # noqa: E731
        for _ in range(subscribers * 10 + 300):
            if received() == subscribers:
                break
            await asyncio.sleep(0.1)
        # One more scan, which would retry anything still pending.
        await connector.wait_for(10**9, timeout=2.5)
    finally:
        await bot.stop()
    counts = connector.alerts()
    return CrashFigures(
        kills=kills,
        subscribers=subscribers,
        lost=sum(1 for c in ids if not counts[c]),
        repeated=sum(counts[c] - 1 for c in ids if counts[c] > 1),
        first_alert=first_alert,
        stopped_in=stopped_in,
    )
