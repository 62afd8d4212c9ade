"""The real client: chat with the bot through Microsoft 365 Agents Playground in headless Chromium.

One run (bot, playground and browser in a network namespace with only loopback) asks "why is ADE
failing?", expects the demo tenant's troubleshooting cards, presses "Check again" on the first
one (an Action.Execute) and expects that card updated in place, then asks for the card's current
state the way Teams does when a card with a `refresh` is opened. Screenshots and logs stay in
test-artifacts/playground/ (see result.json there). Skipped only where `unshare --net` is not
permitted (not root); a missing toolchain fails the test: run `make setup`.

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
# Every finding card's re-check button (bot/core/cards/sections.py), an Action.Execute with the
# verb "recheck" and an Action.Submit fallback.
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


def test_pressing_the_button_updates_its_card_in_place(run: dict[str, Any]) -> None:
    drive = run["drive"]
    assert drive["clicked"] == {"title": button(), "card_id": EXPECTED_CARD_ID}, _explain(run)
    answer = drive["answer"]
    assert answer is not None, _explain(run)
    # Universal Actions: no new message, the pressed card's new state in its place.
    assert answer["messages"] == []
    assert answer["card_ids"] == [EXPECTED_CARD_ID], answer
    assert answer["texts"], answer
    press = drive["invokes"][0]
    assert (press["verb"], press["status"], press["card_id"]) == (
        "recheck",
        200,
        EXPECTED_CARD_ID,
    )
    # The page shows it: the same message, re-rendered with the playground's note under it.
    in_place = drive["in_place"]
    assert in_place is not None, _explain(run)
    assert in_place["after"] != in_place["before"]
    assert in_place["after"].startswith(answer["texts"][0])


def test_a_refresh_returns_the_cards_current_state(run: dict[str, Any]) -> None:
    refresh = run["drive"]["refresh"]
    assert refresh is not None, _explain(run)
    assert refresh["verb"] == "diagnose"
    assert refresh["trigger"] == "manual"
    assert refresh["status"] == 200
    assert refresh["card_id"] == EXPECTED_CARD_ID
    assert button() in refresh["action_titles"]


def test_no_page_error_and_the_bot_accepted_every_activity(run: dict[str, Any]) -> None:
    drive = run["drive"]
    assert drive["page_errors"] == []
    posted = [call["activity"] for call in drive["bot_http"]]
    # The question, then the press and the refresh as adaptiveCard/action invokes.
    assert posted.count("message") == 1, drive["bot_http"]
    assert posted.count("invoke") == 2, drive["bot_http"]
    failed = [call for call in drive["bot_http"] if not (200 <= (call["status"] or 0) < 300)]
    assert failed == []


def test_the_screenshots_are_kept(run: dict[str, Any]) -> None:
    names = {Path(shot).name for shot in run["drive"]["screenshots"]}
    assert {"01-ready.png", "02-reply.png", "03-answer.png"} <= names
    assert f"reply-01-{EXPECTED_CARD_ID}.png" in names
    # The pressed card before and after the press (updated in place).
    assert {
        f"pressed-before-{EXPECTED_CARD_ID}.png",
        f"pressed-after-{EXPECTED_CARD_ID}.png",
    } <= names
    for shot in run["drive"]["screenshots"]:
        assert Path(shot).is_file()
        assert Path(shot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert Path(shot).parent.is_relative_to(ARTIFACTS)
