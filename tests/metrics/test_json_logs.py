"""ADE_LOG_FORMAT=json: one object per line with the turn's conversation and tenant and the
ids of the Graph call a line follows, and never a secret."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession

from bot import log_context
from bot.app import log_redactor
from bot.json_logs import JsonFormatter, Redactor
from bot.settings import Settings
from tests.graph.conftest import fake_tenant
from tests.graph.fake_aad import SECRET
from tests.graph.fake_graph import VPP, intune_forbidden
from tests.graph.tls import make_tls
from tests.processes import start_serve, stop_serve
from tests.teams.support import ConnectorStub, message, post, sample

BOT_PASSWORD = "bot~Framework.password-0123456789"
DB_PASSWORD = "PgS3cret%40PW"
# The shape of an Entra ID access token (header.payload.signature, base64url).
ACCESS_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJncmFwaCJ9.c2lnbmF0dXJlLWJ5dGVz"


@pytest.fixture
def json_log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    settings = Settings(
        graph_client_secret=SECRET,
        app_password=BOT_PASSWORD,
        database_url=f"postgresql://ade:{DB_PASSWORD}@db.example:5432/ade",
    )
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonFormatter(log_redactor(settings)))
    logger = logging.getLogger("tests.metrics.json_log")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    yield logger, out
    logger.removeHandler(handler)


def lines(out: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_client_secret_and_a_bearer_token_in_a_log_call_never_reach_the_json_output(
    json_log: tuple[logging.Logger, io.StringIO],
) -> None:
    log, out = json_log
    log.warning("sign-in with secret %s failed", SECRET)
    log.warning("sent Authorization: Bearer %s to Graph", ACCESS_TOKEN)
    log.warning("token %s in a body", ACCESS_TOKEN)
    log.warning("client_secret=%s&grant_type=client_credentials", "not-in-settings-1234")
    log.warning("cannot open postgresql://ade:%s@db.example:5432/ade", DB_PASSWORD)
    try:
        raise PermissionError(f"the Bot Connector refused password {BOT_PASSWORD}")
    except PermissionError:
        log.exception("proactive send failed for %s", "a:chat-1")
    text = out.getvalue()
    for secret in (SECRET, ACCESS_TOKEN, "not-in-settings-1234", DB_PASSWORD, BOT_PASSWORD):
        assert secret not in text
    records = lines(out)
    assert [r["message"] for r in records[:3]] == [
        "sign-in with secret *** failed",
        "sent Authorization: Bearer *** to Graph",
        "token *** in a body",
    ]
    assert "postgresql://ade:***@db.example:5432/ade" in records[4]["message"]
    assert "PermissionError: the Bot Connector refused password ***" in records[5]["exception"]


def test_a_json_line_carries_the_conversation_and_graph_ids_of_where_it_was_logged(
    json_log: tuple[logging.Logger, io.StringIO],
) -> None:
    log, out = json_log
    with log_context.conversation("a:chat-1", "tenant-1"):
        log_context.graph_answered("graph-request-1", "ours-1")
        log.info("inside")
    log.info("outside")
    inside, outside = lines(out)
    assert inside["conversation_id"] == "a:chat-1"
    assert inside["tenant_id"] == "tenant-1"
    assert inside["graph_request_id"] == "graph-request-1"
    assert inside["graph_client_request_id"] == "ours-1"
    assert set(outside) == {"time", "level", "logger", "message"}
    assert outside["logger"] == "tests.metrics.json_log"
    assert outside["level"] == "INFO"
    when = datetime.fromisoformat(outside["time"].replace("Z", "+00:00"))
    assert outside["time"].endswith("Z")
    assert when.utcoffset() is not None


def test_a_secret_shorter_than_six_characters_is_not_hidden_everywhere() -> None:
    # A one-letter "secret" would turn every "a" of every line into ***.
    assert Redactor(["a"]).redact("a token expires") == "a token expires"


@pytest.mark.anyio
async def test_json_logs_of_a_real_turn_parse_line_by_line_and_name_its_conversation(
    tmp_path: Path, stub: ConnectorStub
) -> None:
    activity = message("why is ADE failing?", stub.url)
    async with fake_tenant(make_tls(tmp_path)) as tenant:
        tenant.graph.script[VPP] = [intune_forbidden(["DeviceManagementApps.Read.All"])] * 2
        bot, url = await start_serve(
            tmp_path, ADE_LOG_FORMAT="json", ADE_ALERT_INTERVAL="0", **tenant.env()
        )
        try:
            async with ClientSession() as session:
                await post(session, url, activity)
        finally:
            code, stderr = await stop_serve(bot)
    assert code == 0
    records = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    assert any("listening on" in r["message"] for r in records)  # the banner is JSON too
    refused = [
        r for r in records if r["logger"] == "bot.graph.client" and "vppTokens" in r["message"]
    ]
    assert refused, records
    conversation = sample("message_text")["conversation"]
    assert refused[-1]["conversation_id"] == conversation["id"]
    assert refused[-1]["tenant_id"] == conversation["tenantId"]
    assert refused[-1]["graph_client_request_id"] in {
        s.client_request_id for s in tenant.graph.seen
    }
    assert refused[-1]["graph_request_id"]
    assert SECRET not in stderr
