"""HTTP to Microsoft Graph: one pooled httpx client per process, explicit timeouts, bounded
paging, and retries with backoff that honour Retry-After, all inside one time budget."""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
import uuid
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx

from bot.core.tenant.snapshot import Reason
from bot.graph.answers import graph_error, json_object, retry_after, too_large
from bot.graph.deadline import Deadline
from bot.graph.errors import GraphError
from bot.graph.observer import GraphObserver, answered, failed
from bot.graph.pool import MAX_ANSWER_BYTES, Pool, TooLargeError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    budget: float = 10.0
    attempt_timeout: float = 5.0
    connect_timeout: float = 3.0
    attempts: int = 5
    backoff: float = 0.5
    backoff_cap: float = 4.0
    # Intune holds at most 2,000 ADE tokens per tenant: 100 pages is far beyond any tenant.
    max_pages: int = 100

    @classmethod
    def within(cls, budget: float) -> RetryPolicy:
        """A policy for a total budget: one attempt may use half of it, so a hung
        connection still leaves time for a second try."""
        attempt = min(budget, max(5.0, budget / 2))
        return cls(budget=budget, attempt_timeout=attempt, connect_timeout=min(3.0, attempt))


class Auth(Protocol):
    async def bearer(self, deadline: Deadline, *, stale: str | None = None) -> str: ...


Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Earlier:
    """A request's first attempt, made inside a JSON batch: its failure, the wait Graph
    asked for, and the access token and client-request-id it went with. Retrying goes on
    from there, alone, as if that attempt had been a request of its own."""

    failure: GraphError
    wait: float | None
    token: str
    client_request_id: str


class GraphClient:
    """Requests relative to one Graph root (e.g. https://graph.microsoft.us)."""

    def __init__(
        self,
        base_url: str,
        *,
        policy: RetryPolicy,
        verify: ssl.SSLContext | bool = True,
        sleep: Sleep = asyncio.sleep,
        observer: GraphObserver | None = None,
        connections: int = 50,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.base_url, self.policy, self.observer = base_url.rstrip("/"), policy, observer
        self.connections = connections
        timeout = httpx.Timeout(policy.attempt_timeout, connect=policy.connect_timeout)
        self._pool = Pool(
            verify=verify,
            timeout=timeout,
            connections=connections,
            max_answer_bytes=max_answer_bytes,
        )
        # `sleep` is the seam tests use to see the waits without waiting.
        self.sleep = sleep

    async def aclose(self) -> None:
        await self._pool.aclose()

    async def get_json(
        self, path: str, auth: Auth, deadline: Deadline, params: dict[str, str] | None = None
    ) -> dict[str, Any]:
        response = await self.send("GET", self.base_url + path, auth, deadline, params)
        return json_object(response, "GET", path)

    async def pages(
        self,
        path: str,
        auth: Auth,
        deadline: Deadline,
        params: dict[str, str] | None = None,
        *,
        max_pages: int | None = None,
        first: dict[str, Any] | None = None,
    ) -> AsyncGenerator[dict[str, Any], None]:
        """Each page of a collection, following @odata.nextLink to the end (bounded by
        `max_pages`, else the policy's cap). `first`: the first page, already read (in a
        JSON batch); its nextLink is followed as a plain GET."""
        limit = self.policy.max_pages if max_pages is None else max_pages
        url: str | None = self.base_url + path
        for _ in range(limit):
            if url is None:
                return
            if first is not None:
                page, first = first, None
            else:
                response = await self.send("GET", url, auth, deadline, params)
                page = json_object(response, "GET", path)
            yield page
            next_link = page.get("@odata.nextLink")
            url = self._rebase(next_link, path) if isinstance(next_link, str) else None
            params = None  # the nextLink carries the query, $select and $skiptoken included
        if url is not None:
            raise GraphError(
                Reason.BAD_RESPONSE,
                method="GET",
                path=path,
                message=f"more than {limit} pages",
            )

    def _rebase(self, link: str, path: str) -> str:
        # Graph writes its public host into nextLink even behind GRAPH_ENDPOINT: keep the
        # path and query, but send the bearer token only to the configured endpoint. A link
        # whose path does not start with "/" ("@host/..." or ".host/...") would, glued to the
        # endpoint, name another host: refused.
        parts = urlsplit(link)
        if not parts.path.startswith("/"):
            raise GraphError(
                Reason.BAD_RESPONSE, method="GET", path=path, message="a nextLink not on Graph"
            )
        return self.base_url + parts.path + (f"?{parts.query}" if parts.query else "")

    async def post(self, path: str, auth: Auth, deadline: Deadline) -> None:
        await self.send("POST", self.base_url + path, auth, deadline, None)

    async def send(
        self,
        method: str,
        url: str,
        auth: Auth,
        deadline: Deadline,
        params: dict[str, str] | None,
        *,
        body: bytes | None = None,
        earlier: Earlier | None = None,
    ) -> httpx.Response:
        """A 2xx response, or GraphError after retries. `body`: JSON to send; `earlier`: a
        first attempt already made (in a batch), so this goes on with the retries."""
        try:
            return await self._send(method, url, auth, deadline, params, body=body, earlier=earlier)
        except GraphError as error:
            failed(self.observer, method, error)
            raise

    async def _send(
        self,
        method: str,
        url: str,
        auth: Auth,
        deadline: Deadline,
        params: dict[str, str] | None,
        *,
        body: bytes | None,
        earlier: Earlier | None,
    ) -> httpx.Response:
        """One client-request-id for every attempt, so Microsoft support can follow the
        whole story."""
        path = urlsplit(url).path
        outcome: tuple[httpx.Response | GraphError, float | None] | None = None
        if earlier is None:
            client_request_id = str(uuid.uuid4())
            token = await auth.bearer(deadline)
        else:
            client_request_id, token = earlier.client_request_id, earlier.token
            outcome = earlier.failure, earlier.wait
        refreshed = False
        attempt = 0
        previous: GraphError | None = None
        while True:
            attempt += 1
            if outcome is None:
                failure, wait = await self._attempt(
                    method,
                    url,
                    path,
                    params,
                    deadline,
                    body=body,
                    token=token,
                    request_id=client_request_id,
                )
                answered(self.observer, method, path, failure)
            else:  # the batch's answer, counted when it came
                (failure, wait), outcome = outcome, None
            if isinstance(failure, httpx.Response):
                return failure
            if failure.status in (401, 403) and not refreshed:
                # A revoked token, or app roles granted since the token was issued.
                token = await auth.bearer(deadline, stale=token)
                refreshed = True
                continue
            failure.client_request_id = failure.client_request_id or client_request_id
            if (
                failure.reason == Reason.TIMEOUT
                and previous is not None
                and deadline.remaining() <= 0
            ):
                # The budget ran out during a retry: what used it up was the earlier answer
                # (a 503 storm, throttling), not this last cut-off attempt.
                raise _final(previous)
            retryable = (
                failure.reason in (Reason.THROTTLED, Reason.UNAVAILABLE, Reason.TIMEOUT)
                and wait is not None
            )
            if not retryable or attempt >= self.policy.attempts:
                raise _final(failure)
            delay = wait if wait else self._backoff(attempt)
            if delay >= deadline.remaining():
                raise _final(failure)
            log.info("retrying %s in %.2f s: %s", method, delay, failure.describe())
            previous = failure
            await self.sleep(delay)

    async def _attempt(
        self,
        method: str,
        url: str,
        path: str,
        params: dict[str, str] | None,
        deadline: Deadline,
        *,
        body: bytes | None,
        token: str,
        request_id: str,
    ) -> tuple[httpx.Response | GraphError, float | None]:
        """One request: the response, or (error, seconds Graph asked to wait: 0.0 when it
        did not say, None when retrying is pointless)."""
        remaining = deadline.remaining()
        if remaining <= 0:
            return GraphError(
                Reason.TIMEOUT, method=method, path=path, message="time budget spent"
            ), None
        headers = {"Authorization": f"Bearer {token}", "client-request-id": request_id}
        if body is not None:
            headers["Content-Type"] = "application/json"
        try:
            async with asyncio.timeout(remaining):
                response = await self._pool.request(
                    method, url, params=params, headers=headers, content=body
                )
        except (TimeoutError, httpx.TimeoutException):
            return GraphError(
                Reason.TIMEOUT, method=method, path=path, message="no answer in time"
            ), 0.0
        except TooLargeError as error:
            return too_large(method, path, error), None
        except httpx.TransportError as error:
            if "CERTIFICATE_VERIFY_FAILED" in repr(error.__context__) + str(error):
                message = "TLS certificate not trusted: set SSL_CERT_FILE to your proxy's CA"
                return GraphError(
                    Reason.UNAVAILABLE, method=method, path=path, message=message
                ), None
            message = f"connection failed: {type(error).__name__}"
            return GraphError(Reason.UNAVAILABLE, method=method, path=path, message=message), 0.0
        if response.is_success:
            return response, None
        return graph_error(method, path, response), retry_after(response)

    def _backoff(self, attempt: int) -> float:
        # Exponential with "equal jitter": spreads 100 waiting bots without ever retrying
        # instantly, which would only add to the throttling.
        ceiling = min(self.policy.backoff_cap, self.policy.backoff * 2.0 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)


def _final(error: GraphError) -> GraphError:
    # No APNs certificate (404) is a normal answer, not a warning.
    log.log(logging.INFO if error.status == 404 else logging.WARNING, "%s", error.describe())
    return error
