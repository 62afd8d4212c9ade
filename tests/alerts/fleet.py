"""A fleet of tenants for the alert tests (issue 15): a folder of snapshot files, one per
tenant, each with the one problem of `one_problem_snapshot` (so each tenant owes each of its
subscribers exactly one alert), and subscribers that name a tenant or all of them."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.core.alerting.model import Subscription
from bot.storage.base import open_store
from tests.alerts.bot_process import one_problem_snapshot
from tests.teams.support import ConnectorStub


def fleet_folder(folder: Path, troubled: list[str], broken: list[str] = ()) -> Path:  # type: ignore[assignment]
    """`<name>.json` per tenant: the troubled ones with their problem, the broken ones not
    JSON at all (a tenant whose read fails)."""
    tenants = folder / "tenants"
    tenants.mkdir()
    document = one_problem_snapshot(folder).read_text()
    for name in troubled:
        (tenants / f"{name}.json").write_text(document)
    for name in broken:
        (tenants / f"{name}.json").write_text("{ this is not a snapshot")
    return tenants


async def subscribe_scoped(
    database_url: str, service_url: str, scopes: dict[str, str | None]
) -> None:
    """One personal chat per entry of `scopes` (conversation id -> tenant name, "*" or None)."""
    store = await open_store(database_url)
    try:
        for conversation, scope in scopes.items():
            reference = {
                "serviceUrl": service_url,
                "conversation": {"id": conversation, "conversationType": "personal"},
                "user": {"id": f"29:{conversation}", "name": "Zoë"},
                "bot": {"id": "28:bot", "name": "ADE Doctor"},
                "channelId": "msteams",
                "locale": "en-US",
            }
            await store.subscribe(
                Subscription(
                    conversation, "t", service_url, reference, "en", "UTC", "personal",
                    datetime.now(UTC), scope=scope,
                )
            )  # fmt: skip
    finally:
        await store.close()


def cards_by_conversation(connector: ConnectorStub) -> dict[str, list[dict[str, Any]]]:
    cards: dict[str, list[dict[str, Any]]] = {}
    for received in connector.received:
        if received.method != "POST" or received.body.get("type") != "message":
            continue
        conversation = received.path.split("/")[3]
        for attachment in received.body.get("attachments") or ():
            cards.setdefault(conversation, []).append(attachment["content"])
    return cards


def titles(cards: list[dict[str, Any]]) -> list[str]:
    """Each card's first line: an alert's title, a digest's heading."""
    return [card["body"][0]["items"][0]["text"] for card in cards]


def counts(connector: ConnectorStub) -> Counter[str]:
    return Counter({c: len(v) for c, v in cards_by_conversation(connector).items()})
