"""Adaptive Cards (schema 1.5, Teams' maximum) for findings, and the diagnosis reply.

Every card's first body element is a Container whose id is the card id. A reply must stay
within Teams' message size, so every card knows its size at every length without being
built: what depends only on the finding's case and the language (title, summary line, steps,
notes, article, links, buttons) is built and measured once per Translator and kept; only the
facts of the subjects, which hold dates, are built and measured per reply.
"""

from __future__ import annotations

import weakref
from datetime import datetime
from itertools import accumulate
from typing import Any

from bot.core.cards.advice import Case
from bot.core.cards.elements import (
    COMMA,
    CardDict,
    adaptive_card,
    fresh,
    link_section,
    submit,
    text,
    utf16_size,
)
from bot.core.cards.facts import subject_facts
from bot.core.cards.sections import card_actions, explanation, link_targets
from bot.core.cards.texts import subject_label
from bot.core.cards.titles import next_step_for, title_count, title_for
from bot.core.diagnosis.findings import Card, Finding, Severity, Subject, SubjectKind
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb

MAX_SUBJECTS = 10
# Teams refuses bot messages over 40 KB counted as UTF-16; Cyrillic, CJK and Vietnamese
# double the size of the same card, so we keep a wide margin.
REPLY_BUDGET = 25 * 1024

# The header's container style and the title's colour per severity.
STYLE = {Severity.ERROR: "attention", Severity.WARNING: "warning", Severity.INFO: "good"}
COLOR = {Severity.ERROR: "Attention", Severity.WARNING: "Warning", Severity.INFO: "Good"}
_SYNCABLE = {Card.SYNC_ERROR, Card.SYNC_STALE}
# Cases kept per Translator; a tenant has a handful, a busy bot some dozens.
_KEEP_CASES = 512
_EMPTY_STRING = utf16_size("")


def header_blocks(title: str, summary: str, severity: Severity) -> list[dict[str, Any]]:
    """A card's title in its severity's colour and the summary line under it."""
    return [
        text(title, size="Medium", weight="Bolder", color=COLOR[severity]),
        text(summary),
    ]


class CaseParts:
    """The parts of a card that depend only on its case and the language: summary line,
    explanation (steps, notes, article), links and buttons, with their sizes. Kept per
    Translator (`case_parts`): treat them as read-only and hand out copies (`fresh`)."""

    def __init__(self, t: Translator, case: Case) -> None:
        self.case = case
        self.summary = next_step_for(t, case.card, case.portals)
        self.explanation = explanation(t, case)
        self.explanation_size = sum(utf16_size(block) + COMMA for block in self.explanation)
        self.links = link_section(t, link_targets(t, case))
        self.actions = card_actions(t, case)
        self._frames: dict[tuple[Severity, int], tuple[str, list[dict[str, Any]], int]] = {}

    def frame(
        self, t: Translator, severity: Severity, count: int
    ) -> tuple[str, list[dict[str, Any]], int]:
        """Title, header and size of the card about `count` subjects with only the header
        and the links in its body and an empty fallback text. (`t` is passed, not kept: a
        CaseParts holding its Translator would keep that weak key of `_KEPT` alive.)"""
        key = (severity, count)
        found = self._frames.get(key)
        if found is None:
            title = title_for(t, self.case.card, count)
            header = header_blocks(title, self.summary, severity)
            bare = adaptive_card(
                t,
                self.case.card.value,
                STYLE[severity],
                header=header,
                body=self.links,
                actions=self.actions,
                fallback="",
            )
            found = self._frames[key] = (title, header, utf16_size(bare))
        return found


_KEPT: weakref.WeakKeyDictionary[Translator, dict[Case, CaseParts]] = weakref.WeakKeyDictionary()


def case_parts(t: Translator, case: Case) -> CaseParts:
    """The CaseParts of a case in t's language, built on first use and kept with `t`."""
    kept = _KEPT.get(t)
    if kept is None:
        kept = _KEPT[t] = {}
    found = kept.get(case)
    if found is None:
        if len(kept) >= _KEEP_CASES:
            kept.clear()
        found = kept[case] = CaseParts(t, case)
    return found


class _CardParts:
    """The pieces of one finding's card and their sizes; cards of any length assemble from
    them, and `size` says what a card would weigh without building it."""

    def __init__(self, finding: Finding, t: Translator, now: datetime, sync: bool) -> None:
        self.finding, self.t = finding, t
        self.case = case_parts(t, Case.of(finding))
        self.title, self.header, self.frame_size = self.case.frame(
            t, finding.severity, title_count(finding)
        )
        self.blocks = [
            subject_block(finding, s, t, now, sync=sync) for s in finding.subjects[:MAX_SUBJECTS]
        ]
        # blocks_size[n]: the first n subject blocks, each with its comma.
        sizes = (utf16_size(block) + COMMA for block in self.blocks)
        self.blocks_size = [0, *accumulate(sizes)]
        self._tails: dict[int, int] = {}

    def _fallback(self, shown: int) -> str:
        """ "Title: A, B and C" (a notification's preview text), in the card's language."""
        subjects = self.finding.subjects
        names = [subject_label(self.t, s) for s in subjects[:shown]]
        if len(subjects) > shown:
            hidden = len(subjects) - shown
            # Translators: the last item of a list of names: "A, B and 3 others".
            others = self.t.ngettext("{count} other", "{count} others", hidden)
            names.append(others.format(count=self.t.number(hidden)))
        if not names:
            return self.title
        # Translators: a card's title, then the names of the tokens or certificates it is about.
        return self.t.gettext("{title}: {names}").format(
            title=self.title, names=self.t.and_list(names)
        )

    def _more(self, hidden: int) -> dict[str, Any]:
        more = self.t.ngettext("…and {count} more.", "…and {count} more.", hidden)
        return text(more.format(count=hidden), isSubtle=True)

    def _shown(self, max_subjects: int) -> int:
        return len(self.blocks[:max_subjects])

    def size(self, max_subjects: int = MAX_SUBJECTS, *, detailed: bool = True) -> int:
        """utf16_size(self.card(max_subjects, detailed=detailed)), added up from the pieces."""
        shown = self._shown(max_subjects)
        tail = self._tails.get(shown)
        if tail is None:
            # The fallback text and the "...and N more" line depend on how many are shown.
            tail = utf16_size(self._fallback(shown)) - _EMPTY_STRING
            hidden = len(self.finding.subjects) - shown
            if hidden:
                tail += COMMA + utf16_size(self._more(hidden))
            self._tails[shown] = tail
        size = self.frame_size + self.blocks_size[shown] + tail
        return size + self.case.explanation_size if detailed else size

    def card(self, max_subjects: int = MAX_SUBJECTS, *, detailed: bool = True) -> CardDict:
        finding = self.finding
        shown = self._shown(max_subjects)
        body = self.blocks[:shown]
        hidden = len(finding.subjects) - shown
        if hidden:
            body.append(self._more(hidden))
        if detailed:
            body += fresh(self.case.explanation)
        body += fresh(self.case.links)
        return adaptive_card(
            self.t,
            finding.card.value,
            STYLE[finding.severity],
            header=fresh(self.header),
            body=body,
            actions=fresh(self.case.actions),
            fallback=self._fallback(shown),
        )


def finding_card(
    finding: Finding,
    t: Translator,
    now: datetime,
    max_subjects: int = MAX_SUBJECTS,
    *,
    detailed: bool = True,
    sync: bool = True,
) -> CardDict:
    """The card for one finding; `detailed=False` leaves out steps, notes and the article
    (the summary line and the links stay) so that many findings fit one Teams message."""
    return _CardParts(finding, t, now, sync).card(max_subjects, detailed=detailed)


def subject_block(
    finding: Finding, subject: Subject, t: Translator, now: datetime, *, sync: bool = True
) -> CardDict:
    """A token's or certificate's name and facts, and "Sync now" for a token that does not
    sync (unless `sync` is False)."""
    items: list[dict[str, Any]] = [text(subject_label(t, subject), weight="Bolder")]
    facts = subject_facts(t, subject, now)
    if facts:
        items.append({"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in facts]})
    syncable = finding.card in _SYNCABLE and subject.kind is SubjectKind.ENROLLMENT_TOKEN
    if sync and syncable:
        button = submit(t.gettext("Sync now"), Verb.SYNC, token=subject.id, card=finding.card.value)
        items.append({"type": "ActionSet", "actions": [button]})
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}


def diagnosis_reply(
    findings: list[Finding],
    t: Translator,
    now: datetime,
    budget: int = REPLY_BUDGET,
    *,
    sync: bool = True,
) -> list[CardDict]:
    """One card per finding, most severe first, within Teams' message size limit; "Sync now"
    only when `sync` (those who see the cards may start one).

    First the lists shrink (10, 5, 3 subjects per card); if that is not enough, the less
    severe cards lose their steps, the most severe keeping them longest. Sizes are added up
    from measured pieces (`_CardParts.size`), exactly, so only the chosen cards are built.
    """
    parts = [_CardParts(f, t, now, sync) for f in findings]
    # A JSON list adds a comma between cards and two brackets: 2 bytes each in UTF-16.
    frame = 2 * (len(parts) + 1)
    for limit in (MAX_SUBJECTS, 5, 3):
        if frame + sum(p.size(limit) for p in parts) <= budget:
            return [p.card(limit) for p in parts]
    for limit in (3, 1):
        detailed = [False] * len(parts)
        total = frame + sum(p.size(limit, detailed=False) for p in parts)
        for i, p in enumerate(parts):
            grown = total - p.size(limit, detailed=False) + p.size(limit)
            if grown <= budget:
                detailed[i], total = True, grown
        if total <= budget or limit == 1:
            return [p.card(limit, detailed=d) for p, d in zip(parts, detailed, strict=True)]
    raise AssertionError("unreachable")  # pragma: no cover
