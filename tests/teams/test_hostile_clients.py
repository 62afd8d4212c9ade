"""Clients that hold connections, dribble bytes or talk to a connector that never answers:
over real sockets, the bot hangs up on them in bounded time and keeps serving everyone else."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest

from bot.teams.connector import ConnectorError, ConnectorRetry
from bot.teams.listener import EdgeLimits
from bot.teams.proactive import Pacer, ProactiveSender
from tests.teams.conftest import Launcher, Running
from tests.teams.support import message
from tests.teams.test_proactive import CARD, reference

pytestmark = pytest.mark.anyio

QUICK = EdgeLimits(header_timeout=1.0, body_timeout=1.0, max_connections=64, turn_deadline=2.0)


def _port(bot: Running) -> int:
    return int(bot.url.rsplit(":", 1)[1])


async def _healthy(bot: Running) -> bool:
    async with bot.session.get(f"{bot.url}/healthz") as resp:
        return resp.status == 200


async def test_connections_that_send_half_a_header_are_closed_and_others_are_still_served(
    launch: Launcher,
) -> None:
    bot = await launch(limits=QUICK)
    slow = [await asyncio.open_connection("127.0.0.1", _port(bot)) for _ in range(50)]
    for _, writer in slow:
        writer.write(b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty")
        await writer.drain()
    assert await _healthy(bot)
    # Each is hung up on within the header timeout; 20 s bounds a hang, it is not a speed.
    closed = await asyncio.wait_for(
        asyncio.gather(*(reader.read() for reader, _ in slow)), timeout=20
    )
    assert closed == [b""] * 50
    for _, writer in slow:
        writer.close()
    assert await _healthy(bot)


async def test_at_the_connection_limit_a_new_client_displaces_one_that_never_sent_a_request(
    launch: Launcher,
) -> None:
    bot = await launch(limits=EdgeLimits(header_timeout=30.0, max_connections=10))
    idle = [await asyncio.open_connection("127.0.0.1", _port(bot)) for _ in range(10)]
    for _, writer in idle:
        writer.write(b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    assert await _healthy(bot)
    assert await _healthy(bot)
    for _, writer in idle:
        writer.close()


async def test_when_every_connection_is_busy_with_a_request_a_new_one_gets_503(
    launch: Launcher,
) -> None:
    limits = EdgeLimits(header_timeout=30.0, body_timeout=30.0, max_connections=10)
    bot = await launch(limits=limits)
    busy = [await asyncio.open_connection("127.0.0.1", _port(bot)) for _ in range(10)]
    for reader, writer in busy:
        writer.write(
            b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
            b"Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{"
        )
        # "100 Continue" says the bot has read these headers and waits for the body.
        assert (await asyncio.wait_for(reader.readline(), 20)).startswith(b"HTTP/1.1 100")
    reader, writer = await asyncio.open_connection("127.0.0.1", _port(bot))
    answer = await asyncio.wait_for(reader.read(), timeout=20)
    assert answer.startswith(b"HTTP/1.1 503 ")
    assert b'"error"' in answer
    writer.close()
    for _, held in busy:
        held.close()
        await held.wait_closed()
    # The bot sees the closes a moment after we make them: a few tries, then it serves.
    for _ in range(100):
        try:
            if await _healthy(bot):
                break
        except aiohttp.ClientError:
            await asyncio.sleep(0.05)
    assert await _healthy(bot)


async def test_a_body_that_stops_arriving_gets_408_and_the_connection_is_closed(
    launch: Launcher,
) -> None:
    bot = await launch(limits=QUICK)
    reader, writer = await asyncio.open_connection("127.0.0.1", _port(bot))
    writer.write(
        b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b'Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{"type": '
    )
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), timeout=20)
    assert answer.startswith(b"HTTP/1.1 408 ")
    writer.close()


async def test_a_connector_that_takes_30_s_holds_the_request_no_longer_than_the_turn_deadline(
    launch: Launcher,
) -> None:
    # Typing, reply and apology each waited 10 s for such a connector: 32 s in all, twice
    # the 15 s Teams waits. Now they share one deadline (2 s here, 12 s by default).
    retry = ConnectorRetry(attempts=4, base=0.01, budget=12.0)
    bot = await launch(limits=QUICK, retry=retry)
    bot.stub.delay = 30.0
    started = time.monotonic()
    status, _ = await asyncio.wait_for(bot.send(message("why is ADE failing?", bot.stub.url)), 20)
    held = time.monotonic() - started
    assert status == 200
    assert held < 10, f"the request was held {held:.1f} s"
    assert await _healthy(bot)


async def test_a_proactive_send_to_a_connector_that_keeps_failing_gives_up_within_its_budget(
    launch: Launcher,
) -> None:
    retry = ConnectorRetry(attempts=10, base=0.01, budget=1.5)
    bot = await launch(retry=retry)
    bot.stub.delay = 30.0  # every attempt would time out after 10 s
    sender = ProactiveSender(bot.app, Pacer(per_second=1000, per_conversation=1000))
    started = time.monotonic()
    with pytest.raises(ConnectorError):
        await asyncio.wait_for(sender.send(reference(bot.stub.url), [CARD]), timeout=20)
    assert time.monotonic() - started < 10
    assert bot.stub.calls <= 2


async def test_the_connector_pool_keeps_at_most_256_service_urls(launch: Launcher) -> None:
    bot = await launch()
    for i in range(300):
        status, _ = await bot.send(message("help", f"{bot.stub.url}/region-{i}/"))
        assert status == 200
    adapter = bot.app.adapter
    assert adapter is not None
    assert adapter.bot_framework_authentication.connectors.held == 256
    assert len(bot.stub.messages()) == 300
