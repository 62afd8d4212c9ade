"""The device question (issue 14): a serial number in any of the six languages, one root cause
per device in the order the tenant's findings use, and the device cards."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bot.catalogs import translator
from bot.chat.device_answers import DeviceAnswers
from bot.core.cards.device import device_card
from bot.core.cards.facts import when
from bot.core.diagnosis.device_status import DeviceIndex, DeviceStatus, Verdict, device_status
from bot.core.diagnosis.findings import Card
from bot.core.i18n.languages import LANGUAGES, by_code
from bot.core.tenant.devices import AppleDevice, EnrollmentProfile, EnrollmentState
from bot.core.tenant.snapshot import (
    Part,
    PushCertificate,
    ReadFailure,
    Reason,
    TenantSnapshot,
    VppState,
    VppToken,
)
from bot.core.understanding.intents import recognize
from bot.core.understanding.serials import MAX_SERIALS, serials
from bot.core.understanding.verbs import Verb, pressed
from tests.core.card_checks import texts, walk
from tests.core.test_device_findings import DEFAULT_IOS, IOS, device
from tests.gallery import NOW, token, token_id

ID = token_id("1")
MONTH = timedelta(days=30)
CERT = PushCertificate(NOW + timedelta(days=200))


def status(*devices: AppleDevice, serial: str | None = None, **snapshot: object) -> DeviceStatus:
    base = TenantSnapshot(
        (token("1"),),
        CERT,
        True,
        (),
        devices={ID: devices},
        profiles={ID: (DEFAULT_IOS,)},
        devices_read_at=NOW - timedelta(minutes=5),
    )
    tenant = replace(base, **snapshot)  # type: ignore[arg-type]
    index = DeviceIndex(tenant.devices) if tenant.devices is not None else None
    asked = serial or (devices[0].serial if devices else "F9FXYZ12AB")
    return device_status(tenant, index, asked, NOW, MONTH)


@pytest.mark.parametrize(
    ("message", "found"),
    [
        ("why won't C02XK1ZZJG5H enroll?", ("C02XK1ZZJG5H",)),
        ("почему не регистрируется c02xk1zzjg5h?", ("C02XK1ZZJG5H",)),
        ("序列号C02XK1ZZJG5H的设备为什么注册不了", ("C02XK1ZZJG5H",)),
        ("numer seryjny DMPXK2AB, nie działa", ("DMPXK2AB",)),
        ("o iPad F9FXYZ12AB não registra, e o F9FXYZ12AC?", ("F9FXYZ12AB", "F9FXYZ12AC")),
        ("số sê-ri: F9FXYZ12AB.", ("F9FXYZ12AB",)),
        ("error 0x80180014 on Windows11", ()),
        ("token 6f0c3c9e-1234-4abc-8def-9a8b7c6d5e4f expired", ()),
        ("see https://contoso.com/C02XK1ZZJG5H and Microsoft365", ()),
        ("iPhone15Pro and iPadOS17 and KB5034441", ()),
    ],
)
def test_serial_numbers_are_found_in_every_language_and_ids_are_not(
    message: str, found: tuple[str, ...]
) -> None:
    assert serials(message) == found


def test_a_pasted_list_of_serials_is_cut_and_a_huge_message_is_scanned_only_at_its_start() -> None:
    pasted = " ".join(f"F9FXK{n:03d}AB" for n in range(50))
    assert len(serials(pasted)) == MAX_SERIALS
    assert serials("x " * 5000 + "C02XK1ZZJG5H") == ()


def test_a_serial_turns_a_question_into_a_device_question_but_not_an_alert_request() -> None:
    intent = recognize("C02XK1ZZJG5H")
    assert (intent.verb, intent.serials) == (Verb.DEVICE, ("C02XK1ZZJG5H",))
    assert recognize("alert me about C02XK1ZZJG5H").verb is Verb.ALERTS_ON
    assert recognize("Windows laptop 5CD1234XYZ fails Autopilot").verb is Verb.NOT_ADE


def test_the_check_again_button_carries_only_a_plain_serial() -> None:
    assert pressed({"action": "device", "serial": "c02xk1zzjg5h"}).serials == ("C02XK1ZZJG5H",)  # type: ignore[union-attr]
    for forged in ("C02X K1", "../../etc", "C02XK1ZZJG5H" * 3, "С02ХК1"):  # noqa: RUF001
        assert pressed({"action": "device", "serial": forged}).serials == ()  # type: ignore[union-attr]


def test_an_enrolled_device_is_fine_and_one_not_set_up_yet_is_waiting() -> None:
    assert status(device("F9FX00000A")).verdict is Verdict.ENROLLED
    waiting = device("F9FX00000A", state=EnrollmentState.NOT_CONTACTED, assigned=NOW)
    assert status(waiting).verdict is Verdict.WAITING
    released = device("F9FX00000A", state=EnrollmentState.NOT_CONTACTED, deleted=True)
    assert status(released).verdict is Verdict.RELEASED


@pytest.mark.parametrize(
    ("changes", "tenant", "card"),
    [
        ({"state": EnrollmentState.FAILED}, {"tokens": {"expires": NOW}}, Card.TOKEN_EXPIRED),
        (
            {"state": EnrollmentState.FAILED},
            {"tokens": {"last_sync_error_code": 5}},
            Card.SYNC_ERROR,
        ),
        ({"state": EnrollmentState.FAILED}, {"push_certificate": None}, Card.APNS_MISSING),
        ({"state": EnrollmentState.BLOCKED}, {}, Card.DEVICE_ENROLLMENT_FAILED),
        ({"profile_id": "p-k"}, {}, Card.COMPANY_PORTAL_VPP_INVALID),
        ({"profile_id": None, "state": EnrollmentState.NOT_CONTACTED}, {}, Card.DEVICE_NO_PROFILE),
        (
            {"state": EnrollmentState.NOT_CONTACTED, "assigned": NOW - timedelta(days=31)},
            {},
            Card.DEVICE_NEVER_CONTACTED,
        ),
    ],
)
def test_a_device_gets_the_one_root_cause_the_findings_would_name(
    changes: dict[str, object], tenant: dict[str, object], card: Card
) -> None:
    kiosk = EnrollmentProfile("p-k", "Kiosk", IOS, company_portal_vpp_token_id="gone")
    tokens = (token("1", **tenant.pop("tokens", {})),)  # type: ignore[arg-type]
    found = status(
        device("F9FX00000A", **changes),
        enrollment_tokens=tokens,
        profiles={ID: (DEFAULT_IOS, kiosk)},
        **tenant,
    )
    assert (found.verdict, found.problem) == (Verdict.PROBLEM, card)


def test_a_working_company_portal_vpp_token_is_no_problem() -> None:
    vpp = VppToken("v1", VppState.VALID, NOW + timedelta(days=90))
    kiosk = EnrollmentProfile("p-k", "Kiosk", IOS, company_portal_vpp_token_id="v1")
    found = status(
        device("F9FX00000A", profile_id="p-k"), vpp_tokens=(vpp,), profiles={ID: (kiosk,)}
    )
    assert (found.verdict, found.profile) == (Verdict.ENROLLED, kiosk)


def test_a_device_moved_between_tokens_is_found_under_the_token_that_still_has_it() -> None:
    old, new = token("1"), token("2")
    moved = device("F9FX00000A")
    tenant = TenantSnapshot(
        (old, new),
        devices={old.id: (moved._replace(deleted=True),), new.id: (moved,)},
    )
    found = device_status(tenant, DeviceIndex(tenant.devices or {}), "f9fx00000a", NOW, MONTH)
    assert found.token == new


def test_an_unknown_serial_says_whether_every_device_list_was_read() -> None:
    unknown = status(device("F9FX00000A"), serial="F9FXYZ12AB")
    assert unknown.verdict is Verdict.NOT_FOUND
    assert (unknown.failures, unknown.unread_tokens, unknown.devices_read) == ((), 0, True)
    failure = ReadFailure(Part.DEVICES, Reason.FORBIDDEN, permission="X.Read.All")
    tenant = TenantSnapshot((token("1"), token("2")), devices={ID: ()}, failures=(failure,))
    found = device_status(tenant, DeviceIndex({ID: ()}), "F9FXYZ12AB", NOW, MONTH)
    assert (found.failures, found.unread_tokens) == ((failure,), 1)
    nothing = device_status(TenantSnapshot((token("1"),)), None, "F9FXYZ12AB", NOW, MONTH)
    assert not nothing.devices_read


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_the_device_card_names_token_profile_state_and_dates_in_the_admins_language(
    language: object,
) -> None:
    t = translator(language)  # type: ignore[arg-type]
    stuck = device("F9FX00000A", state=EnrollmentState.FAILED, last_contacted=NOW)
    card = device_card(t, status(stuck), NOW)
    assert card["body"][0]["id"] == "device"
    facts = [f["value"] for n in walk(card) if n.get("type") == "FactSet" for f in n["facts"]]
    assert facts[:3] == ["F9FX00000A", "iOS/iPadOS", "Contoso 1"]
    assert facts[3] == DEFAULT_IOS.name
    assert facts[4] == t.gettext("failed")
    assert facts[5] == when(t, NOW - timedelta(days=40), NOW)  # profile assigned
    assert facts[6] == when(t, NOW, NOW)  # last contact
    assert card["actions"][0]["data"] == {"action": "device", "serial": "F9FX00000A"}
    unknown = device_card(t, status(device("F9FX00000A"), serial="F9FXYZ12AB"), NOW)
    assert unknown["body"][0]["id"] == "device-unknown"
    assert "F9FXYZ12AB" in " ".join(texts(unknown))
    assert by_code(card["lang"]) is not None


def test_the_serial_index_is_built_once_per_device_read_and_kept_for_a_few_tenants() -> None:
    answers = DeviceAnswers(keep=2)
    reads = [
        TenantSnapshot((token("1"),), devices={ID: (device(f"F9FX0000{n}A"),)}) for n in range(3)
    ]
    first = answers.index(reads[0])
    assert answers.index(reads[0]) is first
    answers.index(reads[1])
    answers.index(reads[2])  # the third tenant asked about pushes out the least recent
    assert answers.index(reads[0]) is not first
    assert answers.index(TenantSnapshot((token("1"),))) is None
