"""Many tenants from one bot over real HTTPS: the fake Entra ID knows several customer
tenants and the fake Graph answers each as its access token says. One tenant never consented
(Graph 403), one keeps throttling (429 with Retry-After), one hangs; each of them shows in
its own row only, and the healthy tenants are read in full, concurrently."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest

from bot.core.diagnosis.findings import Card
from bot.core.diagnosis.tenants import TenantHealth
from bot.core.tenant.registry import CredentialRef, Registry, TenantEntry
from bot.core.tenant.snapshot import Reason
from bot.graph.registry_sources import graph_sources
from bot.settings import Settings, SettingsError
from bot.tenant_reads import Tenant, TenantSources
from tests.graph.conftest import FAST, NOW, FakeTenant, fake_tenant
from tests.graph.fake_aad import CLIENT_ID, READ, READ_APPS, SECRET, TENANT
from tests.graph.fake_graph import graph_error
from tests.graph.test_graph_cli import AS_OF, ade_doctor
from tests.graph.tls import Tls

NO_CONSENT = "aaaaaaaa-0000-4000-8000-000000000001"
THROTTLED = "aaaaaaaa-0000-4000-8000-000000000002"
HANGS = "aaaaaaaa-0000-4000-8000-000000000003"
HEALTHY = "aaaaaaaa-0000-4000-8000-000000000004"
NAMES = {
    TENANT: "Contoso",
    NO_CONSENT: "Fabrikam",
    THROTTLED: "Northwind",
    HANGS: "Tailspin",
    HEALTHY: "Woodgrove",
}


def _fleet_setup(tenant: FakeTenant) -> None:
    aad, graph = tenant.aad, tenant.graph
    aad.tenant_roles = {
        NO_CONSENT: set(),
        THROTTLED: {READ, READ_APPS},
        HANGS: {READ, READ_APPS},
        HEALTHY: {READ, READ_APPS},
    }
    graph.tenant_script[THROTTLED] = [
        graph_error(429, "TooManyRequests", "Too many requests", **{"Retry-After": "60"})
    ]
    graph.tenant_delay[HANGS] = 30.0


def test_each_tenant_s_403_throttling_and_timeout_stay_in_its_own_row(tls: Tls) -> None:
    async def scenario() -> tuple[list[TenantHealth], TenantSources, float]:
        async with fake_tenant(tls) as tenant:
            _fleet_setup(tenant)
            registry = Registry(tuple(TenantEntry(name, tid) for tid, name in NAMES.items()))
            graph = graph_sources(tenant.settings(), registry, policy=FAST)
            sources = TenantSources(
                [Tenant(e, s) for e, s in graph.sources],
                concurrency=3,
                budget=4.0,
                closers=[graph.close],
            )
            started = time.monotonic()
            try:
                healths = await sources.health(NOW, tenant.settings().thresholds)
            finally:
                await sources.close()
            return healths, sources, time.monotonic() - started

    healths, sources, elapsed = asyncio.run(scenario())
    rows = {h.name: h for h in healths}
    reasons = {
        name: {f.reason for f in rows[name].worst.failures} for name in ("Fabrikam", "Northwind")
    }
    assert reasons == {"Fabrikam": {Reason.FORBIDDEN}, "Northwind": {Reason.THROTTLED}}
    # The hung tenant ran out of its own budget; the others did not wait for it.
    assert rows["Tailspin"].worst.card is Card.TENANT_UNREACHABLE
    assert {f.reason for f in rows["Tailspin"].worst.failures} == {Reason.TIMEOUT}
    # The demo tenant's own findings, read in full for both tenants that answer.
    for name in ("Contoso", "Woodgrove"):
        assert not rows[name].unreachable, name
        assert rows[name].worst.card is Card.TOKEN_EXPIRED
        assert rows[name].next_expiry is not None
    assert sources.peak_in_flight == 3
    assert elapsed < 8.0
    assert [h.name for h in sources.latest()] == [h.name for h in healths]


def test_check_reads_every_registry_tenant_and_exports_one(tls: Tls, tmp_path: Path) -> None:
    registry = tmp_path / "tenants.toml"
    registry.write_text(
        "".join(f'[[tenant]]\nname = "{n}"\ntenant_id = "{t}"\n\n' for t, n in NAMES.items()),
        encoding="utf-8",
    )

    async def scenario() -> tuple[tuple[int, str, str], tuple[int, str, str]]:
        async with fake_tenant(tls) as tenant:
            _fleet_setup(tenant)
            env = tenant.env() | {"ADE_TENANTS": str(registry), "ADE_GRAPH_BUDGET_SECONDS": "3"}
            checked = await ade_doctor(tmp_path, env, "check", "--json", "--as-of", AS_OF)
            exported = await ade_doctor(
                tmp_path, env, "export", "--tenant", "woodgrove", "--out", "woodgrove.json"
            )
            return checked, exported

    (status, out, err), exported = asyncio.run(scenario())
    assert status == 1, err
    report = json.loads(out)
    assert {row["tenant"] for row in report["tenants"]} == set(NAMES.values())
    cards = {row["tenant"]: row["findings"][0]["card"] for row in report["tenants"]}
    assert cards["Contoso"] == cards["Woodgrove"] == "token-expired"
    assert cards["Fabrikam"] == cards["Northwind"] == cards["Tailspin"] == "tenant-unreachable"
    failures = {
        row["tenant"]: {f["reason"] for f in row["findings"][0].get("failures", [])}
        for row in report["tenants"]
    }
    assert failures["Fabrikam"] == {"forbidden"}
    assert failures["Northwind"] == {"throttled"}
    assert failures["Tailspin"] == {"timeout"}
    assert exported[0] == 0, exported[2]
    document = json.loads((tmp_path / "woodgrove.json").read_text(encoding="utf-8"))
    assert document["depOnboardingSettings"]["value"]


def test_a_tenant_s_own_app_is_used_and_its_expired_secret_fails_only_its_row(
    tls: Tls, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two customers keep their own app registration: one's secret is current, the other's
    expired (Entra ID answers AADSTS7000215). The bot has no Graph credential of its own."""
    monkeypatch.setenv("WOODGROVE_SECRET", SECRET)
    monkeypatch.setenv("TAILSPIN_SECRET", "Q~expired.secret")

    def own(name: str, tenant_id: str, variable: str) -> TenantEntry:
        return TenantEntry(name, tenant_id, credential=CredentialRef(CLIENT_ID, variable))

    registry = Registry(
        (own("Woodgrove", HEALTHY, "WOODGROVE_SECRET"), own("Tailspin", HANGS, "TAILSPIN_SECRET"))
    )

    async def scenario() -> list[TenantHealth]:
        async with fake_tenant(tls) as tenant:
            tenant.aad.tenant_roles = {HEALTHY: {READ, READ_APPS}, HANGS: {READ, READ_APPS}}
            settings = tenant.settings(graph_client_secret=None, graph_client_id=None)
            graph = graph_sources(settings, registry, policy=FAST)
            sources = TenantSources([Tenant(e, s) for e, s in graph.sources], closers=[graph.close])
            try:
                return await sources.health(NOW, settings.thresholds)
            finally:
                await sources.close()

    rows = {h.name: h for h in asyncio.run(scenario())}
    assert rows["Woodgrove"].worst.card is Card.TOKEN_EXPIRED
    failures = rows["Tailspin"].worst.failures
    assert {f.reason for f in failures} == {Reason.UNAUTHORIZED}
    assert "Q~expired" not in str(failures)


def test_without_a_bot_credential_a_tenant_without_its_own_is_named(tls: Tls) -> None:
    registry = Registry((TenantEntry("Contoso", TENANT),))
    settings = Settings(graph_client_id=None, graph_client_secret=None)
    with pytest.raises(SettingsError, match="tenant 'Contoso' has no credential of its own"):
        graph_sources(settings, registry)


def test_a_missing_secret_variable_names_the_tenant_and_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FABRIKAM_SECRET", raising=False)
    entry = TenantEntry("Fabrikam", HEALTHY, credential=CredentialRef(CLIENT_ID, "FABRIKAM_SECRET"))
    with pytest.raises(SettingsError, match="tenant 'Fabrikam': environment variable "):
        graph_sources(Settings(), Registry((entry,)))
