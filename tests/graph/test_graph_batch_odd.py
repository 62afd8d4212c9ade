"""Graph (or a proxy in front of it) answering a JSON batch oddly, over real HTTPS: each odd
inner answer fails or re-reads its own part, never the whole tenant read, and the bearer
token never leaves the configured Graph endpoint."""

import asyncio
from typing import Any

from aiohttp import web

from bot.core.tenant.snapshot import Part, Reason
from tests.graph.conftest import FAST, fake_tenant, serving
from tests.graph.fake_graph import APNS, TOKENS, VPP, Reply
from tests.graph.test_graph_retries import Waits, read
from tests.graph.tls import Tls

BATCH = "/beta/$batch"


def _inner(id_: object, status: object, body: object, **headers: str) -> dict[str, Any]:
    return {"id": id_, "status": status, "headers": headers, "body": body}


def test_an_inner_answer_with_a_header_that_is_not_ascii_is_read_not_a_crash(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            # Ids are the requests' order: tokens, certificate, VPP. A 503 from a gateway whose
            # error text (in a header) is localized.
            odd = _inner("1", 503, None, **{"x-ms-ags-diagnostic": "Dienst nicht verfügbar"})
            tenant.graph.script[BATCH] = [Reply(200, {"responses": [odd]})]
            snapshot = await read(tenant, FAST, Waits())
        # The unanswered parts and the odd one are each asked again alone, and read.
        assert not snapshot.failures
        assert snapshot.push_certificate is not None
        assert len(tenant.graph.requests_to(APNS)) == 1

    asyncio.run(scenario())


def test_an_inner_answer_nested_a_thousand_levels_deep_fails_that_part_only(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            # Written by hand: no JSON encoder writes it (the fake's neither).
            deep = "[" * 990 + "]" * 990
            odd = f'{{"id": "2", "status": 500, "body": {deep}}}'
            tenant.graph.script[BATCH] = [Reply(200, f'{{"responses": [{odd}]}}')]
            snapshot = await read(tenant, FAST, Waits())
        (failure,) = snapshot.failures
        assert failure.part == Part.VPP_TOKENS
        assert snapshot.enrollment_tokens

    asyncio.run(scenario())


def test_an_inner_retry_after_as_a_date_without_zone_is_read_not_a_crash(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            # RFC 2822's "-0000" (no zone known) where HTTP writes GMT.
            headers = {
                "Retry-After": "Sun, 22 Nov 2026 10:00:01 -0000",
                "Date": "Sun, 22 Nov 2026 10:00:00 GMT",
            }
            tenant.graph.script[BATCH] = [
                Reply(200, {"responses": [_inner("0", 429, None, **headers)]})
            ]
            waits = Waits()
            snapshot = await read(tenant, FAST, waits)
        assert not snapshot.failures
        assert 1.0 in waits.seconds

    asyncio.run(scenario())


def test_odd_ids_statuses_and_bodies_in_a_batch_each_reread_or_fail_their_own_part(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            responses = [
                {"status": 200, "body": {"value": []}},  # no id
                _inner("7", 200, {"value": []}),  # an id never asked
                _inner(0, 200, {"value": []}),  # an int id
                _inner("1", "200", {}),  # a status that is not an int
                _inner("2", 200, "not base64 and not JSON", **{"Content-Type": "text/html"}),
                _inner("2", 200, "also not JSON"),  # duplicate id: one of them is used
            ]
            tenant.graph.script[BATCH] = [Reply(200, {"responses": responses})]
            snapshot = await read(tenant, FAST, Waits())
        (failure,) = snapshot.failures
        assert (failure.part, failure.reason) == (Part.VPP_TOKENS, Reason.BAD_RESPONSE)
        assert snapshot.enrollment_tokens
        assert snapshot.push_certificate is not None
        # The tokens and the certificate were asked again alone (2 + batch 0).
        assert len(tenant.graph.requests_to(TOKENS)) == len(tenant.graph.requests_to(APNS)) == 1
        assert tenant.graph.requests_to(VPP) == []

    asyncio.run(scenario())


def test_responses_that_are_not_a_list_reread_every_part_alone(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[BATCH] = [Reply(200, {"responses": {"0": {}}})]
            snapshot = await read(tenant, FAST, Waits())
        assert not snapshot.failures

    asyncio.run(scenario())


def test_a_nextlink_without_a_scheme_never_sends_the_bearer_token_to_another_host(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        stolen: list[str] = []

        async def foreign(request: web.Request) -> web.Response:
            stolen.append(request.headers.get("Authorization", ""))
            return web.json_response({"value": []})

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", foreign)
        async with serving(app, tls) as other, fake_tenant(tls) as tenant:
            port = other.rsplit(":", 1)[1]
            first = await _first_tokens_page(tenant)
            # "https://127.0.0.1:<graph>" + "@127.0.0.1:<other>/..." is userinfo, then a host.
            first["@odata.nextLink"] = f"@127.0.0.1:{port}/beta/deviceManagement/x"
            tenant.graph.script[TOKENS] = [Reply(200, first)]
            snapshot = await read(tenant, FAST, Waits())
        assert stolen == []
        (failure,) = snapshot.failures
        assert (failure.part, failure.reason) == (Part.ENROLLMENT_TOKENS, Reason.BAD_RESPONSE)

    asyncio.run(scenario())


async def _first_tokens_page(tenant: Any) -> dict[str, Any]:
    document = tenant.graph.document["depOnboardingSettings"]
    return {"value": list(document["value"])}
