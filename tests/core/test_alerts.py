"""The alert rules, time-travelled: a fake clock advances over whole expiry ladders while an
in-memory ledger plays the store's part (one row per conversation, problem and stage)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalogs import translator
from bot.core.alerting.cards import alert_card
from bot.core.alerting.model import LedgerEntry, LedgerStatus, Mute, Subscription
from bot.core.alerting.problem_keys import (
    DEFAULT_LADDER,
    Family,
    ProblemKey,
    expiry_stage,
    ladder_of,
    stage_rank,
)
from bot.core.alerting.problems import ProblemSet, find_problems
from bot.core.alerting.rules import AlertStep, Resolve, Send, dry_run_lines, mute_from_button, plan
from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card, SubjectKind
from bot.core.i18n.languages import ENGLISH
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    Part,
    PushCertificate,
    ReadFailure,
    TenantSnapshot,
    VppState,
    VppSyncStatus,
    VppToken,
)
from bot.core.understanding.verbs import pressed
from tests.gallery import NOW, token, token_id, troubled_tenant

EXPIRY = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
DAY = timedelta(days=1)
CERT = PushCertificate(EXPIRY + 400 * DAY, "push@contoso.com", "com.apple.mgmt.External.1")
LADDER = ["30d", "14d", "7d", "3d", "1d", "expired", *(f"expired+{n}d" for n in range(1, 6))]


def subscriber(n: int = 1, **changes: object) -> Subscription:
    base = Subscription(
        conversation_id=f"a:conversation-{n}",
        tenant_id="contoso",
        service_url="https://smba.trafficmanager.net/emea/",
        reference={"user": {"name": f"Admin {n}"}, "conversation": {"id": f"a:conversation-{n}"}},
        language="en",
        time_zone="UTC",
        kind="personal",
        created_at=NOW,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def healthy(ident: str, now: datetime, **changes: object) -> EnrollmentToken:
    """A token that synced 3 hours before `now` and expires on EXPIRY unless told otherwise."""
    fields: dict[str, object] = {
        "expires": EXPIRY,
        "last_successful_sync": now - timedelta(hours=3),
    }
    return token(ident, **(fields | changes))


def tenant(*tokens: EnrollmentToken, **changes: object) -> TenantSnapshot:
    base = TenantSnapshot(tokens, CERT, True, ())
    return replace(base, **changes)  # type: ignore[arg-type]


@dataclass
class Ledger:
    """What the store does with the actions: claim, post, mark sent; update, mark resolved."""

    rows: dict[tuple[str, str, str], LedgerEntry] = field(default_factory=dict)
    mutes: dict[tuple[str, str], Mute] = field(default_factory=dict)
    posted: list[tuple[str, str, str, datetime]] = field(default_factory=list)
    updated: list[tuple[str, str | None]] = field(default_factory=list)

    def entries(self) -> list[LedgerEntry]:
        return list(self.rows.values())

    def record(
        self, conversation: str, actions: list[AlertStep], now: datetime, *, racing: bool = False
    ) -> None:
        """`racing`: another planner may have claimed first; else plan must never propose a
        (conversation, problem, stage) the ledger already holds."""
        for action in actions:
            if isinstance(action, Send):
                row = (conversation, action.problem, action.stage)
                if not action.retry:
                    if row in self.rows:
                        assert racing, f"planned again: {row}"
                        continue  # the claim failed: someone else sends it
                    self.rows[row] = LedgerEntry(*row, LedgerStatus.PENDING, now)
                assert self.rows[row].status is LedgerStatus.PENDING
                self.posted.append((*row, now))
                activity = f"activity-{len(self.posted)}"
                self.rows[row] = replace(
                    self.rows[row], status=LedgerStatus.SENT, activity_id=activity, sent_at=now
                )
            else:
                self.updated += [(conversation, e.activity_id) for e in action.entries]
                for entry in (*action.entries, *action.undelivered):
                    row = (conversation, entry.problem, entry.stage)
                    assert self.rows[row].status is not LedgerStatus.RESOLVED
                    self.rows[row] = replace(entry, status=LedgerStatus.RESOLVED)
                self.mutes.pop((conversation, action.problem), None)

    def stages(self, conversation: str = "a:conversation-1") -> list[str]:
        return [stage for c, _, stage, _ in self.posted if c == conversation]


def run(
    snapshot: TenantSnapshot,
    now: datetime,
    ledger: Ledger,
    subscribers: tuple[Subscription, ...] = (subscriber(),),
    ladder: tuple[int, ...] = DEFAULT_LADDER,
) -> dict[str, list[AlertStep]]:
    """One scan: diagnose, plan for every subscriber, record what was done."""
    problems = find_problems(snapshot, diagnose(snapshot, now), now, ladder)
    planned = {}
    for sub in subscribers:
        actions = plan(sub, problems, ledger.entries(), ledger.mutes.values(), now)
        ledger.record(sub.conversation_id, actions, now)
        planned[sub.conversation_id] = actions
    return planned


def sends(planned: dict[str, list[AlertStep]]) -> list[tuple[str, str]]:
    return [(a.problem, a.stage) for acts in planned.values() for a in acts if isinstance(a, Send)]


def resolves(planned: dict[str, list[AlertStep]]) -> list[Resolve]:
    return [a for acts in planned.values() for a in acts if isinstance(a, Resolve)]


def days(start: int, stop: int) -> list[datetime]:
    return [EXPIRY + n * DAY for n in range(start, stop + 1)]


# The ladder


def test_the_expiry_ladder_alerts_once_per_stage_in_order_then_daily_after_expiry() -> None:
    ledger = Ledger()
    for now in days(-40, 5):
        run(tenant(healthy("1", now)), now, ledger)
    assert ledger.stages() == LADDER
    sent_on = [(at - EXPIRY) // DAY for _, _, _, at in ledger.posted]
    assert sent_on == [-30, -14, -7, -3, -1, 0, 1, 2, 3, 4, 5]
    assert {problem for _, problem, _, _ in ledger.posted} == {
        f"expiry:ade-token:{token_id('1')}:2026-12-01"
    }
    assert ledger.updated == []


def test_hourly_scans_send_the_same_ladder_as_daily_ones() -> None:
    ledger = Ledger()
    for hour in range(-40 * 24, 5 * 24 + 1):
        now = EXPIRY + timedelta(hours=hour)
        run(tenant(healthy("1", now)), now, ledger)
    assert ledger.stages() == LADDER


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(-45 * 24 * 60, 8 * 24 * 60), min_size=1, max_size=40))
def test_random_scan_times_never_send_a_stage_twice_and_only_climb_the_ladder(
    minutes: list[int],
) -> None:
    ledger = Ledger()
    times = [EXPIRY + timedelta(minutes=m) for m in sorted(minutes)]
    for now in times:
        run(tenant(healthy("1", now)), now, ledger)
    stages = ledger.stages()
    assert len(stages) == len(set(stages))
    ranks = [stage_rank(stage) for stage in stages]
    assert None not in ranks
    assert ranks == sorted(ranks, key=lambda rank: rank or 0)
    current = expiry_stage(EXPIRY, times[-1])
    assert stages[-1:] == ([current] if current else [])


def flapping(now: datetime, renewal: datetime | None, failing_days: set[int]) -> TenantSnapshot:
    """Token 1 on the ladder until renewed at `renewal`; token 2 failing to sync on the given
    days after EXPIRY (its last successful sync is the eve of the run of failing days)."""
    expires = EXPIRY if renewal is None or now < renewal else renewal + 365 * DAY
    day = (now - EXPIRY) // DAY
    failing = day in failing_days
    first = day
    while first - 1 in failing_days:
        first -= 1
    synced = EXPIRY + first * DAY - timedelta(hours=1) if failing else now - timedelta(hours=1)
    two = healthy("2", now, expires=EXPIRY + 300 * DAY, last_successful_sync=synced)
    return tenant(
        healthy("1", now, expires=expires), replace(two, last_sync_error_code=3 * failing)
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(-45 * 24, 10 * 24), min_size=1, max_size=30),
    st.none() | st.integers(-45 * 24, 10 * 24),
    st.sets(st.integers(-45, 10)),
)
def test_random_scans_of_renewals_and_flapping_sync_never_duplicate_nor_leave_stale_cards(
    hours: list[int], renewal_hour: int | None, failing_days: set[int]
) -> None:
    ledger, subscribers = Ledger(), (subscriber(1), subscriber(2))
    renewal = None if renewal_hour is None else EXPIRY + timedelta(hours=renewal_hour)
    now = EXPIRY
    for hour in sorted(hours):
        now = EXPIRY + timedelta(hours=hour)
        run(flapping(now, renewal, failing_days), now, ledger, subscribers)  # asserts no repeat
    snapshot = flapping(now, renewal, failing_days)
    problems = find_problems(snapshot, diagnose(snapshot, now), now)
    for entry in ledger.entries():
        if entry.status is not LedgerStatus.RESOLVED:
            assert not problems.is_gone(entry.problem), entry
    for sub in subscribers:
        ranks: dict[str, list[int | None]] = {}
        for c, problem, stage, _ in ledger.posted:
            if c == sub.conversation_id:
                ranks.setdefault(problem, []).append(stage_rank(stage))
        assert all(r == sorted(r, key=lambda rank: rank or 0) for r in ranks.values())


def test_a_subscriber_joining_mid_ladder_gets_only_the_current_stage() -> None:
    ledger, early, late = Ledger(), subscriber(1), subscriber(2)
    for now in days(-40, -6):
        run(tenant(healthy("1", now)), now, ledger, (early,))
    for now in days(-5, 0):
        run(tenant(healthy("1", now)), now, ledger, (early, late))
    assert ledger.stages(early.conversation_id) == LADDER[:6]
    assert ledger.stages(late.conversation_id) == ["7d", "3d", "1d", "expired"]


def test_the_ladder_is_configurable() -> None:
    assert ladder_of([1, 10, 60, 10]) == (60, 10, 1)
    with pytest.raises(ValueError, match="whole days"):
        ladder_of([7, 0])
    ledger = Ledger()
    for now in days(-40, 1):
        run(tenant(healthy("1", now)), now, ledger, ladder=(10, 2))
    # diagnose reports the token from 30 days out, when the 60-day step is long passed.
    assert ledger.stages() == ["10d", "2d", "expired", "expired+1d"]


def test_the_stage_is_the_latest_step_reached_at_the_second() -> None:
    second = timedelta(seconds=1)
    assert expiry_stage(EXPIRY, EXPIRY - 30 * DAY - second) is None
    assert expiry_stage(EXPIRY, EXPIRY - 30 * DAY) == "30d"
    assert expiry_stage(EXPIRY, EXPIRY - 14 * DAY - second) == "30d"
    assert expiry_stage(EXPIRY, EXPIRY - second) == "1d"
    assert expiry_stage(EXPIRY, EXPIRY) == "expired"
    assert expiry_stage(EXPIRY, EXPIRY + DAY - second) == "expired"
    assert expiry_stage(EXPIRY, EXPIRY + 400 * DAY) == "expired+400d"
    ranks = {s: stage_rank(s) for s in ("30d", "1d", "expired", "expired+2d", "started", "x")}
    assert ranks == {"30d": -30, "1d": -1, "expired": 0, "expired+2d": 2, "started": 0, "x": None}


# Problem keys


def test_problem_keys_name_the_family_the_subject_and_the_episode() -> None:
    synced = NOW - timedelta(hours=30)
    vpp = VppToken("vpp-1", VppState.VALID, EXPIRY, VppSyncStatus.COMPLETED)
    snapshot = tenant(
        healthy("1", NOW),
        healthy("2", NOW, expires=EXPIRY + 200 * DAY, last_sync_error_code=3),
        healthy("3", NOW, expires=EXPIRY + 200 * DAY, last_successful_sync=synced),
        push_certificate=replace(CERT, expires=EXPIRY + DAY),
        vpp_tokens=(vpp,),
    )
    problems = find_problems(snapshot, diagnose(snapshot, NOW), NOW)
    assert {key: p.stage for key, p in problems.problems.items()} == {
        f"expiry:ade-token:{token_id('1')}:2026-12-01": "14d",
        "expiry:apns-certificate:com.apple.mgmt.External.1:2026-12-02": "14d",
        "expiry:vpp-token:vpp-1:2026-12-01": "14d",
        f"sync-error:ade-token:{token_id('2')}:20261122T063000Z": "started",
        f"sync-stale:ade-token:{token_id('3')}:20261121T033000Z": "started",
    }
    missing = TenantSnapshot((healthy("1", NOW),), None, True, ())
    assert list(find_problems(missing, diagnose(missing, NOW), NOW).problems) == [
        "apns-missing:apns-certificate:applePushNotificationCertificate",  # error: first
        f"expiry:ade-token:{token_id('1')}:2026-12-01",
    ]
    for key in [*problems.problems, "apns-missing:apns-certificate:x:y"]:
        parsed = ProblemKey.parse(key)
        assert parsed is not None
        assert str(parsed) == key
    odd = ProblemKey(Family.EXPIRY, SubjectKind.VPP_TOKEN, "id:with:colons", "2026-12-01")
    assert ProblemKey.parse(str(odd)) == odd
    for unknown in ("", "expiry", "renewal:ade-token:1:2026-12-01", "expiry:laptop:1:x"):
        assert ProblemKey.parse(unknown) is None


def test_vpp_token_problems_other_than_its_expiry_are_not_alerted() -> None:
    invalid = VppToken("vpp-1", VppState.INVALID, EXPIRY + 300 * DAY, VppSyncStatus.FAILED)
    snapshot = tenant(healthy("1", NOW, expires=EXPIRY + 300 * DAY), vpp_tokens=(invalid,))
    findings = diagnose(snapshot, NOW)
    assert [f.card for f in findings] == [Card.VPP_TOKEN_PROBLEM]
    assert find_problems(snapshot, findings, NOW).problems == {}


# Resolving


def test_a_renewal_resolves_every_card_of_the_old_ladder_and_starts_a_new_one() -> None:
    ledger = Ledger()
    for now in days(-40, -7):
        run(tenant(healthy("1", now)), now, ledger)
    assert ledger.stages() == ["30d", "14d", "7d"]
    renewed = EXPIRY + 365 * DAY  # Apple's ADE tokens last one year from the renewal
    now = EXPIRY - 6 * DAY
    planned = run(tenant(healthy("1", now, expires=renewed)), now, ledger)
    assert sends(planned) == []
    (resolve,) = resolves(planned)
    assert resolve.problem == f"expiry:ade-token:{token_id('1')}:2026-12-01"
    assert [e.stage for e in resolve.entries] == ["30d", "14d", "7d"]
    assert ledger.updated == [("a:conversation-1", f"activity-{n}") for n in (1, 2, 3)]
    assert resolve.subject.item == healthy("1", now, expires=renewed)
    for now in [EXPIRY - 5 * DAY, renewed - 31 * DAY, renewed - 30 * DAY, renewed - 29 * DAY]:
        planned = run(tenant(healthy("1", now, expires=renewed)), now, ledger)
        assert resolves(planned) == []
    assert ledger.stages() == ["30d", "14d", "7d", "30d"]
    assert ledger.posted[-1][1] == f"expiry:ade-token:{token_id('1')}:2027-12-01"


def test_renewing_an_expired_token_resolves_it_and_stops_the_daily_reminders() -> None:
    ledger = Ledger()
    for now in days(-1, 2):
        run(tenant(healthy("1", now)), now, ledger)
    assert ledger.stages() == ["1d", "expired", "expired+1d", "expired+2d"]
    for now in days(3, 6):
        run(tenant(healthy("1", now, expires=now + 365 * DAY)), now, ledger)
    assert ledger.stages() == ["1d", "expired", "expired+1d", "expired+2d"]
    assert len(ledger.updated) == 4


def test_a_sync_error_alerts_when_it_starts_and_is_resolved_when_sync_recovers() -> None:
    ledger, far = Ledger(), EXPIRY + 200 * DAY
    last_ok = NOW - timedelta(hours=2)
    for hours in range(0, 48, 6):
        now = NOW + timedelta(hours=hours)
        failing = healthy(
            "1", now, expires=far, last_sync_error_code=3, last_successful_sync=last_ok
        )
        run(tenant(failing), now, ledger)
    assert ledger.stages() == ["started"]
    assert ledger.posted[0][1] == f"sync-error:ade-token:{token_id('1')}:20261122T073000Z"
    now = NOW + 2 * DAY
    planned = run(tenant(healthy("1", now, expires=far)), now, ledger)
    assert [r.problem for r in resolves(planned)] == [ledger.posted[0][1]]
    assert ledger.updated == [("a:conversation-1", "activity-1")]
    assert resolves(run(tenant(healthy("1", now, expires=far)), now + DAY, ledger)) == []


def test_a_token_that_fails_to_sync_again_after_recovering_is_a_new_problem() -> None:
    ledger, far = Ledger(), EXPIRY + 200 * DAY
    first, second = NOW - timedelta(hours=2), NOW + 5 * DAY
    for now, error, synced in [
        (NOW, 3, first),
        (NOW + 3 * DAY, 0, NOW + 3 * DAY),
        (NOW + 6 * DAY, 3, second),
        (NOW + 7 * DAY, 3, second),
    ]:
        snapshot = tenant(
            healthy("1", now, expires=far, last_sync_error_code=error, last_successful_sync=synced)
        )
        run(snapshot, now, ledger)
    assert ledger.stages() == ["started", "started"]
    assert [problem[-16:] for _, problem, _, _ in ledger.posted] == [
        "20261122T073000Z",
        "20261127T093000Z",
    ]


def test_a_stale_token_that_starts_failing_keeps_its_stale_alert_open_until_sync_recovers() -> None:
    ledger, far = Ledger(), EXPIRY + 200 * DAY
    last_ok = NOW - timedelta(hours=30)
    run(tenant(healthy("1", NOW, expires=far, last_successful_sync=last_ok)), NOW, ledger)
    failing = healthy("1", NOW, expires=far, last_successful_sync=last_ok, last_sync_error_code=9)
    planned = run(tenant(failing), NOW + DAY, ledger)
    assert resolves(planned) == []  # the stale card must not say "healthy again"
    assert [p.split(":")[0] for p, _ in sends(planned)] == ["sync-error"]
    planned = run(tenant(healthy("1", NOW + 2 * DAY, expires=far)), NOW + 2 * DAY, ledger)
    assert sorted(r.problem.split(":")[0] for r in resolves(planned)) == [
        "sync-error",
        "sync-stale",
    ]


def test_a_failing_token_that_expires_keeps_its_sync_alert_open_until_renewed() -> None:
    ledger, last_ok = Ledger(), EXPIRY - 3 * DAY
    for now in days(-2, 2):
        failing = healthy("1", now, last_sync_error_code=3, last_successful_sync=last_ok)
        planned = run(tenant(failing), now, ledger)
        assert resolves(planned) == []
    assert ledger.stages() == ["started", "3d", "1d", "expired", "expired+1d", "expired+2d"]
    now = EXPIRY + 3 * DAY
    planned = run(tenant(healthy("1", now, expires=now + 365 * DAY)), now, ledger)
    assert [r.problem.split(":")[0] for r in resolves(planned)] == ["expiry", "sync-error"]


def test_a_graph_read_failure_neither_resolves_nor_sends_anything() -> None:
    ledger, far = Ledger(), EXPIRY + 200 * DAY
    failing = healthy("2", NOW, expires=far, last_sync_error_code=3)
    run(tenant(healthy("1", NOW), failing), NOW, ledger)
    assert ledger.stages() == ["started", "14d"]
    forbidden = ReadFailure(Part.ENROLLMENT_TOKENS, "forbidden")
    throttled = ReadFailure(Part.ENROLLMENT_TOKENS, "throttled")
    unreadable = [
        tenant(enrollment_tokens=None, failures=(forbidden,)),
        tenant(enrollment_tokens=None, failures=(throttled,)),
        tenant(enrollment_tokens=None),  # a snapshot file without depOnboardingSettings
    ]
    for n, snapshot in enumerate(unreadable, start=1):
        assert run(snapshot, NOW + n * DAY, ledger) == {"a:conversation-1": []}
    # The token part read again: still expiring (the 7d step is due), still failing.
    now = NOW + 4 * DAY
    planned = run(tenant(healthy("1", now), failing), now, ledger)
    assert resolves(planned) == []
    assert ledger.stages() == ["started", "14d", "7d"]


def test_a_failed_vpp_read_leaves_vpp_alerts_open_while_token_alerts_resolve() -> None:
    ledger = Ledger()
    vpp = VppToken("vpp-1", VppState.VALID, EXPIRY, VppSyncStatus.COMPLETED)
    run(tenant(healthy("1", NOW), vpp_tokens=(vpp,)), NOW, ledger)
    assert ledger.stages() == ["14d", "14d"]
    failure = ReadFailure(Part.VPP_TOKENS, "forbidden", permission="DeviceManagementApps.Read.All")
    renewed = healthy("1", NOW, expires=EXPIRY + 365 * DAY)
    planned = run(tenant(renewed, vpp_tokens=None, failures=(failure,)), NOW + DAY, ledger)
    assert [r.problem.split(":")[1] for r in resolves(planned)] == ["ade-token"]


def test_a_token_deleted_from_intune_resolves_its_alerts_by_id() -> None:
    ledger = Ledger()
    run(tenant(healthy("1", NOW), healthy("2", NOW, expires=EXPIRY + 300 * DAY)), NOW, ledger)
    planned = run(tenant(healthy("2", NOW, expires=EXPIRY + 300 * DAY)), NOW + DAY, ledger)
    (resolve,) = resolves(planned)
    assert (resolve.subject.id, resolve.subject.name, resolve.subject.item) == (
        token_id("1"),
        token_id("1"),
        None,
    )
    t = translator(ENGLISH)
    card = alert_card(resolve.finding, resolve.subject, t, NOW + DAY, resolved=True)
    assert card["body"][0]["id"] == "alert-resolved"


def test_a_missing_push_certificate_alerts_once_and_resolves_when_one_is_uploaded() -> None:
    ledger = Ledger()
    for now in [NOW, NOW + DAY, NOW + 2 * DAY]:
        far = healthy("1", now, expires=EXPIRY + 300 * DAY)
        run(tenant(far, push_certificate=None), now, ledger)
    assert ledger.posted[0][1:3] == (
        "apns-missing:apns-certificate:applePushNotificationCertificate",
        "started",
    )
    assert len(ledger.posted) == 1
    now = NOW + 3 * DAY
    (resolve,) = resolves(run(tenant(healthy("1", now, expires=EXPIRY + 300 * DAY)), now, ledger))
    assert resolve.subject.item == CERT


# Mutes


def test_snoozing_holds_back_the_next_stage_until_the_day_is_over() -> None:
    ledger, conversation = Ledger(), "a:conversation-1"
    for now in days(-1, 0):
        run(tenant(healthy("1", now)), now, ledger)
    problem = ledger.posted[0][1]
    snoozed_at = EXPIRY + timedelta(hours=1)
    button = {"action": "snooze", "card": "token-expired", "token": token_id("1")}
    mute = mute_from_button(pressed(button), conversation, ledger.entries(), (), snoozed_at)
    assert mute == Mute(conversation, problem, snoozed_at + DAY)
    ledger.mutes[conversation, problem] = mute
    run(tenant(healthy("1", EXPIRY + DAY)), EXPIRY + DAY, ledger)
    assert ledger.stages() == ["1d", "expired"]
    later = EXPIRY + DAY + timedelta(hours=2)
    run(tenant(healthy("1", later)), later, ledger)
    run(tenant(healthy("1", EXPIRY + 2 * DAY)), EXPIRY + 2 * DAY, ledger)
    assert ledger.stages() == ["1d", "expired", "expired+1d", "expired+2d"]


def test_a_step_passed_during_a_snooze_is_skipped_for_the_current_one() -> None:
    ledger, conversation = Ledger(), "a:conversation-1"
    for now in days(-7, -7):
        run(tenant(healthy("1", now)), now, ledger)
    problem = ledger.posted[0][1]
    ledger.mutes[conversation, problem] = Mute(conversation, problem, EXPIRY - timedelta(hours=1))
    for now in days(-6, 1):
        run(tenant(healthy("1", now)), now, ledger)
    assert ledger.stages() == ["7d", "expired", "expired+1d"]


def test_acknowledging_silences_that_stage_and_earlier_but_not_the_next_one() -> None:
    ledger, conversation = Ledger(), "a:conversation-1"
    run(tenant(healthy("1", NOW)), NOW, ledger)  # 9 days left: "14d"
    problem = ledger.posted[0][1]
    button = {"action": "ack", "card": "token-expiring", "token": token_id("1")}
    mute = mute_from_button(pressed(button), conversation, ledger.entries(), (), NOW)
    assert mute == Mute(conversation, problem, None, "14d")
    ledger.mutes[conversation, problem] = mute
    # A send of "14d" that was claimed elsewhere and never delivered is not retried now.
    pending = LedgerEntry("a:conversation-2", problem, "14d", LedgerStatus.PENDING, NOW)
    ledger.rows["a:conversation-2", problem, "14d"] = pending
    ledger.mutes["a:conversation-2", problem] = replace(mute, conversation_id="a:conversation-2")
    for now in days(-8, -3):
        run(tenant(healthy("1", now)), now, ledger, (subscriber(1), subscriber(2)))
    assert ledger.stages() == ["14d", "7d", "3d"]
    assert ledger.stages("a:conversation-2") == ["7d", "3d"]


def test_a_snooze_does_not_hold_back_the_resolved_update() -> None:
    ledger, conversation = Ledger(), "a:conversation-1"
    run(tenant(healthy("1", NOW)), NOW, ledger)
    problem = ledger.posted[0][1]
    ledger.mutes[conversation, problem] = Mute(conversation, problem, NOW + DAY, "14d")
    renewed = healthy("1", NOW, expires=EXPIRY + 365 * DAY)
    assert [
        r.problem for r in resolves(run(tenant(renewed), NOW + timedelta(hours=1), ledger))
    ] == [problem]


def test_a_button_of_a_resolved_or_unknown_problem_mutes_nothing() -> None:
    ledger, conversation = Ledger(), "a:conversation-1"
    run(tenant(healthy("1", NOW)), NOW, ledger)
    entries = ledger.entries()
    expiring = {"action": "ack", "card": "token-expiring", "token": token_id("1")}
    for data in [
        expiring | {"token": token_id("2")},
        expiring | {"card": "sync-error"},
        expiring | {"card": "all-healthy"},
        expiring | {"card": "no-such-card"},
        expiring | {"action": "sync"},
        {"action": "ack"},
    ]:
        assert mute_from_button(pressed(data), conversation, entries, (), NOW) is None, data
    assert mute_from_button(pressed(expiring), "a:someone-else", entries, (), NOW) is None
    run(tenant(healthy("1", NOW, expires=EXPIRY + 365 * DAY)), NOW + DAY, ledger)
    assert mute_from_button(pressed(expiring), conversation, ledger.entries(), (), NOW) is None


def test_acknowledging_an_old_card_covers_every_stage_announced_so_far() -> None:
    ledger, conversation = Ledger(), "a:conversation-1"
    for now in days(-30, -7):
        run(tenant(healthy("1", now)), now, ledger)
    problem = ledger.posted[0][1]
    snoozed = Mute(conversation, problem, NOW, None)
    button = {"action": "ack", "card": "token-expiring", "token": token_id("1")}
    mute = mute_from_button(pressed(button), conversation, ledger.entries(), [snoozed], NOW)
    assert mute == Mute(conversation, problem, NOW, "7d")


# Several subjects and subscribers, retries, idempotence


def test_every_problem_of_a_troubled_tenant_reaches_every_subscriber_once() -> None:
    ledger, subscribers = Ledger(), (subscriber(1), subscriber(2), subscriber(3))
    snapshot = troubled_tenant(2)
    planned = run(snapshot, NOW, ledger, subscribers)
    keys = {action.problem.rsplit(":", 1)[0] for action in planned["a:conversation-1"]}
    families = {1: "expiry", 2: "expiry", 3: "sync-error", 4: "sync-error", 5: "sync-stale"}
    assert keys == {
        f"{families[n]}:ade-token:{token_id(f'{i}{n}')}" for i in range(2) for n in families
    } | {
        "expiry:apns-certificate:com.apple.mgmt.x",
        "expiry:vpp-token:9b2f6a1e-0000-4000-8000-00000000c0de",
    }
    for sub in subscribers:
        assert planned[sub.conversation_id] == planned["a:conversation-1"]
    assert len(ledger.posted) == 3 * 12
    again = run(snapshot, NOW + timedelta(hours=1), ledger, subscribers)
    assert again == {sub.conversation_id: [] for sub in subscribers}


def test_alerts_are_planned_most_severe_first_and_render_as_alert_cards() -> None:
    snapshot = troubled_tenant()
    problems = find_problems(snapshot, diagnose(snapshot, NOW), NOW)
    actions = plan(subscriber(), problems, (), (), NOW)
    cards = [a.finding.card for a in actions if isinstance(a, Send)]
    assert cards[:3] == [Card.TOKEN_EXPIRED, Card.SYNC_ERROR, Card.SYNC_ERROR]
    t = translator(ENGLISH)
    for action in actions:
        assert isinstance(action, Send)
        card = alert_card(action.finding, action.subject, t, NOW)
        assert card["body"][0]["id"].startswith("alert-")
        assert card["actions"][0]["data"]["token"] == action.subject.id


def test_planning_twice_without_recording_gives_the_same_sends() -> None:
    snapshot = troubled_tenant()
    problems = find_problems(snapshot, diagnose(snapshot, NOW), NOW)
    ledger = Ledger()
    run(snapshot, NOW - 5 * DAY, ledger)  # an older ladder step for some of them
    first = plan(subscriber(), problems, ledger.entries(), (), NOW)
    second = plan(subscriber(), problems, ledger.entries(), (), NOW)
    assert first == second
    assert first  # the exactly-once guarantee is the store's claim, not plan's


def test_planning_again_after_recording_never_duplicates() -> None:
    ledger = Ledger()
    snapshot = troubled_tenant()
    for minutes in range(0, 180, 7):
        run(snapshot, NOW + timedelta(minutes=minutes), ledger)
    rows = [(c, p, s) for c, p, s, _ in ledger.posted]
    assert len(rows) == len(set(rows)) == 7


def test_a_claim_lost_to_another_instance_is_not_sent_twice() -> None:
    ledger = Ledger()
    snapshot = troubled_tenant()
    problems = find_problems(snapshot, diagnose(snapshot, NOW), NOW)
    a = plan(subscriber(), problems, ledger.entries(), (), NOW)
    b = plan(subscriber(), problems, ledger.entries(), (), NOW)
    ledger.record("a:conversation-1", a, NOW)
    ledger.record("a:conversation-1", b, NOW, racing=True)
    assert len(ledger.posted) == 7


def test_a_pending_entry_of_the_current_stage_is_retried_without_a_new_claim() -> None:
    problem = f"expiry:ade-token:{token_id('1')}:2026-12-01"
    pending = LedgerEntry("a:conversation-1", problem, "14d", LedgerStatus.PENDING, NOW, attempts=2)
    snapshot = tenant(healthy("1", NOW))
    problems = find_problems(snapshot, diagnose(snapshot, NOW), NOW)
    (send,) = plan(subscriber(), problems, [pending], (), NOW)
    assert isinstance(send, Send)
    assert (send.problem, send.stage, send.retry) == (problem, "14d", True)


def test_a_pending_entry_overtaken_by_a_later_stage_is_dropped_when_resolved() -> None:
    problem = f"expiry:ade-token:{token_id('1')}:2026-12-01"
    ledger = Ledger()
    ledger.rows["a:conversation-1", problem, "14d"] = LedgerEntry(
        "a:conversation-1", problem, "14d", LedgerStatus.PENDING, NOW
    )
    now = EXPIRY - 5 * DAY
    planned = run(tenant(healthy("1", now)), now, ledger)
    (send,) = planned["a:conversation-1"]
    assert isinstance(send, Send)
    assert (send.stage, send.retry) == ("7d", False)
    planned = run(tenant(healthy("1", now, expires=EXPIRY + 365 * DAY)), now + DAY, ledger)
    (resolve,) = resolves(planned)
    assert [e.stage for e in resolve.entries] == ["7d"]
    assert [e.stage for e in resolve.undelivered] == ["14d"]
    assert ledger.updated == [("a:conversation-1", "activity-1")]


def test_an_inactive_subscription_gets_nothing() -> None:
    snapshot = troubled_tenant()
    problems = find_problems(snapshot, diagnose(snapshot, NOW), NOW)
    gone = subscriber(active=False, deactivated_reason="403 bot removed")
    assert plan(gone, problems, (), (), NOW) == []


def test_other_subscribers_records_and_unknown_ones_are_ignored() -> None:
    problem = f"expiry:ade-token:{token_id('1')}:2026-12-01"
    snapshot = tenant(healthy("1", NOW))
    problems = find_problems(snapshot, diagnose(snapshot, NOW), NOW)
    theirs = LedgerEntry("a:conversation-9", problem, "14d", LedgerStatus.SENT, NOW)
    muted = Mute("a:conversation-9", problem, NOW + DAY, "14d")
    future = LedgerEntry("a:conversation-1", problem, "halfway", LedgerStatus.SENT, NOW)
    older = LedgerEntry("a:conversation-1", "renewal:ade-token:1", "x", LedgerStatus.SENT, NOW)
    actions = plan(subscriber(), problems, [theirs, future, older], [muted], NOW)
    assert [(a.problem, a.stage) for a in actions if isinstance(a, Send)] == [(problem, "14d")]
    assert [a for a in actions if isinstance(a, Resolve)] == []


def test_a_stage_behind_one_already_sent_is_never_sent() -> None:
    problem = f"expiry:ade-token:{token_id('1')}:2026-12-01"
    snapshot = tenant(healthy("1", NOW))
    problems: ProblemSet = find_problems(snapshot, diagnose(snapshot, NOW), NOW)
    ahead = LedgerEntry("a:conversation-1", problem, "7d", LedgerStatus.SENT, NOW)
    assert plan(subscriber(), problems, [ahead], (), NOW) == []


# The dry run


def test_the_dry_run_says_what_goes_to_whom_in_which_language() -> None:
    ledger = Ledger()
    channel = subscriber(
        2,
        kind="channel",
        language="pl",
        time_zone="Europe/Warsaw",
        reference={"conversation": {"id": "19:x@thread.tacv2", "name": "Apple admins"}},
    )
    run(tenant(healthy("1", NOW), healthy("2", NOW)), NOW, ledger, (subscriber(1),))
    now = NOW + DAY
    snapshot = tenant(healthy("1", now, expires=EXPIRY + 365 * DAY), healthy("2", now))
    problems = find_problems(snapshot, diagnose(snapshot, now), now)
    planned = [
        (sub, plan(sub, problems, ledger.entries(), (), now)) for sub in (subscriber(1), channel)
    ]
    one, two = token_id("1"), token_id("2")
    assert dry_run_lines(planned) == [
        f'resolve personal a:conversation-1 "Admin 1" in en (UTC): update 1 card to resolved '
        f"[expiry:ade-token:{one}:2026-12-01]",
        f'send    channel a:conversation-2 "Apple admins" in pl (Europe/Warsaw): token-expiring '
        f'14d, ade-token "Contoso 2" [expiry:ade-token:{two}:2026-12-01]',
    ]
