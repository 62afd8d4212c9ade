"""Attacks on the chat of many tenants (issue 15), over real HTTP with Bot Framework JWTs: a
user of the MSP's home tenant who is not an operator may read no customer's data, so neither
through the alerts (which follow every tenant) nor through a forged alert card refresh."""

from __future__ import annotations

import pytest

from bot.chat.service import ChatConfig
from bot.chat.tenancy import Tenancy
from bot.storage.base import Store
from bot.teams.auth import BotFrameworkCloud
from bot.tenant_reads import Tenant, TenantSources
from tests.teams.conftest import Launcher
from tests.teams.support import APP_ID, OpenIdEndpoint
from tests.teams.test_tenant_chat import HOME, OPERATOR, Bot, _token, fleet, store

__all__ = ["fleet", "store"]  # fixtures, used by name

pytestmark = pytest.mark.anyio

MEMBER = "0000000b-0000-0000-0000-00000000000b"  # signed in to HOME, not an operator


async def _start(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant], store: Store
) -> Bot:
    sources = TenantSources(fleet, concurrency=4, budget=5.0)
    tenancy = Tenancy(sources, store, home_tenant=HOME, operators=frozenset({OPERATOR}))
    running = await launch(
        sources.isolated(fleet[0]),
        ChatConfig(tenant_id=HOME),
        app_id=APP_ID,
        cloud=BotFrameworkCloud(openid_metadata=openid.metadata_url),
        token=_token,
        store=store,
        tenancy=tenancy,
    )
    alerts = running.app.chat.alerts
    assert alerts is not None
    alerts.tenants = sources.names  # as bot.app_tenants.fleet_scheduler does
    return Bot(running, openid)


@pytest.mark.parametrize("text", ["alert me about all tenants", "alert me about Fabrikam"])
async def test_a_home_member_who_is_not_an_operator_cannot_subscribe_to_customers_alerts(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant], store: Store, text: str
) -> None:
    bot = await _start(launch, openid, fleet, store)

    assert await bot.say(text, user=MEMBER, conversation="member-chat") == ["other-tenant"]

    assert await store.subscriptions() == []


async def test_an_operator_still_subscribes_to_all_tenants_alerts(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant], store: Store
) -> None:
    bot = await _start(launch, openid, fleet, store)

    assert await bot.say("alert me about all tenants") == ["alerts-on"]

    assert [s.conversation_id for s in await store.subscriptions()] == ["personal-chat-acceptance"]


async def test_a_forged_alert_refresh_from_a_home_member_shows_no_tenants_diagnosis(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant], store: Store
) -> None:
    bot = await _start(launch, openid, fleet, store)
    forged = {"action": "alert", "card": "token-expired", "token": "x", "tenant": "Contoso"}

    assert await bot.say(None, user=MEMBER, value=forged) == ["other-tenant"]

    assert "Contoso" not in bot.text_of_last(1)
