"""A bot that looks after several tenants (issue 15): which tenant a question is about, and
who may ask about which.

- The operators of the bot's home tenant (the MSP itself: ADE_OPERATORS, else ADE_ADMINS,
  else everyone signed in to the home tenant) may ask about any registered tenant.
- A user from a customer tenant (the app installed there: Teams gives the activity that
  tenant's id, equal to a registry entry's `tenant_id`) sees only that tenant; naming
  another gets the "other tenant" card and no data.
- Anyone else gets the "other tenant" card and no data, as with one tenant.

A question names its tenant ("why is ADE failing at Contoso?"), or a button carries it;
otherwise the conversation's last tenant is meant (kept in the database, so "Sync now" on
Contoso's card still means Contoso after a restart); otherwise a picker, never a guess.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.chat.inbound import Inbound
from bot.chat.ports import ConversationTenants
from bot.chat.registry_live import LiveRegistry
from bot.core.cards import notices
from bot.core.cards.elements import CardDict
from bot.core.cards.registry_changes import registry_refused
from bot.core.cards.tenant_scope import PICKER_BUTTONS, tenant_picker, tenant_scope
from bot.core.cards.tenants import tenants_card
from bot.core.diagnosis.diagnose import Thresholds
from bot.core.diagnosis.tenants import TenantHealth
from bot.core.i18n.translator import Translator
from bot.core.tenant.changes import Refusal
from bot.core.tenant.source import SnapshotSource
from bot.core.understanding.intents import recognize
from bot.core.understanding.registry_commands import parse_registry_command
from bot.core.understanding.tenant_names import TenantNames, asks_for_tenants
from bot.core.understanding.verbs import Intent, Verb
from bot.tenant_reads import Tenant, TenantSources

log = logging.getLogger(__name__)

# Verbs answered with one tenant's data, and the overview of all of them.
SCOPED = frozenset(
    {Verb.DIAGNOSE, Verb.RECHECK, Verb.TOKENS, Verb.SYNC, Verb.DEVICE, Verb.TENANT, Verb.TENANTS}
)
# Readings of a message whose only clear content was a tenant's name ("Contoso?"): the
# admin wants to know how that tenant is doing.
_VAGUE = frozenset({Verb.UNKNOWN, Verb.HELP, Verb.CLARIFY, Verb.TENANTS})


@dataclass(frozen=True, slots=True)
class Scope:
    """Either the tenant to answer about (with `header` cards to put first), or `cards` that
    answer instead: the overview, the picker, a refusal."""

    tenant: Tenant | None = None
    header: tuple[CardDict, ...] = ()
    cards: tuple[CardDict, ...] = ()


@dataclass(frozen=True, slots=True)
class _Access:
    everything: bool  # an operator of the home tenant
    own: Tenant | None = None  # a customer's own tenant


def foreign(inbound: Inbound, served: str | None, tenancy: Tenancy | None) -> bool:
    """Whether `inbound` is refused the alerts and the tenant data outside `Tenancy.scope`.
    With many tenants an alert subscription and an alert card's refresh follow every tenant
    (or one the sender names), so only those who may read all of them, the operators; a
    member of the home tenant who is not one is no more entitled than a stranger."""
    if tenancy is not None:
        return not tenancy.sees_all(inbound)
    return served is not None and (inbound.tenant_id or "").casefold() != served.casefold()


class Tenancy:
    def __init__(
        self,
        sources: TenantSources,
        memory: ConversationTenants,
        *,
        home_tenant: str | None,
        operators: frozenset[str] = frozenset(),
        thresholds: Thresholds | None = None,
        read_budget: float = 10.0,
        fresh_for: timedelta = timedelta(minutes=2),
    ) -> None:
        self.sources, self.memory = sources, memory
        self.home_tenant = home_tenant.casefold() if home_tenant else None
        self.operators = frozenset(o.casefold() for o in operators)
        self.thresholds = thresholds or Thresholds()
        self.read_budget, self.fresh_for = read_budget, fresh_for
        # Tenants operators add or remove in chat; None: the registry is the file's alone.
        self.registry: LiveRegistry | None = None
        self._generation = -1
        self._derive()
        self._read_at: datetime | None = None
        self._reading: asyncio.Task[list[TenantHealth]] | None = None

    def _derive(self) -> None:
        """The names and tenant ids to look up, rebuilt when a tenant was added or removed."""
        if self._generation == self.sources.generation:
            return
        self._generation = self.sources.generation
        self.names = TenantNames(self.sources.names)
        tenants = self.sources.tenants
        self._by_tenant_id = {t.entry.tenant_id.casefold(): t for t in tenants if t.entry.tenant_id}

    def understand(self, text: str) -> Intent:
        """`recognize`, with the registry's names taken out first and "tenants" read; an
        operator's change of the registry ("add tenant ...") before anything else."""
        command = parse_registry_command(text)
        if command is not None:
            return Intent(Verb.TENANTS, registry=command)
        self._derive()
        mention = self.names.find(text)
        if mention is None:
            return Intent(Verb.TENANTS) if asks_for_tenants(text) else recognize(text)
        intent = recognize(mention.rest)
        if intent.verb in _VAGUE or asks_for_tenants(mention.rest):
            intent = replace(intent, verb=Verb.DIAGNOSE, choices=())
        return replace(intent, tenant=mention.name)

    def sees_all(self, inbound: Inbound) -> bool:
        """An operator of the home tenant (or anyone in the anonymous local mode)."""
        return self._access(inbound).everything

    def _access(self, inbound: Inbound) -> _Access:
        asker = (inbound.tenant_id or "").casefold()
        if self.home_tenant is None:  # the anonymous local mode: no Teams, no tenants to tell
            return _Access(everything=True)
        if asker == self.home_tenant:
            who = (inbound.aad_object_id or "").casefold()
            if not self.operators or who in self.operators:
                return _Access(everything=True)
        return _Access(everything=False, own=self._by_tenant_id.get(asker))

    async def scope(self, inbound: Inbound, intent: Intent, t: Translator, now: datetime) -> Scope:
        if self.registry is not None:
            await self.registry.refresh()
        self._derive()
        access = self._access(inbound)
        if not access.everything and (access.own is None or intent.registry is not None):
            return Scope(cards=(notices.other_tenant(t),))  # only operators change the registry
        if intent.registry is not None:
            if self.registry is None:
                return Scope(cards=(registry_refused(t, Refusal.UNAVAILABLE, ""),))
            return Scope(cards=(await self.registry.answer(inbound, intent.registry, t),))
        if intent.verb is Verb.TENANTS:
            only = None if access.everything else access.own
            return Scope(cards=(await self.overview(t, now, only),))
        tenant = self.sources.find(intent.tenant) if intent.tenant else None
        if intent.tenant and tenant is None:  # a button from before the tenant was removed
            log.info("asked about tenant %r, not in the registry", intent.tenant[:64])
        if tenant is not None and access.own is not None and tenant is not access.own:
            return Scope(cards=(notices.other_tenant(t),))  # a customer naming another
        remembered = await self._remembered(inbound)
        tenant = tenant or access.own or remembered
        if tenant is None and len(self.sources) == 1:
            tenant = self.sources.tenants[0]
        if tenant is None:
            return Scope(cards=(self.picker(t, intent),))
        if inbound.conversation_id and tenant is not remembered:
            await self.memory.set_conversation_tenant(inbound.conversation_id, tenant.name)
        # Operators switch between customers: every answer says whose it is. Not a button
        # answered in place: Teams puts the first card where the pressed one was, and that
        # card was already about this tenant.
        named = access.everything and not inbound.in_place
        header = (tenant_scope(t, tenant.name),) if named else ()
        return Scope(tenant=tenant, header=header)

    async def _remembered(self, inbound: Inbound) -> Tenant | None:
        if not inbound.conversation_id:
            return None
        name = await self.memory.conversation_tenant(inbound.conversation_id)
        return self.sources.find(name) if name else None  # renamed or removed since: forget

    def named_source(self, name: str) -> tuple[SnapshotSource, Thresholds] | None:
        """The source and thresholds of the registry tenant an alert card names (its refresh,
        Snooze, Acknowledge), so the card is rebuilt from that tenant's data; None when the
        tenant has left the registry since."""
        tenant = self.sources.find(name)
        if tenant is None:
            return None
        return self.sources.isolated(tenant), tenant.entry.limits(self.thresholds)

    def picker(self, t: Translator, intent: Intent) -> CardDict:
        """The worst tenants known, else the registry's first, as buttons asking `intent`."""
        latest = [h.name for h in self.sources.latest()]
        names = latest[:PICKER_BUTTONS] or list(self.sources.names[:PICKER_BUTTONS])
        verb = Verb.DIAGNOSE if intent.verb is Verb.TENANT else intent.verb
        serial = intent.serials[0] if intent.serials else None
        return tenant_picker(t, names, len(self.sources), verb, serial=serial)

    async def overview(self, t: Translator, now: datetime, only: Tenant | None = None) -> CardDict:
        """The overview card from the last read of every tenant when it is fresh (no Graph
        read in the turn); otherwise all tenants are read, within the turn's budget, and what
        is known by then is shown while the read finishes for the next asker."""
        if only is not None:
            healths = await self.sources.health(now, self.thresholds, names=[only.name])
            return tenants_card(healths, t, now)
        return tenants_card(await self.healths(now), t, now)

    async def healths(self, now: datetime) -> list[TenantHealth]:
        latest = self.sources.latest()
        stale = self._read_at is None or now - self._read_at > self.fresh_for
        if len(latest) == len(self.sources) and not stale:
            return latest
        if self._reading is None or self._reading.done():
            self._reading = asyncio.create_task(self.sources.health(now, self.thresholds))
            self._reading.add_done_callback(lambda _: self._read_done(now))
        try:
            return await asyncio.wait_for(asyncio.shield(self._reading), self.read_budget)
        except TimeoutError:
            log.warning("reading %d tenants took over %.1f s", len(self.sources), self.read_budget)
            return self.sources.latest()

    def _read_done(self, at: datetime) -> None:
        reading = self._reading
        if reading is not None and not reading.cancelled() and reading.exception() is None:
            self._read_at = at
