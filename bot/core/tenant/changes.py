"""Registry changes made from chat by the bot's operators (issue 15): an MSP engineer adds a
new customer tenant from Teams instead of editing `tenants.toml` and restarting the bot.

Pure. The changes are an append-only log (kept in the database, which is also the audit:
who changed what, when); the tenants they leave are folded here, and merged after the
file's. The file stays authoritative for its own tenants: a chat change never shadows,
renames or removes a tenant the file lists, since the next deployment of the file would
silently undo it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.core.tenant.registry import TenantEntry


class Action(StrEnum):
    ADD = "add"
    REMOVE = "remove"
    RENAME = "rename"


class Refusal(StrEnum):
    BAD_ID = "bad-id"  # neither a GUID nor a *.onmicrosoft.com domain
    BAD_NAME = "bad-name"  # not a name tenants.toml would accept
    DUPLICATE = "duplicate"  # the name (or the tenant id) is registered already
    UNKNOWN = "unknown"  # no tenant of that name to remove or rename
    IN_FILE = "in-file"  # the file lists it: change it there
    UNAVAILABLE = "unavailable"  # this bot keeps no registry changes (no database)


@dataclass(frozen=True, slots=True)
class RegistryChange:
    """One change as stored: `name` is the tenant concerned (its old name for a rename),
    `actor` the Entra object id of the operator who made it (None in the local mode)."""

    action: Action
    name: str
    at: datetime
    actor: str | None = None
    tenant_id: str | None = None
    cloud: str = "global"
    new_name: str | None = None


def chat_tenants(changes: Iterable[RegistryChange]) -> tuple[TenantEntry, ...]:
    """The tenants the changes leave, in the order they were added. A change that no longer
    applies (two instances adding the same name at once) is skipped: the first one wins."""
    tenants: dict[str, TenantEntry] = {}
    for change in changes:
        key = change.name.casefold()
        if change.action is Action.ADD and key not in tenants and change.tenant_id:
            tenants[key] = TenantEntry(change.name, change.tenant_id, change.cloud)
        elif change.action is Action.REMOVE:
            tenants.pop(key, None)
        elif change.action is Action.RENAME and key in tenants and change.new_name:
            new_key = change.new_name.casefold()
            if new_key == key or new_key not in tenants:
                old = tenants.pop(key)
                tenants[new_key] = TenantEntry(change.new_name, old.tenant_id, old.cloud)
    return tuple(tenants.values())


def effective(file: Sequence[TenantEntry], chat: Iterable[TenantEntry]) -> tuple[TenantEntry, ...]:
    """The file's tenants, then the chat's that neither share a name nor a tenant id with
    one of the file's (a tenant added to the file later takes over its chat entry)."""
    names = {t.key for t in file}
    ids = {t.tenant_id.casefold() for t in file if t.tenant_id}
    kept = [
        t
        for t in chat
        if t.key not in names and not (t.tenant_id and t.tenant_id.casefold() in ids)
    ]
    return (*file, *kept)


def refusal(
    change: RegistryChange, file: Sequence[TenantEntry], current: Sequence[TenantEntry]
) -> Refusal | None:
    """Why `change` cannot be made to the registry `current` (file tenants included), or
    None. Ids and names are checked by the parser before."""
    in_file = {t.key for t in file}
    by_name = {t.key: t for t in current}
    key = change.name.casefold()
    if change.action is Action.ADD:
        wanted = (change.tenant_id or "").casefold()
        taken = any(t.tenant_id and t.tenant_id.casefold() == wanted for t in current)
        return Refusal.DUPLICATE if key in by_name or taken else None
    if key in in_file:
        return Refusal.IN_FILE
    if key not in by_name:
        return Refusal.UNKNOWN
    if change.action is Action.RENAME:
        new_key = (change.new_name or "").casefold()
        if new_key != key and new_key in by_name:
            return Refusal.DUPLICATE
    return None
