"""Alert cards: what the bot posts unasked (issue 7) about one token or certificate, or
(issue 14) about the devices of one token or one enrollment profile (stage `devices`).

One card per subject and stage of its problem: expires in N days, expired, sync failing,
not synced recently, needs attention, resolved. A card of a problem stage is the finding
card's parts for that one subject (summary line, facts, steps, links) with a title naming
the subject and the stage, and two buttons whose data the bot handles:
`{"action": "snooze", "card": ..., "token": ...}` (snooze 1 day) and
`{"action": "ack", "card": ..., "token": ...}` (acknowledge). `token` is the subject's id;
`card` names the finding card, since one token can have two open problems (expiring and
failing to sync). A resolved card replaces the alert in place and has no buttons.

An open alert carries a `refresh` (`{"action": "alert", ...}`, the same data) for the users
who see it (`viewers`): opened later, Teams asks the bot for its current state, so a token
renewed since shows as resolved. Snooze and Acknowledge only for those who may mute it
(`manage`), "Sync now" only if they may sync: in a channel the shared card leaves them out
and the refresh adds them for admins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from enum import StrEnum

from bot.core.cards.advice import Case
from bot.core.cards.diagnosis import STYLE, case_parts, header_blocks, subject_block
from bot.core.cards.elements import (
    CardDict,
    adaptive_card,
    fresh,
    refresh,
    submit,
    text,
    with_refresh,
)
from bot.core.cards.texts import platform_name, subject_label
from bot.core.diagnosis.findings import Card, Finding, Severity, Subject, SubjectKind
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb


class Stage(StrEnum):
    """How far a subject's problem has come; each card's id is "alert-" + its stage."""

    EXPIRING = "expiring"
    EXPIRED = "expired"
    SYNC_FAILING = "sync-failing"
    SYNC_STALE = "sync-stale"
    NEEDS_ATTENTION = "needs-attention"
    DEVICES = "devices"  # a device-level problem of a token's devices or of a profile
    RESOLVED = "resolved"


_STAGES = {
    Card.TOKEN_EXPIRING: Stage.EXPIRING,
    Card.APNS_EXPIRING: Stage.EXPIRING,
    Card.TOKEN_EXPIRED: Stage.EXPIRED,
    Card.APNS_EXPIRED: Stage.EXPIRED,
    Card.SYNC_ERROR: Stage.SYNC_FAILING,
    Card.SYNC_STALE: Stage.SYNC_STALE,
    Card.APNS_MISSING: Stage.NEEDS_ATTENTION,
    Card.DEVICE_NO_PROFILE: Stage.DEVICES,
    Card.DEFAULT_PROFILE_MISSING: Stage.DEVICES,
    Card.DEVICE_ENROLLMENT_FAILED: Stage.DEVICES,
    Card.DEVICE_NEVER_CONTACTED: Stage.DEVICES,
    Card.COMPANY_PORTAL_VPP_INVALID: Stage.DEVICES,
}


def alert_stage(finding: Finding, subject: Subject, *, resolved: bool = False) -> Stage:
    """The stage an alert about `subject` of `finding` reports; findings without subjects
    (no tokens, tenant unreachable, all healthy) have no alert stage: KeyError."""
    if resolved:
        return Stage.RESOLVED
    if finding.card is Card.VPP_TOKEN_PROBLEM:
        if "expired" in subject.reasons:
            return Stage.EXPIRED
        return Stage.EXPIRING if "expiring" in subject.reasons else Stage.NEEDS_ATTENTION
    return _STAGES[finding.card]


def alert_card(
    finding: Finding,
    subject: Subject,
    t: Translator,
    now: datetime,
    *,
    resolved: bool = False,
    manage: bool = True,
    sync: bool = True,
    viewers: Sequence[str] = (),
    status: str | None = None,
    tenant: str | None = None,
) -> CardDict:
    """The alert about one subject of a finding; `resolved=True` says the problem is gone
    (`subject` then carries the subject's current record, e.g. the renewed token). `status`
    is a line saying it is snoozed or acknowledged; `manage` adds Snooze and Acknowledge,
    `sync` "Sync now"; `viewers` get the card refreshed when they open it. `tenant` names the
    registry tenant (issue 15): an MSP's channel gets alerts about many customers, and
    "token X expires" says nothing without whose token it is."""
    stage = alert_stage(finding, subject, resolved=resolved)
    # The parts of a finding about this subject alone: its portal, its error code's steps.
    single = replace(finding, subjects=(subject,), severity=subject.severity)
    title = alert_title(t, finding, subject, stage, now, tenant=tenant)
    if stage is Stage.RESOLVED:
        severity = Severity.INFO
        summary = t.gettext(
            "Nothing more to do: the problem this alert reported is gone. The facts below are "
            "the current ones."
        )
        body = [subject_block(single, subject, t, now, sync=False)]
        actions: list[CardDict] = []
    else:
        severity = subject.severity
        parts = case_parts(t, Case.of(single))
        summary = parts.summary
        body = [subject_block(single, subject, t, now, sync=sync), *fresh(parts.explanation)]
        body += fresh(parts.links)
        if status:
            body.insert(0, text(status, weight="Bolder"))
        # The name only lets the confirmation say what was snoozed; the id decides.
        data = {"card": finding.card.value, "token": subject.id, "name": subject.name[:100]}
        if tenant is not None:
            data["tenant"] = tenant  # the ledger keys its problems per tenant
        actions = []
        if manage:
            actions = [
                submit(t.gettext("Snooze 1 day"), Verb.SNOOZE, **data),
                submit(t.gettext("Acknowledge"), Verb.ACK, **data),
            ]
    card = adaptive_card(
        t,
        f"alert-{stage}",
        STYLE[severity],
        header=header_blocks(title, summary, severity),
        body=body,
        actions=actions,
        fallback=title,
    )
    if stage is Stage.RESOLVED:
        return card  # final: nothing more will change on it
    return with_refresh(card, refresh(Verb.ALERT, viewers, **data))


def alert_title(
    t: Translator,
    finding: Finding,
    subject: Subject,
    stage: Stage,
    now: datetime,
    *,
    tenant: str | None = None,
) -> str:
    """The alert's one-line title, led by its tenant's name when there is a registry."""
    title = _title(t, finding.card, subject, stage, now)
    if tenant is None:
        return title
    # Translators: an alert's title led by the customer it is about (an MSP's tenant), e.g.
    # "Contoso: Enrollment program token Contoso iPads expires in 12 days".
    return t.gettext("{who}: {what}").format(who=tenant, what=title)


def _title(t: Translator, card: Card, subject: Subject, stage: Stage, now: datetime) -> str:
    expires = getattr(subject.item, "expires", None)
    relative = t.relative(expires, now) if isinstance(expires, datetime) else ""
    name = subject_label(t, subject)
    if subject.kind in (SubjectKind.DEVICES, SubjectKind.ENROLLMENT_PROFILE):
        return _device_title(t, card, subject, stage, name)
    if subject.kind is SubjectKind.PUSH_CERTIFICATE:
        titles = {
            # Translators: {relative} is a relative time, e.g. "in 12 days" or "in 5 hours".
            Stage.EXPIRING: t.gettext("The Apple MDM push certificate expires {relative}"),
            Stage.EXPIRED: t.gettext("The Apple MDM push certificate has expired"),
            Stage.NEEDS_ATTENTION: t.gettext("No Apple MDM push certificate is set up"),
            Stage.RESOLVED: t.gettext("Resolved: the Apple MDM push certificate is valid again"),
        }
    elif subject.kind is SubjectKind.VPP_TOKEN:
        titles = {
            # Translators: {relative} is a relative time, e.g. "in 12 days" or "in 5 hours".
            Stage.EXPIRING: t.gettext("VPP token {name} expires {relative}"),
            Stage.EXPIRED: t.gettext("VPP token {name} has expired"),
            Stage.NEEDS_ATTENTION: t.gettext("VPP token {name} needs attention"),
            Stage.RESOLVED: t.gettext("Resolved: VPP token {name} is healthy again"),
        }
    else:
        titles = {
            # Translators: {relative} is a relative time, e.g. "in 12 days" or "in 5 hours".
            Stage.EXPIRING: t.gettext("Enrollment program token {name} expires {relative}"),
            Stage.EXPIRED: t.gettext("Enrollment program token {name} has expired"),
            Stage.SYNC_FAILING: t.gettext(
                "Enrollment program token {name} fails to sync with Apple"
            ),
            Stage.SYNC_STALE: t.gettext("Enrollment program token {name} has not synced recently"),
            Stage.RESOLVED: t.gettext("Resolved: enrollment program token {name} is healthy again"),
        }
    return titles[stage].format(name=name, relative=relative)


def _device_title(t: Translator, card: Card, subject: Subject, stage: Stage, name: str) -> str:
    """The title of an alert about a token's devices or about an enrollment profile."""
    if subject.kind is SubjectKind.ENROLLMENT_PROFILE:
        if stage is Stage.RESOLVED:
            title = t.gettext(
                "Resolved: enrollment profile {name} installs Company Portal with a working VPP "
                "token again"
            )
        else:
            title = t.gettext(
                "Enrollment profile {name} installs Company Portal with a VPP token that does "
                "not work"
            )
        return title.format(name=name)
    if stage is Stage.RESOLVED:
        return t.gettext(
            "Resolved: the devices of enrollment program token {name} no longer have this problem"
        ).format(name=name)
    group = subject.devices
    n = group.count if group is not None else 0
    platform = platform_name(t, group.platform if group is not None else None)
    if card is Card.DEFAULT_PROFILE_MISSING:
        # Translators: {platform} is an Apple platform name, e.g. "iOS/iPadOS" or "macOS".
        title = t.gettext("Enrollment program token {name} has no default profile for {platform}")
    elif card is Card.DEVICE_ENROLLMENT_FAILED:
        title = t.ngettext(
            "{count} device of enrollment program token {name} failed to enroll or is blocked",
            "{count} devices of enrollment program token {name} failed to enroll or are blocked",
            n,
        )
    elif card is Card.DEVICE_NEVER_CONTACTED:
        title = t.ngettext(
            "{count} device of enrollment program token {name} has never contacted Intune",
            "{count} devices of enrollment program token {name} have never contacted Intune",
            n,
        )
    else:
        title = t.ngettext(
            "{count} {platform} device of enrollment program token {name} has no enrollment "
            "profile",
            "{count} {platform} devices of enrollment program token {name} have no enrollment "
            "profile",
            n,
        )
    return title.format(name=name, count=n, platform=platform)
