"""Adaptive Cards (schema 1.5, Teams' maximum) for findings, as plain dicts.

Cards are data: printable, pasteable into the Adaptive Cards designer; only bot/teams turns
them into activities. Every card's first body element is a Container whose id is the card id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from bot.core import links
from bot.core.article import article
from bot.core.facts import subject_facts
from bot.core.findings import Card, Finding, Severity, Subject, SubjectKind, token_types
from bot.core.guidance import guidance
from bot.core.i18n import Translator
from bot.core.snapshot import TokenType
from bot.core.texts import failure_sentence, next_step, portal, subject_label, title

CardDict = dict[str, Any]
MAX_SUBJECTS = 10
# Teams refuses bot messages over 40 KB counted as UTF-16; Cyrillic, CJK and Vietnamese
# double the size of the same card, so we keep a wide margin.
REPLY_BUDGET = 25 * 1024

_STYLE = {Severity.ERROR: "attention", Severity.WARNING: "warning", Severity.INFO: "good"}
_COLOR = {Severity.ERROR: "Attention", Severity.WARNING: "Warning", Severity.INFO: "Good"}
_SYNCABLE = {Card.SYNC_ERROR, Card.SYNC_STALE}


def text(value: str, **extra: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": value, "wrap": True, **extra}


def heading(value: str) -> dict[str, Any]:
    return text(value, weight="Bolder", spacing="Medium")


def numbered(items: Iterable[str]) -> dict[str, Any]:
    return text("\r".join(f"{i}. {item}" for i, item in enumerate(items, 1)))


def bulleted(items: Iterable[str]) -> dict[str, Any]:
    return text("\r".join(f"- {item}" for item in items))


def submit(label: str, **data: str) -> dict[str, Any]:
    return {"type": "Action.Submit", "title": label, "data": data}


def open_url(label: str, url: str) -> dict[str, Any]:
    return {"type": "Action.OpenUrl", "title": label, "url": url}


def adaptive_card(
    t: Translator,
    card_id: str,
    style: str,
    *,
    header: list[dict[str, Any]],
    body: list[dict[str, Any]],
    actions: list[dict[str, Any]],
    fallback: str,
) -> CardDict:
    return {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.5",
        # Adaptive Cards take a 2-letter ISO 639-1 code ("zh", "pt"), not a full tag.
        "lang": t.language.code.split("-")[0],
        "fallbackText": fallback,
        "body": [
            {"type": "Container", "id": card_id, "style": style, "bleed": True, "items": header},
            *body,
        ],
        "actions": actions,
    }


class _CardParts:
    """The pieces of one finding's card, built once; cards of any length assemble from them
    (the size budget may try several lengths, and formatting dates is the costly part)."""

    def __init__(self, finding: Finding, t: Translator, now: datetime) -> None:
        self.finding, self.t = finding, t
        self.title = title(t, finding)
        self.header = [
            text(self.title, size="Medium", weight="Bolder", color=_COLOR[finding.severity]),
            text(next_step(t, finding)),
        ]
        self.blocks = [_subject_block(finding, s, t, now) for s in finding.subjects[:MAX_SUBJECTS]]
        self.explanation = _explanation(finding, t)
        self.actions = _actions(finding, t)

    def card(self, max_subjects: int = MAX_SUBJECTS, *, detailed: bool = True) -> CardDict:
        finding, t = self.finding, self.t
        body = self.blocks[:max_subjects]
        shown = finding.subjects[: len(body)]
        hidden = len(finding.subjects) - len(shown)
        if hidden:
            more = t.ngettext("…and {count} more.", "…and {count} more.", hidden)
            body = [*body, text(more.format(count=hidden), isSubtle=True)]
        if detailed:
            body = [*body, *self.explanation]
        fallback = ": ".join([self.title, ", ".join(s.name for s in shown)]).rstrip(": ")
        return adaptive_card(
            t,
            finding.card.value,
            _STYLE[finding.severity],
            header=self.header,
            body=body,
            actions=self.actions,
            fallback=fallback,
        )


def finding_card(
    finding: Finding,
    t: Translator,
    now: datetime,
    max_subjects: int = MAX_SUBJECTS,
    *,
    detailed: bool = True,
) -> CardDict:
    """The card for one finding; `detailed=False` leaves out steps, notes and the article
    (the summary line and the links stay) so that many findings fit one Teams message."""
    return _CardParts(finding, t, now).card(max_subjects, detailed=detailed)


def _subject_block(finding: Finding, subject: Subject, t: Translator, now: datetime) -> CardDict:
    items: list[dict[str, Any]] = [text(subject_label(t, subject), weight="Bolder")]
    facts = subject_facts(t, subject, now)
    if facts:
        items.append({"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in facts]})
    if finding.card in _SYNCABLE and subject.kind is SubjectKind.ENROLLMENT_TOKEN:
        sync = submit(t.gettext("Sync now"), action="sync", token=subject.id)
        items.append({"type": "ActionSet", "actions": [sync]})
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}


def _explanation(finding: Finding, t: Translator) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    if finding.card in (Card.SYNC_ERROR, Card.TENANT_UNREACHABLE):
        blocks.extend(_article_blocks(finding, t))
    help_ = guidance(t, finding)
    if help_.steps:
        blocks += [heading(t.gettext("What to do")), numbered(help_.steps)]
    if help_.notes:
        blocks += [heading(t.gettext("Good to know")), bulleted(help_.notes)]
    if finding.card is Card.ALL_HEALTHY:
        blocks += [
            heading(t.gettext("What token data cannot show")),
            bulleted(_hidden_causes(t)),
        ]
    return blocks


def _article_blocks(finding: Finding, t: Translator) -> list[dict[str, Any]]:
    a = article(t)
    blocks: list[dict[str, Any]] = []
    if finding.card is Card.TENANT_UNREACHABLE:
        blocks += [heading(t.gettext("What failed")), bulleted(_failures(finding, t))]
        blocks += [heading(t.gettext("Meanwhile, check the tokens yourself"))]
    else:
        blocks += [
            heading(a.title),
            text(f"“{a.quote}”", isSubtle=True),
            heading(a.symptoms_intro),
            numbered(a.symptoms),
        ]
    renew_title, renew_url = a.renew_link
    other_title, other_url = a.other_errors_link
    blocks += [
        text(a.where_to_look, spacing="Medium"),
        text(a.common_cause),
        text(f"{a.renew_intro} [{renew_title}]({renew_url})"),
        text(f"{a.other_errors_intro} [{other_title}]({other_url})"),
    ]
    return blocks


def _failures(finding: Finding, t: Translator) -> list[str]:
    return [failure_sentence(t, failure) for failure in finding.failures]


def _hidden_causes(t: Translator) -> tuple[str, ...]:
    return (
        t.gettext("Devices not assigned to Intune's MDM server in {portal}.").format(
            portal=portal(t, Finding(Card.ALL_HEALTHY, Severity.INFO))
        ),
        t.gettext("No enrollment profile assigned to the devices in Intune."),
        t.gettext(
            "An enrollment profile created before the token was uploaded: edit the profile, "
            "then sync the token."
        ),
        t.gettext("An enrollment restriction that blocks iOS/iPadOS or macOS."),
        t.gettext(
            "Users without an Intune license, or multifactor authentication with Setup "
            "Assistant (legacy)."
        ),
        t.gettext("A network that blocks the device from reaching Apple's enrollment service."),
    )


def _actions(finding: Finding, t: Translator) -> list[dict[str, Any]]:
    locale = t.language.learn
    intune = open_url(t.gettext("Open Intune"), links.INTUNE_TOKENS)
    guide = links.SYNC_ERRORS_GUIDE
    actions: list[dict[str, Any]] = []
    card = finding.card
    if card in (
        Card.TOKEN_EXPIRED,
        Card.TOKEN_EXPIRING,
        Card.SYNC_ERROR,
        Card.SYNC_STALE,
        Card.NO_TOKENS,
    ):
        actions += [intune, *_apple_portal_actions(finding, t)]
        guide = {
            Card.TOKEN_EXPIRED: links.RENEW_TOKEN_GUIDE,
            Card.TOKEN_EXPIRING: links.RENEW_TOKEN_GUIDE,
            Card.NO_TOKENS: links.ADD_TOKEN_GUIDE,
        }.get(card, links.SYNC_ERRORS_GUIDE)
    elif card in (Card.APNS_MISSING, Card.APNS_EXPIRED, Card.APNS_EXPIRING):
        actions += [
            open_url(t.gettext("Open Intune"), links.INTUNE),
            open_url(
                t.gettext("Open Apple Push Certificates Portal"), links.APPLE_PUSH_CERTIFICATES
            ),
        ]
        guide = links.APNS_GUIDE
    elif card is Card.VPP_TOKEN_PROBLEM:
        actions += [
            open_url(t.gettext("Open Intune"), links.INTUNE),
            open_url(t.gettext("Open Apple Business"), links.APPLE_BUSINESS),
        ]
        guide = links.VPP_GUIDE
    actions.append(open_url(t.gettext("Microsoft Learn guide"), links.learn(guide, locale)))
    actions.append(submit(t.gettext("Check again"), action="recheck"))
    if card is Card.ALL_HEALTHY:
        actions.append(submit(t.gettext("Alert me"), action="alerts-on"))
    return actions


def _apple_portal_actions(finding: Finding, t: Translator) -> list[dict[str, Any]]:
    kinds = token_types(finding)
    actions = []
    if kinds != {TokenType.APPLE_SCHOOL}:
        actions.append(open_url(t.gettext("Open Apple Business"), links.APPLE_BUSINESS))
    if TokenType.APPLE_SCHOOL in kinds:
        actions.append(open_url(t.gettext("Open Apple School Manager"), links.APPLE_SCHOOL))
    return actions


def utf16_size(payload: object) -> int:
    """Bytes of `payload` as compact JSON encoded as UTF-16, the way Teams counts."""
    encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return len(encoded.encode("utf-16-le"))


def diagnosis_reply(
    findings: list[Finding], t: Translator, now: datetime, budget: int = REPLY_BUDGET
) -> list[CardDict]:
    """One card per finding, most severe first, within Teams' message size limit.

    First the lists shrink (10, 5, 3 subjects per card); if that is not enough, the less
    severe cards lose their steps, the most severe keeping them longest.
    """
    parts = [_CardParts(f, t, now) for f in findings]
    sizes: dict[tuple[int, int, bool], int] = {}

    def size(index: int, limit: int, detailed: bool) -> int:
        key = (index, limit, detailed)
        if key not in sizes:
            sizes[key] = utf16_size(parts[index].card(limit, detailed=detailed))
        return sizes[key]

    # A JSON list adds a comma between cards and two brackets: 2 bytes each in UTF-16.
    frame = 2 * (len(parts) + 1)
    for limit in (MAX_SUBJECTS, 5, 3):
        if frame + sum(size(i, limit, True) for i in range(len(parts))) <= budget:
            return [p.card(limit) for p in parts]
    for limit in (3, 1):
        detailed = [False] * len(parts)
        total = frame + sum(size(i, limit, False) for i in range(len(parts)))
        for i in range(len(parts)):
            grown = total - size(i, limit, False) + size(i, limit, True)
            if grown <= budget:
                detailed[i], total = True, grown
        if total <= budget or limit == 1:
            return [p.card(limit, detailed=d) for p, d in zip(parts, detailed, strict=True)]
    raise AssertionError("unreachable")  # pragma: no cover
