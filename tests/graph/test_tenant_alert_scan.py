"""The alert scan over the fake Graph's tenants over HTTPS (issue 15): a tenant without
consent (403), one Intune keeps throttling (429) and one that hangs stop neither the scan nor
the alerts of the tenants that answer, each alert naming its tenant; a real SQLite file."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.alerts.fleet_scan import FleetScheduler
from bot.catalogs import translator
from bot.chat.alert_commands import AlertSubscriptions
from bot.core.alerting.model import Subscription
from bot.core.cards.elements import CardDict
from bot.core.i18n.languages import ENGLISH
from bot.core.tenant.registry import Registry, TenantEntry
from bot.graph.registry_sources import graph_sources
from bot.storage.base import open_store
from bot.tenant_reads import Tenant, TenantSources
from tests.alerts.test_tenant_scope import _inbound
from tests.graph.conftest import FAST, fake_tenant
from tests.graph.test_graph_tenants import NAMES, _fleet_setup
from tests.graph.tls import Tls

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


class Recorder:
    """The alert sender port, recording: what a scan posted, per conversation."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, CardDict]] = []

    async def send(self, reference: dict[str, Any], cards: list[CardDict]) -> str:
        self.posts += [(reference["conversation"]["id"], card) for card in cards]
        return f"activity-{len(self.posts)}"

    async def update(
        self, reference: dict[str, Any], activity_id: str, cards: list[CardDict]
    ) -> str:
        return activity_id


def test_a_tenant_without_consent_throttled_or_hanging_stops_neither_the_scan_nor_the_others(
    tls: Tls, tmp_path: Path
) -> None:
    async def scenario() -> tuple[list[tuple[str, CardDict]], Any]:
        async with fake_tenant(tls) as fake:
            _fleet_setup(fake)
            registry = Registry(tuple(TenantEntry(name, tid) for tid, name in NAMES.items()))
            graph = graph_sources(fake.settings(), registry, policy=FAST)
            sources = TenantSources(
                [Tenant(e, s) for e, s in graph.sources], budget=4.0, closers=[graph.close]
            )
            store = await open_store(f"sqlite:///{tmp_path}/ade-doctor.db")
            commands = AlertSubscriptions(store, frozenset(), lambda: NOW)
            commands.tenants = sources.names
            t = translator(ENGLISH)
            for name in NAMES.values():
                inbound = _inbound(f"alert me about {name}", conversation=f"a:{name}")
                await commands.on(inbound, t, ENGLISH)
            recorder = Recorder()
            scheduler = FleetScheduler(sources, store, recorder, interval=3600)
            try:
                report = await scheduler.scan(NOW)
            finally:
                await store.close()
                await sources.close()
            return recorder.posts, report

    posts, report = asyncio.run(scenario())
    by_conversation: dict[str, list[str]] = {}
    for conversation, card in posts:
        title = card["body"][0]["items"][0]["text"]
        by_conversation.setdefault(conversation, []).append(title)
    # The two tenants that answer: every alert names its own tenant; the other three's
    # subscribers heard nothing, and the scan went on to the end.
    assert sorted(by_conversation) == ["a:Contoso", "a:Woodgrove"]
    for name in ("Contoso", "Woodgrove"):
        assert all(title.startswith(f"{name}: ") for title in by_conversation[f"a:{name}"])
    assert report.tenants == len(NAMES)
    assert report.failed == 0


def test_a_registry_tenant_s_alerts_go_to_its_webhook_and_the_rest_to_the_others(
    tls: Tls, tmp_path: Path
) -> None:
    """`alerts = ["ops"]` in Contoso's registry entry: the Workflows webhook "ops" hears about
    Contoso alone; a webhook named by no tenant hears about every tenant, as one digest."""

    async def scenario() -> list[tuple[str, CardDict]]:
        async with fake_tenant(tls) as fake:
            _fleet_setup(fake)
            registry = Registry(
                tuple(
                    TenantEntry(name, tid, alerts=("ops",) if name == "Contoso" else ())
                    for tid, name in NAMES.items()
                )
            )
            graph = graph_sources(fake.settings(), registry, policy=FAST)
            sources = TenantSources(
                [Tenant(e, s) for e, s in graph.sources], budget=4.0, closers=[graph.close]
            )
            store = await open_store(f"sqlite:///{tmp_path}/ade-doctor.db")
            for hook in ("ops", "everything"):
                reference = {"channelId": "workflows", "conversation": {"id": f"webhook:{hook}"}}
                await store.subscribe(
                    Subscription(f"webhook:{hook}", "t", "", reference, "en", "UTC", "webhook", NOW)
                )
            recorder = Recorder()
            try:
                await FleetScheduler(sources, store, recorder, interval=3600).scan(NOW)
                await FleetScheduler(sources, store, recorder, interval=3600).scan(
                    NOW + timedelta(hours=1)
                )
            finally:
                await store.close()
                await sources.close()
            return recorder.posts

    posts = asyncio.run(scenario())
    ops = [card for conversation, card in posts if conversation == "webhook:ops"]
    everything = [card for conversation, card in posts if conversation == "webhook:everything"]
    assert len(ops) == 3  # Contoso's three problems, a card each: not over the digest threshold
    assert all(card["body"][0]["items"][0]["text"].startswith("Contoso: ") for card in ops)
    (digest,) = everything  # and the second scan, an hour later, repeats nothing
    assert digest["body"][0]["id"] == "alert-digest"
    rows = [row["items"][0]["text"] for row in digest["body"][1:] if "items" in row]
    assert {row.split(":")[0] for row in rows} == {"Contoso", "Woodgrove"}
