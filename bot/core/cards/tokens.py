"""The "tokens" card: every enrollment program token, the push certificate and the VPP tokens
with their state, for an admin who wants the inventory rather than a diagnosis."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.core.cards.diagnosis import COLOR
from bot.core.cards.elements import CardDict, adaptive_card, submit, text, utf16_size
from bot.core.cards.facts import subject_facts
from bot.core.cards.texts import subject_label
from bot.core.diagnosis.findings import Finding, Severity, Subject, SubjectKind
from bot.core.i18n.translator import Translator
from bot.core.tenant.snapshot import TenantSnapshot
from bot.core.understanding.verbs import Verb

# A tenant with hundreds of tokens (a school district with one per campus) would blow Teams'
# message limit; past this size the card lists the worst first and counts the rest.
STATUS_BUDGET = 25 * 1024


def inventory(snapshot: TenantSnapshot, findings: list[Finding]) -> list[Subject]:
    """Every token and certificate as a subject, carrying the worst severity any finding gave
    it (INFO when no finding names it), worst first, then by name."""
    worst: dict[tuple[SubjectKind, str], Severity] = {}
    for finding in findings:
        for subject in finding.subjects:
            key = (subject.kind, subject.id)
            if key not in worst or subject.severity.rank > worst[key].rank:
                worst[key] = subject.severity
    subjects: list[Subject] = []
    for token in snapshot.enrollment_tokens or ():
        key = (SubjectKind.ENROLLMENT_TOKEN, token.id)
        name = token.name or token.id
        subjects.append(Subject(key[0], token.id, name, worst.get(key, Severity.INFO), token))
    if snapshot.push_certificate is not None:
        cert = snapshot.push_certificate
        key = (SubjectKind.PUSH_CERTIFICATE, cert.topic_id or "applePushNotificationCertificate")
        name = cert.apple_id or cert.topic_id or "Apple MDM push certificate"
        subjects.append(Subject(key[0], key[1], name, worst.get(key, Severity.INFO), cert))
    for vpp in snapshot.vpp_tokens or ():
        key = (SubjectKind.VPP_TOKEN, vpp.id)
        name = vpp.organization_name or vpp.apple_id or vpp.id
        subjects.append(Subject(key[0], vpp.id, name, worst.get(key, Severity.INFO), vpp))
    subjects.sort(key=lambda s: (-s.severity.rank, s.kind.value, s.name.casefold()))
    return subjects


def state_label(t: Translator, severity: Severity) -> str:
    """A token's, or a tenant's, state in one word, coloured by severity on the card."""
    return {
        Severity.ERROR: t.gettext("Broken"),
        Severity.WARNING: t.gettext("Needs attention"),
        Severity.INFO: t.gettext("OK"),
    }[severity]


def _block(t: Translator, subject: Subject, now: datetime) -> dict[str, Any]:
    label = {
        "type": "ColumnSet",
        "columns": [
            {
                "type": "Column",
                "width": "stretch",
                "items": [text(subject_label(t, subject), weight="Bolder")],
            },
            {
                "type": "Column",
                "width": "auto",
                "items": [
                    text(
                        state_label(t, subject.severity),
                        color=COLOR[subject.severity],
                        weight="Bolder",
                    )
                ],
            },
        ],
    }
    facts = [{"title": k, "value": v} for k, v in subject_facts(t, subject, now)]
    items: list[dict[str, Any]] = [label]
    if facts:
        items.append({"type": "FactSet", "facts": facts})
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}


def tokens_card(
    snapshot: TenantSnapshot, findings: list[Finding], t: Translator, now: datetime
) -> CardDict:
    subjects = inventory(snapshot, findings)
    broken = sum(1 for s in subjects if s.severity is not Severity.INFO)
    title = t.gettext("Apple tokens and certificates")
    # Two sentences, each with its own plural: one number cannot choose the other's form
    # ("1 item listed, 1 need attention").
    listed = t.ngettext("{count} item listed.", "{count} items listed.", len(subjects))
    attention = t.ngettext("{count} needs attention.", "{count} need attention.", broken)
    summary = t.sentences(
        listed.format(count=t.number(len(subjects))), attention.format(count=t.number(broken))
    )
    header = [text(title, size="Medium", weight="Bolder"), text(summary)]
    blocks = [_block(t, subject, now) for subject in subjects]
    actions = [submit(t.gettext("Why is ADE failing?"), Verb.RECHECK)]

    def build(shown: int) -> CardDict:
        body = blocks[:shown]
        hidden = len(blocks) - shown
        if hidden:
            more = t.ngettext("…and {count} more.", "…and {count} more.", hidden)
            body = [*body, text(more.format(count=hidden), isSubtle=True)]
        return adaptive_card(
            t, "tokens", "emphasis", header=header, body=body, actions=actions, fallback=summary
        )

    shown = len(blocks)
    card = build(shown)
    while shown > 1 and utf16_size(card) > STATUS_BUDGET:
        shown = max(1, shown * 2 // 3)
        card = build(shown)
    return card
