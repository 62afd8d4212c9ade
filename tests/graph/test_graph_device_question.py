"""The device question answered from devices read over HTTPS from a fake Graph (issue 14):
a serial on the 25th page, and a device list Graph refuses."""

import asyncio
import copy
from typing import Any

from bot.chat.inbound import Inbound
from bot.chat.service import ChatService
from tests.core.card_checks import walk
from tests.graph.conftest import NOW, fake_tenant
from tests.graph.fake_aad import READ
from tests.graph.fake_graph import DEVICES, graph_error, per_token
from tests.graph.test_graph_devices import ROOMY, devices_document, first_token
from tests.graph.tls import Tls


async def ask(chat: ChatService, text: str) -> dict[str, Any]:
    (card,) = await chat.on_message(Inbound(text=text, locales=("pl-PL",)))
    return card


def test_a_serial_on_a_late_page_is_answered_with_its_token_and_profile(tls: Tls) -> None:
    async def scenario() -> None:
        document = devices_document(devices=2500)
        async with fake_tenant(tls, document) as tenant:
            tenant.graph.page_size = 100
            chat = ChatService(tenant.source(ROOMY), clock=lambda: NOW)
            card = await ask(chat, "dlaczego PAGE00002400 się nie rejestruje?")
            unknown = await ask(chat, "a F9FXYZ12AB?")
            await chat.source.close()
        assert (card["body"][0]["id"], card["lang"]) == ("device", "pl")
        values = [f["value"] for n in walk(card) if n.get("type") == "FactSet" for f in n["facts"]]
        assert values[:3] == ["PAGE00002400", "iOS/iPadOS", "Contoso HQ iPhones"]
        assert unknown["body"][0]["id"] == "device-unknown"

    asyncio.run(scenario())


def test_a_refused_device_list_makes_an_unknown_serial_name_the_missing_permission(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        document = devices_document()
        token = first_token(document)
        async with fake_tenant(tls, document) as tenant:
            refused = graph_error(403, "Forbidden", "Application is not authorized.")
            tenant.graph.script[per_token(token, DEVICES)] = [refused, copy.deepcopy(refused)]
            chat = ChatService(tenant.source(ROOMY), clock=lambda: NOW)
            card = await ask(chat, "C02XK1ZZJG5H")
            await chat.source.close()
        assert card["body"][0]["id"] == "device-unknown"
        words = " ".join(n["text"] for n in walk(card) if n.get("type") == "TextBlock")
        assert READ in words  # "grant the application permission …Read.All"

    asyncio.run(scenario())
