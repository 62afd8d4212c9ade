"""Each ADE token's devices and enrollment profiles, read from a fake Graph over real HTTPS:
paging, both profile platforms, a refused or missing list, and the device cache that keeps
these reads out of a chat turn's way."""

import asyncio
import copy
import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card
from bot.core.tenant.demo import demo_devices_document
from bot.core.tenant.devices import DevicePlatform
from bot.core.tenant.document import parse_snapshot_document
from bot.core.tenant.snapshot import Part, Reason
from bot.graph.graph_source import FIRST_DEVICE_WAIT
from tests.graph.conftest import FAST, NOW, fake_tenant, tenant_document
from tests.graph.fake_aad import READ
from tests.graph.fake_graph import DEVICES, PROFILES, Reply, graph_error, per_token
from tests.graph.test_graph_cli import AS_OF, ade_doctor, findings
from tests.graph.tls import Tls

# Room for 25 pages on a loaded CI machine; the reads themselves take well under a second.
ROOMY = replace(FAST, budget=10.0)


def devices_document(devices: int = 0) -> dict[str, Any]:
    """The demo tenant with devices and profiles as Graph returns them in full (VPP secret
    included, as tenant_document); with `devices`, that many more on the first token."""
    document = tenant_document()
    extra = demo_devices_document(NOW)
    for key in (DEVICES, PROFILES):
        document[key] = copy.deepcopy(extra[key])
    first = document["depOnboardingSettings"]["value"][0]["id"]
    template = document[DEVICES][first]["value"][0]
    document[DEVICES][first]["value"] += [
        dict(template, id=f"d{n:07d}", serialNumber=f"PAGE{n:08d}") for n in range(devices)
    ]
    # A macOS default profile beside the iOS ones: @odata.type tells the platforms apart.
    document[PROFILES][first]["value"].append(
        {
            "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile",
            "id": "a1d3e9c0-0000-4000-8000-0000000001b1",
            "displayName": "Contoso Macs",
            "isDefault": True,
        }
    )
    return document


def first_token(document: dict[str, Any]) -> str:
    return str(document["depOnboardingSettings"]["value"][0]["id"])


def test_devices_are_read_page_by_page_across_many_pages(tls: Tls) -> None:
    async def scenario() -> None:
        document = devices_document(devices=2500)
        token = first_token(document)
        async with fake_tenant(tls, document) as tenant:
            tenant.graph.page_size = 100
            source = tenant.source(ROOMY)
            snapshot = await source.read(NOW)
            await source.close()
        assert snapshot.devices is not None
        listed = document[DEVICES][token]["value"]
        assert [d.serial for d in snapshot.devices[token]] == [d["serialNumber"] for d in listed]
        pages = tenant.graph.requests_to(per_token(token, DEVICES))
        assert len(pages) == 26  # 2,515 devices in pages of 100
        assert [p.query.get("$skiptoken") for p in pages[:3]] == [None, "100", "200"]
        # The nextLink keeps $select, so every page carries only the fields we use.
        assert all("serialNumber" in p.query["$select"].split(",") for p in pages)
        assert not snapshot.failures

    asyncio.run(scenario())


def test_profiles_of_both_platforms_read_as_a_snapshot_file_holds_them(tls: Tls) -> None:
    async def scenario() -> None:
        document = devices_document()
        token = first_token(document)
        async with fake_tenant(tls, document) as tenant:
            source = tenant.source(ROOMY)
            snapshot = await source.read(NOW)
            await source.close()
        assert snapshot.profiles is not None
        by_name = {p.name: p for p in snapshot.profiles[token]}
        assert by_name["Contoso HQ iPhones"].platform == DevicePlatform.IOS
        assert by_name["Contoso Macs"].platform == DevicePlatform.MACOS
        assert by_name["Contoso Macs"].is_default
        from_file = parse_snapshot_document(document, "file")
        assert from_file.devices is not None
        assert from_file.profiles is not None
        # The file maps the demo's first two tokens; Graph lists nothing for the other two.
        for token_id in snapshot.devices or {}:
            assert snapshot.devices[token_id] == from_file.devices.get(token_id, ())
            assert snapshot.profiles[token_id] == from_file.profiles.get(token_id, ())
        cards = {f.card for f in diagnose(snapshot, NOW)}
        assert {Card.DEVICE_ENROLLMENT_FAILED, Card.COMPANY_PORTAL_VPP_INVALID} <= cards

    asyncio.run(scenario())


def test_a_403_on_the_device_list_names_the_permission_and_tokens_are_still_diagnosed(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        document = devices_document()
        token = first_token(document)
        async with fake_tenant(tls, document) as tenant:
            # Twice: after a 403 the client takes a new token and asks once more.
            refused = graph_error(403, "Forbidden", "Application is not authorized.")
            tenant.graph.script[per_token(token, DEVICES)] = [refused, copy.deepcopy(refused)]
            source = tenant.source(ROOMY)
            snapshot = await source.read(NOW)
            await source.close()
        (failure,) = snapshot.failures
        assert (failure.part, failure.reason, failure.permission) == (
            Part.DEVICES,
            Reason.FORBIDDEN,
            READ,
        )
        assert snapshot.devices == {}  # not read for any token: it would fail the same way
        assert snapshot.profiles is not None
        assert token in snapshot.profiles
        cards = [f.card for f in diagnose(snapshot, NOW)]
        assert Card.TENANT_UNREACHABLE in cards
        assert {Card.TOKEN_EXPIRED, Card.SYNC_ERROR, Card.TOKEN_EXPIRING} <= set(cards)

    asyncio.run(scenario())


def test_a_404_for_one_token_leaves_only_that_tokens_devices_unread(tls: Tls) -> None:
    async def scenario() -> None:
        document = devices_document()
        token = first_token(document)
        async with fake_tenant(tls, document) as tenant:
            gone = graph_error(404, "ResourceNotFound", "Not found")
            tenant.graph.script[per_token(token, DEVICES)] = [gone]
            source = tenant.source(ROOMY)
            snapshot = await source.read(NOW)
            await source.close()
        assert snapshot.devices is not None
        assert token not in snapshot.devices
        assert len(snapshot.devices) == 3
        assert not snapshot.failures

    asyncio.run(scenario())


def test_a_second_read_within_the_cache_time_makes_no_device_request(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, devices_document()) as tenant:
            # Token state is read anew every time; device data is kept.
            source = tenant.source(ROOMY, graph_cache_seconds=0, device_cache_seconds=900)
            first = await source.read(NOW)
            asked = len(tenant.graph.device_requests)
            second = await source.read(NOW)
            await source.close()
        assert asked == 2 * 4
        assert tenant.graph.snapshot_reads == 2
        assert len(tenant.graph.device_requests) == asked
        assert second.devices is first.devices
        assert second.devices_read_at == first.devices_read_at

    asyncio.run(scenario())


def test_stale_device_data_is_used_at_once_and_refreshed_in_the_background(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, devices_document()) as tenant:
            source = tenant.source(ROOMY, device_cache_seconds=1)
            first = await source.read(NOW)
            await asyncio.sleep(1.1)
            tenant.graph.delay = 0.5  # the refresh is slow: the turn must not wait for it
            began = time.monotonic()
            second = await source.read(NOW, fresh=True)
            waited = time.monotonic() - began
            assert source.devices.loads == 2  # one background read, started by that turn
            third = second
            for _ in range(100):
                await asyncio.sleep(0.1)
                third = await source.read(NOW)
                if third.devices_read_at != first.devices_read_at:
                    break
            await source.close()
        assert second.devices_read_at == first.devices_read_at  # the cached data, at once
        # The token parts only (read in parallel); waiting for the refresh too would take
        # another four rounds of device and profile lists.
        assert waited < 1.5
        assert third.devices_read_at is not None
        assert first.devices_read_at is not None
        assert third.devices_read_at > first.devices_read_at
        assert len(tenant.graph.device_requests) == 2 * 2 * 4
        assert source.devices.loads == 2

    asyncio.run(scenario())


def test_the_first_turn_waits_for_devices_only_as_long_as_its_budget_lasts(tls: Tls) -> None:
    async def scenario() -> None:
        document = devices_document()
        token = first_token(document)
        async with fake_tenant(tls, document) as tenant:
            slow = Reply(200, {"value": []}, delay=1.5)
            tenant.graph.script[per_token(token, DEVICES)] = [slow]
            source = tenant.source(replace(FAST, budget=1.0, attempt_timeout=5.0))
            began = time.monotonic()
            snapshot = await source.read(NOW)
            waited = time.monotonic() - began
            await source.close()  # stops the background read
        assert waited < 1.4
        assert snapshot.devices is None
        assert snapshot.devices_read_at is None
        assert Part.DEVICES in snapshot.unread_parts()
        assert {Card.TOKEN_EXPIRED, Card.SYNC_ERROR} <= {f.card for f in diagnose(snapshot, NOW)}

    asyncio.run(scenario())


def test_a_first_question_on_a_tenant_with_slow_devices_is_answered_after_the_first_wait(
    tls: Tls,
) -> None:
    # A 100,000-device tenant: the token findings must not wait the whole budget for them,
    # or the chat's own limit (the same budget) would cut the whole reply.
    async def scenario() -> None:
        document = devices_document()
        token = first_token(document)
        async with fake_tenant(tls, document) as tenant:
            slow = Reply(200, {"value": []}, delay=FIRST_DEVICE_WAIT + 1.5)
            tenant.graph.script[per_token(token, DEVICES)] = [slow]
            source = tenant.source(replace(ROOMY, attempt_timeout=10.0))
            began = time.monotonic()
            snapshot = await source.read(NOW)
            waited = time.monotonic() - began
            await source.close()
        assert waited < FIRST_DEVICE_WAIT + 1.0 < ROOMY.budget
        assert snapshot.devices is None
        assert {Card.TOKEN_EXPIRED, Card.SYNC_ERROR} <= {f.card for f in diagnose(snapshot, NOW)}

    asyncio.run(scenario())


def test_export_writes_devices_and_profiles_and_check_snapshot_reads_them_back(
    tls: Tls, tmp_path: Path
) -> None:
    async def scenario() -> dict[str, Any]:
        document = devices_document(devices=250)
        async with fake_tenant(tls, document) as tenant:
            tenant.graph.page_size = 100
            env = tenant.env()
            live = await ade_doctor(tmp_path, env, "check", "--json", "--as-of", AS_OF)
            exported = await ade_doctor(tmp_path, env, "export", "--out", "tenant.json")
        replayed = await ade_doctor(
            tmp_path, {}, "check", "--json", "--as-of", AS_OF, "--snapshot", "tenant.json"
        )
        assert exported[0] == 0, exported[2]
        assert live[0] == replayed[0] == 1
        assert findings(live[1]) == findings(replayed[1])
        cards = {f["card"] for f in findings(live[1])}  # type: ignore[attr-defined]
        assert {"device-enrollment-failed", "company-portal-vpp-invalid"} <= cards
        return document

    document = asyncio.run(scenario())
    written = json.loads((tmp_path / "tenant.json").read_text())
    token = first_token(document)
    for key in (DEVICES, PROFILES):
        # Pages merged, every field as Graph sent it (no $select), a list for every token.
        assert set(written[key]) == {t["id"] for t in document["depOnboardingSettings"]["value"]}
        assert written[key][token]["value"] == document[key][token]["value"]
    assert len(written[DEVICES][token]["value"]) == 15 + 250
