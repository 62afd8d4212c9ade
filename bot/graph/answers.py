"""What one Graph answer means: success, a classified GraphError, how long Graph asked us to
wait. Shared by plain requests and the inner answers of a JSON batch, which carry their own
status and headers."""

from __future__ import annotations

from typing import Any

import httpx

from bot.core.tenant.snapshot import Reason
from bot.graph.decoding import decoded
from bot.graph.errors import (
    GraphError,
    TooLargeAnswerError,
    parse_error_body,
    required_permission,
)
from bot.graph.pool import TooLargeError
from bot.retry_after import retry_after_seconds

# Graph's transient answers. Intune answers 503 when a listing is too heavy, 502/504 come
# from its gateways; every other 4xx would fail the same way again.
RETRYABLE = {
    429: Reason.THROTTLED,
    502: Reason.UNAVAILABLE,
    503: Reason.UNAVAILABLE,
    504: Reason.UNAVAILABLE,
}


def graph_error(method: str, path: str, response: httpx.Response) -> GraphError:
    code, message, request_id, client_request_id = parse_error_body(response.content)
    status = response.status_code
    if status in RETRYABLE:
        reason = RETRYABLE[status]
    elif status == 401:
        reason = Reason.UNAUTHORIZED
    elif status == 403:
        reason = Reason.FORBIDDEN
    elif status == 404:
        reason = Reason.NOT_FOUND
    elif "not applicable to target tenant" in message:
        # Intune's answer for a tenant without an Intune license.
        reason = Reason.NO_LICENSE
    else:
        reason = Reason.REJECTED
    return GraphError(
        reason,
        method=method,
        path=path,
        status=status,
        code=code,
        message=message,
        request_id=response.headers.get("request-id") or request_id,
        client_request_id=response.headers.get("client-request-id") or client_request_id,
        permission=required_permission(message) if status == 403 else None,
    )


def retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait before retrying: Retry-After in seconds or as an HTTP date (measured
    against the response's own Date, so a skewed local clock does not matter); 0.0 when a
    retryable answer does not say; None when the answer is not retryable."""
    if response.status_code not in RETRYABLE:
        return None
    seconds = retry_after_seconds(response.headers.get("Retry-After"), response.headers.get("Date"))
    return 0.0 if seconds is None else seconds


def json_object(response: httpx.Response, method: str, path: str) -> dict[str, Any]:
    body = decoded(response.content)
    if not isinstance(body, dict):
        kind = response.headers.get("Content-Type", "no content type").split(";")[0]
        raise GraphError(
            Reason.BAD_RESPONSE,
            method=method,
            path=path,
            status=response.status_code,
            message=f"the answer is not a JSON object ({kind})",
            request_id=response.headers.get("request-id"),
            client_request_id=response.headers.get("client-request-id"),
        )
    return body


def too_large(method: str, path: str, error: TooLargeError) -> GraphError:
    """An answer cut off at the cap: not Graph's (its largest pages are far smaller), so a
    proxy or endpoint in front of it is broken; the same request would get it again."""
    headers = error.response.headers
    return TooLargeAnswerError(
        Reason.BAD_RESPONSE,
        method=method,
        path=path,
        message=f"the answer was larger than {error.limit // 2**20} MiB and was cut off "
        "(a proxy in front of Microsoft Graph?)",
        request_id=headers.get("request-id"),
        client_request_id=headers.get("client-request-id"),
    )
