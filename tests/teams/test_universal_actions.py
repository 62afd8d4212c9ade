"""Universal Actions over real HTTP: every verb as an `adaptiveCard/action` invoke answered
with its card in the HTTP response, the documented error for what is not ours, card refreshes
(automatic and manual) that show each reader what they may use, a stale alert card that shows
resolved after the token was renewed, and a client that only knows Action.Submit."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.alerts.scheduler import AlertScheduler
from bot.chat.service import ChatConfig
from bot.core.tenant.demo import DemoSource
from bot.core.tenant.snapshot import EnrollmentToken, PushCertificate, Reason, TenantSnapshot
from bot.core.tenant.source import SyncRefusedError
from bot.core.understanding.verbs import Verb
from bot.storage.base import Store, open_store
from bot.teams.proactive import Pacer, ProactiveSender
from tests.gallery import NOW, token
from tests.teams.conftest import Launcher, Running
from tests.teams.support import message, sample

pytestmark = pytest.mark.anyio

ADMIN = "aaaaaaaa-0000-4000-8000-000000000001"
MEMBER = "bbbbbbbb-0000-4000-8000-000000000002"
DAY = timedelta(days=1)
ERROR = "application/vnd.microsoft.error"
CARD = "application/vnd.microsoft.card.adaptive"


def invoke(bot: Running, verb: str, data: Any = None, **fields: Any) -> dict[str, Any]:
    """An adaptiveCard/action invoke shaped like the one captured from the Playground."""
    activity = copy.deepcopy(sample("invoke_adaptiveCard_action"))
    activity["serviceUrl"] = bot.stub.url
    action = {"type": "Action.Execute", "verb": verb, "data": data or {"action": verb}}
    activity["value"] = {"action": action, **fields.pop("value", {})}
    activity.update(fields)
    return activity


def from_user(aad: str, conversation_type: str = "channel") -> dict[str, Any]:
    return {
        "from": {
            "id": f"29:{aad}",
            "name": "Admin" if aad == ADMIN else "Member",
            "aadObjectId": aad,
        },
        "conversation": {
            "conversationType": conversation_type,
            "tenantId": "00000000-0000-0000-0000-0000000000001",
            "id": f"{conversation_type}-conversation",
        },
    }


def card_id(card: dict[str, Any]) -> str:
    ident: str = card["body"][0]["id"]
    return ident


def walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def verbs_of(card: dict[str, Any]) -> list[str]:
    """The buttons' verbs (a refresh has no title), each an Action.Execute."""
    return [n["verb"] for n in walk(card) if n.get("type") == "Action.Execute" and "title" in n]


def texts(card: dict[str, Any]) -> str:
    return "\n".join(n["text"] for n in walk(card) if n.get("type") == "TextBlock")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(f"sqlite:///{tmp_path}/ade-doctor.db")
    yield opened
    await opened.close()


# Each verb with the data its button sends, and the card that answers it from the demo tenant
# (which cannot sync) in a personal chat without alerts set up for any card.
EVERY_VERB: dict[Verb, tuple[dict[str, str], str]] = {
    Verb.DIAGNOSE: ({"card": "sync-error"}, "sync-error"),
    Verb.RECHECK: ({"card": "token-expiring"}, "token-expiring"),
    Verb.TOKENS: ({}, "tokens"),
    Verb.HELP: ({}, "help"),
    Verb.LANGUAGE: ({"language": "pl"}, "language-set"),
    Verb.ALERTS_ON: ({}, "alerts-on"),
    Verb.ALERTS_OFF: ({}, "alerts-off"),
    Verb.EXPLAIN_ADE: ({}, "explain-ade"),
    Verb.EXPLAIN_RENEW: ({}, "explain-renew"),
    Verb.NOT_ADE: ({}, "not-ade"),
    Verb.CLARIFY: ({}, "clarify"),
    Verb.DEVICE: ({"serial": "C02XK1ZZJG5H"}, "device"),
    Verb.SYNC: ({"token": "x", "card": "sync-error"}, "sync-unavailable"),
    Verb.SNOOZE: ({"card": "token-expiring", "token": "x"}, "unknown-action"),
    Verb.ACK: ({"card": "token-expiring", "token": "x"}, "unknown-action"),
    # A refresh of an alert this chat never had: the diagnosis says how the tenant is.
    Verb.ALERT: ({"card": "token-expiring", "token": "x"}, "token-expired"),
    # One tenant, no registry: a tenant's row and the overview are that tenant's diagnosis.
    Verb.TENANT: ({"tenant": "Contoso"}, "token-expired"),
    Verb.TENANTS: ({}, "token-expired"),
}


def test_the_table_names_every_verb() -> None:
    assert set(EVERY_VERB) == set(Verb) - {Verb.UNKNOWN}


@pytest.mark.parametrize("verb", list(EVERY_VERB), ids=str)
async def test_an_invoke_with_each_verb_gets_200_and_its_card_in_the_response(
    launch: Launcher, store: Store, verb: Verb
) -> None:
    bot = await launch(store=store)
    data, expected = EVERY_VERB[verb]
    status, body = await bot.send(invoke(bot, verb.value, {"action": verb.value, **data}))
    assert status == 200, body
    assert body["statusCode"] == 200
    assert body["type"] == CARD
    assert card_id(body["value"]) == expected


async def test_check_again_answers_with_that_cards_new_state_and_nothing_more(
    launch: Launcher,
) -> None:
    bot = await launch()
    data = {"action": "recheck", "card": "sync-error"}
    status, body = await bot.send(invoke(bot, "recheck", data))
    assert status == 200
    assert card_id(body["value"]) == "sync-error"
    assert bot.stub.messages() == []  # the other findings stay where they are
    # The new card refreshes itself for who pressed, with the same card id.
    assert body["value"]["refresh"] == {
        "action": {
            "type": "Action.Execute",
            "verb": "diagnose",
            "data": {"action": "diagnose", "card": "sync-error"},
        },
        "userIds": ["user-id-0"],
    }


@pytest.mark.parametrize(
    ("verb", "data", "why"),
    [
        ("format-c:", {"action": "format-c:"}, "unknown verb"),
        ("doExecute", {"kind": "execute"}, "unknown verb"),
        ("recheck", "not an object", "not an object"),
        ("", {"action": "help"}, "no verb"),
    ],
)
async def test_an_unknown_verb_or_malformed_data_gets_the_documented_error(
    launch: Launcher, verb: str, data: Any, why: str
) -> None:
    bot = await launch()
    activity = invoke(bot, verb)
    activity["value"]["action"]["data"] = data
    status, body = await bot.send(activity)
    assert status == 400
    assert body["statusCode"] == 400
    assert body["type"] == ERROR
    assert body["value"]["code"] == "BadRequest"
    assert why in body["value"]["message"]
    assert bot.stub.received == []


async def test_an_invoke_without_an_action_gets_the_documented_error(launch: Launcher) -> None:
    bot = await launch()
    activity = invoke(bot, "help")
    activity["value"] = {"trigger": "manual"}
    status, body = await bot.send(activity)
    assert (status, body["type"], body["statusCode"]) == (400, ERROR, 400)


@pytest.mark.parametrize("trigger", ["automatic", "manual"])
@pytest.mark.parametrize(("user", "sync"), [(ADMIN, True), (MEMBER, False)])
async def test_a_refresh_shows_sync_now_only_to_whoever_may_sync(
    launch: Launcher, trigger: str, user: str, sync: bool
) -> None:
    bot = await launch(config=ChatConfig(admins=frozenset({ADMIN})))
    # The channel's message is shared: no "Sync now" on it, whoever asked.
    asked = message("why is ADE failing?", bot.stub.url, **from_user(ADMIN))
    await bot.send(asked)
    (shared,) = [c for c in bot.stub.cards() if card_id(c) == "sync-error"]
    assert "sync" not in verbs_of(shared)
    refresh = shared["refresh"]["action"]
    activity = invoke(bot, refresh["verb"], refresh["data"], value={"trigger": trigger})
    activity.update(from_user(user))
    status, body = await bot.send(activity)
    assert status == 200
    card = body["value"]
    assert card_id(card) == "sync-error"
    assert ("sync" in verbs_of(card)) is sync
    assert card["refresh"]["userIds"] == [f"29:{user}"]


class SyncingDemo(DemoSource):
    can_sync = True  # Graph's source: "Sync now" reaches Intune


async def test_a_personal_chat_of_an_admin_gets_sync_now_and_a_refused_sync_says_so(
    launch: Launcher,
) -> None:
    bot = await launch(SyncingDemo(), ChatConfig(admins=frozenset({ADMIN})))
    await bot.send(message("why is ADE failing?", bot.stub.url, **from_user(ADMIN, "personal")))
    (mine,) = [c for c in bot.stub.cards() if card_id(c) == "sync-error"]
    (sync,) = [n for n in walk(mine) if n.get("verb") == "sync"]
    activity = invoke(bot, "sync", sync["data"])
    activity.update(from_user(MEMBER, "personal"))  # an old card forwarded, or a forged one
    status, body = await bot.send(activity)
    assert status == 200
    assert card_id(body["value"]) == "sync-not-allowed"


class Tenant:
    """One ADE token, expiring in 10 days until the test renews it."""

    description = "test tenant"
    can_sync = False

    def __init__(self) -> None:
        self.token: EnrollmentToken = token("7", name="Contoso iPads", expires=NOW + 10 * DAY)

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        healthy = PushCertificate(NOW + 300 * DAY, "push@contoso.com", "com.apple.mgmt.x")
        synced = replace(self.token, last_successful_sync=now - timedelta(hours=2))
        return TenantSnapshot((synced,), healthy, True, ())

    async def sync(self, token_id: str) -> None:
        raise SyncRefusedError(Reason.UNAVAILABLE)

    async def close(self) -> None:
        return None


async def _alerted(launch: Launcher, store: Store) -> tuple[Running, Tenant, dict[str, Any]]:
    """A personal chat with alerts on, and the alert card the scan posted to it."""
    tenant = Tenant()
    bot = await launch(tenant, store=store, clock=lambda: NOW)
    await bot.send(message("alert me", bot.stub.url))
    sender = ProactiveSender(bot.app, Pacer(per_second=1000, per_conversation=1000))
    await AlertScheduler(tenant, store, sender).scan(NOW)
    (alert,) = [c for c in bot.stub.cards() if card_id(c).startswith("alert-")]
    return bot, tenant, alert


@pytest.mark.parametrize("trigger", ["automatic", "manual"])
async def test_a_stale_alert_card_refreshed_after_the_renewal_shows_resolved(
    launch: Launcher, store: Store, trigger: str
) -> None:
    bot, tenant, alert = await _alerted(launch, store)
    assert card_id(alert) == "alert-expiring"
    # Teams refreshes it on its own for the user who switched alerts on.
    assert alert["refresh"]["userIds"] == ["user-id-0"]
    refresh = alert["refresh"]["action"]
    status, body = await bot.send(
        invoke(bot, refresh["verb"], refresh["data"], value={"trigger": trigger})
    )
    assert (status, card_id(body["value"])) == (200, "alert-expiring")
    # Renewed in Apple Business Manager and uploaded to Intune: a year more.
    tenant.token = replace(tenant.token, expires=NOW + 375 * DAY)
    status, body = await bot.send(
        invoke(bot, refresh["verb"], refresh["data"], value={"trigger": trigger})
    )
    assert status == 200
    resolved = body["value"]
    assert card_id(resolved) == "alert-resolved"
    assert "refresh" not in resolved
    assert resolved["actions"] == []


@pytest.mark.parametrize(
    ("verb", "line"), [("snooze", "snoozed for 1 day"), ("ack", "Acknowledged")]
)
async def test_snooze_and_acknowledge_show_the_alert_card_so_marked_in_place(
    launch: Launcher, store: Store, verb: str, line: str
) -> None:
    bot, _, alert = await _alerted(launch, store)
    (button,) = [a for a in alert["actions"] if a["verb"] == verb]
    status, body = await bot.send(invoke(bot, verb, button["data"]))
    assert status == 200
    card = body["value"]
    assert card_id(card) == "alert-expiring"
    assert line in texts(card)
    assert "Contoso iPads" in texts(card)
    (mute,) = await store.mutes()
    assert (mute.snoozed_until is not None) is (verb == "snooze")


async def test_a_client_that_only_knows_action_submit_still_gets_answers(
    launch: Launcher, store: Store
) -> None:
    bot, _, alert = await _alerted(launch, store)
    snooze = next(a for a in alert["actions"] if a["verb"] == "snooze")
    # An older Teams client renders the fallback and posts its data as a message.
    fallback = snooze["fallback"]
    assert fallback["type"] == "Action.Submit"
    before = len(bot.stub.cards())
    status, _ = await bot.send(message(None, bot.stub.url, value=fallback["data"]))
    assert status == 200
    assert [card_id(c) for c in bot.stub.cards()[before:]] == ["alert-snoozed"]
    # "Check again" from a diagnosis card the same way: the whole new diagnosis follows.
    await bot.send(message("why is ADE failing?", bot.stub.url))
    check = next(a for a in bot.stub.cards()[-1]["actions"] if a["verb"] == "recheck")
    before = len(bot.stub.cards())
    status, _ = await bot.send(message(None, bot.stub.url, value=check["fallback"]["data"]))
    assert status == 200
    assert [card_id(c) for c in bot.stub.cards()[before:]] == ["token-expiring"]


async def test_a_channel_alert_offers_snooze_and_acknowledge_only_to_the_admins(
    launch: Launcher, store: Store
) -> None:
    tenant = Tenant()
    config = ChatConfig(admins=frozenset({ADMIN}))
    bot = await launch(tenant, config, store=store, clock=lambda: NOW)
    await bot.send(message("send alerts to this channel", bot.stub.url, **from_user(ADMIN)))
    sender = ProactiveSender(bot.app, Pacer(per_second=1000, per_conversation=1000))
    await AlertScheduler(tenant, store, sender, admins=config.admins).scan(NOW)
    (shared,) = [c for c in bot.stub.cards() if card_id(c).startswith("alert-")]
    assert verbs_of(shared) == []
    # Refreshed on their own for the admin who switched them on, by Teams id and Entra MRI.
    assert shared["refresh"]["userIds"] == [f"29:{ADMIN}", f"8:orgid:{ADMIN}"]
    refresh = shared["refresh"]["action"]
    for user, verbs in ((ADMIN, ["snooze", "ack"]), (MEMBER, [])):
        activity = invoke(bot, refresh["verb"], refresh["data"], value={"trigger": "manual"})
        activity.update(from_user(user))
        status, body = await bot.send(activity)
        assert status == 200
        assert card_id(body["value"]) == "alert-expiring"
        assert verbs_of(body["value"]) == verbs, user
    activity = invoke(bot, "snooze", {**refresh["data"], "action": "snooze"})
    activity.update(from_user(MEMBER))
    status, body = await bot.send(activity)
    assert (status, card_id(body["value"])) == (200, "alerts-not-allowed")
    assert await store.mutes() == []
