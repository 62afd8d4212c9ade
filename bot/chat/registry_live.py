"""The effective tenant registry of a running bot (issue 15): the file's tenants (or the
snapshot folder's) and those operators added from chat, kept in the database.

An MSP onboarding a customer adds it from Teams and asks about it at once: the tenant's
source is built then, through the same factory as the file's (`bot.app_tenants`), and a
removed tenant's source is closed. Every instance on the database polls a cheap version
(the change count) every few seconds and re-reads the changes only when it moved, so a
tenant one instance added is answered by all of them without a restart.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from bot.chat.inbound import Inbound
from bot.chat.ports import RegistryChanges
from bot.core.cards.elements import CardDict
from bot.core.cards.registry_changes import registry_changed, registry_refused
from bot.core.i18n.translator import Translator
from bot.core.tenant.changes import Action, RegistryChange, chat_tenants, effective, refusal
from bot.core.tenant.registry import TenantEntry
from bot.core.tenant.source import SnapshotSource
from bot.core.understanding.registry_commands import RegistryCommand
from bot.tenant_reads import Close, Tenant, TenantSources

log = logging.getLogger(__name__)
# A new tenant's source and what closes it (its Graph connections, its msal client).
Build = Callable[[TenantEntry], tuple[SnapshotSource, Close]]


class LiveRegistry:
    def __init__(
        self,
        sources: TenantSources,
        changes: RegistryChanges,
        build: Build,
        *,
        every: float = 3.0,
    ) -> None:
        self.sources, self.changes, self.build, self.every = sources, changes, build, every
        # What the file (or folder) lists when the bot starts: authoritative, never changed.
        self.file = sources.tenants
        self._version: int | None = None
        self._checked = float("-inf")
        self._lock = asyncio.Lock()
        self._polling: asyncio.Task[None] | None = None

    async def refresh(self, *, force: bool = False) -> None:
        """Applies the changes other instances made, reading them only when their count
        moved; at most every `every` seconds unless forced. A database that does not answer
        leaves the registry as it was (the file's tenants are always there)."""
        if not force and time.monotonic() - self._checked < self.every:
            return
        async with self._lock:
            self._checked = time.monotonic()
            try:
                version = await self.changes.registry_version()
                if version == self._version:
                    return
                chat = chat_tenants(await self.changes.registry_changes())
            except Exception:
                log.exception("reading the registry changes failed; the tenants stay as they were")
                return
            self._version = version
            await self._apply(effective([t.entry for t in self.file], chat)[len(self.file) :])

    async def _apply(self, wanted: tuple[TenantEntry, ...]) -> None:
        files = {t.entry.key for t in self.file}
        have = {t.entry.key: t.entry for t in self.sources.tenants if t.entry.key not in files}
        keep = {entry.key: entry for entry in wanted}
        for key, entry in have.items():
            if keep.get(key) != entry:
                await self.sources.remove(entry.name)
        for key, entry in keep.items():
            if have.get(key) != entry:
                source, close = self.build(entry)
                self.sources.add(Tenant(entry, source), close)

    def start(self) -> None:
        """Polls for other instances' changes in the background, until `stop` (`serve`)."""
        self._polling = asyncio.create_task(self._poll())

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            try:
                await self.refresh()
            except Exception:  # one change that cannot be applied must not end the polling,
                # nor come out of `stop` during the shutdown
                log.exception("applying the registry changes failed")

    async def stop(self) -> None:
        """Ends the polling before the database it reads is closed."""
        if self._polling is None:
            return
        self._polling.cancel()
        try:
            await self._polling
        except asyncio.CancelledError:
            if not self._polling.cancelled():  # we were cancelled ourselves
                raise

    async def answer(self, inbound: Inbound, command: RegistryCommand, t: Translator) -> CardDict:
        """An operator's change (access was checked by bot.chat.tenancy), made and audited,
        or refused with the reason; a refusal changes nothing."""
        if command.problem is not None:
            return registry_refused(t, command.problem, command.name, command.tenant_id or "")
        await self.refresh(force=True)
        change = RegistryChange(
            action=command.action,
            name=command.name,
            at=_now(),
            actor=inbound.aad_object_id,
            tenant_id=command.tenant_id,
            cloud=command.cloud,
            new_name=command.new_name,
        )
        current = [t.entry for t in self.sources.tenants]
        refused = refusal(change, [t.entry for t in self.file], current)
        if refused is not None:
            log.info("registry change refused (%s): %s %r", refused, change.action, change.name)
            return registry_refused(t, refused, change.name)
        if change.action is not Action.ADD:
            change = _as_added(change, current)
        await self.changes.record_registry_change(change)
        # The audit line: who (Entra object id), what, when; tenant ids are no secret.
        log.info(
            "registry change by %s: %s tenant %r (tenant id %s, cloud %s)%s",
            change.actor or "local", change.action, change.name, change.tenant_id,
            change.cloud, f" to {change.new_name!r}" if change.new_name else "",
        )  # fmt: skip
        await self.refresh(force=True)
        return registry_changed(t, change)


def _as_added(change: RegistryChange, current: list[TenantEntry]) -> RegistryChange:
    """A removal or rename names the tenant as it was added (its spelling, its id), so the
    history reads the same as the registry did."""
    entry = next(e for e in current if e.key == change.name.casefold())
    return RegistryChange(
        change.action, entry.name, change.at, change.actor, entry.tenant_id, entry.cloud,
        change.new_name,
    )  # fmt: skip


def _now() -> datetime:
    return datetime.now(UTC)
