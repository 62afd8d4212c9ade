"""A fake Microsoft Graph serving a tenant's Intune Apple state: the three reads and each
token's devices and enrollment profiles (paged, with $select) and the sync action, with
Graph's headers and Intune's error shapes.

`script` queues canned replies per path (a 503 storm, a 429, garbage); otherwise the access
token is checked against the fake Entra ID, including its app roles.
"""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any
from urllib.parse import quote

from aiohttp import web

from tests.graph.fake_aad import READ, READ_APPS, READ_WRITE, FakeAzureAD

TOKENS = "/beta/deviceManagement/depOnboardingSettings"
APNS = "/v1.0/deviceManagement/applePushNotificationCertificate"
VPP = "/v1.0/deviceAppManagement/vppTokens"
SYNC = "/syncWithAppleDeviceEnrollmentProgram"
DEVICES = "importedAppleDeviceIdentities"
PROFILES = "enrollmentProfiles"
_PER_TOKEN = re.compile(rf"{TOKENS}/([^/]+)/({DEVICES}|{PROFILES})")
DROP = 0  # Reply status: close the connection without answering
VPP_SECRET = "eyJ2cHAiOiJub3QtZm9yLWxvZ3MifQ=="  # the `token` field Graph returns in full
# Scopes Intune accepts per request, least privileged first, as its 403 lists them.
ACCEPTS = {
    TOKENS: [READ, READ_WRITE, "DeviceManagementConfiguration.Read.All"],
    APNS: [READ, READ_WRITE],
    VPP: [READ_APPS, "DeviceManagementApps.ReadWrite.All", READ, READ_WRITE],
    SYNC: [READ_WRITE],
    DEVICES: [READ, READ_WRITE, "DeviceManagementConfiguration.Read.All"],
    # Graph's beta reference lists DeviceManagementConfiguration.* for devices, not profiles.
    PROFILES: [READ, READ_WRITE],
}


def per_token(token_id: str, part: str) -> str:
    """The path of one token's device or profile list."""
    return f"{TOKENS}/{token_id}/{part}"


@dataclass
class Reply:
    status: int
    body: object = None  # dict: JSON; str: sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    client_request_id: str | None
    tenant: str | None = None  # the customer tenant of the access token (issue 15)


@dataclass
class FakeGraph:
    aad: FakeAzureAD
    document: dict[str, Any]
    page_size: int = 100
    delay: float = 0.0
    url: str = ""
    link_host: str | None = None  # host written into @odata.nextLink (None: our own)
    script: dict[str, list[Reply]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    synced: list[str] = field(default_factory=list)
    # Issue 15: per customer tenant (the access token's), a reply sent to its every request
    # (a tenant that keeps throttling) and a slowness; the document is the same for all.
    tenant_script: dict[str, list[Reply]] = field(default_factory=dict)
    tenant_delay: dict[str, float] = field(default_factory=dict)
    # Per customer tenant, replies sent one per request until used up, then the normal
    # answers (a tenant Intune throttles for a while: 429 with Retry-After, then 200).
    tenant_queue: dict[str, list[Reply]] = field(default_factory=dict)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        return app

    @property
    def snapshot_reads(self) -> int:
        """Snapshot reads begun: first pages of the ADE token list."""
        return sum(1 for s in self.seen if s.path == TOKENS and "$skiptoken" not in s.query)

    @property
    def token_part_requests(self) -> list[Seen]:
        """Requests for the three token parts (not per-token device or profile lists)."""
        return [s for s in self.seen if not _PER_TOKEN.fullmatch(s.path)]

    @property
    def device_requests(self) -> list[Seen]:
        """Requests for tokens' device and profile lists."""
        return [s for s in self.seen if _PER_TOKEN.fullmatch(s.path)]

    def requests_to(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]

    async def handle(self, request: web.Request) -> web.StreamResponse:
        client_request_id = request.headers.get("client-request-id")
        bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
        of = self.aad.issued.get(bearer)
        seen = Seen(request.method, request.path, dict(request.query), client_request_id)
        seen.tenant = of.tenant if of is not None else None
        self.seen.append(seen)
        if self.delay:
            await asyncio.sleep(self.delay)
        queued = self.script.get(request.path)
        if queued:
            reply = queued.pop(0)
            await asyncio.sleep(reply.delay)
            if reply.status == DROP:
                assert request.transport is not None
                request.transport.close()  # the connection dies before any answer
                return web.Response()
            return _respond(request, reply)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        issued = self.aad.issued.get(token)
        if issued is not None and issued.tenant in self.tenant_delay:
            await asyncio.sleep(self.tenant_delay[issued.tenant])
        if issued is not None and self.tenant_queue.get(issued.tenant):
            return _respond(request, self.tenant_queue[issued.tenant].pop(0))
        if issued is not None and self.tenant_script.get(issued.tenant):
            return _respond(request, self.tenant_script[issued.tenant][0])
        if issued is None or not issued.valid():
            return _respond(
                request,
                graph_error(
                    401,
                    "InvalidAuthenticationToken",
                    "Access token has expired or is not yet valid.",
                ),
            )
        listing = _PER_TOKEN.fullmatch(request.path)
        kind = SYNC if request.path.endswith(SYNC) else request.path
        kind = listing.group(2) if listing else kind
        if kind not in ACCEPTS:
            return _respond(
                request, graph_error(400, "BadRequest", "Resource not found for the segment.")
            )
        if not issued.roles & set(ACCEPTS[kind]):
            return _respond(request, intune_forbidden(ACCEPTS[kind]))
        if kind == SYNC and request.method == "POST":
            self.synced.append(request.path.split("/")[-2])
            return _respond(request, Reply(204))
        if kind == APNS:
            body = self.document.get("applePushNotificationCertificate")
            if body is None:
                return _respond(request, graph_error(404, "ResourceNotFound", "Not found"))
            return _respond(request, Reply(200, _select(body, request.query)))
        if listing:
            collection = self._token_list(listing.group(1), listing.group(2))
            if collection is None:
                return _respond(request, graph_error(404, "ResourceNotFound", "Not found"))
            return _respond(request, Reply(200, self._page(request, collection)))
        key = "depOnboardingSettings" if request.path == TOKENS else "vppTokens"
        return _respond(request, Reply(200, self._page(request, self.document[key])))

    def _token_list(self, token_id: str, part: str) -> dict[str, Any] | None:
        """A token's list: from the document's per-token map, empty for a known token the map
        leaves out, None (404) for an unknown token."""
        listed = self.document.get(part, {}).get(token_id)
        if listed is not None:
            return listed  # type: ignore[no-any-return]
        known = {t["id"] for t in self.document["depOnboardingSettings"]["value"]}
        return {"value": []} if token_id in known else None

    def _page(self, request: web.Request, collection: dict[str, Any]) -> dict[str, Any]:
        start = int(request.query.get("$skiptoken", "0"))
        items = collection["value"][start : start + self.page_size]
        page: dict[str, Any] = {
            "@odata.context": f"{self.url}{request.path}",
            "value": [_select(item, request.query) for item in items],
        }
        if start + self.page_size < len(collection["value"]):
            query = {k: v for k, v in request.query.items() if k != "$skiptoken"}
            query["$skiptoken"] = str(start + self.page_size)
            text = "&".join(f"{k}={quote(v, safe=',')}" for k, v in query.items())
            page["@odata.nextLink"] = f"{self.link_host or self.url}{request.path}?{text}"
        return page


def graph_error(status: int, code: str, message: str, **headers: str) -> Reply:
    body = {
        "error": {"code": code, "message": message, "innerError": {"date": "2026-11-22T12:00:00"}}
    }
    return Reply(status, body, headers)


def intune_forbidden(scopes: list[str]) -> Reply:
    """Intune's 403: its own JSON, with the accepted scopes, inside Graph's message."""
    inner = {
        "_version": 3,
        "Message": "Application is not authorized to perform this operation. Application must "
        f"have one of the following scopes: {', '.join(scopes)} - Operation ID (for customer "
        f"support): 00000000-0000-0000-0000-000000000000 - Activity ID: {uuid.uuid4()} - Url: "
        "https://fef.msua06.manage.microsoft.com/StatelessOnboardingService/deviceManagement",
        "CustomApiErrorPhrase": "",
        "RetryAfter": None,
    }
    return graph_error(403, "Forbidden", json.dumps(inner, indent=2).replace("\n", "\r\n"))


def _select(item: dict[str, Any], query: Any) -> dict[str, Any]:
    fields = query.get("$select")
    if not fields:
        return dict(item)
    wanted = set(fields.split(","))
    return {k: v for k, v in item.items() if k in wanted or k.startswith("@odata")}


def _respond(request: web.Request, reply: Reply) -> web.Response:
    request_id = str(uuid.uuid4())
    headers = {
        "request-id": request_id,
        "client-request-id": request.headers.get("client-request-id", ""),
        "Date": formatdate(usegmt=True),
        **reply.headers,
    }
    body = reply.body
    if isinstance(body, dict) and "error" in body:
        body["error"]["innerError"].update(
            {"request-id": request_id, "client-request-id": headers["client-request-id"]}
        )
    if body is None:
        return web.Response(status=reply.status, headers=headers)
    if isinstance(body, str):
        return web.Response(
            status=reply.status, text=body, headers=headers, content_type="text/html"
        )
    return web.json_response(body, status=reply.status, headers=headers)
