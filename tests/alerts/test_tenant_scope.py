"""Which tenants a subscription covers (issue 15): "alert me about Contoso" or "about all
tenants" in the six languages, stored with the subscription in a real SQLite file, said back
in the confirmation; and a snooze on a tenant's alert mutes that tenant's problem only."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.catalogs import translator
from bot.chat.alert_commands import AlertSubscriptions
from bot.chat.inbound import Inbound
from bot.core.alerting.model import ALL_TENANTS, LedgerEntry, LedgerStatus
from bot.core.alerting.scope import alert_scope
from bot.core.cards.elements import CardDict
from bot.core.i18n.languages import ENGLISH
from bot.core.understanding.verbs import pressed
from bot.storage.base import open_store

pytestmark = pytest.mark.anyio
NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
FLEET = ("Contoso", "Contoso Retail", "Fabrikam")


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("alert me about Contoso", "Contoso"),
        ("alert me about contoso retail", "Contoso Retail"),
        ("send alerts to this channel for all tenants", ALL_TENANTS),
        ("включи оповещения для Fabrikam", "Fabrikam"),
        ("включи оповещения для всех клиентов", ALL_TENANTS),
        ("włącz alerty dla wszystkich dzierżaw", ALL_TENANTS),
        ("ative os alertas para todos os locatários", ALL_TENANTS),
        ("bật cảnh báo cho tất cả đối tượng thuê", ALL_TENANTS),
        ("开启所有租户的提醒", ALL_TENANTS),
        ("开启Fabrikam的提醒", "Fabrikam"),
        ("alert me", None),
        ("alert me about Contosoville", None),
    ],
)
def test_alert_me_names_the_tenant_or_all_of_them(text: str, scope: str | None) -> None:
    assert alert_scope(text, FLEET) == scope


def _inbound(text: str, conversation: str = "a:1", **changes: Any) -> Inbound:
    reference = {"conversation": {"id": conversation}, "channelId": "msteams"}
    values: dict[str, Any] = {
        "text": text,
        "tenant_id": "t",
        "conversation_type": "personal",
        "conversation_id": conversation,
        "service_url": "https://smba.example/",
        "reference": lambda: reference,
    }
    return Inbound(**(values | changes))


def _lines(card: CardDict) -> str:
    return json.dumps(card, ensure_ascii=False)


async def test_the_scope_is_stored_said_back_and_replaced_by_a_later_alert_me(
    tmp_path: Path,
) -> None:
    store = await open_store(f"sqlite:///{tmp_path}/ade-doctor.db")
    try:
        commands = AlertSubscriptions(store, frozenset(), lambda: NOW)
        commands.tenants = FLEET
        t = translator(ENGLISH)
        (card,) = await commands.on(_inbound("alert me about Fabrikam"), t, ENGLISH)
        assert "They cover the tenant Fabrikam only." in _lines(card)
        assert (await store.get_subscription("a:1")).scope == "Fabrikam"  # type: ignore[union-attr]
        (card,) = await commands.on(_inbound("alert me"), t, ENGLISH)
        assert "They cover all your tenants." in _lines(card)
        assert (await store.get_subscription("a:1")).scope is None  # type: ignore[union-attr]
    finally:
        await store.close()


async def test_snoozing_a_tenant_s_alert_mutes_that_tenant_s_problem_and_not_another_s(
    tmp_path: Path,
) -> None:
    store = await open_store(f"sqlite:///{tmp_path}/ade-doctor.db")
    try:
        problem = "expiry:ade-token:t1:2026-12-04"
        for tenant in ("contoso", "fabrikam"):
            entry = LedgerEntry("a:1", f"{tenant}/{problem}", "14d", LedgerStatus.PENDING, NOW)
            await store.claim(entry)
            await store.mark_sent("a:1", entry.problem, "14d", "activity-1", NOW)
        commands = AlertSubscriptions(store, frozenset(), lambda: NOW)
        press = pressed(
            {"action": "snooze", "card": "token-expiring", "token": "t1", "tenant": "Fabrikam"}
        )
        assert press is not None
        answer = await commands.mute(_inbound("", value={}), translator(ENGLISH), press)
        assert answer is not None
        (mute,) = await store.mutes("a:1")
        assert mute.problem == f"fabrikam/{problem}"
        assert mute.snoozed_until == NOW + timedelta(days=1)
    finally:
        await store.close()
