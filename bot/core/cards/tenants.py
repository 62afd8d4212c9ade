"""The overview card of many tenants (issue 15): worst tenant first, per tenant its most
severe finding, how many problems, and the next Apple date to act on, with a button to
drill in.

An MSP with hundreds of customer tenants cannot read hundreds of rows in Teams, and Teams
refuses a message over 40 KB: the card lists the worst tenants that fit and counts the rest
("…and 212 more healthy tenants"), healthy ones being the ones it leaves out first.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.core.cards.diagnosis import COLOR, REPLY_BUDGET, STYLE
from bot.core.cards.elements import COMMA, CardDict, adaptive_card, submit, text, utf16_size
from bot.core.cards.facts import when
from bot.core.cards.texts import failure_sentence, subject_label
from bot.core.cards.titles import title
from bot.core.cards.tokens import state_label
from bot.core.diagnosis.findings import Severity, Subject
from bot.core.diagnosis.tenants import Expiry, TenantHealth
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb

CARD_ID = "tenants"


def _expiry(t: Translator, expiry: Expiry, now: datetime) -> str:
    label = subject_label(t, Subject(expiry.kind, expiry.name, expiry.name, Severity.INFO))
    # Translators: "Contoso iPads, Dec 4, 2026 (in 12 days)": the next ADE token, push
    # certificate or VPP token of a tenant to expire, and when.
    return t.gettext("{subject}, {when}").format(subject=label, when=when(t, expiry.expires, now))


def tenant_row(t: Translator, health: TenantHealth, now: datetime) -> dict[str, Any]:
    """One tenant: name and state, its most severe finding, the count, the next expiry."""
    severity = health.severity
    name_and_state = {
        "type": "ColumnSet",
        "columns": [
            {
                "type": "Column",
                "width": "stretch",
                "items": [text(health.name, weight="Bolder")],
            },
            {
                "type": "Column",
                "width": "auto",
                "items": [text(state_label(t, severity), color=COLOR[severity], weight="Bolder")],
            },
        ],
    }
    facts = [{"title": t.gettext("Most severe"), "value": title(t, health.worst)}]
    if health.problems:
        facts.append({"title": t.gettext("Problems"), "value": t.number(health.problems)})
    if health.next_expiry is not None:
        value = _expiry(t, health.next_expiry, now)
        facts.append({"title": t.gettext("Next expiry"), "value": value})
    items: list[dict[str, Any]] = [name_and_state, {"type": "FactSet", "facts": facts}]
    failures = health.worst.failures
    if failures:
        # "Cannot read: consent missing": the one line an MSP needs to call the customer.
        items.append(text(failure_sentence(t, failures[0]), isSubtle=True))
    button = submit(t.gettext("Show details"), Verb.TENANT, tenant=health.name)
    items.append({"type": "ActionSet", "actions": [button]})
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}


def _more(t: Translator, hidden: list[TenantHealth]) -> dict[str, Any]:
    troubled = sum(1 for h in hidden if h.problems)
    count = len(hidden)
    if not troubled:
        line = t.ngettext(
            "…and {count} more healthy tenant.", "…and {count} more healthy tenants.", count
        )
    else:
        line = t.ngettext(
            "…and {count} more tenant, {troubled} of them needing attention.",
            "…and {count} more tenants, {troubled} of them needing attention.",
            count,
        )
    return text(line.format(count=t.number(count), troubled=t.number(troubled)), isSubtle=True)


def tenants_card(
    healths: list[TenantHealth], t: Translator, now: datetime, budget: int = REPLY_BUDGET
) -> CardDict:
    """The overview of `healths` (already worst first: `worst_first`), within `budget`
    bytes as Teams counts them."""
    troubled = sum(1 for h in healths if h.problems)
    summary = t.ngettext(
        "{count} tenant, {troubled} needing attention.",
        "{count} tenants, {troubled} needing attention.",
        len(healths),
    ).format(count=t.number(len(healths)), troubled=t.number(troubled))
    worst = max((h.severity for h in healths), key=lambda s: s.rank, default=Severity.INFO)
    heading = t.gettext("Tenants, worst first")
    header = [
        text(heading, size="Medium", weight="Bolder", color=COLOR[worst]),
        text(summary),
    ]

    def build(rows: list[dict[str, Any]], hidden: list[TenantHealth]) -> CardDict:
        body = [*rows, _more(t, hidden)] if hidden else rows
        return adaptive_card(
            t, CARD_ID, STYLE[worst], header=header, body=body, actions=[], fallback=summary
        )

    # The frame with the longest "…and N more" line it could carry, then rows while they fit.
    size = utf16_size(build([], healths)) if healths else utf16_size(build([], []))
    rows: list[dict[str, Any]] = []
    for health in healths:
        row = tenant_row(t, health, now)
        cost = utf16_size(row) + COMMA
        if size + cost > budget and rows:
            break
        rows.append(row)
        size += cost
    card = build(rows, healths[len(rows) :])
    # The frame was measured with one wording of the "…and N more" line; never trust it blindly.
    while len(rows) > 1 and utf16_size(card) > budget:
        rows.pop()
        card = build(rows, healths[len(rows) :])
    return card
