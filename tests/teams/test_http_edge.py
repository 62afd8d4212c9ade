"""Malformed requests get a 4xx with a short reason, never a 500 or a traceback."""

from __future__ import annotations

import json

import pytest

from tests.teams.conftest import Launcher
from tests.teams.support import message, post

pytestmark = pytest.mark.anyio


async def test_a_body_that_is_not_json_gets_400(launch: Launcher) -> None:
    bot = await launch()
    status, body = await bot.send(b"{not json")
    assert (status, body) == (400, {"error": "the body is not JSON"})


async def test_a_wrong_content_type_gets_415(launch: Launcher) -> None:
    bot = await launch()
    activity = json.dumps(message("help", bot.stub.url))
    status, body = await post(bot.session, bot.url, activity, **{"Content-Type": "text/plain"})
    assert status == 415
    assert "application/json" in body["error"]


async def test_a_body_over_256_kb_gets_413(launch: Launcher) -> None:
    bot = await launch()
    activity = message("x" * (300 * 1024), bot.stub.url)
    status, _ = await bot.send(activity)
    assert status == 413


@pytest.mark.parametrize("missing", ["type", "conversation", "serviceUrl"])
async def test_an_activity_without_a_required_field_gets_400_naming_it(
    launch: Launcher, missing: str
) -> None:
    bot = await launch()
    activity = message("help", bot.stub.url)
    del activity[missing]
    status, body = await bot.send(activity)
    assert status == 400
    assert missing in body["error"]


@pytest.mark.parametrize(
    "payload",
    [[], "text", 42, None, {"type": "message", "conversation": "x", "serviceUrl": "y"}],
)
async def test_json_that_is_not_an_activity_gets_400(launch: Launcher, payload: object) -> None:
    bot = await launch()
    status, body = await bot.send(json.dumps(payload))
    assert status == 400
    assert "Traceback" not in json.dumps(body)


async def test_badly_typed_fields_get_400(launch: Launcher) -> None:
    bot = await launch()
    activity = message("help", bot.stub.url, entities="not a list", timestamp="yesterday")
    status, _ = await bot.send(activity)
    assert status == 400


async def test_anonymous_mode_refuses_to_reply_to_a_service_url_off_this_machine(
    launch: Launcher,
) -> None:
    bot = await launch()
    status, body = await bot.send(message("help", "https://smba.trafficmanager.net/teams/"))
    assert status == 403
    assert "this machine" in body["error"]
    assert bot.stub.received == []


@pytest.mark.parametrize(
    ("field", "value"), [("id", "\n"), ("id", " "), ("conversation.id", "a\tb")]
)
async def test_an_id_the_reply_url_cannot_name_gets_400_before_any_work(
    launch: Launcher, field: str, value: str
) -> None:
    bot = await launch()
    activity = message("why is ADE failing?", bot.stub.url)
    if "." in field:
        activity["conversation"]["id"] = value
    else:
        activity[field] = value
    status, body = await bot.send(activity)
    assert status == 400, body
    assert "usable id" in body["error"]
    assert bot.stub.received == []


@pytest.mark.parametrize(
    "service_url", ["http://127.example.com/", "http://localhost.example.com/", "http://10.0.0.1/"]
)
async def test_anonymous_mode_is_not_fooled_by_names_that_look_like_loopback(
    launch: Launcher, service_url: str
) -> None:
    bot = await launch()
    status, _ = await bot.send(message("help", service_url))
    assert status == 403


async def test_health_endpoint_answers(launch: Launcher) -> None:
    bot = await launch()
    async with bot.session.get(f"{bot.url}/healthz") as resp:
        assert resp.status == 200
        assert (await resp.json())["status"] == "ok"


async def test_get_on_the_messages_endpoint_is_405(launch: Launcher) -> None:
    bot = await launch()
    async with bot.session.get(f"{bot.url}/api/messages") as resp:
        assert resp.status == 405


@pytest.mark.parametrize(
    "host", ["attacker.example:3978", "attacker.example", "127.example.com", "10.0.0.1:3978"]
)
async def test_anonymous_mode_refuses_a_host_header_that_is_not_this_machine(
    launch: Launcher, host: str
) -> None:
    # DNS rebinding: a web page on attacker.example whose name now resolves to 127.0.0.1
    # reaches the bot with its own Host header and reads the answer in the browser.
    bot = await launch()
    activity = message("tokens", "http://attacker.example/", deliveryMode="expectReplies")
    status, body = await bot.send(activity, Host=host)
    assert status in (403, 421)
    assert "token" not in json.dumps(body).replace("error", "")
    async with bot.session.get(f"{bot.url}/healthz", headers={"Host": host}) as resp:
        assert resp.status in (403, 421)


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:3978", "127.0.0.1:3978", "127.1.2.3", "[::1]:3978", "[::1]"]
)
async def test_anonymous_mode_serves_loopback_host_headers(launch: Launcher, host: str) -> None:
    bot = await launch()
    status, _ = await bot.send(message("help", bot.stub.url), Host=host)
    assert status == 200


async def test_expect_replies_in_anonymous_mode_also_needs_a_service_url_on_this_machine(
    launch: Launcher,
) -> None:
    bot = await launch()
    activity = message("tokens", "http://attacker.example/", deliveryMode="expectReplies")
    status, body = await bot.send(activity)
    assert status == 403
    assert list(body) == ["error"]


async def test_json_nested_100000_deep_gets_400(launch: Launcher) -> None:
    bot = await launch()
    deep = '{"type": "message", "value": ' + "[" * 100_000 + "]" * 100_000 + "}"
    status, body = await bot.send(deep)
    assert status == 400
    assert "error" in body


async def test_an_activity_nested_deeper_than_teams_ever_sends_gets_400(launch: Launcher) -> None:
    # Deep enough to pass json.loads, deep enough to break copying or serializing later.
    bot = await launch()
    value: object = "leaf"
    for _ in range(900):
        value = {"a": value}
    status, body = await bot.send(message(None, bot.stub.url, value=value))
    assert status == 400
    assert "nested" in body["error"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", 12345),
        ("id", ["a"]),
        ("replyToId", {"x": 1}),
        ("locale", 7),
        ("text", 42),
        ("from", {"id": 5}),
        ("recipient", {"id": True}),
    ],
)
async def test_an_activity_with_a_field_of_the_wrong_type_gets_400_naming_it(
    launch: Launcher, field: str, value: object
) -> None:
    bot = await launch()
    activity = message("help", bot.stub.url)
    activity[field] = value
    status, body = await bot.send(activity)
    assert status == 400, body
    assert "string" in body["error"] or "expected" in body["error"]
    assert bot.stub.received == []


@pytest.mark.parametrize("field", ["id", "locale", "text", "conversation.id", "from.name"])
async def test_a_lone_surrogate_in_any_string_gets_400(launch: Launcher, field: str) -> None:
    bot = await launch()
    activity = message("help", bot.stub.url)
    if "." in field:
        outer, inner = field.split(".")
        activity[outer][inner] = "x\ud800y"
    else:
        activity[field] = "x\ud800y"
    # json.dumps writes the lone surrogate as the escape \ud800, as an attacker would.
    status, body = await bot.send(json.dumps(activity))
    assert status == 400, body
    assert "Unicode" in body["error"]


@pytest.mark.parametrize(
    "service_url",
    ["gopher://127.0.0.1:70/", "file:///etc/passwd", "ftp://localhost/", "http://", "127.0.0.1"],
)
async def test_a_service_url_that_is_not_http_gets_400(launch: Launcher, service_url: str) -> None:
    bot = await launch()
    status, body = await bot.send(message("help", service_url))
    assert status == 400
    assert "serviceUrl" in body["error"]


async def test_a_surrogate_pair_written_as_escapes_is_an_ordinary_emoji(launch: Launcher) -> None:
    bot = await launch()
    status, _ = await bot.send(json.dumps(message("help \U0001f600", bot.stub.url)))
    assert status == 200
    assert bot.stub.messages()
