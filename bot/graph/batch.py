"""Microsoft Graph JSON batching: up to 20 GETs in one `POST /{version}/$batch`, so a tenant's
three token parts cost one round trip instead of three (issue 15: a thousand tenants over 50
connections).

As Graph defines it: a batch targets one version (a beta-only resource inside a v1.0 batch
answers 405), inner URLs are relative to it, and every inner answer has its own status and
headers, in any order; a 200 for the batch says nothing about the requests inside it. Each
request in a batch is throttled on its own, so an inner 429 carries its own Retry-After and
only that request is retried, alone, after that wait, with the retries a plain request gets
(401/403 with a new token, backoff, the same client-request-id). A whole batch refused (429,
503, a hung connection) is retried as a batch by the client; if it fails for good, every
request in it fails with that answer. Our reads never depend on one another, so `dependsOn`
is not used. The first page of a list comes in the batch; its @odata.nextLink is followed by
the caller as a plain GET.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from bot.core.tenant.snapshot import Reason
from bot.graph.answers import graph_error, json_object, retry_after
from bot.graph.client import Auth, Earlier, GraphClient
from bot.graph.deadline import Deadline
from bot.graph.errors import GraphError, TooLargeAnswerError
from bot.graph.identity import AuthError
from bot.graph.observer import answered

# Graph's limit; a 21st request makes the whole batch a 400.
MAX_REQUESTS = 20
# A whole batch answered so was not understood as one, which says nothing of its requests.
NOT_UNDERSTOOD = {400, 404, 405, 501}
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Get:
    """One GET: `path` starts with its version ("/beta/deviceManagement/...")."""

    path: str
    params: dict[str, str] | None = None

    @property
    def version(self) -> str:
        return self.path.split("/", 2)[1]


# The first page of a GET (a JSON object), or why it failed for good.
Answer = dict[str, Any] | GraphError | AuthError


async def get_all(
    client: GraphClient, gets: Sequence[Get], auth: Auth, deadline: Deadline
) -> list[Answer]:
    """Each GET's answer, in order: batches of at most MAX_REQUESTS of one version, sent
    together; a lone GET goes as itself."""
    chunks: list[list[int]] = []
    for version in dict.fromkeys(get.version for get in gets):
        indexes = [n for n, get in enumerate(gets) if get.version == version]
        chunks += [indexes[i : i + MAX_REQUESTS] for i in range(0, len(indexes), MAX_REQUESTS)]
    answers: list[Answer | None] = [None] * len(gets)
    results = await asyncio.gather(
        *(_batch(client, [gets[n] for n in chunk], auth, deadline) for chunk in chunks)
    )
    for chunk, result in zip(chunks, results, strict=True):
        for n, answer in zip(chunk, result, strict=True):
            answers[n] = answer
    return [answer for answer in answers if answer is not None]


async def _batch(
    client: GraphClient, gets: list[Get], auth: Auth, deadline: Deadline
) -> list[Answer]:
    if len(gets) == 1:
        return [await _alone(client, gets[0], auth, deadline, None)]
    version = gets[0].version
    ids = [str(uuid.uuid4()) for _ in gets]
    requests = [
        {
            "id": str(n),
            "method": "GET",
            "url": _relative(get),
            # Each inner request its own id, kept for its retries: support follows each.
            "headers": {"client-request-id": request_id},
        }
        for n, (get, request_id) in enumerate(zip(gets, ids, strict=True))
    ]
    path = f"/{version}/$batch"
    body = json.dumps({"requests": requests}).encode()
    try:
        response = await client.send(
            "POST", client.base_url + path, auth, deadline, None, body=body
        )
        batch = json_object(response, "POST", path)
    except (GraphError, AuthError) as error:
        if isinstance(error, GraphError) and error.status in NOT_UNDERSTOOD:
            # A proxy or private endpoint in front of Graph that knows no $batch: each
            # request on its own still reads the tenant (and a 404 is not "no certificate").
            log.warning("Graph $batch not understood, reading one by one: %s", error.describe())
            return list(
                await asyncio.gather(*(_alone(client, g, auth, deadline, None) for g in gets))
            )
        if isinstance(error, TooLargeAnswerError):
            # One huge inner answer makes the whole batch huge: each request alone names
            # the one at fault and still reads the others. One after another, so memory
            # stays within one answer's cap.
            return [await _alone(client, get, auth, deadline, None) for get in gets]
        return [_each(error, get) for get in gets]
    # The token the inner requests were authorized with: a 401/403 among them refuses it.
    token = response.request.headers["Authorization"].removeprefix("Bearer ")
    inner = batch.get("responses")
    by_id = {
        item["id"]: item
        for item in (inner if isinstance(inner, list) else [])
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }
    return list(
        await asyncio.gather(
            *(
                _answer(
                    client,
                    get,
                    by_id.get(str(n)),
                    auth,
                    deadline,
                    token=token,
                    request_id=request_id,
                )
                for n, (get, request_id) in enumerate(zip(gets, ids, strict=True))
            )
        )
    )


async def _answer(
    client: GraphClient,
    get: Get,
    item: dict[str, Any] | None,
    auth: Auth,
    deadline: Deadline,
    *,
    token: str,
    request_id: str,
) -> Answer:
    status = item.get("status") if item is not None else None
    if item is None or type(status) is not int or not 100 <= status <= 599:
        # Not answered inside the batch (or with no HTTP status): asked again on its own.
        failure = GraphError(
            Reason.UNAVAILABLE, method="GET", path=get.path, message="no answer in the $batch"
        )
        return await _alone(client, get, auth, deadline, Earlier(failure, 0.0, token, request_id))
    headers = _headers(item.get("headers"))
    body = item.get("body")
    if 200 <= status < 300 and isinstance(body, dict):
        answered(client.observer, "GET", get.path, httpx.Response(status, headers=headers))
        return body  # the usual case: no copy of a page of 1,000 devices
    response = httpx.Response(status, headers=headers, content=_content(body, headers))
    if response.is_success:
        answered(client.observer, "GET", get.path, response)
        try:
            return json_object(response, "GET", get.path)
        except GraphError as error:
            return error
    failure = graph_error("GET", get.path, response)
    answered(client.observer, "GET", get.path, failure)
    earlier = Earlier(failure, retry_after(response), token, request_id)
    return await _alone(client, get, auth, deadline, earlier)


async def _alone(
    client: GraphClient, get: Get, auth: Auth, deadline: Deadline, earlier: Earlier | None
) -> Answer:
    """A plain GET, or the retries of one that failed inside a batch."""
    try:
        url = client.base_url + get.path
        response = await client.send("GET", url, auth, deadline, get.params, earlier=earlier)
        return json_object(response, "GET", get.path)
    except (GraphError, AuthError) as error:
        return error


def _relative(get: Get) -> str:
    url = get.path.removeprefix(f"/{get.version}")
    if get.params:
        url += "?" + "&".join(f"{k}={quote(v, safe=',')}" for k, v in get.params.items())
    return url


def _headers(raw: object) -> list[tuple[bytes, bytes]]:
    """An inner answer's headers as a response carries them. They come as JSON strings, so
    unlike real headers they may hold any character (a gateway's localized text): sent on as
    UTF-8 bytes, where httpx would refuse a str that is not ASCII."""
    if not isinstance(raw, dict):
        return []
    return [(str(k).encode(), str(v).encode()) for k, v in raw.items()]


def _content(body: object, headers: list[tuple[bytes, bytes]]) -> bytes:
    """An inner body as the bytes a plain response would carry: Graph sends JSON as JSON and
    anything else (an HTML error page from a proxy, an image) base64-encoded."""
    if body is None:
        return b""
    if not isinstance(body, str):
        try:
            return json.dumps(body).encode()
        except RecursionError:
            # Nested deeper than an encoder goes (orjson read it, 1,024 levels): no Graph
            # answer; what is left is its status.
            return b""
    kind = next((v.decode() for k, v in headers if k.lower() == b"content-type"), "")
    if "json" not in kind:
        try:
            return base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            pass
    return body.encode()


def _each(error: GraphError | AuthError, get: Get) -> GraphError | AuthError:
    """The batch's failure, as each of its requests' own (callers add the permission a
    part needs to its copy)."""
    if isinstance(error, AuthError):
        return error
    return GraphError(
        error.reason,
        method="GET",
        path=get.path,
        status=error.status,
        code=error.code,
        message=error.message,
        request_id=error.request_id,
        client_request_id=error.client_request_id,
        permission=error.permission,
    )
