"""EDGE: a snapshot file (what `ade-doctor export` writes: Graph's answers as Graph sent them,
secrets removed), re-read on every call so a support engineer can edit it and re-check."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

from bot.core.tenant.document import SnapshotError, parse_snapshot_text
from bot.core.tenant.registry import RegistryError, TenantEntry, check_name, registry_of
from bot.core.tenant.snapshot import Reason, TenantSnapshot
from bot.core.tenant.source import SyncRefusedError, file_description


class FileSource:
    """A snapshot file, re-read on every call so a support engineer can edit and re-check."""

    can_sync = False

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def description(self) -> str:
        return file_description(_shown(self.path))

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


def snapshot_folder(folder: Path) -> list[tuple[TenantEntry, FileSource]]:
    """A folder of snapshot files as a tenant registry: one `<tenant name>.json` per tenant,
    so an MSP's whole fleet can be tried, or a support case reproduced, with no Graph. Each
    file is read (and may fail) on its own, like a tenant's Graph."""
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    except OSError as error:
        raise RegistryError(f"{_shown(folder)}: cannot list: {error.strerror or error}") from None
    if not files:
        raise RegistryError(f"{_shown(folder)}: no <tenant name>.json snapshot file in it")
    entries = [TenantEntry(check_name(_shown(Path(p.stem)), _shown(p))) for p in files]
    registry_of(entries, _shown(folder))  # two files whose names differ only in case
    return [(entry, FileSource(path)) for entry, path in zip(entries, files, strict=True)]
