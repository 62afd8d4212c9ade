"""An alert card about one registry tenant refreshes from that tenant's data and ledger
entries (issue 15 with Universal Actions), whichever tenant the chat otherwise reads."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.chat.service import ChatConfig
from bot.chat.tenancy import Tenancy
from bot.core.alerting.fleet import tenant_problem
from bot.core.alerting.model import LedgerEntry, LedgerStatus
from bot.core.alerting.problems import find_problems
from bot.core.diagnosis.diagnose import diagnose
from bot.storage.base import Store
from bot.teams.auth import BotFrameworkCloud
from bot.tenant_reads import Tenant, TenantSources
from tests.teams.conftest import Launcher
from tests.teams.support import APP_ID, OpenIdEndpoint
from tests.teams.test_tenant_chat import HOME, OPERATOR, Bot, _token, fleet, store

__all__ = ["fleet", "store"]  # fixtures, used by name

pytestmark = pytest.mark.anyio
CONVERSATION = "personal-chat-acceptance"


async def test_refreshing_contosos_alert_shows_contosos_alert_though_the_chat_reads_fabrikam(
    launch: Launcher, openid: OpenIdEndpoint, fleet: list[Tenant], store: Store
) -> None:
    contoso, fabrikam = fleet[0], fleet[1]
    now = datetime.now(UTC)
    snapshot = await contoso.source.read(now)
    problem = next(
        p
        for p in find_problems(snapshot, diagnose(snapshot, now), now).problems.values()
        if p.finding.card.value == "token-expired"
    )
    assert problem.stage is not None
    key = tenant_problem("contoso", problem.key)
    entry = LedgerEntry(CONVERSATION, key, problem.stage, LedgerStatus.PENDING, now)
    assert await store.claim(entry)
    assert await store.mark_sent(CONVERSATION, key, problem.stage, "activity-1", now)
    sources = TenantSources(fleet, concurrency=4, budget=5.0)
    tenancy = Tenancy(sources, store, home_tenant=HOME, operators=frozenset({OPERATOR}))
    running = await launch(
        sources.isolated(fabrikam),  # what the chat reads when no tenant is named: healthy
        ChatConfig(tenant_id=HOME),
        app_id=APP_ID,
        cloud=BotFrameworkCloud(openid_metadata=openid.metadata_url),
        token=_token,
        store=store,
        tenancy=tenancy,
    )
    bot = Bot(running, openid)
    press = {
        "action": "alert",
        "card": "token-expired",
        "token": problem.subject.id,
        "tenant": "Contoso",
    }
    assert await bot.say(None, value=press) == ["alert-expired"]
    assert "Contoso" in bot.text_of_last(1)
