"""Graph and Entra ID error shapes as they really come, turned into what the admin must fix."""

import asyncio
import json

import pytest

from bot.graph.client import GraphClient
from bot.graph.deadline import Deadline
from bot.graph.errors import GraphError, parse_error_body, required_permission
from bot.graph.signin_errors import explain
from tests.graph.conftest import FAST, NOW, fake_tenant
from tests.graph.fake_graph import APNS
from tests.graph.tls import Tls

CONTEXT = {"tenant": "contoso-id", "client_id": "app-id", "kind": "ClientSecret"}


def test_intunes_nested_403_gives_its_message_and_the_least_privileged_scope() -> None:
    # As Intune sends it: Graph code "UnknownError", Intune's JSON inside, twice nested.
    inner = {
        "_version": 3,
        "Message": "Application is not authorized to perform this operation. Application "
        "must have one of the following scopes: DeviceManagementServiceConfig.Read.All, "
        "DeviceManagementServiceConfig.ReadWrite.All - Operation ID (for customer support): "
        "00000000-0000-0000-0000-000000000000 - Activity ID: 5c97 - Url: https://fef.msub05",
    }
    outer = {"ErrorCode": "Forbidden", "Message": json.dumps(inner)}
    body = {
        "error": {
            "code": "UnknownError",
            "message": json.dumps(outer),
            "innerError": {"request-id": "r-1", "client-request-id": "c-1", "date": "x"},
        }
    }
    code, message, request_id, client_request_id = parse_error_body(json.dumps(body).encode())
    assert (code, request_id, client_request_id) == ("UnknownError", "r-1", "c-1")
    assert message.endswith("DeviceManagementServiceConfig.ReadWrite.All")
    assert required_permission(message) == "DeviceManagementServiceConfig.Read.All"


@pytest.mark.parametrize("body", [b"", b"<html>", b"[]", b'{"error": "x"}', b"{" * 5000])
def test_an_error_body_that_is_not_graphs_envelope_is_tolerated(body: bytes) -> None:
    assert parse_error_body(body) == (None, "", None, None)


def test_a_403_that_names_no_scopes_names_no_permission() -> None:
    assert required_permission("Forbidden") is None


def test_a_graph_error_reads_as_one_line_with_the_ids_support_asks_for() -> None:
    error = GraphError(
        "throttled",
        method="GET",
        path="/v1.0/deviceAppManagement/vppTokens",
        status=429,
        code="TooManyRequests",
        message="slow down",
        request_id="r-9",
        client_request_id="c-9",
    )
    assert str(error) == (
        "Graph GET /v1.0/deviceAppManagement/vppTokens: 429 TooManyRequests: slow down "
        "(request-id r-9, client-request-id c-9)"
    )
    assert error.detail == (
        "Graph answered 429 TooManyRequests: slow down (request-id r-9, client-request-id c-9)"
    )


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("AADSTS7000222: The provided client secret keys for app 'x' are expired.", "has expired"),
        ("AADSTS65001: The user or administrator has not consented", "has no admin consent"),
        ("AADSTS7000229: The client application x is missing service principal", "consent"),
        ("AADSTS900023: Specified tenant identifier 'x' is neither a valid DNS name", "neither"),
        ("AADSTS53003: Access has been blocked by Conditional Access policies.", "Conditional"),
        ("AADSTS700024: Client assertion is not within its valid time range.", "clock"),
        ("AADSTS12345: Something new. More text.\r\nTrace ID: 1", "(AADSTS12345): Something new"),
    ],
)
def test_each_sign_in_refusal_says_what_to_fix(description: str, expected: str) -> None:
    assert expected in explain(CONTEXT, "invalid_client", description)


def test_a_managed_identity_refusal_points_at_the_identity_assignment() -> None:
    detail = explain(
        {**CONTEXT, "kind": "ManagedIdentity"}, "invalid_scope", "400, Identity not found"
    )
    assert "assigned to this host" in detail
    assert "Identity not found" in detail


class _Token:
    async def bearer(self, deadline: Deadline, *, stale: str | None = None) -> str:
        return "not-a-real-token"


def test_graphs_tls_certificate_unknown_to_us_says_to_set_ssl_cert_file(tls: Tls) -> None:
    async def scenario() -> GraphError:
        async with fake_tenant(tls) as tenant:
            client = GraphClient(tenant.graph.url, policy=FAST, verify=True)
            try:
                await client.get_json(APNS, _Token(), Deadline(FAST.budget))
            except GraphError as error:
                return error
            finally:
                await client.aclose()
        raise AssertionError("no error")

    error = asyncio.run(scenario())
    assert error.reason == "unavailable"
    assert "set SSL_CERT_FILE" in error.message


def test_entra_ids_tls_certificate_unknown_to_us_says_to_set_ssl_cert_file(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            source = tenant.source(graph_ca_bundle=None)
            snapshot = await source.read(NOW)
            await source.close()
        assert {f.reason for f in snapshot.failures} == {"unavailable"}
        assert "not trusted: set SSL_CERT_FILE" in snapshot.failures[0].detail
        assert tenant.graph.seen == []

    asyncio.run(scenario())
