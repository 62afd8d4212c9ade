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
from datetime import datetime
from typing import Any

from bot.core.alerting.cards import alert_stage, alert_title
from bot.core.alerting.rules import Send
from bot.core.cards.diagnosis import COLOR, REPLY_BUDGET, STYLE, header_blocks
from bot.core.cards.elements import COMMA, CardDict, adaptive_card, text, utf16_size
from bot.core.diagnosis.findings import Severity
from bot.core.i18n.translator import Translator

CARD_ID = "alert-digest"


def worst_first(items: Sequence[tuple[str, Send]]) -> list[tuple[str, Send]]:
    """Most severe first; then by tenant name and problem, so a digest reads the same twice."""
    return sorted(items, key=lambda i: (-i[1].subject.severity.rank, i[0].casefold(), i[1].problem))


def _row(t: Translator, tenant: str, send: Send, now: datetime) -> dict[str, Any]:
    stage = alert_stage(send.finding, send.subject)
    line = alert_title(t, send.finding, send.subject, stage, now, tenant=tenant)
    color = COLOR[send.subject.severity]
    return {
        "type": "Container",
        "separator": True,
        "items": [text(line, color=color, weight="Bolder")],
    }


def digest_card(
    items: Sequence[tuple[str, Send]],
    t: Translator,
    now: datetime,
    budget: int = REPLY_BUDGET,
) -> CardDict:
    """One card for `items` (tenant name, new alert), worst first, within `budget` bytes."""
    ordered = worst_first(items)
    worst = ordered[0][1].subject.severity if ordered else Severity.INFO
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
    for tenant, send in ordered:
        row = _row(t, tenant, send, now)
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
