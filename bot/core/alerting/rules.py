"""What one scan should post to one subscriber: new alerts, and "resolved" updates of old ones.

`find_problems(snapshot, findings, now)` (bot.core.alerting.problems) names the tenant's
problems once; `plan(subscription, problems, ledger_entries, mutes, now)` then decides per
subscriber from its alert ledger:

- every (subscriber, problem, stage) is sent once: a ledger entry with that problem and stage,
  whatever its status, or with a later stage of that problem, means no Send. A new subscriber
  gets the current stage only, not the ladder behind it; a later stage is a new message,
  because Teams notifies on new messages and not on edits.
- `plan` only reads: planning twice without recording anything gives the same Sends again.
  Exactly once comes from the store: the sender claims (conversation, problem, stage) as a
  PENDING entry, which fails if the row exists (another instance, or a restarted scan, got it
  first), posts, then marks it SENT with the activity id.
- a PENDING entry whose stage is still current is a send that failed or was cut short: `plan`
  returns it as `Send(retry=True)`: deliver without claiming again. One whose problem moved
  on to a later stage is not retried (the later stage is sent instead) and is closed with
  the problem's Resolve. Retries need the scan lock: a PENDING entry of a scan still running
  elsewhere would be sent twice.
- a problem with SENT or PENDING entries that is known to be gone (`ProblemSet.is_gone`: its Graph
  part was read, and no present problem hides it) gets one `Resolve`: update the SENT cards in
  place (a new message if Teams answers 404), close the PENDING ones without a message, mark
  them all RESOLVED. A renewal is such a case: the new expiry date is a new problem key, so
  the old one is gone. Since only unresolved entries count, the next scan resolves nothing.
- snooze: no Send while `snoozed_until > now`; afterwards the then current stage is sent, and
  the steps passed during the snooze are not (one alert per problem, like a new subscriber).
  Acknowledge: no Send for the acknowledged stage or an earlier one; later stages are sent.
  Neither holds back a Resolve: good news edits the old cards and notifies nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.alerting.model import LedgerEntry, LedgerStatus, Mute, Subscription
from bot.core.alerting.problem_keys import CARD_PROBLEM, ProblemKey, stage_rank
from bot.core.alerting.problems import Problem, ProblemSet
from bot.core.diagnosis.findings import Card, Finding, Subject
from bot.core.understanding.verbs import Intent, Verb

SNOOZE = timedelta(days=1)  # what the alert card's "Snooze 1 day" button means


@dataclass(frozen=True, slots=True)
class Send:
    """Post a new alert card: `alert_card(finding, subject, t, now)` in the subscriber's
    language; `retry` says a PENDING ledger entry already holds the claim."""

    problem: str
    stage: str
    finding: Finding
    subject: Subject
    retry: bool = False


@dataclass(frozen=True, slots=True)
class Resolve:
    """Update each of `entries` (SENT, with their activity ids) in place to
    `alert_card(finding, subject, t, now, resolved=True)`, close `undelivered` (PENDING) with no
    message, and mark all of them RESOLVED."""

    problem: str
    entries: tuple[LedgerEntry, ...]
    undelivered: tuple[LedgerEntry, ...]
    finding: Finding
    subject: Subject


AlertStep = Send | Resolve


def plan(
    subscription: Subscription,
    problems_now: ProblemSet,
    ledger_entries: Iterable[LedgerEntry],
    mutes: Iterable[Mute],
    now: datetime,
) -> list[AlertStep]:
    """The Sends (most severe problem first) and Resolves (by problem key) for one subscriber.

    `ledger_entries` and `mutes` may hold other subscribers' records: they are ignored."""
    if not subscription.active:
        return []
    conversation = subscription.conversation_id
    present = problems_now.problems
    # Most of a ledger is resolved history: only a present problem's entries, and the open
    # entries of the others, matter.
    of_present: dict[str, list[LedgerEntry]] = {}
    still_open: dict[str, list[LedgerEntry]] = {}
    for entry in ledger_entries:
        if entry.conversation_id != conversation:
            continue
        if entry.problem in present:
            of_present.setdefault(entry.problem, []).append(entry)
        elif entry.status in (LedgerStatus.SENT, LedgerStatus.PENDING):
            # A FAILED stage never reached the subscriber: there is nothing to resolve.
            still_open.setdefault(entry.problem, []).append(entry)
    muted = {m.problem: m for m in mutes if m.conversation_id == conversation}
    actions: list[AlertStep] = []
    for problem in present.values():
        send = _send(problem, of_present.get(problem.key, ()), muted.get(problem.key), now)
        if send is not None:
            actions.append(send)
    for key in sorted(still_open):
        if problems_now.is_gone(key):
            entries = still_open[key]
            sent = tuple(e for e in entries if e.status is LedgerStatus.SENT)
            pending = tuple(e for e in entries if e.status is LedgerStatus.PENDING)
            finding, subject = problems_now.resolved(key)
            actions.append(Resolve(key, sent, pending, finding, subject))
    return actions


def _send(
    problem: Problem, entries: Sequence[LedgerEntry], mute: Mute | None, now: datetime
) -> Send | None:
    stage = problem.stage
    if stage is None:
        return None
    rank = stage_rank(stage)
    assert rank is not None, stage  # find_problems() writes only stages it can rank
    retry = False
    for entry in entries:
        if entry.stage == stage:
            if entry.status is not LedgerStatus.PENDING:
                return None
            retry = True
        else:
            # Never back down the ladder, e.g. after the ladder was configured shorter.
            other = stage_rank(entry.stage)
            if other is not None and other >= rank:
                return None
    if mute is not None:
        if mute.snoozed_until is not None and mute.snoozed_until > now:
            return None
        acknowledged = stage_rank(mute.acknowledged_stage or "")
        if acknowledged is not None and rank <= acknowledged:
            return None
    return Send(problem.key, stage, problem.finding, problem.subject, retry)


def mute_from_button(
    press: Intent,
    conversation_id: str,
    ledger_entries: Iterable[LedgerEntry],
    mutes: Iterable[Mute],
    now: datetime,
) -> Mute | None:
    """The Mute to store for an alert card's "Snooze 1 day" or "Acknowledge" press, or None
    when it names no open problem of this conversation (e.g. already resolved).

    The button says the finding card and subject id, not the problem key or stage: it means
    the subject's open problem of that card announced last, and "acknowledge" covers every
    stage announced so far, whichever of the problem's cards was pressed."""
    subject_id = press.token
    if press.verb not in (Verb.SNOOZE, Verb.ACK) or subject_id is None:
        return None
    try:
        family, kind = CARD_PROBLEM[Card(str(press.card))]
    except (ValueError, KeyError):
        return None
    # An alert about a registry tenant names it (issue 15): its problems are keyed
    # "<tenant key>/<problem>", so Contoso's and Fabrikam's token of one name stay apart.
    prefix = f"{press.tenant.casefold()}/" if press.tenant else ""
    open_entries: dict[str, list[LedgerEntry]] = {}
    for entry in ledger_entries:
        if entry.conversation_id != conversation_id or entry.status is LedgerStatus.RESOLVED:
            continue
        if not entry.problem.startswith(prefix):
            continue
        key = ProblemKey.parse(entry.problem[len(prefix) :])
        if key is not None and (key.family, key.kind, key.subject_id) == (family, kind, subject_id):
            open_entries.setdefault(entry.problem, []).append(entry)
    if not open_entries:
        return None
    problem = max(open_entries, key=lambda p: max(e.created_at for e in open_entries[p]))
    old = next(
        (m for m in mutes if (m.conversation_id, m.problem) == (conversation_id, problem)),
        Mute(conversation_id, problem),
    )
    if press.verb is Verb.SNOOZE:
        return Mute(conversation_id, problem, now + SNOOZE, old.acknowledged_stage)
    stages = [e.stage for e in open_entries[problem]]
    if old.acknowledged_stage is not None:
        stages.append(old.acknowledged_stage)
    return Mute(conversation_id, problem, old.snoozed_until, max(stages, key=_rank))


def _rank(stage: str) -> int:
    rank = stage_rank(stage)
    return -(10**9) if rank is None else rank


def dry_run_lines(planned: Iterable[tuple[Subscription, Sequence[AlertStep]]]) -> list[str]:
    """`ade-doctor alerts --dry-run`: one line per action, saying to whom, in which language.

    >>> dry_run_lines([])
    []
    """
    lines = []
    for subscription, actions in planned:
        recipient = _recipient(subscription)
        for action in actions:
            if isinstance(action, Send):
                verb = "retry" if action.retry else "send"
                what = (
                    f"{action.finding.card} {action.stage}, {action.subject.kind} "
                    f'"{action.subject.name}"'
                )
            else:
                verb = "resolve"
                count = len(action.entries)
                what = f"update {count} card{'' if count == 1 else 's'} to resolved"
                if action.undelivered:
                    what += f", drop {len(action.undelivered)} undelivered"
            lines.append(f"{verb:<7} {recipient}: {what} [{action.problem}]")
    return lines


def _recipient(subscription: Subscription) -> str:
    reference = subscription.reference
    party = reference.get("user" if subscription.kind == "personal" else "conversation")
    name = party.get("name") if isinstance(party, dict) else None
    named = f' "{name}"' if isinstance(name, str) and name else ""
    return (
        f"{subscription.kind} {subscription.conversation_id}{named} in "
        f"{subscription.language} ({subscription.time_zone})"
    )
