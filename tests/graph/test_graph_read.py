"""Reading a tenant from a fake Graph over real HTTPS: paging, $select, and how each kind of
answer becomes a snapshot or a ReadFailure the cards can explain."""

import asyncio
from dataclasses import replace

from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card
from bot.core.tenant.demo import DemoSource
from bot.core.tenant.snapshot import Part, TenantSnapshot
from tests.graph.conftest import FAST, NOW, FakeTenant, fake_tenant, tenant_document
from tests.graph.fake_aad import READ
from tests.graph.fake_graph import APNS, TOKENS, VPP, Reply, graph_error
from tests.graph.tls import Tls


def test_a_healthy_tenant_reads_to_the_same_findings_as_the_demo_tenant(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            source = tenant.source()
            snapshot = await source.read(NOW)
            await source.close()
        demo = await DemoSource().read(NOW)
        # The demo's tokens have no devices in the fake Graph: every token read, none found.
        assert snapshot.devices == {t.id: () for t in snapshot.enrollment_tokens or ()}
        assert snapshot.profiles == snapshot.devices
        assert snapshot.devices_read_at is not None
        unread = {"devices": None, "profiles": None, "devices_read_at": None}
        assert replace(snapshot, **unread) == replace(demo, **unread)
        assert [f.card for f in diagnose(snapshot, NOW)] == [
            Card.TOKEN_EXPIRED,
            Card.SYNC_ERROR,
            Card.TOKEN_EXPIRING,
        ]

    asyncio.run(scenario())


def test_only_the_fields_we_use_travel_and_never_the_vpp_token(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            source = tenant.source()
            await source.read(NOW)
            await source.close()
        seen = tenant.graph.token_part_requests
        selects = {s.path: s.query["$select"].split(",") for s in seen}
        assert "tokenExpirationDateTime" in selects[TOKENS]
        assert selects[APNS] == ["expirationDateTime", "appleIdentifier", "topicIdentifier"]
        assert "token" not in selects[VPP]

    asyncio.run(scenario())


def test_ade_tokens_are_read_over_several_pages(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, tenant_document(tokens=250)) as tenant:
            tenant.graph.page_size = 100
            source = tenant.source()
            snapshot = await source.read(NOW)
            await source.close()
        assert len(snapshot.enrollment_tokens or ()) == 250
        assert [t.name for t in snapshot.enrollment_tokens or ()][-1] == "Token 0249"
        pages = tenant.graph.requests_to(TOKENS)
        assert [p.query.get("$skiptoken") for p in pages] == [None, "100", "200"]
        # The nextLink keeps $select, so later pages stay small too.
        assert all("$select" in p.query for p in pages)

    asyncio.run(scenario())


def test_a_nextlink_to_graphs_public_host_is_followed_on_the_configured_endpoint(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, tenant_document(tokens=3)) as tenant:
            tenant.graph.page_size = 2
            # Behind GRAPH_ENDPOINT, Graph still writes its public host into nextLink; the
            # bearer token must not follow it there.
            tenant.graph.link_host = "https://graph.microsoft.com"
            source = tenant.source()
            snapshot = await source.read(NOW)
            await source.close()
        assert len(snapshot.enrollment_tokens or ()) == 3
        assert not snapshot.failures

    asyncio.run(scenario())


def test_paging_stops_at_the_page_bound(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, tenant_document(tokens=10)) as tenant:
            tenant.graph.page_size = 1
            source = tenant.source(policy=replace(FAST, max_pages=4))
            snapshot = await source.read(NOW)
            await source.close()
        (failure,) = snapshot.failures
        assert (failure.part, failure.reason) == (Part.ENROLLMENT_TOKENS, "bad-response")
        assert "more than 4 pages" in failure.detail
        assert len(tenant.graph.requests_to(TOKENS)) == 4

    asyncio.run(scenario())


def test_no_apns_certificate_is_a_404_and_diagnosed_as_missing_not_unreachable(tls: Tls) -> None:
    async def scenario() -> None:
        document = tenant_document()
        document["applePushNotificationCertificate"] = None
        async with fake_tenant(tls, document) as tenant:
            source = tenant.source()
            snapshot = await source.read(NOW)
            await source.close()
        assert snapshot.push_certificate is None
        assert snapshot.push_certificate_read
        assert not snapshot.failures
        cards = [f.card for f in diagnose(snapshot, NOW)]
        assert Card.APNS_MISSING in cards
        assert Card.TENANT_UNREACHABLE not in cards

    asyncio.run(scenario())


async def _read_with(tenant: FakeTenant) -> TenantSnapshot:
    source = tenant.source()
    try:
        return await source.read(NOW)
    finally:
        await source.close()


def test_a_missing_vpp_permission_names_it_and_the_other_parts_are_still_diagnosed(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.aad.roles = {"DeviceManagementConfiguration.Read.All"}
            source = tenant.source()
            snapshot = await source.read(NOW)
            await source.close()
        failures = {f.part: f for f in snapshot.failures}
        # Graph's reference lists only DeviceManagementServiceConfig.* for enrollment profiles.
        assert set(failures) == {Part.PUSH_CERTIFICATE, Part.VPP_TOKENS, Part.PROFILES}
        vpp = failures[Part.VPP_TOKENS]
        assert (vpp.reason, vpp.permission) == ("forbidden", "DeviceManagementApps.Read.All")
        assert failures[Part.PUSH_CERTIFICATE].permission == READ
        assert "request-id" in vpp.detail
        # ADE tokens were readable with DeviceManagementConfiguration.Read.All.
        assert len(snapshot.enrollment_tokens or ()) == 4
        cards = [f.card for f in diagnose(snapshot, NOW)]
        assert cards[0] == Card.TENANT_UNREACHABLE
        assert Card.TOKEN_EXPIRED in cards

    asyncio.run(scenario())


def test_a_403_without_intunes_scope_list_names_the_read_permission(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[TOKENS] = [graph_error(403, "Forbidden", "Forbidden")] * 2
            snapshot = await _read_with(tenant)
        (failure,) = snapshot.failures
        assert (failure.reason, failure.permission) == ("forbidden", READ)

    asyncio.run(scenario())


def test_a_tenant_without_an_intune_license_says_so(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            refusal = graph_error(400, "BadRequest", "Request not applicable to target tenant.")
            tenant.graph.script[TOKENS] = [refusal]
            snapshot = await _read_with(tenant)
        (failure,) = snapshot.failures
        assert failure.reason == "no-license"
        assert len(tenant.graph.requests_to(TOKENS)) == 1  # a 400 is never retried

    asyncio.run(scenario())


def test_garbage_instead_of_json_is_a_bad_response_not_a_crash(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[VPP] = [Reply(200, "<html>Proxy login</html>")]
            tenant.graph.script[APNS] = [Reply(200, '{"value": {"expirationDateTime": 7}}')]
            snapshot = await _read_with(tenant)
        failures = {f.part: f for f in snapshot.failures}
        assert failures[Part.VPP_TOKENS].reason == "bad-response"
        assert "not a JSON object (text/html)" in failures[Part.VPP_TOKENS].detail
        assert failures[Part.PUSH_CERTIFICATE].reason == "bad-response"
        assert "not a date" in failures[Part.PUSH_CERTIFICATE].detail
        assert len(snapshot.enrollment_tokens or ()) == 4

    asyncio.run(scenario())


def test_a_malformed_second_page_names_the_page(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, tenant_document(tokens=3)) as tenant:
            tenant.graph.page_size = 2
            tenant.graph.document["depOnboardingSettings"]["value"][2]["syncedDeviceCount"] = "x"
            snapshot = await _read_with(tenant)
        (failure,) = snapshot.failures
        assert failure.detail == (
            "Microsoft Graph: depOnboardingSettings[page 2].value[0].syncedDeviceCount: "
            "expected an integer, got 'x'"
        )

    asyncio.run(scenario())
