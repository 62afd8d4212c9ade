# ruff: noqa: RUF001
"""Many tenants in chat (issue 15, part 2), over real HTTP to /api/messages with Bot Framework
JWTs signed by the test key: "tenants" in six languages, the "Show details" button, a question
naming its tenant, the tenant a conversation remembers (across a restart, in a real SQLite
file), and who may see which tenant: an operator of the MSP's home tenant, a user from a
customer tenant, a stranger."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.chat.ports import MemoryConversationTenants
from bot.chat.service import ChatConfig
from bot.chat.tenancy import Tenancy
from bot.core.tenant.demo import demo_document
from bot.core.tenant.registry import TenantEntry
from bot.core.tenant.snapshot import TenantSnapshot
from bot.core.tenant.source import SnapshotSource
from bot.snapshot_file import FileSource
from bot.storage.base import Store, open_store
from bot.teams.auth import BotFrameworkCloud
from bot.tenant_reads import Tenant, TenantSources
from tests.teams.conftest import Launcher, Running
from tests.teams.support import APP_ID, TENANT, OpenIdEndpoint, bearer, message, sample

pytestmark = pytest.mark.anyio

HOME = TENANT  # the MSP's own tenant, where the bot is registered
OPERATOR = "0000000a-0000-0000-0000-00000000000a"
CONTOSO_ID = "c0c0c0c0-0000-4000-8000-00000000c0de"
FABRIKAM_ID = "fabfabfa-0000-4000-8000-0000000fab00"


@pytest.fixture
def fleet(tmp_path: Path) -> list[Tenant]:
    """Contoso: the demo tenant (an expired ADE token); Fabrikam: healthy; Northwind: a file
    that is not JSON (unreadable, like a customer who revoked consent)."""
    folder = tmp_path / "tenants"
    folder.mkdir()
    document = demo_document(datetime.now(UTC))
    (folder / "Contoso.json").write_text(json.dumps(document), encoding="utf-8")
    healthy = document["depOnboardingSettings"]["value"][:1]  # type: ignore[index]
    (folder / "Fabrikam.json").write_text(
        json.dumps(dict(document, depOnboardingSettings={"value": healthy})), encoding="utf-8"
    )
    (folder / "Northwind.json").write_text("{not json", encoding="utf-8")
    return [
        Tenant(TenantEntry("Contoso", CONTOSO_ID), FileSource(folder / "Contoso.json")),
        Tenant(TenantEntry("Fabrikam", FABRIKAM_ID), FileSource(folder / "Fabrikam.json")),
        Tenant(TenantEntry("Northwind Traders"), FileSource(folder / "Northwind.json")),
    ]


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(f"sqlite:///{tmp_path}/data/ade-doctor.db")
    yield opened
    await opened.close()


class Bot:
    """The bot of an MSP whose home tenant is HOME and whose one operator is OPERATOR."""

    def __init__(self, running: Running, openid: OpenIdEndpoint) -> None:
        self.running, self.openid = running, openid

    async def say(
        self,
        text: str | None,
        *,
        tenant: str = HOME,
        user: str = OPERATOR,
        conversation: str = "personal-chat-acceptance",
        value: dict[str, Any] | None = None,
        locale: str = "en-US",
    ) -> list[str]:
        """Sends one message; returns the ids of the cards of the answer."""
        stub = self.running.stub
        before = len(stub.cards())
        activity = message(text, stub.url, locale=locale)
        activity["from"]["aadObjectId"] = user
        activity["conversation"].update(tenantId=tenant, id=conversation)
        activity["channelData"] = {"tenant": {"id": tenant}}
        if value is not None:
            activity["value"] = value
        auth = bearer(self.openid.keys[0], stub.url)
        status, _ = await self.running.send(activity, Authorization=auth)
        assert status == 200
        return [card["body"][0]["id"] for card in stub.cards()[before:]]

    def last_cards(self, count: int) -> list[dict[str, Any]]:
        return self.running.stub.cards()[-count:]

    def text_of_last(self, count: int) -> str:
        return json.dumps(self.last_cards(count), ensure_ascii=False)


async def _start(
    launch: Launcher,
    openid: OpenIdEndpoint,
    fleet: list[Tenant],
    store: Store | None = None,
) -> Bot:
    sources = TenantSources(fleet, concurrency=4, budget=5.0)
    memory = store if store is not None else MemoryConversationTenants()
    tenancy = Tenancy(sources, memory, home_tenant=HOME, operators=frozenset({OPERATOR}))
    cloud = BotFrameworkCloud(openid_metadata=openid.metadata_url)
    running = await launch(
        sources.isolated(fleet[0]),
        ChatConfig(tenant_id=HOME),
        app_id=APP_ID,
        cloud=cloud,
        token=_token,
        tenancy=tenancy,
    )
    return Bot(running, openid)


async def _token(refresh: bool) -> str:
    return "Bearer outbound"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("tenants", "en-US"),
        ("покажи клиентов", "ru-RU"),
        ("所有租户", "zh-CN"),
        ("pokaż dzierżawy", "pl-PL"),
        ("mostrar locatários", "pt-BR"),
        ("danh sách đối tượng thuê", "vi-VN"),
    ],
)
async def test_tenants_in_each_language_answers_the_overview_worst_first_in_that_language(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant], text: str, locale: str
) -> None:
    bot = await _start(launch, openid, fleet)

    assert await bot.say(text, locale=locale) == ["tenants"]

    card = bot.last_cards(1)[0]
    names = [n for n in ("Contoso", "Northwind Traders", "Fabrikam") if n in json.dumps(card)]
    assert names == ["Contoso", "Northwind Traders", "Fabrikam"]
    order = json.dumps(card).index
    assert order("Contoso") < order("Northwind Traders") < order("Fabrikam")
    assert card["lang"] == locale.split("-", maxsplit=1)[0]


async def test_the_overview_is_drawn_from_the_cache_without_reading_any_tenant_again(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant]
) -> None:
    counted = [Tenant(t.entry, Counting(t.source)) for t in fleet]
    bot = await _start(launch, openid, counted)
    await bot.say("tenants")
    first = [t.source.reads for t in counted]  # type: ignore[attr-defined]

    assert await bot.say("tenants", locale="ru-RU") == ["tenants"]

    assert first == [1, 1, 1]
    assert [t.source.reads for t in counted] == first  # type: ignore[attr-defined]


class Counting:
    """A tenant's source that counts its reads (Graph calls, for a real tenant)."""

    def __init__(self, source: SnapshotSource) -> None:
        self.source, self.reads = source, 0
        self.description, self.can_sync = source.description, False

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        self.reads += 1
        return await self.source.read(now, fresh=fresh)

    async def sync(self, token_id: str) -> None:
        await self.source.sync(token_id)

    async def close(self) -> None:
        await self.source.close()


async def test_show_details_answers_with_that_tenants_diagnosis(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant]
) -> None:
    bot = await _start(launch, openid, fleet)
    await bot.say("tenants")
    buttons = [
        node["data"]
        for node in bot.last_cards(1)[0]["body"]
        for item in node.get("items", ())
        for node in item.get("actions", ())
    ]
    fabrikam = next(b for b in buttons if b.get("tenant") == "Fabrikam")

    assert await bot.say(None, value=fabrikam) == ["tenant-scope", "all-healthy"]
    assert await bot.say(None, value={"action": "tenant", "tenant": "Contoso"}) == [
        "tenant-scope", "token-expired", "sync-error", "token-expiring",
    ]  # fmt: skip
    assert "Contoso" in bot.text_of_last(4)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("why is ADE failing at Fabrikam?", "en-US"),
        ("почему не работает ADE у Fabrikam?", "ru-RU"),
        ("Fabrikam的ADE为什么失败?", "zh-CN"),
        ("dlaczego ADE nie działa w Fabrikam?", "pl-PL"),
        ("por que o ADE está falhando na Fabrikam?", "pt-BR"),
        ("tại sao ADE bị lỗi ở Fabrikam?", "vi-VN"),
    ],
)
async def test_a_question_naming_a_tenant_is_answered_about_that_tenant(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant], text: str, locale: str
) -> None:
    bot = await _start(launch, openid, fleet)

    assert await bot.say(text, locale=locale) == ["tenant-scope", "all-healthy"]


async def test_without_a_named_or_remembered_tenant_the_bot_offers_a_picker_not_a_guess(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant]
) -> None:
    bot = await _start(launch, openid, fleet)

    assert await bot.say("why is ADE failing?") == ["tenant-picker"]
    picker = bot.last_cards(1)[0]
    rows = [row["actions"][0]["data"] for row in picker["body"] if row["type"] == "ActionSet"]
    assert {"action": "diagnose", "tenant": "Fabrikam"} in rows
    assert [a["data"] for a in picker["actions"]] == [{"action": "tenants"}]

    assert await bot.say(None, value={"action": "tokens", "tenant": "Fabrikam"}) == [
        "tenant-scope", "tokens",
    ]  # fmt: skip


async def test_the_conversation_remembers_its_tenant_across_turns_and_a_restart(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path}/memory/ade-doctor.db"
    first_store = await open_store(url)
    bot = await _start(launch, openid, fleet, first_store)
    assert await bot.say("why is ADE failing at Fabrikam?") == ["tenant-scope", "all-healthy"]
    assert await bot.say("tokens") == ["tenant-scope", "tokens"]
    tokens = bot.text_of_last(1)  # Fabrikam holds only the first of the demo's tokens
    assert "Contoso HQ iPhones" in tokens
    assert "Contoso Design Macs" not in tokens
    await first_store.close()

    second_store = await open_store(url)  # the bot restarted: a new process, the same file
    try:
        again = await _start(launch, openid, fleet, second_store)
        assert await again.say("why is ADE failing?") == ["tenant-scope", "all-healthy"]
        assert await again.say("why is ADE failing?", conversation="another-chat") == [
            "tenant-picker"
        ]
    finally:
        await second_store.close()


async def test_a_customer_sees_only_their_own_tenant_and_never_another(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant]
) -> None:
    bot = await _start(launch, openid, fleet)
    customer = {"tenant": FABRIKAM_ID, "user": "fab-user-1", "conversation": "fabrikam-chat"}

    assert await bot.say("why is ADE failing?", **customer) == ["all-healthy"]
    assert await bot.say("tenants", **customer) == ["tenants"]
    overview = bot.text_of_last(1)
    assert "Fabrikam" in overview
    assert "Northwind" not in overview

    assert await bot.say("why is ADE failing at Contoso?", **customer) == ["other-tenant"]
    assert await bot.say(None, value={"action": "tenant", "tenant": "Contoso"}, **customer) == [
        "other-tenant"
    ]
    assert "Contoso Design Macs" not in bot.text_of_last(2)


async def test_a_stranger_gets_the_other_tenant_card_and_no_data(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant]
) -> None:
    bot = await _start(launch, openid, fleet)
    stranger = {"tenant": "99999999-0000-0000-0000-000000000099", "user": "someone"}

    for text in ("tenants", "why is ADE failing at Contoso?", "why is ADE failing?", "tokens"):
        assert await bot.say(text, **stranger) == ["other-tenant"], text
    assert await bot.say(None, value={"action": "tenant", "tenant": "Fabrikam"}, **stranger) == [
        "other-tenant"
    ]


async def test_a_home_tenant_user_who_is_not_an_operator_sees_no_customer(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant]
) -> None:
    bot = await _start(launch, openid, fleet)

    assert await bot.say("why is ADE failing at Contoso?", user="not-an-operator") == [
        "other-tenant"
    ]


async def test_explanations_need_no_tenant_and_name_none(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant]
) -> None:
    bot = await _start(launch, openid, fleet)

    assert await bot.say("what is ADE?") == ["explain-ade"]


async def test_an_operators_check_again_in_place_answers_with_the_card_not_the_tenant_line(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant]
) -> None:
    bot = await _start(launch, openid, fleet)
    assert (await bot.say("why is ADE failing at Contoso?"))[:2] == [
        "tenant-scope",
        "token-expired",
    ]
    activity = copy.deepcopy(sample("invoke_adaptiveCard_action"))
    activity["serviceUrl"] = bot.running.stub.url
    data = {"action": "recheck", "card": "token-expired", "tenant": "Contoso"}
    activity["value"] = {"action": {"type": "Action.Execute", "verb": "recheck", "data": data}}
    activity["from"]["aadObjectId"] = OPERATOR
    activity["conversation"].update(tenantId=HOME, id="personal-chat-acceptance")
    activity["channelData"] = {"tenant": {"id": HOME}}
    auth = bearer(bot.openid.keys[0], bot.running.stub.url)
    status, body = await bot.running.send(activity, Authorization=auth)
    assert status == 200
    # The card that replaces the pressed one is the diagnosis, not the one-line scope card.
    assert body["value"]["body"][0]["id"] == "token-expired"
