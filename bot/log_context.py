"""The fields a log line carries besides its message: which Teams conversation and tenant the
work is for, and the ids of the last Microsoft Graph call, which Microsoft support asks for
first when an Intune answer looks wrong.

Context variables, not arguments: an asyncio task (one turn, one Graph read) sees its own
values and hands them to the tasks it starts, so the Graph read a turn starts logs under that
turn's conversation. The Teams edge and the Graph edge set them; the JSON log format
(bot.json_logs) reads them. Standard library only: every layer above may set a field.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

CONVERSATION_ID: ContextVar[str | None] = ContextVar("conversation_id", default=None)
TENANT_ID: ContextVar[str | None] = ContextVar("tenant_id", default=None)
# Graph's `request-id` (its own) and `client-request-id` (ours, the same for every retry).
GRAPH_REQUEST_ID: ContextVar[str | None] = ContextVar("graph_request_id", default=None)
GRAPH_CLIENT_REQUEST_ID: ContextVar[str | None] = ContextVar(
    "graph_client_request_id", default=None
)
FIELDS = (CONVERSATION_ID, TENANT_ID, GRAPH_REQUEST_ID, GRAPH_CLIENT_REQUEST_ID)


def current() -> dict[str, str]:
    """The fields set in this context, by name.

    >>> with conversation("a:1", None):
    ...     current()
    {'conversation_id': 'a:1'}
    >>> current()
    {}
    """
    return {var.name: value for var in FIELDS if (value := var.get()) is not None}


@contextmanager
def conversation(conversation_id: str | None, tenant_id: str | None) -> Iterator[None]:
    """The fields of one turn or one proactive send; Graph ids from before are cleared, and
    everything is put back as it was on leaving (aiohttp may serve several requests of one
    keep-alive connection in one task)."""
    values = (conversation_id, tenant_id, None, None)
    tokens = [var.set(value) for var, value in zip(FIELDS, values, strict=True)]
    try:
        yield
    finally:
        for var, token in zip(FIELDS, tokens, strict=True):
            var.reset(token)


def graph_answered(request_id: str | None, client_request_id: str | None) -> None:
    """Called for each Graph answer: later lines of this task name the call they follow."""
    GRAPH_REQUEST_ID.set(request_id or None)
    GRAPH_CLIENT_REQUEST_ID.set(client_request_id or None)
