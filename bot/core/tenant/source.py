"""The port every reader of a tenant implements: Microsoft Graph (bot.graph), a snapshot file
(bot.snapshot_file) and the demo tenant (bot.core.tenant.demo).

The conversation and the alert scan use it; the composition root (bot.app) builds one and
closes it. Failures come back as data (`ReadFailure` inside the snapshot) for reads, and as
`SyncRefusedError` for "Sync now", never as an edge's own exception type.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple, Protocol

from bot.core.tenant.snapshot import Reason, TenantSnapshot


class SyncRefusedError(Exception):
    """ "Sync now" did not reach Apple. `reason` is a `Reason` (forbidden, not-found,
    throttled, timeout, unavailable, unauthorized, no-license, rejected); `permission` names
    the Graph permission to grant when the reason is forbidden. The message is for logs and
    never holds a secret."""

    def __init__(self, reason: Reason, permission: str | None = None, detail: str = "") -> None:
        super().__init__(detail or reason.value)
        self.reason, self.permission = reason, permission


class SnapshotSource(Protocol):
    """Reads a tenant's Apple enrollment state. `fresh` bypasses any cache ("Check again")."""

    @property
    def description(self) -> str: ...

    @property
    def can_sync(self) -> bool:
        """Whether "Sync now" can reach Apple through this source (only Graph can)."""
        ...

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot: ...

    async def sync(self, token_id: str) -> None:
        """Asks Apple Business / School Manager to sync one enrollment program token now;
        raises SyncRefusedError."""
        ...

    async def close(self) -> None: ...


# How a source names itself: in English for logs and stderr, and in a shape the text report
# translates (bot.core.cards.report). The edges build their description through these
# functions, so the report's reading of it cannot drift from what they write.
DEMO_DESCRIPTION = "demo tenant"
_FILE = "snapshot file "
_GRAPH = re.compile(r"Microsoft Graph, tenant (?P<tenant>\S+)(?: \((?P<cloud>[^)]+) cloud\))?")
_REGISTRY = re.compile(r"(?P<name>.+?) \((?P<inner>(?:snapshot file |Microsoft Graph, |demo ).*)\)")


def file_description(name: str) -> str:
    return f"{_FILE}{name}"


def graph_description(tenant_id: str, cloud: str = "global") -> str:
    """The national cloud is named ("usgov", "china"); the global one is not."""
    return f"Microsoft Graph, tenant {tenant_id}" + (
        "" if cloud == "global" else f" ({cloud} cloud)"
    )


def registry_description(name: str, inner: str) -> str:
    """A registry tenant's source: its name, then what it reads."""
    return f"{name} ({inner})"


class Described(NamedTuple):
    """A description taken apart: `kind` is "demo", "file", "graph" or "other"."""

    kind: str
    value: str = ""  # the file name, the Graph tenant id, or the description as it is
    cloud: str | None = None
    registry_name: str | None = None


def described(description: str) -> Described:
    """The parts of a description built by the functions above."""
    registry = _REGISTRY.fullmatch(description)
    if registry:
        return described(registry["inner"])._replace(registry_name=registry["name"])
    if description == DEMO_DESCRIPTION:
        return Described("demo")
    if description.startswith(_FILE):
        return Described("file", description.removeprefix(_FILE))
    graph = _GRAPH.fullmatch(description)
    if graph:
        return Described("graph", graph["tenant"], graph["cloud"])
    return Described("other", description)
