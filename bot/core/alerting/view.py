"""An alert card as it stands now, for Universal Actions: the answer to its refresh (opened
later, Teams asks for it) and to "Snooze 1 day" / "Acknowledge" (the card updated in place).

The card's data names the finding card and the subject id, not the problem key: the
conversation's ledger says which of that subject's problems the card announced (the latest),
and the current diagnosis says whether it is still there (the card at its current stage),
gone (the resolved card: a renewed token has a new expiry date, a new key) or unknown (its
Graph part could not be read: None, the caller explains why instead).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from bot.core.alerting.cards import alert_card
from bot.core.alerting.model import LedgerEntry, Mute
from bot.core.alerting.problem_keys import CARD_PROBLEM, ProblemKey, stage_rank
from bot.core.alerting.problems import ProblemSet
from bot.core.cards.elements import MAX_REFRESH_USERS, CardDict
from bot.core.diagnosis.findings import Card
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Intent

# Teams' user id (MRI) of an Entra account, which is how ADE_ADMINS names the admins.
_ENTRA_MRI = "8:orgid:{}"


def alert_viewers(kind: str, reference: dict[str, Any], admins: Iterable[str]) -> tuple[str, ...]:
    """Who gets an alert card refreshed automatically when they open it: the user who
    switched alerts on (the stored reference's `user.id`), alone in a personal chat; in a
    channel or group chat also the bot's admins. Teams refreshes at most 60 users on its own,
    the others by hand."""
    user = reference.get("user")
    ident = user.get("id") if isinstance(user, dict) else None
    users = [ident] if isinstance(ident, str) and ident else []
    if kind != "personal":
        users += [_ENTRA_MRI.format(admin) for admin in sorted(admins)]
    return tuple(dict.fromkeys(users))[:MAX_REFRESH_USERS]


def mute_status(
    t: Translator, mute: Mute | None, stage: str | None, now: datetime, subject: str
) -> str | None:
    """The line an alert card shows while it is snoozed or its stage acknowledged."""
    if mute is None:
        return None
    if mute.snoozed_until is not None and mute.snoozed_until > now:
        return t.gettext("Alerts about {subject} are snoozed for 1 day").format(subject=subject)
    acknowledged = stage_rank(mute.acknowledged_stage or "")
    current = stage_rank(stage or "")
    if acknowledged is not None and (current is None or current <= acknowledged):
        return t.gettext("Acknowledged: {subject}").format(subject=subject)
    return None


def alert_view(
    press: Intent,
    conversation_id: str,
    entries: Iterable[LedgerEntry],
    mutes: Iterable[Mute],
    *,
    problems: ProblemSet,
    t: Translator,
    manage: bool,
    sync: bool,
    viewers: Iterable[str],
) -> CardDict | None:
    """The current card of the alert `press` names in this conversation; None when the
    conversation never had it (a forged or foreign card) or its state is unknown now."""
    try:
        family, kind = CARD_PROBLEM[Card(str(press.card))]
    except (ValueError, KeyError):
        return None
    latest: LedgerEntry | None = None
    for entry in entries:
        key = ProblemKey.parse(entry.problem)
        if entry.conversation_id != conversation_id or key is None:
            continue
        if (key.family, key.kind, key.subject_id) != (family, kind, press.token):
            continue
        if latest is None or entry.created_at > latest.created_at:
            latest = entry
    if latest is None:
        return None
    now = problems.now
    problem = problems.problems.get(latest.problem)
    if problem is not None:
        mute = next((m for m in mutes if m.problem == latest.problem), None)
        name = press.subject or problem.subject.name
        return alert_card(
            problem.finding,
            problem.subject,
            t,
            now,
            manage=manage,
            sync=sync,
            viewers=tuple(viewers),
            status=mute_status(t, mute, problem.stage, now, name),
        )
    if problems.is_gone(latest.problem):
        finding, subject = problems.resolved(latest.problem)
        return alert_card(finding, subject, t, now, resolved=True)
    return None
