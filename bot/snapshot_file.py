"""EDGE: a snapshot file (what `ade-doctor export` writes: Graph's answers as Graph sent them,
secrets removed), re-read on every call so a support engineer can edit it and re-check."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

from bot.core.tenant.document import SnapshotError, parse_snapshot_text
from bot.core.tenant.snapshot import Reason, TenantSnapshot
from bot.core.tenant.source import SyncRefusedError


class FileSource:
    """A snapshot file, re-read on every call so a support engineer can edit and re-check."""

    can_sync = False

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def description(self) -> str:
        return f"snapshot file {_shown(self.path)}"

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        return await asyncio.to_thread(load_snapshot_file, self.path)

    async def sync(self, token_id: str) -> None:
        raise SyncRefusedError(Reason.UNAVAILABLE, detail="a snapshot file cannot sync")

    async def close(self) -> None:
        return None


def load_snapshot_file(path: Path) -> TenantSnapshot:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SnapshotError(_shown(path), "", f"cannot read: {error.strerror or error}") from None
    return parse_snapshot_text(data, _shown(path))


def _shown(path: Path) -> str:
    """The path as text that can be printed and logged: a file name that is not UTF-8 (Python
    keeps its bytes as lone surrogates) shows those bytes as \\xff escapes."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
