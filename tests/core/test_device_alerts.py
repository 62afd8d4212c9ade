"""Device-level problems as alerts (issue 14): one alert per episode through the same ledger,
never resolved from a scan that did not read the devices, resolved once they are read and fine."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from bot.catalogs import translator
from bot.core.alerting.cards import alert_card
from bot.core.alerting.problems import find_problems
from bot.core.alerting.rules import Resolve, Send, plan
from bot.core.diagnosis.diagnose import diagnose
from bot.core.i18n.languages import ENGLISH, RUSSIAN, by_code
from bot.core.tenant.devices import (
    AppleDevice,
    DevicePlatform,
    EnrollmentProfile,
    EnrollmentState,
)
from bot.core.tenant.snapshot import (
    Part,
    PushCertificate,
    ReadFailure,
    Reason,
    TenantSnapshot,
    VppState,
    VppToken,
)
from tests.core.test_alerts import CERT, Ledger, healthy, run, sends, subscriber
from tests.gallery import NOW, token_id

ID = token_id("1")
DAY = timedelta(days=1)
IOS, MAC = DevicePlatform.IOS, DevicePlatform.MACOS
PROFILES = (
    EnrollmentProfile("p-ios", "iPhones", IOS, is_default=True),
    EnrollmentProfile("p-mac", "Macs", MAC),  # no macOS default
)


def mac(n: int, created: datetime, **changes: object) -> AppleDevice:
    """A Mac synced from Apple Business on `created`, with no profile, not yet enrolled."""
    base = AppleDevice(
        f"C02X{n:04d}", MAC, EnrollmentState.NOT_CONTACTED, None, None, None, created
    )
    return base._replace(**changes)  # type: ignore[arg-type]


def iphone(n: int) -> AppleDevice:
    return AppleDevice(f"F9F{n:05d}", IOS, EnrollmentState.ENROLLED, "p-ios", NOW - 90 * DAY)


def tenant(
    now: datetime,
    devices: list[AppleDevice] | None,
    profiles: tuple[EnrollmentProfile, ...] | None = PROFILES,
    **changes: object,
) -> TenantSnapshot:
    base = TenantSnapshot(
        (healthy("1", now, expires=now + 300 * DAY),),
        CERT,
        True,
        (),
        devices=None if devices is None else {ID: tuple(devices)},
        profiles=None if profiles is None else {ID: profiles},
        devices_read_at=now,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


FIRST = NOW - 3 * DAY  # the first Mac without a profile arrived then
STUCK = [iphone(1), *(mac(n, FIRST + n * timedelta(hours=1)) for n in range(12))]
KEY = f"device-no-profile:ade-devices:{ID}:macOS.{FIRST:%Y%m%d}"


def test_new_devices_without_a_profile_are_alerted_once_per_episode_across_scans() -> None:
    ledger = Ledger()
    assert sends(run(tenant(NOW, STUCK), NOW, ledger)) == [(KEY, "started")]
    # Later scans, more Macs joining: the same problem, nothing new to send.
    more = [*STUCK, *(mac(n, NOW + 2 * DAY) for n in range(12, 20))]
    for hours in (1, 6, 30, 75):
        now = NOW + timedelta(hours=hours)
        snapshot = tenant(now, more if hours > 24 else STUCK)
        assert find_problems(snapshot, diagnose(snapshot, now), now).problems.keys() == {KEY}
        assert run(snapshot, now, ledger) == {"a:conversation-1": []}
    assert len(ledger.posted) == 1


def test_a_device_problem_is_not_resolved_while_its_devices_are_not_read() -> None:
    ledger = Ledger()
    run(tenant(NOW, STUCK), NOW, ledger)
    later = NOW + DAY
    failure = ReadFailure(Part.DEVICES, Reason.TIMEOUT)
    unread = [
        tenant(later, None),  # a snapshot without the device parts
        tenant(later, None, failures=(failure,)),  # Graph timed out on the devices
        replace(tenant(later, STUCK), devices={}),  # this token's devices were not read
        replace(tenant(later, STUCK), profiles={}),  # nor its profiles: "no default" is unknown
        tenant(later, STUCK, enrollment_tokens=None),
        # An expired token explains its devices: reported as the token's expiry instead.
        tenant(later, STUCK, enrollment_tokens=(healthy("1", later, expires=later - DAY),)),
    ]
    for snapshot in unread:
        planned = run(snapshot, later, ledger)
        assert not [a for a in planned["a:conversation-1"] if isinstance(a, Resolve)], snapshot
    assert [row.status for row in ledger.rows.values() if row.problem == KEY] == ["sent"]


def test_read_and_fixed_devices_resolve_the_alert_and_a_new_episode_alerts_again() -> None:
    ledger = Ledger()
    run(tenant(NOW, STUCK), NOW, ledger)
    later = NOW + DAY
    fixed = [d._replace(profile_id="p-mac") if d.platform is MAC else d for d in STUCK]
    planned = run(tenant(later, fixed), later, ledger)
    (resolve,) = [a for a in planned["a:conversation-1"] if isinstance(a, Resolve)]
    assert resolve.problem == KEY
    # The Macs have a profile now, but new ones would still get none: told as such.
    assert sends(planned) == [(f"default-profile-missing:ade-devices:{ID}:macOS", "started")]
    card = alert_card(resolve.finding, resolve.subject, translator(ENGLISH), later, resolved=True)
    assert card["body"][0]["id"] == "alert-resolved"
    assert card["fallbackText"] == (
        "Resolved: the devices of enrollment program token Contoso 1 no longer have this problem"
    )
    # Next week new Macs arrive without a profile: a new episode, a new alert.
    week = NOW + 7 * DAY
    again = [*fixed, mac(100, week - timedelta(hours=2))]
    key = f"device-no-profile:ade-devices:{ID}:macOS.{week - timedelta(hours=2):%Y%m%d}"
    assert sends(run(tenant(week, again), week, ledger)) == [(key, "started")]


def test_a_device_alert_is_written_in_the_subscribers_language() -> None:
    polish = subscriber(2, language="pl")
    problems = find_problems(tenant(NOW, STUCK), diagnose(tenant(NOW, STUCK), NOW), NOW)
    (send,) = plan(polish, problems, [], [], NOW)
    assert isinstance(send, Send)
    language = by_code(polish.language)
    assert language is not None
    card = alert_card(send.finding, send.subject, translator(language), NOW)
    assert card["body"][0]["id"] == "alert-devices"
    assert card["fallbackText"] == (
        "12 urządzeń macOS tokenu programu rejestracji „Contoso 1” nie ma profilu rejestracji"
    )
    assert [a["data"]["card"] for a in card["actions"]] == ["device-no-profile"] * 2
    assert [a["data"]["token"] for a in card["actions"]] == [ID] * 2


def test_a_missing_default_profile_is_not_resolved_when_it_turns_into_devices_without_one() -> None:
    ledger = Ledger()
    profiled = [iphone(1), *(mac(n, FIRST)._replace(profile_id="p-mac") for n in range(3))]
    key = f"default-profile-missing:ade-devices:{ID}:macOS"
    assert sends(run(tenant(NOW, profiled), NOW, ledger)) == [(key, "started")]
    # A new Mac without a profile: the missing default is now told as that Mac's problem.
    later = NOW + DAY
    planned = run(tenant(later, [*profiled, mac(9, later)]), later, ledger)
    assert sends(planned) == [
        (f"device-no-profile:ade-devices:{ID}:macOS.{later:%Y%m%d}", "started")
    ]
    assert not [a for a in planned["a:conversation-1"] if isinstance(a, Resolve)]
    # The admin sets a macOS default: both are gone.
    defaults = (PROFILES[0], replace(PROFILES[1], is_default=True))
    planned = run(tenant(later + DAY, [*profiled, mac(9, later)], defaults), later + DAY, ledger)
    assert len([a for a in planned["a:conversation-1"] if isinstance(a, Resolve)]) == 2


def test_failed_enrollments_wait_for_a_healthy_push_certificate_to_be_resolved() -> None:
    ledger = Ledger()
    failed = [iphone(1)._replace(state=EnrollmentState.FAILED, created=FIRST)]
    key = f"device-enrollment-failed:ade-devices:{ID}:{FIRST:%Y%m%d}"
    assert sends(run(tenant(NOW, failed), NOW, ledger)) == [(key, "started")]
    later = NOW + DAY
    expired = PushCertificate(later - DAY, "push@contoso.com", "com.apple.mgmt.External.1")
    planned = run(tenant(later, [iphone(1)], push_certificate=expired), later, ledger)
    assert key not in [a.problem for a in planned["a:conversation-1"] if isinstance(a, Resolve)]
    planned = run(tenant(later, [iphone(1)]), later, ledger)
    assert key in [a.problem for a in planned["a:conversation-1"] if isinstance(a, Resolve)]


def test_a_company_portal_vpp_problem_keys_on_the_vpp_expiry_and_needs_vpp_tokens_read() -> None:
    ledger = Ledger()
    vpp = VppToken("vpp-1", VppState.INVALID, NOW + 90 * DAY, organization_name="Contoso")
    kiosk = EnrollmentProfile("p-kiosk", "Kiosks", IOS, True, "vpp-1")
    devices = [iphone(1)._replace(profile_id="p-kiosk")]
    key = f"company-portal-vpp-invalid:enrollment-profile:p-kiosk:{NOW + 90 * DAY:%Y%m%d}"
    first = tenant(NOW, devices, (kiosk,), vpp_tokens=(vpp,))
    assert sends(run(first, NOW, ledger)) == [(key, "started")]
    card = alert_card(*_first_send(first), translator(RUSSIAN), NOW)
    assert card["fallbackText"] == (
        "Профиль регистрации «Kiosks» устанавливает Корпоративный портал через неработающий "
        "токен VPP"
    )
    later = NOW + DAY
    valid = replace(vpp, state=VppState.VALID)
    for unread in (
        tenant(later, devices, (kiosk,), vpp_tokens=None),
        tenant(later, devices, None, vpp_tokens=(valid,)),
    ):
        planned = run(unread, later, ledger)
        assert not [a for a in planned["a:conversation-1"] if isinstance(a, Resolve)]
    planned = run(tenant(later, devices, (kiosk,), vpp_tokens=(valid,)), later, ledger)
    (resolve,) = planned["a:conversation-1"]
    assert isinstance(resolve, Resolve)
    assert resolve.subject.name == "Kiosks"


def _first_send(snapshot: TenantSnapshot):  # type: ignore[no-untyped-def]
    problems = find_problems(snapshot, diagnose(snapshot, NOW), NOW)
    (send,) = plan(subscriber(3), problems, [], [], NOW)
    assert isinstance(send, Send)
    return send.finding, send.subject
