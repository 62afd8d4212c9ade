"""Fuzzing /api/messages over HTTP: the captured Teams activities with hostile fields (wrong
types, lone surrogates, huge numbers, deep nesting, missing keys), posted to the real bot in
anonymous mode with the Bot Connector stub. Every answer is 2xx, or a 4xx with a JSON reason;
nothing is logged at ERROR; the bot keeps serving. A fixed budget: derandomized, bounded
examples, so `make test` stays repeatable and quick."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import threading
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import pytest
from aiohttp import ClientSession
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.chat.service import ChatService
from bot.core.tenant.demo import DemoSource
from bot.teams.connector import ConnectorRetry
from bot.teams.listener import listen
from bot.teams.server import BotApp
from tests.teams.support import ConnectorStub, post, sample

T = TypeVar("T")

SAMPLES = [
    "message_text",
    "message_action_submit",
    "invoke_adaptiveCard_action",
    "conversationUpdate_on_open",
    "installationUpdate_on_open",
]
SURROGATES = st.text(
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"]), min_size=1
)
TEXT = (
    st.text(max_size=40)
    | SURROGATES.map(lambda s: f"a{s}b")
    | st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "why is ADE failing?",
            "tokens",
            "language pl",
            "help",
            "\u202e",
            "🙂" * 20,
        ]
    )
)
PLAIN = st.text(max_size=40) | st.sampled_from(
    ["", "why is ADE failing?", "tokens", "language pl", "help", "alert me", "stop alerts"]
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.integers(min_value=10**300, max_value=10**320)
    | st.floats(allow_nan=True, allow_infinity=True)
    | TEXT
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)


def _nest(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth):
        value = [value] if depth % 2 else {"v": value}
    return value


# Deeper than any activity (MAX_DEPTH is 64), shallow enough for json.dumps here; 100,000
# levels are tested in test_http_edge.
HOSTILE = VALUES | st.integers(min_value=10, max_value=400).map(_nest)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Where a mutation may go: every key and index down to 8 levels."""
    found: list[tuple[Any, ...]] = []
    if len(prefix) >= 8:
        return found
    items: Any = ()
    if isinstance(node, dict):
        items = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    for key, child in items:
        found.append((*prefix, key))
        found.extend(_paths(child, (*prefix, key)))
    return found


def _mutate(activity: dict[str, Any], data: st.DataObject) -> None:
    for _ in range(data.draw(st.integers(min_value=1, max_value=3), label="mutations")):
        paths = _paths(activity)
        if not paths:
            return
        path = data.draw(st.sampled_from(paths), label="path")
        parent: Any = activity
        for key in path[:-1]:
            parent = parent[key]
        # "retext" keeps the activity well-formed (a string stays a string), so that half
        # the examples reach the turn instead of the 400 of the parser.
        op = data.draw(st.sampled_from(["replace", "delete", "add", "retext", "retext"]))
        if op == "retext":
            if isinstance(parent[path[-1]], str):
                parent[path[-1]] = data.draw(PLAIN, label="text")
        elif op == "delete":
            del parent[path[-1]]
        elif op == "add" and isinstance(parent, dict):
            parent[data.draw(TEXT, label="new key")] = data.draw(HOSTILE, label="new value")
        else:
            parent[path[-1]] = data.draw(HOSTILE, label="value")


def _assert_answered(status: int, body: Any) -> None:
    assert status < 500, (status, body)
    if status >= 400:
        assert isinstance(body, dict), (status, body)
        if body.get("type") == "application/vnd.microsoft.error":
            # Universal Actions' documented error answer to an adaptiveCard/action invoke.
            assert body["statusCode"] == status, body
            assert isinstance(body["value"]["message"], str), body
        else:
            assert isinstance(body.get("error"), str), (status, body)
    else:
        assert status in (200, 202), (status, body)


class Served:
    """The bot (anonymous mode, the demo tenant, its real listener) and the Bot Connector
    stub on an event loop of their own, in a thread: hypothesis drives examples from
    synchronous code, and one bot serves them all, so the run also shows that it keeps
    serving after each of them."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> Served:
        self.thread.start()
        self.run(self._start())
        return self

    def __exit__(self, *exc: object) -> None:
        self.run(self._stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=30)
        self.loop.close()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        # 30 s bounds a hang; a turn takes milliseconds.
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=30)

    async def _start(self) -> None:
        self.stub = await ConnectorStub().start()
        retry = ConnectorRetry(attempts=2, base=0.01, budget=2.0)
        app = BotApp(ChatService(DemoSource()), retry=retry)
        self.listener = await listen(app.web_app(), "127.0.0.1", 0, app.limits)
        self.url = f"http://127.0.0.1:{self.listener.port}"
        self.session = ClientSession()

    async def _stop(self) -> None:
        await self.session.close()
        await self.listener.close()
        await self.stub.stop()

    def post(self, body: str) -> tuple[int, Any]:
        return self.run(post(self.session, self.url, body))

    def healthy(self) -> bool:
        async def get() -> bool:
            async with self.session.get(f"{self.url}/healthz") as resp:
                return resp.status == 200

        return self.run(get())


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    with Served() as bot:
        yield bot


@settings(
    max_examples=1000,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(name=st.sampled_from(SAMPLES), data=st.data())
def test_mutated_teams_activities_get_an_answer_never_a_5xx_or_a_logged_error(
    served: Served, caplog: pytest.LogCaptureFixture, name: str, data: st.DataObject
) -> None:
    caplog.clear()
    activity = copy.deepcopy(sample(name))
    activity["serviceUrl"] = served.stub.url
    _mutate(activity, data)
    status, body = served.post(json.dumps(activity))
    event(f"{name}: {status}")
    _assert_answered(status, body)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]
    assert "Traceback" not in caplog.text
    assert served.healthy()
