"""Alerts across the tenants of a registry (issue 15): which subscriber hears about which
tenant, the ledger's problem keys per tenant, and when a scan's news is one digest.

A problem key of a registry tenant is `<tenant key>/<problem key>` (the tenant's name case
folded; a name never holds "/"), so Contoso's and Fabrikam's token "Corporate iPads" are two
problems, each announced once. `plan` (bot.core.alerting.rules) stays one tenant's business:
it sees the entries of that tenant with the prefix taken off, and its steps get it back.
Without a registry nothing here is used and the keys are exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime

from bot.core.alerting.model import ALL_TENANTS, LedgerEntry, Mute, Subscription
from bot.core.alerting.problems import ProblemSet
from bot.core.alerting.rules import AlertStep, Resolve, Send, plan

SEPARATOR = "/"
WEBHOOK = "webhook:"  # the subscriber id of a Workflows webhook (bot.webhooks.destinations)
# Teams lets a bot post a few messages per second into one conversation and throttles the
# rest (HTTP 429), and a channel scrolled full of alert cards is read by nobody: past this
# many new problems in one scan, a subscriber of every tenant gets one digest card instead.
# Three is what a morning's worth of ordinary trouble looks like (an expiring token, a VPP
# token, one sync error); more is a pattern (an Apple outage, a consent revoked fleet-wide)
# that reads better as one list, worst first.
DIGEST_OVER = 3


def tenant_problem(tenant_key: str, key: str) -> str:
    return f"{tenant_key}{SEPARATOR}{key}"


def split_problem(problem: str) -> tuple[str, str] | None:
    """(tenant key, problem key) of a registry tenant's problem; None for a key without one."""
    tenant, separator, key = problem.partition(SEPARATOR)
    return (tenant, key) if separator and tenant and key else None


def routed(destinations: Iterable[Iterable[str]]) -> frozenset[str]:
    """The subscriber ids the registry's `alerts` lists name (a conversation id, or a webhook
    by name): those hear about the tenants that name them, and no others, unless they asked."""
    return frozenset(_ids(d for each in destinations for d in each))


def _ids(names: Iterable[str]) -> Iterable[str]:
    for name in names:
        yield name
        if not name.startswith(WEBHOOK):
            yield WEBHOOK + name


def follows(
    subscription: Subscription, tenant_key: str, alerts: Iterable[str], named: frozenset[str]
) -> bool:
    """Whether `subscription` gets the alerts of the tenant `tenant_key`, whose registry entry
    sends them to `alerts` (conversation ids or webhook names)."""
    cid = subscription.conversation_id
    if cid in set(_ids(alerts)):
        return True
    scope = subscription.scope
    if scope is None:
        return cid not in named
    return scope == ALL_TENANTS or scope.casefold() == tenant_key


def follows_all(subscription: Subscription, named: frozenset[str]) -> bool:
    """A subscriber of every tenant: the one that gets a digest when many break at once."""
    scope = subscription.scope
    return scope == ALL_TENANTS or (scope is None and subscription.conversation_id not in named)


def by_tenant(
    entries: Iterable[LedgerEntry], mutes: Iterable[Mute]
) -> tuple[dict[tuple[str, str], list[LedgerEntry]], dict[tuple[str, str], list[Mute]]]:
    """The ledger and mutes per (conversation, tenant key), prefixes taken off: read once
    per scan, then each tenant's plan sees only its own."""
    ledger: dict[tuple[str, str], list[LedgerEntry]] = {}
    for entry in entries:
        split = split_problem(entry.problem)
        if split is not None:
            key = (entry.conversation_id, split[0])
            ledger.setdefault(key, []).append(replace(entry, problem=split[1]))
    muted: dict[tuple[str, str], list[Mute]] = {}
    for mute in mutes:
        split = split_problem(mute.problem)
        if split is not None:
            muted.setdefault((mute.conversation_id, split[0]), []).append(
                replace(mute, problem=split[1])
            )
    return ledger, muted


def plan_tenant(
    subscription: Subscription,
    tenant_key: str,
    problems: ProblemSet,
    records: tuple[
        Mapping[tuple[str, str], list[LedgerEntry]], Mapping[tuple[str, str], list[Mute]]
    ],
    now: datetime,
) -> list[AlertStep]:
    """`plan` for one subscriber and one tenant, with the tenant's problem keys; `records`
    is `by_tenant`'s ledger and mutes."""
    ledger, mutes = records
    key = (subscription.conversation_id, tenant_key)
    steps = plan(subscription, problems, ledger.get(key, ()), mutes.get(key, ()), now)
    return [_prefixed(step, tenant_key) for step in steps]


def _prefixed(step: AlertStep, tenant_key: str) -> AlertStep:
    problem = tenant_problem(tenant_key, step.problem)
    if isinstance(step, Send):
        return replace(step, problem=problem)

    def back(entries: tuple[LedgerEntry, ...]) -> tuple[LedgerEntry, ...]:
        return tuple(replace(e, problem=tenant_problem(tenant_key, e.problem)) for e in entries)

    return Resolve(problem, back(step.entries), back(step.undelivered), step.finding, step.subject)


def digest_due(sends: int, subscription: Subscription, named: frozenset[str]) -> bool:
    """Whether this scan's `sends` new alerts to `subscription` go out as one digest."""
    return sends > DIGEST_OVER and follows_all(subscription, named)
