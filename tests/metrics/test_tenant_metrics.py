"""/metrics with a registry of tenants (issues 15 and 16): every tenant's gauges, labelled
with its registry name, from a real `ade-doctor serve --snapshot DIR` process."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import ClientSession

from bot.core.tenant.demo import demo_document
from tests.metrics.scrape import scrape, series, value
from tests.processes import start_serve, stop_serve
from tests.teams.support import ConnectorStub, message, post

pytestmark = pytest.mark.anyio


async def test_each_tenant_read_gets_its_own_gauges_labelled_with_its_name(
    tmp_path: Path, stub: ConnectorStub
) -> None:
    folder = tmp_path / "tenants"
    folder.mkdir()
    document = demo_document(datetime.now(UTC))
    (folder / "Contoso.json").write_text(json.dumps(document), encoding="utf-8")
    first = document["depOnboardingSettings"]["value"][:1]  # type: ignore[index]
    healthy = dict(document, depOnboardingSettings={"value": first})
    (folder / "Fabrikam.json").write_text(json.dumps(healthy), encoding="utf-8")
    bot, url = await start_serve(
        tmp_path, "--snapshot", str(folder), ADE_METRICS="on", ADE_ALERT_INTERVAL="0"
    )
    try:
        before = await scrape(url)
        async with ClientSession() as session:
            status, _ = await post(session, url, message("tenants", stub.url))
        assert status == 200
        after = await scrape(url)
    finally:
        await stop_serve(bot)
    assert series(before, "ade_token_expiry_days") == {}
    tenants = {dict(labels)["tenant"] for labels in series(after, "ade_token_expiry_days")}
    assert tenants == {"Contoso", "Fabrikam"}
    expired = {"tenant": "Contoso", "card": "token-expired", "severity": "error"}
    assert value(after, "ade_findings", **expired) == 1
    assert value(after, "ade_findings", **{**expired, "tenant": "Fabrikam"}) == 0
    assert value(after, "ade_snapshot_age_seconds", tenant="Fabrikam") is not None
