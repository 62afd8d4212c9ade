"""What the Graph edge tells whoever counts its requests (the metrics edge, wired by the
composition root): a port beside its user, so bot.graph never imports a metrics library."""

from __future__ import annotations

from typing import Protocol

import httpx

from bot import log_context
from bot.graph.errors import GraphError
from bot.graph.identity import AuthError

# The resource a failed Entra ID sign-in is counted under: no Graph request was made, but
# for the admin it is the same "Intune could not be read", and a wrong secret or a tenant
# unknown to Entra ID is what an operator's alert should catch first.
SIGN_IN = "sign-in"


class GraphObserver(Protocol):
    """Sees every Graph answer (`status`: the HTTP status, or the Reason when none came) and
    every request that failed for good, after retries: the metrics edge counts them, so an
    operator's Prometheus sees Intune throttling or a revoked permission before an admin asks."""

    def answered(self, method: str, resource: str, status: str) -> None: ...

    def failed(self, method: str, resource: str, status: str) -> None: ...


def resource_of(path: str) -> str:
    """The Graph resource a path reads, without ids, so a metric label stays one of a few.

    >>> resource_of("/beta/deviceManagement/depOnboardingSettings/6f0c/enrollmentProfiles")
    'enrollmentProfiles'
    >>> resource_of("/v1.0/deviceAppManagement/vppTokens"), resource_of("/x/0f3e-1")
    ('vppTokens', 'other')
    """
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return last if last.isalpha() else "other"


def answered(
    observer: GraphObserver | None, method: str, path: str, answer: httpx.Response | GraphError
) -> None:
    """One attempt's answer: counted, and its ids kept for the log lines that follow."""
    if isinstance(answer, httpx.Response):
        status = str(answer.status_code)
        headers = answer.headers
        log_context.graph_answered(headers.get("request-id"), headers.get("client-request-id"))
    else:
        status = _status(answer)
        if answer.status:  # Graph did answer, with an error: its ids are in the error
            log_context.graph_answered(answer.request_id, answer.client_request_id)
    if observer is not None:
        observer.answered(method, resource_of(path), status)


def failed(observer: GraphObserver | None, method: str, error: GraphError) -> None:
    if observer is not None:
        observer.failed(method, resource_of(error.path), _status(error))


def sign_in_failed(observer: GraphObserver | None, error: AuthError) -> None:
    """A sign-in that got no token, by why: unauthorized (wrong secret or certificate, a
    tenant Entra ID does not know, no consent), unavailable (Entra ID down), timeout."""
    if observer is not None:
        observer.failed("POST", SIGN_IN, str(error.reason))


def _status(error: GraphError) -> str:
    # No HTTP status when Graph never answered: the reason says why (timeout, unavailable).
    return str(error.status) if error.status else str(error.reason)
