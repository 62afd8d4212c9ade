"""Errors of the Graph edge: what Graph said, classified for the admin, with the ids Microsoft
support asks for. Nothing here ever holds a secret or an access token."""

from __future__ import annotations

import json
import re

from bot.core.tenant.snapshot import Reason

# Intune's 403 names the scopes it accepts, least privileged first: "Application is not
# authorized to perform this operation. Application must have one of the following scopes:
# DeviceManagementApps.Read.All, ... - Operation ID (for customer support): ..."
_SCOPES = re.compile(r"following scopes:\s*([A-Za-z0-9.]+(?:\s*,\s*[A-Za-z0-9.]+)*)")
_INTUNE_NOISE = re.compile(r"\s+-\s+Operation ID.*", re.DOTALL)


class GraphError(Exception):
    """A Graph request that failed for good (after any retries)."""

    def __init__(
        self,
        reason: Reason,
        *,
        method: str,
        path: str,
        status: int | None = None,
        code: str | None = None,
        message: str = "",
        request_id: str | None = None,
        client_request_id: str | None = None,
        permission: str | None = None,
    ) -> None:
        self.reason, self.method, self.path = reason, method, path
        self.status, self.code, self.message = status, code, message
        self.request_id, self.client_request_id = request_id, client_request_id
        self.permission = permission
        super().__init__(reason)

    def __str__(self) -> str:
        return self.describe()

    def describe(self) -> str:
        """One line for logs and support: method, path, status, Graph code, ids."""
        answer = f"{self.status} {self.code or ''}".strip() if self.status else self.reason
        text = f"Graph {self.method} {self.path}: {answer}"
        if self.message:
            text += f": {self.message}"
        return text + self.ids()

    def ids(self) -> str:
        ids = [
            f"{name} {value}"
            for name, value in (
                ("request-id", self.request_id),
                ("client-request-id", self.client_request_id),
            )
            if value
        ]
        return f" ({', '.join(ids)})" if ids else ""

    @property
    def detail(self) -> str:
        """What the admin reads next to the localized sentence (`ReadFailure.detail`)."""
        if self.reason == Reason.FORBIDDEN and self.permission:
            return f"Graph answered 403: the app needs {self.permission}{self.ids()}"
        if self.status:
            said = f": {self.message}" if self.message else ""
            return f"Graph answered {self.status} {self.code or ''}".rstrip() + said + self.ids()
        return (self.message or self.reason) + self.ids()


class TooLargeAnswerError(GraphError):
    """An answer cut off at the byte cap (bot.graph.pool): a bad answer, never retried."""


def parse_error_body(body: bytes) -> tuple[str | None, str, str | None, str | None]:
    """Graph's error envelope -> (code, message, request-id, client-request-id).

    Intune nests its own JSON inside `message` (sometimes twice, with code "UnknownError" and
    the real "ErrorCode" inside), so the human text is dug out of it.
    """
    try:
        envelope = json.loads(body)
    except (ValueError, RecursionError):
        return None, "", None, None
    error = envelope.get("error") if isinstance(envelope, dict) else None
    if not isinstance(error, dict):
        return None, "", None, None
    code = _text(error.get("code"))
    message = _innermost_message(_text(error.get("message")) or "")
    inner = error.get("innerError") or error.get("innererror")
    inner = inner if isinstance(inner, dict) else {}
    return (
        code,
        _INTUNE_NOISE.sub("", message).strip()[:400],
        _text(inner.get("request-id")),
        _text(inner.get("client-request-id")),
    )


def _innermost_message(message: str) -> str:
    for _ in range(3):
        try:
            nested = json.loads(message)
        except (ValueError, RecursionError):
            return message
        if not isinstance(nested, dict):
            return message
        inner = nested.get("Message") or nested.get("message")
        if not isinstance(inner, str):
            return message
        message = inner
    return message


def required_permission(message: str) -> str | None:
    """The least privileged scope Intune's 403 asks for, if it says."""
    match = _SCOPES.search(message)
    if match is None:
        return None
    return match.group(1).split(",")[0].strip() or None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
