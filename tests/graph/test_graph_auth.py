"""Signing in to Entra ID with msal against a fake Entra ID over HTTPS: secrets, certificates,
managed identity, token refresh, and failures that say what to fix."""

import asyncio
import logging
import time
from dataclasses import replace

import pytest

from bot.core.tenant.snapshot import TOKEN_PARTS, TenantSnapshot
from bot.graph.graph_source import GraphSource
from tests.graph.conftest import FAST, NOW, FakeTenant, fake_tenant
from tests.graph.fake_aad import CLIENT_ID, READ, READ_APPS, SECRET, TENANT
from tests.graph.fake_graph import TOKENS, VPP_SECRET
from tests.graph.tls import ClientCert, Tls

OTHER = "99999999-0000-4000-8000-000000000009"


async def read_once(source: GraphSource) -> TenantSnapshot:
    try:
        return await source.read(NOW)
    finally:
        await source.close()


def sign_in_failure(snapshot: TenantSnapshot) -> str:
    """The one failure every part shares when no token could be had."""
    assert [f.part for f in snapshot.failures] == list(TOKEN_PARTS)
    details = {(f.reason, f.detail) for f in snapshot.failures}
    assert len(details) == 1
    ((reason, detail),) = details
    assert reason == "unauthorized"
    return detail


def test_a_wrong_client_secret_says_to_use_the_secret_value_without_showing_it(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            wrong = "8Q~this-is-the-wrong-secret-value"
            snapshot = await read_once(tenant.source(graph_client_secret=wrong))
        detail = sign_in_failure(snapshot)
        assert detail == (
            "the client secret is wrong (AADSTS7000215): set GRAPH_CLIENT_SECRET (or "
            "MicrosoftAppPassword) to the secret's Value, not its Secret ID"
        )
        assert wrong not in repr(snapshot)
        assert tenant.aad.token_requests == 1  # one sign-in for the three parts
        assert tenant.graph.seen == []

    asyncio.run(scenario())


def test_an_unknown_tenant_says_to_check_the_tenant_id_and_the_cloud(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            source = tenant.source(
                graph_tenant_id=OTHER, graph_authority=f"{tenant.aad.url}/{OTHER}"
            )
            snapshot = await read_once(source)
        detail = sign_in_failure(snapshot)
        assert detail.startswith(f"tenant {OTHER} was not found (AADSTS90002)")
        assert "GRAPH_CLOUD" in detail

    asyncio.run(scenario())


def test_an_app_unknown_in_the_tenant_says_to_check_the_id_and_consent(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            snapshot = await read_once(tenant.source(graph_client_id=OTHER))
        detail = sign_in_failure(snapshot)
        assert detail.startswith(f"app {OTHER} is not known in tenant {TENANT} (AADSTS700016)")
        assert "consent" in detail

    asyncio.run(scenario())


def test_a_certificate_signs_in_with_its_thumbprint_read_from_the_pem(
    tls: Tls, client_cert: ClientCert
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, client_cert=client_cert) as tenant:
            source = tenant.source(
                graph_client_secret=None, graph_client_certificate=client_cert.pem_file
            )
            snapshot = await read_once(source)
        assert not snapshot.failures
        assert tenant.aad.token_requests == 1

    asyncio.run(scenario())


def test_a_key_only_pem_needs_the_thumbprint_setting(tls: Tls, client_cert: ClientCert) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, client_cert=client_cert) as tenant:
            key_only = {
                "graph_client_secret": None,
                "graph_client_certificate": client_cert.key_only_file,
            }
            without = await read_once(tenant.source(**key_only))
            spaced = " ".join(client_cert.thumbprint[i : i + 2] for i in range(0, 40, 2))
            with_thumbprint = await read_once(
                tenant.source(**key_only, graph_client_certificate_thumbprint=spaced.lower())
            )
        assert "holds no certificate" in sign_in_failure(without)
        assert "GRAPH_CLIENT_CERTIFICATE_THUMBPRINT" in sign_in_failure(without)
        assert not with_thumbprint.failures

    asyncio.run(scenario())


def test_a_certificate_unknown_to_the_app_says_to_upload_it(
    tls: Tls, client_cert: ClientCert
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:  # the app has no certificate registered
            source = tenant.source(
                graph_client_secret=None, graph_client_certificate=client_cert.pem_file
            )
            snapshot = await read_once(source)
        assert "refused the certificate (AADSTS700027)" in sign_in_failure(snapshot)

    asyncio.run(scenario())


@pytest.mark.parametrize("identity", ["system", "3f2a1b4c-0000-4000-8000-00000000abcd"])
def test_a_managed_identity_gets_its_token_from_the_app_service_endpoint(
    tls: Tls, monkeypatch: pytest.MonkeyPatch, identity: str
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            # What App Service sets for an app with a managed identity; msal reads it.
            monkeypatch.setenv("IDENTITY_ENDPOINT", f"{tenant.aad.url}/msi/token")
            monkeypatch.setenv("IDENTITY_HEADER", tenant.aad.identity_header)
            source = tenant.source(graph_client_secret=None, graph_managed_identity=identity)
            snapshot = await read_once(source)
        assert not snapshot.failures
        assert (tenant.aad.identity_requests, tenant.aad.token_requests) == (1, 0)

    asyncio.run(scenario())


def test_one_msal_client_per_tenant_reuses_its_token_across_reads(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            source = tenant.source()
            for _ in range(3):
                await source.read(NOW, fresh=True)
            sibling = source.for_tenant(TENANT.upper())
            await sibling.read(NOW, fresh=True)
            await source.close()
        assert tenant.aad.discovery_requests == 1
        assert tenant.aad.token_requests == 1
        assert tenant.graph.snapshot_reads == 4

    asyncio.run(scenario())


def test_an_expiring_token_is_renewed_before_graph_refuses_it(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.aad.expires_in = 1
            source = tenant.source()
            first = await source.read(NOW, fresh=True)
            await asyncio.sleep(0.6)  # past half the token's life
            second = await source.read(NOW, fresh=True)
            await source.close()
        assert not first.failures
        assert not second.failures
        assert tenant.aad.token_requests == 2

    asyncio.run(scenario())


def test_a_revoked_token_is_replaced_once_and_the_read_goes_on(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            source = tenant.source()
            await source.read(NOW)
            for issued in tenant.aad.issued.values():
                issued.revoked = True
            snapshot = await source.read(NOW, fresh=True)
            await source.close()
        assert not snapshot.failures
        # Three parts were refused with the same token: one new token for all of them.
        assert tenant.aad.token_requests == 2

    asyncio.run(scenario())


def test_a_permission_granted_after_a_403_works_on_the_next_check(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.aad.roles = {"DeviceManagementConfiguration.Read.All"}
            source = tenant.source()
            before = await source.read(NOW)
            tenant.aad.roles = {READ, READ_APPS}  # admin consent granted in the portal
            after = await source.read(NOW, fresh=True)
            await source.close()
        assert {f.reason for f in before.failures} == {"forbidden"}
        # App roles are baked into the token: without a new one this would wait an hour.
        assert not after.failures

    asyncio.run(scenario())


def test_a_graph_401_that_persists_is_unauthorized(tls: Tls) -> None:
    from tests.graph.fake_graph import graph_error

    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            refusal = graph_error(401, "InvalidAuthenticationToken", "Invalid audience.")
            tenant.graph.script[TOKENS] = [refusal, refusal]
            snapshot = await read_once(tenant.source())
        (failure,) = snapshot.failures
        assert failure.reason == "unauthorized"
        assert len(tenant.graph.requests_to(TOKENS)) == 2

    asyncio.run(scenario())


def test_an_entra_id_outage_is_unavailable_not_a_credential_problem(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.aad.outage = True
            snapshot = await read_once(tenant.source())
        assert {f.reason for f in snapshot.failures} == {"unavailable"}
        assert snapshot.failures[0].detail.endswith("answered HTTP Error: 503")

    asyncio.run(scenario())


def test_a_hung_sign_in_times_out_within_the_budget(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.aad.delay = 3.0
            policy = replace(FAST, budget=0.5, attempt_timeout=0.5, connect_timeout=0.5)
            started = time.monotonic()
            snapshot = await read_once(tenant.source(policy))
            elapsed = time.monotonic() - started
        assert {f.reason for f in snapshot.failures} == {"timeout"}
        assert "did not answer the sign-in in time" in snapshot.failures[0].detail
        assert elapsed < 0.9

    asyncio.run(scenario())


def test_secrets_and_tokens_never_reach_the_logs(
    tls: Tls, client_cert: ClientCert, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "8Q~another-wrong-secret-never-logged"

    async def scenario(tenant_ready: list[FakeTenant]) -> None:
        async with fake_tenant(tls, client_cert=client_cert) as tenant:
            tenant_ready.append(tenant)
            tenant.aad.roles = {READ, READ_APPS, "DeviceManagementServiceConfig.ReadWrite.All"}
            source = tenant.source()
            await source.read(NOW)
            await source.sync("6f0c3c9e-2b8e-4a5e-9d51-6a1f0e1c0001")
            await source.export_document()
            for issued in tenant.aad.issued.values():
                issued.revoked = True
            await source.read(NOW, fresh=True)
            await source.close()
            await read_once(tenant.source(graph_client_secret=wrong))
            await read_once(
                tenant.source(
                    graph_client_secret=None, graph_client_certificate=client_cert.pem_file
                )
            )

    caplog.set_level(logging.DEBUG)
    tenants: list[FakeTenant] = []
    asyncio.run(scenario(tenants))
    logs = caplog.text
    names = {record.name.split(".")[0] for record in caplog.records}
    assert {"bot", "msal", "httpx", "urllib3"} <= names  # every layer did log
    with open(client_cert.pem_file) as pem:
        key_line = pem.read().splitlines()[1]
    issued = list(tenants[0].aad.issued)
    assert len(issued) >= 3
    for secret in [SECRET, wrong, VPP_SECRET, key_line, *issued]:
        assert secret not in logs
    assert CLIENT_ID in logs or TENANT in logs  # ids are not secrets, and help support
