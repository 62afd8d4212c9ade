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
