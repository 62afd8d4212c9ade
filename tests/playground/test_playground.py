"""The real client: chat with the bot through Microsoft 365 Agents Playground in headless Chromium.

One run (bot, playground and browser in a network namespace with only loopback) asks "why is ADE
failing?", expects the demo tenant's troubleshooting cards, presses "Check again" on the first
one and expects an answer. Screenshots and logs stay in test-artifacts/playground/ (see
result.json there). Skipped only where `unshare --net` is not permitted (not root); a missing
toolchain fails the test: run `make setup`.

During development the bot can be another program: ADE_PLAYGROUND_BOT_CMD replaces BOT_COMMAND
(split like a shell command line, `{port}` being the port to listen on) and ADE_PLAYGROUND_BUTTON
the title of the button to press.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.gallery import CARD_IDS
from tests.playground.harness import network_isolation_problem, run_playground

# The bot under test; `{port}` is replaced by the port it must listen on, on 127.0.0.1.
BOT_COMMAND: tuple[str, ...] = (
    sys.executable,
    "-m",
    "bot",
    "serve",
    "--host",
    "127.0.0.1",
    "--port",
    "{port}",
)
BOT_COMMAND_ENV = "ADE_PLAYGROUND_BOT_CMD"
BUTTON_ENV = "ADE_PLAYGROUND_BUTTON"
MESSAGE = "why is ADE failing?"
# The demo tenant's most severe finding: its card comes first in the reply.
EXPECTED_CARD_ID = "token-expired"
# Every finding card's re-check button (bot/core/cards.py), an Action.Submit {"action": "recheck"}.
BUTTON = "Check again"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "playground"


def bot_command() -> list[str]:
    override = os.environ.get(BOT_COMMAND_ENV, "").strip()
    return shlex.split(override) if override else list(BOT_COMMAND)


def button() -> str:
    return os.environ.get(BUTTON_ENV, "").strip() or BUTTON


@pytest.fixture(scope="module")
def run() -> dict[str, Any]:
    problem = network_isolation_problem()
    if problem is not None:
        pytest.skip(
            f"the playground test runs in a network namespace and {problem} "
            "(it needs root or CAP_SYS_ADMIN)"
        )
    result = run_playground(bot_command(), ARTIFACTS, message=MESSAGE, button=button())
    assert result["drive"] is not None, f"the page was never driven: {result['errors']}"
    return result


def _explain(result: dict[str, Any]) -> str:
    return f"errors: {result['errors']}; details in {ARTIFACTS / 'result.json'}"


def test_the_run_is_shut_in_loopback(run: dict[str, Any]) -> None:
    assert run["isolated"] is True
    assert run["interfaces"] == ["lo"]


def test_every_step_is_done_and_nothing_failed(run: dict[str, Any]) -> None:
    assert run["ok"], _explain(run)
    assert run["errors"] == []
    assert run["drive"]["step"] == "done"


def test_the_reply_is_the_troubleshooting_cards(run: dict[str, Any]) -> None:
    reply = run["drive"]["reply"]
    assert reply is not None, _explain(run)
    assert EXPECTED_CARD_ID in reply["card_ids"], reply["card_ids"]
    assert set(reply["card_ids"]) <= set(CARD_IDS), reply["card_ids"]
    # The page rendered one bot message per card, each with visible text.
    assert len(reply["dom_texts"]) == len(reply["messages"])
    assert all(text for text in reply["dom_texts"])
    assert reply["dom_cards"] >= len(reply["card_ids"])


def test_pressing_the_button_gets_an_answer(run: dict[str, Any]) -> None:
    drive = run["drive"]
    assert drive["clicked"] == {"title": button(), "card_id": EXPECTED_CARD_ID}, _explain(run)
    answer = drive["answer"]
    assert answer is not None, _explain(run)
    # A new message, or the card updated in place (the page's DOM is checked for new ones).
    assert answer["messages"] or answer["updates"], "no bot message after the button press"
    assert answer["texts"], answer
    assert len(answer["dom_texts"]) == len(answer["messages"])
    assert all(text for text in answer["dom_texts"])


def test_no_page_error_and_the_bot_accepted_every_activity(run: dict[str, Any]) -> None:
    drive = run["drive"]
    assert drive["page_errors"] == []
    posted = [call["activity"] for call in drive["bot_http"]]
    assert posted.count("message") == 2, drive["bot_http"]
    failed = [call for call in drive["bot_http"] if not (200 <= (call["status"] or 0) < 300)]
    assert failed == []


def test_the_screenshots_are_kept(run: dict[str, Any]) -> None:
    names = {Path(shot).name for shot in run["drive"]["screenshots"]}
    assert {"01-ready.png", "02-reply.png", "03-answer.png"} <= names
    assert f"reply-01-{EXPECTED_CARD_ID}.png" in names
    for shot in run["drive"]["screenshots"]:
        assert Path(shot).is_file()
        assert Path(shot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert Path(shot).parent.is_relative_to(ARTIFACTS)
