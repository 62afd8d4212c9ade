# ruff: noqa: RUF001
"""'Why won't C02XK1ZZJG5H enroll?' over HTTP (issue 14): the demo tenant's devices, asked
about in each of the six languages from an English Teams client."""

from __future__ import annotations

import pytest

from bot.chat.service import ChatConfig
from tests.core.card_checks import walk
from tests.teams.conftest import Launcher
from tests.teams.support import message

pytestmark = pytest.mark.anyio

ASKED = [
    ("why won't C02XK1ZZJG5H enroll?", "en"),
    ("почему не регистрируется C02XK1ZZJG5H?", "ru"),
    ("序列号 C02XK1ZZJG5H 的设备为什么注册不了？", "zh"),
    ("dlaczego C02XK1ZZJG5H się nie rejestruje?", "pl"),
    ("por que o Mac C02XK1ZZJG5H não registra?", "pt"),
    ("tại sao máy C02XK1ZZJG5H không đăng ký được?", "vi"),
]


def facts(card: dict[str, object]) -> dict[str, str]:
    return {
        f["title"]: f["value"] for n in walk(card) if n.get("type") == "FactSet" for f in n["facts"]
    }


@pytest.mark.parametrize(("text", "lang"), ASKED, ids=[lang for _, lang in ASKED])
async def test_a_device_question_in_any_language_gets_one_device_card_in_that_language(
    launch: Launcher, text: str, lang: str
) -> None:
    bot = await launch()
    status, _ = await bot.send(message(text, bot.stub.url, locale="en-US"))
    assert status == 200
    (card,) = bot.stub.cards()
    assert (card["body"][0]["id"], card["lang"]) == ("device", lang)
    shown = list(facts(card).values())
    # The demo's Mac without a profile, on the healthy token, with no macOS default profile.
    assert shown[:3] == ["C02XK1ZZJG5H", "macOS", "Contoso HQ iPhones"]


async def test_a_serial_pasted_alone_is_a_device_question_and_an_unknown_one_says_so(
    launch: Launcher,
) -> None:
    bot = await launch()
    await bot.send(message("F9FXK101CD", bot.stub.url))
    await bot.send(message("F9FXYZ12AB", bot.stub.url))
    assert bot.stub.card_ids() == ["device", "device-unknown"]
    failed, unknown = bot.stub.cards()
    assert "failed" in failed["body"][0]["items"][1]["text"]
    assert "F9FXYZ12AB" in unknown["body"][0]["items"][0]["text"]


async def test_check_again_on_a_device_card_answers_about_the_same_device(
    launch: Launcher,
) -> None:
    bot = await launch()
    await bot.send(message("status of serial F9FXK201EF", bot.stub.url))
    (card,) = bot.stub.cards()
    data = card["actions"][0]["data"]
    assert data == {"action": "device", "serial": "F9FXK201EF"}
    await bot.send(message(None, bot.stub.url, value=data))
    again = bot.stub.cards()[-1]
    assert again["body"][0]["id"] == "device"
    assert facts(again) == facts(card)


async def test_someone_from_another_tenant_gets_no_device_data(launch: Launcher) -> None:
    bot = await launch(config=ChatConfig(tenant_id="11111111-2222-3333-4444-555555555555"))
    await bot.send(message("why won't C02XK1ZZJG5H enroll?", bot.stub.url))
    assert bot.stub.card_ids() == ["other-tenant"]
