"""A hostile snapshot file served through the bot (`serve --snapshot FILE`, issue 12, item 10):
every answer is a card, never a 500, and the log says what is wrong in one line."""

from __future__ import annotations

import copy
import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.core.tenant.demo import demo_document
from bot.snapshot_file import FileSource
from tests.teams.conftest import Launcher
from tests.teams.support import message

pytestmark = pytest.mark.anyio


def _snapshot(tmp_path: Path, key: str, value: object) -> Path:
    """The demo tenant with one field of its expired token set to `value`, as a file."""
    document: Any = copy.deepcopy(demo_document(datetime.now(UTC)))
    document["depOnboardingSettings"]["value"][2][key] = value
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(document), encoding="ascii")  # "\ud800" stays an escape
    return path


@pytest.mark.parametrize("text", ["why is ADE failing?", "tokens", "dlaczego ADE nie działa?"])
async def test_a_lone_surrogate_in_a_token_name_is_answered_with_cards_that_show_it_as_fffd(
    launch: Launcher, tmp_path: Path, text: str
) -> None:
    bot = await launch(FileSource(_snapshot(tmp_path, "tokenName", "Design \udfff Macs")))
    status, _ = await bot.send(message(text, bot.stub.url))
    assert status == 200
    assert bot.stub.card_ids()
    assert "apology" not in bot.stub.card_ids()
    assert "Design \ufffd Macs" in json.dumps(bot.stub.cards(), ensure_ascii=False)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("tokenExpirationDateTime", "9999-12-31T23:59:59-05:00"),
        ("lastSuccessfulSyncDateTime", "9999-12-31T23:59:59Z"),
        ("syncedDeviceCount", 10**30),
    ],
)
async def test_a_value_beyond_what_graph_sends_is_answered_as_an_unreadable_tenant_in_one_log_line(
    launch: Launcher, tmp_path: Path, caplog: pytest.LogCaptureFixture, key: str, value: object
) -> None:
    bot = await launch(FileSource(_snapshot(tmp_path, key, value)))
    with caplog.at_level(logging.INFO):
        for text in ("why is ADE failing?", "tokens"):
            status, _ = await bot.send(message(text, bot.stub.url))
            assert status == 200
    assert bot.stub.card_ids() == ["tenant-unreachable", "tenant-unreachable"]
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert f"depOnboardingSettings.value[2].{key}: out of range" in caplog.text
