"""Registry changes from chat (issue 15), over real HTTP to /api/messages with Bot Framework
JWTs: an operator of the MSP's home tenant adds, renames and removes a customer tenant, and
"tenants" shows the change at once; customers and strangers change nothing; the file's own
tenants and duplicates are refused; the change survives a restart (a real SQLite file) and
reaches another instance on the same PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.app_tenants import Unreadable
from bot.chat.ports import RegistryChanges
from bot.chat.registry_live import LiveRegistry
from bot.chat.service import ChatConfig
from bot.chat.tenancy import Tenancy
from bot.core.tenant.changes import Action
from bot.core.tenant.registry import TenantEntry
from bot.core.tenant.source import SnapshotSource
from bot.storage.base import Store, open_store
from bot.teams.auth import BotFrameworkCloud
from bot.tenant_reads import Close, Tenant, TenantSources
from tests.teams.conftest import Launcher
from tests.teams.support import APP_ID, OpenIdEndpoint
from tests.teams.test_tenant_chat import (
    FABRIKAM_ID,
    HOME,
    OPERATOR,
    Bot,
    _token,
    fleet,  # noqa: F401 (the fixture)
)

pytestmark = pytest.mark.anyio

NEW_ID = "11111111-2222-3333-4444-555555555555"
ADD = f"add tenant Tailspin Toys {NEW_ID}"


class Built:
    """The factory's record: which tenants got a source, which sources were closed."""

    def __init__(self) -> None:
        self.built: list[str] = []
        self.closed: list[str] = []

    def __call__(self, entry: TenantEntry) -> tuple[SnapshotSource, Close]:
        self.built.append(entry.name)

        async def close() -> None:
            self.closed.append(entry.name)

        return Unreadable("no Graph app in this test"), close


async def _start(
    launch: Launcher,
    openid: OpenIdEndpoint,
    tenants: list[Tenant],
    store: Store,
    built: Callable[[TenantEntry], tuple[SnapshotSource, Close]] | None = None,
) -> tuple[Bot, LiveRegistry]:
    sources = TenantSources(list(tenants), concurrency=4, budget=5.0)
    tenancy = Tenancy(sources, store, home_tenant=HOME, operators=frozenset({OPERATOR}))
    changes: RegistryChanges = store
    tenancy.registry = LiveRegistry(sources, changes, built or Built(), every=0.0)
    await tenancy.registry.refresh(force=True)
    running = await launch(
        sources.isolated(tenants[0]),
        ChatConfig(tenant_id=HOME),
        app_id=APP_ID,
        cloud=BotFrameworkCloud(openid_metadata=openid.metadata_url),
        token=_token,
        tenancy=tenancy,
    )
    return Bot(running, openid), tenancy.registry


@pytest.fixture
async def store(tmp_path: Path) -> Store:
    opened = await open_store(f"sqlite:///{tmp_path}/data/ade-doctor.db")
    yield opened  # type: ignore[misc]
    await opened.close()


@pytest.mark.parametrize(
    "said",
    [
        (ADD, "en-US"),
        (f"добавь клиента Tailspin Toys {NEW_ID}", "ru-RU"),
        (f"添加租户 Tailspin Toys {NEW_ID}", "zh-CN"),
        (f"dodaj dzierżawę Tailspin Toys {NEW_ID}", "pl-PL"),
        (f"adicionar locatário Tailspin Toys {NEW_ID}", "pt-BR"),
        (f"thêm đối tượng thuê Tailspin Toys {NEW_ID}", "vi-VN"),
    ],
)
async def test_an_operator_adds_a_tenant_in_each_language_and_tenants_then_shows_it(
    launch: Launcher,
    openid: OpenIdEndpoint,
    fleet: list[Tenant],  # noqa: F811
    store: Store,
    said: tuple[str, str],
) -> None:
    text, locale = said
    built = Built()
    bot, _ = await _start(launch, openid, fleet, store, built)

    assert await bot.say(text, locale=locale) == ["registry-add"]
    confirmation = bot.last_cards(1)[0]
    assert confirmation["lang"] == locale.split("-", maxsplit=1)[0]
    assert "Tailspin Toys" in bot.text_of_last(1)
    assert await bot.say("tenants") == ["tenants"]
    assert "Tailspin Toys" in bot.text_of_last(1)
    assert built.built == ["Tailspin Toys"]
    [change] = await store.registry_changes()
    assert (change.action, change.name, change.tenant_id, change.actor) == (
        Action.ADD, "Tailspin Toys", NEW_ID, OPERATOR,
    )  # fmt: skip


async def test_a_customer_a_stranger_and_a_home_user_who_is_no_operator_change_nothing(
    launch: Launcher,
    openid: OpenIdEndpoint,
    fleet: list[Tenant],  # noqa: F811
    store: Store,
) -> None:
    bot, _ = await _start(launch, openid, fleet, store)
    customer = {"tenant": FABRIKAM_ID, "user": "fab-user-1", "conversation": "fabrikam-chat"}
    stranger = {"tenant": "99999999-0000-0000-0000-000000000099", "user": "someone"}
    colleague = {"user": "not-an-operator"}

    for who in (customer, stranger, colleague):
        assert await bot.say(ADD, **who) == ["other-tenant"], who
        assert await bot.say("remove tenant Contoso", **who) == ["other-tenant"], who

    assert await store.registry_changes() == []
    assert await bot.say("tenants") == ["tenants"]
    assert "Tailspin" not in bot.text_of_last(1)


async def test_a_duplicate_a_file_tenant_a_bad_id_and_an_unknown_tenant_are_refused(
    launch: Launcher,
    openid: OpenIdEndpoint,
    fleet: list[Tenant],  # noqa: F811
    store: Store,
) -> None:
    bot, _ = await _start(launch, openid, fleet, store)
    assert await bot.say(ADD) == ["registry-add"]

    refusals = {
        f"add tenant tailspin toys {'2' * 8}-2222-3333-4444-555555555555": "duplicate",
        f"add tenant Contoso {'3' * 8}-2222-3333-4444-555555555555": "duplicate",
        f"add tenant Other {NEW_ID}": "duplicate",  # the same tenant id again
        "add tenant Wingtip not-a-tenant-id": "bad-id",
        "remove tenant Contoso": "in-file",
        "rename tenant Fabrikam to Fabrikam Schools": "in-file",
        "remove tenant Wingtip": "unknown",
        f"add tenant a/b {NEW_ID}": "bad-name",
    }
    for text, why in refusals.items():
        assert await bot.say(text) == [f"registry-{why}"], text
        assert "The list of tenants was not changed" in bot.text_of_last(1), text
    assert "registry file" in bot.text_of_last(3)  # the file stays authoritative: say so
    assert len(await store.registry_changes()) == 1


async def test_a_renamed_then_removed_tenant_leaves_the_overview_and_its_source_is_closed(
    launch: Launcher,
    openid: OpenIdEndpoint,
    fleet: list[Tenant],  # noqa: F811
    store: Store,
) -> None:
    built = Built()
    bot, _ = await _start(launch, openid, fleet, store, built)
    await bot.say(ADD)

    assert await bot.say("rename tenant Tailspin Toys to Tailspin") == ["registry-rename"]
    assert (await bot.say("why is ADE failing at Tailspin?"))[:1] == ["tenant-scope"]
    assert await bot.say("remove tenant tailspin") == ["registry-remove"]
    assert await bot.say("tenants") == ["tenants"]

    assert "Tailspin" not in bot.text_of_last(1)
    assert built.built == ["Tailspin Toys", "Tailspin"]
    assert built.closed == ["Tailspin Toys", "Tailspin"]
    actions = [(c.action, c.name, c.actor) for c in await store.registry_changes()]
    assert actions == [
        (Action.ADD, "Tailspin Toys", OPERATOR),
        (Action.RENAME, "Tailspin Toys", OPERATOR),
        (Action.REMOVE, "Tailspin", OPERATOR),
    ]


async def test_a_tenant_added_in_chat_survives_a_restart_of_the_bot(
    launch: Launcher,
    openid: OpenIdEndpoint,
    fleet: list[Tenant],  # noqa: F811
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path}/restart/ade-doctor.db"
    first = await open_store(url)
    bot, _ = await _start(launch, openid, fleet, first)
    assert await bot.say(ADD) == ["registry-add"]
    await first.close()

    second = await open_store(url)  # a new process, the same file
    try:
        again, _ = await _start(launch, openid, fleet, second)
        assert await again.say("tenants") == ["tenants"]
        assert "Tailspin Toys" in again.text_of_last(1)
    finally:
        await second.close()


async def test_two_instances_on_one_postgresql_see_each_others_changes(
    launch: Launcher,
    openid: OpenIdEndpoint,
    fleet: list[Tenant],  # noqa: F811
    postgres_url: str,
) -> None:
    one, two = await open_store(postgres_url), await open_store(postgres_url)
    try:
        first, _ = await _start(launch, openid, fleet, one)
        second, _ = await _start(launch, openid, fleet, two)
        assert await second.say("tenants") == ["tenants"]
        assert "Tailspin" not in second.text_of_last(1)

        assert await first.say(ADD) == ["registry-add"]
        assert await second.say("tenants") == ["tenants"]
        assert "Tailspin Toys" in second.text_of_last(1)

        assert await second.say("remove tenant Tailspin Toys") == ["registry-remove"]
        assert await first.say("tenants") == ["tenants"]
        assert "Tailspin" not in first.text_of_last(1)
    finally:
        await one.close()
        await two.close()
