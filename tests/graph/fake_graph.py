"""A fake Microsoft Graph serving a tenant's Intune Apple state: the three reads and each
token's devices and enrollment profiles (paged, with $select) and the sync action, with
Graph's headers and Intune's error shapes, requested one by one or in JSON batches
(`POST /{version}/$batch`, up to 20 inner requests, each answered with its own status).

`script` queues canned replies per path (a 503 storm, a 429, garbage); otherwise the access
token is checked against the fake Entra ID, including its app roles.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import json
import re
import uuid
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from aiohttp import web

from tests.graph.fake_aad import READ, READ_APPS, READ_WRITE, FakeAzureAD

# The resources as the bot reads them: all from beta, in one JSON batch (issue 15).
TOKENS_RESOURCE = "/deviceManagement/depOnboardingSettings"
APNS_RESOURCE = "/deviceManagement/applePushNotificationCertificate"
VPP_RESOURCE = "/deviceAppManagement/vppTokens"
TOKENS = f"/beta{TOKENS_RESOURCE}"
APNS = f"/beta{APNS_RESOURCE}"
VPP = f"/beta{VPP_RESOURCE}"
_BATCH = re.compile(r"/(v1\.0|beta)/\$batch")
MAX_BATCH = 20
SYNC = "/syncWithAppleDeviceEnrollmentProgram"
DEVICES = "importedAppleDeviceIdentities"
PROFILES = "enrollmentProfiles"
_PER_TOKEN = re.compile(rf"{TOKENS}/([^/]+)/({DEVICES}|{PROFILES})")
DROP = 0  # Reply status: close the connection without answering
VPP_SECRET = "eyJ2cHAiOiJub3QtZm9yLWxvZ3MifQ=="  # the `token` field Graph returns in full
# Scopes Intune accepts per request, least privileged first, as its 403 lists them.
ACCEPTS = {
    TOKENS_RESOURCE: [READ, READ_WRITE, "DeviceManagementConfiguration.Read.All"],
    APNS_RESOURCE: [READ, READ_WRITE],
    VPP_RESOURCE: [READ_APPS, "DeviceManagementApps.ReadWrite.All", READ, READ_WRITE],
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
    body: object = None  # dict: JSON; str: sent as is; Flood: streamed
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Flood:
    """A body of `size` bytes (None: endless) sent in chunks with no Content-Length, as a
    broken proxy might; `sent` counts what went out before the client hung up. Inside a
    batch, it makes the whole batch answer a flood (its inner answers are in its body)."""

    size: int | None = None
    sent: int = 0


# An endless flood stops somewhere, so a client that never hangs up fails its test instead
# of filling the machine's memory.
FLOOD_LIMIT = 1024**3
_FLOOD_ITEM = b'{"serialNumber":"F9FDXYZ12345","platform":"iOS","enrollmentState":"enrolled"},'
_FLOOD_CHUNK = _FLOOD_ITEM * (65536 // len(_FLOOD_ITEM))


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
    # The $batch POSTs themselves (their inner requests are in `seen`), and every HTTP
    # request received, batches and plain ones.
    batches: list[Seen] = field(default_factory=list)
    http_requests: int = 0

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
        self.http_requests += 1
        if request.method == "POST" and _BATCH.fullmatch(request.path):
            return await self._batch(request)
        bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
        client_request_id = request.headers.get("client-request-id")
        reply = await self._serve(
            request.method, request.path, dict(request.query), bearer, client_request_id
        )
        if reply.status == DROP:
            assert request.transport is not None
            request.transport.close()  # the connection dies before any answer
            return web.Response()
        return await _respond(request, reply)

    async def _batch(self, request: web.Request) -> web.StreamResponse:
        """Graph's JSON batching: the inner requests served as the plain ones (same routes,
        scripts, per-tenant throttling and delays), run side by side, so the batch answers
        when its slowest request does; each answer with its own status and headers."""
        bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
        of = self.aad.issued.get(bearer)
        client_request_id = request.headers.get("client-request-id")
        self.batches.append(
            Seen("POST", request.path, {}, client_request_id, of.tenant if of else None)
        )
        queued = self.script.get(request.path)  # the whole batch refused (503, 429, ...)
        if queued:
            reply = queued.pop(0)
            await asyncio.sleep(reply.delay)
            return await _respond(request, reply)
        if of is None or not of.valid():  # the gateway checks the batch's token
            return await _respond(request, _expired())
        try:
            body = await request.json()
        except ValueError:
            return await _respond(request, graph_error(400, "BadRequest", "Invalid batch payload."))
        requests = body.get("requests") if isinstance(body, dict) else None
        problem = _batch_problem(requests)
        if problem:
            return await _respond(request, graph_error(400, "BadRequest", problem))
        assert isinstance(requests, list)
        version = request.path.split("/")[1]
        inner = []
        for item in requests:
            url = urlsplit(item["url"])
            path = f"/{version}/{url.path.lstrip('/')}"
            headers = item.get("headers") or {}
            inner.append(
                self._serve(
                    item["method"],
                    path,
                    dict(parse_qsl(url.query, keep_blank_values=True)),
                    bearer,
                    headers.get("client-request-id"),
                )
            )
        replies = await asyncio.gather(*inner)
        if any(reply.status == DROP for reply in replies):
            assert request.transport is not None
            request.transport.close()
            return web.Response()
        flood = next((reply for reply in replies if isinstance(reply.body, Flood)), None)
        if flood is not None:
            return await _respond(request, Reply(200, flood.body))
        answers = [
            {
                "id": item["id"],
                **_inner(reply, (item.get("headers") or {}).get("client-request-id")),
            }
            for item, reply in zip(requests, replies, strict=True)
        ]
        # Graph answers in the order it finishes: never rely on the request order.
        return await _respond(request, Reply(200, {"responses": answers[::-1]}))

    async def _serve(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        bearer: str,
        client_request_id: str | None,
    ) -> Reply:
        """One request, plain or inside a batch."""
        issued = self.aad.issued.get(bearer)
        seen = Seen(method, path, query, client_request_id)
        seen.tenant = issued.tenant if issued is not None else None
        self.seen.append(seen)
        if self.delay:
            await asyncio.sleep(self.delay)
        # A script for one page of a list: "path?$skiptoken=N".
        page = f"{path}?$skiptoken={query['$skiptoken']}" if "$skiptoken" in query else None
        queued = self.script.get(page or "") or self.script.get(path)
        if queued:
            reply = queued.pop(0)
            await asyncio.sleep(reply.delay)
            return reply
        if issued is not None and issued.tenant in self.tenant_delay:
            await asyncio.sleep(self.tenant_delay[issued.tenant])
        if issued is not None and self.tenant_queue.get(issued.tenant):
            return self.tenant_queue[issued.tenant].pop(0)
        if issued is not None and self.tenant_script.get(issued.tenant):
            return self.tenant_script[issued.tenant][0]
        if issued is None or not issued.valid():
            return _expired()
        listing = _PER_TOKEN.fullmatch(path)
        kind = SYNC if path.endswith(SYNC) else _unversioned(path)
        kind = listing.group(2) if listing else kind
        beta_only = kind in (TOKENS_RESOURCE, SYNC, DEVICES, PROFILES)
        if kind not in ACCEPTS or (beta_only and not path.startswith("/beta/")):
            return graph_error(400, "BadRequest", "Resource not found for the segment.")
        if not issued.roles & set(ACCEPTS[kind]):
            return intune_forbidden(ACCEPTS[kind])
        if kind == SYNC and method == "POST":
            self.synced.append(path.split("/")[-2])
            return Reply(204)
        if kind == APNS_RESOURCE:
            body = self.document.get("applePushNotificationCertificate")
            if body is None:
                return graph_error(404, "ResourceNotFound", "Not found")
            return Reply(200, _select(body, query))
        if listing:
            collection = self._token_list(listing.group(1), listing.group(2))
            if collection is None:
                return graph_error(404, "ResourceNotFound", "Not found")
            return Reply(200, self._page(path, query, collection))
        key = "depOnboardingSettings" if kind == TOKENS_RESOURCE else "vppTokens"
        return Reply(200, self._page(path, query, self.document[key]))

    def _token_list(self, token_id: str, part: str) -> dict[str, Any] | None:
        """A token's list: from the document's per-token map, empty for a known token the map
        leaves out, None (404) for an unknown token."""
        listed = self.document.get(part, {}).get(token_id)
        if listed is not None:
            return listed  # type: ignore[no-any-return]
        known = {t["id"] for t in self.document["depOnboardingSettings"]["value"]}
        return {"value": []} if token_id in known else None

    def _page(self, path: str, query: dict[str, str], collection: dict[str, Any]) -> dict[str, Any]:
        start = int(query.get("$skiptoken", "0"))
        items = collection["value"][start : start + self.page_size]
        page: dict[str, Any] = {
            "@odata.context": f"{self.url}{path}",
            "value": [_select(item, query) for item in items],
        }
        if start + self.page_size < len(collection["value"]):
            rest = {k: v for k, v in query.items() if k != "$skiptoken"}
            rest["$skiptoken"] = str(start + self.page_size)
            text = "&".join(f"{k}={quote(v, safe=',')}" for k, v in rest.items())
            page["@odata.nextLink"] = f"{self.link_host or self.url}{path}?{text}"
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


def _expired() -> Reply:
    return graph_error(
        401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid."
    )


def _unversioned(path: str) -> str:
    """The resource a path names, without its version: the fake serves both."""
    return "/" + path.split("/", 2)[-1] if path.startswith(("/beta/", "/v1.0/")) else path


def _batch_problem(requests: object) -> str | None:
    """Why Graph would refuse a batch as a whole (400), or None."""
    if not isinstance(requests, list) or not requests:
        return "Invalid batch payload: no requests."
    if len(requests) > MAX_BATCH:
        return f"Number of batch requests exceeds the max limit of {MAX_BATCH}."
    ids = [item.get("id") if isinstance(item, dict) else None for item in requests]
    if any(not isinstance(i, str) for i in ids) or len({str(i).lower() for i in ids}) < len(ids):
        return "Batch request ids must be unique strings."
    for item in requests:
        url = item.get("url")
        if not isinstance(url, str) or not isinstance(item.get("method"), str):
            return "Each batch request needs a method and a url."
        if url.startswith(("http:", "https:", "/v1.0/", "/beta/")):
            return "Batch request urls are relative to the batch's version."
    return None


def _headers(reply: Reply, client_request_id: str | None) -> tuple[str, dict[str, str]]:
    request_id = str(uuid.uuid4())
    headers = {
        "request-id": request_id,
        "client-request-id": client_request_id or "",
        "Date": formatdate(usegmt=True),
        **reply.headers,
    }
    body = reply.body
    if isinstance(body, dict) and "error" in body:
        body = copy.deepcopy(body)  # a scripted reply may be sent twice
        body["error"]["innerError"].update(
            {"request-id": request_id, "client-request-id": headers["client-request-id"]}
        )
        reply.body = body
    return request_id, headers


def _inner(reply: Reply, client_request_id: str | None) -> dict[str, Any]:
    """One answer inside a batch: JSON as JSON, any other body base64-encoded, as Graph does."""
    _, headers = _headers(reply, client_request_id)
    answer: dict[str, Any] = {"status": reply.status, "headers": headers}
    if isinstance(reply.body, str):
        headers.setdefault("Content-Type", "text/html")
        answer["body"] = base64.b64encode(reply.body.encode()).decode()
    elif reply.body is not None:
        headers.setdefault("Content-Type", "application/json")
        answer["body"] = reply.body
    return answer


async def _respond(request: web.Request, reply: Reply) -> web.StreamResponse:
    _, headers = _headers(reply, request.headers.get("client-request-id"))
    body = reply.body
    if isinstance(body, Flood):
        return await _flood(request, reply.status, headers, body)
    if body is None:
        return web.Response(status=reply.status, headers=headers)
    if isinstance(body, str):
        return web.Response(
            status=reply.status, text=body, headers=headers, content_type="text/html"
        )
    return web.json_response(body, status=reply.status, headers=headers)


async def _flood(
    request: web.Request, status: int, headers: dict[str, str], flood: Flood
) -> web.StreamResponse:
    response = web.StreamResponse(status=status, headers=headers)
    response.content_type = "application/json"
    response.enable_chunked_encoding()
    await response.prepare(request)
    limit = FLOOD_LIMIT if flood.size is None else flood.size
    try:
        await response.write(b'{"value":[')
        while flood.sent < limit:
            # A write into a socket the client closed is dropped silently by asyncio, and
            # may not even yield: give the loop its turn to see the connection lost.
            await asyncio.sleep(0)
            if request.transport is None or request.transport.is_closing():
                return response
            chunk = _FLOOD_CHUNK[: limit - flood.sent]
            await response.write(chunk)
            flood.sent += len(chunk)
        await response.write_eof()
    except ConnectionError:
        pass  # the client hung up: what a capped reader does
    return response
