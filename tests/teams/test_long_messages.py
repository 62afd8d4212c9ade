"""Long and hostile messages to a real `ade-doctor serve` (issue 12, item 1): one turn must not
freeze the bot. /healthz is polled from a second connection while the message is answered."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import ClientSession

from tests.processes import start_serve, stop_serve
from tests.teams.support import ConnectorStub, message, post

pytestmark = pytest.mark.anyio

# Generous on a slow, shared machine: the turn takes milliseconds; the stall took minutes.
TURN_BOUND_S = 5.0
LONG = 255_000  # under the HTTP edge's 256 KiB body cap with the activity around it
# Polish as admins often type it, without diacritics: JSON escapes each non-ASCII letter to six
# bytes, which would not fit 255,000 characters under the body cap.
POLISH = "dlaczego ADE nie dziala? czemu token nie jest synchronizowany, prosze pomoz. "


def _polish(size: int) -> str:
    return (POLISH * (size // len(POLISH) + 1))[:size]


HOSTILE = {
    "no spaces": "x" * LONG,
    "a dotted run": "a." * (LONG // 2),
    "unclosed tags": "<" * LONG,
    "unclosed mentions": "<at>" * (LONG // 4),
    "at signs": "a@" * (LONG // 2),
    "a huge character reference": "&#" + "1" * 100_000,
}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[str]:
    process, url = await start_serve(
        tmp_path, stderr=asyncio.subprocess.DEVNULL, ADE_ALERT_INTERVAL="0"
    )
    try:
        yield url
    finally:
        # A bot stuck in a turn does not stop on SIGTERM: stop_serve kills it rather than
        # hang the suite.
        await stop_serve(process)


async def _turn_while_polling(url: str, text: str, stub: ConnectorStub) -> tuple[int, float]:
    """(HTTP status of the turn, worst /healthz latency in seconds during it); fails when the
    turn or one /healthz takes longer than the bound."""
    worst = 0.0
    done = asyncio.Event()

    async def poll(session: ClientSession) -> None:
        nonlocal worst
        while not done.is_set():
            started = time.perf_counter()
            async with session.get(f"{url}/healthz") as resp:
                assert resp.status == 200
            worst = max(worst, time.perf_counter() - started)

    async with ClientSession() as poller, ClientSession() as poster:
        polling = asyncio.create_task(poll(poller))
        try:
            status, _ = await asyncio.wait_for(
                post(poster, url, message(text, stub.url, locale="en-US")), TURN_BOUND_S
            )
        except TimeoutError:
            pytest.fail(f"a {len(text):,}-character message took over {TURN_BOUND_S} s")
        finally:
            done.set()
            if not (await asyncio.wait({polling}, timeout=TURN_BOUND_S))[0]:
                polling.cancel()
                pytest.fail(f"/healthz stalled over {TURN_BOUND_S} s: {len(text):,} characters")
    return status, worst


@pytest.mark.parametrize("size", [25_000, 100_000, LONG])
async def test_a_long_polish_message_is_answered_promptly_in_polish_and_healthz_stays_up(
    bot: str, size: int
) -> None:
    stub = await ConnectorStub().start()
    try:
        status, worst = await _turn_while_polling(bot, _polish(size), stub)
        assert status == 200
        assert worst < TURN_BOUND_S
        assert "token-expired" in stub.card_ids()
        assert {card["lang"] for card in stub.cards()} == {"pl"}
    finally:
        await stub.stop()


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
async def test_a_hostile_message_is_answered_promptly_and_healthz_stays_up(
    bot: str, text: str
) -> None:
    stub = await ConnectorStub().start()
    try:
        status, worst = await _turn_while_polling(bot, text, stub)
        assert status == 200
        assert worst < TURN_BOUND_S
        # Anything unrecognised gets the help card; the apology would mean the turn failed.
        assert stub.card_ids() == ["help"]
    finally:
        await stub.stop()
