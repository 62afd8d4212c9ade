"""The digest card (issue 15): when many tenants break at once, a subscriber of every tenant
gets one card per scan listing tenant and problem, worst first, instead of a message per
problem (Teams throttles a bot past a few messages per second in one conversation, and an
MSP's channel flooded with forty cards at 7:00 is a channel nobody reads).

Each row is the alert card's own title ("Contoso: VPP token Main expires in 5 days"), so the
digest says nothing an alert would not. A digest over the card budget lists the worst rows
that fit and counts the rest; the full details come from asking about the tenant in chat.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from bot.core.alerting.cards import alert_stage, alert_title
from bot.core.alerting.rules import Send
from bot.core.cards.diagnosis import COLOR, REPLY_BUDGET, STYLE, header_blocks
from bot.core.cards.elements import COMMA, CardDict, adaptive_card, text, utf16_size
from bot.core.diagnosis.findings import Severity
from bot.core.i18n.translator import Translator

CARD_ID = "alert-digest"


class DigestLine(NamedTuple):
    """One row of a digest: the tenant, the problem key, how severe, and the row itself."""

    tenant: str
    problem: str
    severity: Severity
    row: dict[str, Any]


@dataclass(frozen=True)
class HeldAlert:
    """A new alert for a subscriber of every tenant, held until every tenant of its scan is
    read, since only then is it known whether the scan's news is one digest or a few cards.
    Several bot instances share a scan: the one that read the tenant renders both here (in
    the subscriber's language), and the one that finishes the scan sends one or the other,
    without a Graph read of its own."""

    conversation_id: str
    problem: str
    stage: str
    line: DigestLine
    card: CardDict  # the alert card, sent on its own when the news is too little for a digest
    retry: bool = False  # a PENDING ledger entry already holds the claim


def worst_first(lines: Sequence[DigestLine]) -> list[DigestLine]:
    """Most severe first; then by tenant name and problem, so a digest reads the same twice."""
    return sorted(lines, key=lambda i: (-i.severity.rank, i.tenant.casefold(), i.problem))


def digest_line(t: Translator, tenant: str, send: Send, now: datetime) -> DigestLine:
    stage = alert_stage(send.finding, send.subject)
    line = alert_title(t, send.finding, send.subject, stage, now, tenant=tenant)
    color = COLOR[send.subject.severity]
    row = {
        "type": "Container",
        "separator": True,
        "items": [text(line, color=color, weight="Bolder")],
    }
    return DigestLine(tenant, send.problem, send.subject.severity, row)


def digest_card(
    items: Sequence[tuple[str, Send]],
    t: Translator,
    now: datetime,
    budget: int = REPLY_BUDGET,
) -> CardDict:
    """One card for `items` (tenant name, new alert), worst first, within `budget` bytes."""
    return digest_of([digest_line(t, tenant, send, now) for tenant, send in items], t, budget)


def digest_of(lines: Sequence[DigestLine], t: Translator, budget: int = REPLY_BUDGET) -> CardDict:
    """One card for the rows of `lines`, worst first, within `budget` bytes."""
    ordered = worst_first(lines)
    worst = ordered[0].severity if ordered else Severity.INFO
    count = len(ordered)
    heading = t.ngettext(
        "{count} new problem across your tenants",
        "{count} new problems across your tenants",
        count,
    ).format(count=t.number(count))
    summary = t.gettext(
        "Many tenants broke at once, so they come in one message, worst first. Ask me about a "
        "tenant for its details and the steps to fix it."
    )
    header = header_blocks(heading, summary, worst)

    def build(rows: list[dict[str, Any]], hidden: int) -> CardDict:
        body = list(rows)
        if hidden:
            more = t.ngettext(
                "…and {count} more problem.", "…and {count} more problems.", hidden
            ).format(count=t.number(hidden))
            body.append(text(more, isSubtle=True))
        return adaptive_card(
            t, CARD_ID, STYLE[worst], header=header, body=body, actions=[], fallback=heading
        )

    size = utf16_size(build([], count))
    rows: list[dict[str, Any]] = []
    for line in ordered:
        row = line.row
        cost = utf16_size(row) + COMMA
        if size + cost > budget and rows:
            break
        rows.append(row)
        size += cost
    card = build(rows, count - len(rows))
    while len(rows) > 1 and utf16_size(card) > budget:
        rows.pop()
        card = build(rows, count - len(rows))
    return card
