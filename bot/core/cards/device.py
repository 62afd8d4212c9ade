"""The answer to "why won't C02XK1ZZJG5H enroll?": one card about one ADE device (`device`),
or about a serial number Intune does not know (`device-unknown`).

The device card says which token and profile the device belongs to, its enrollment state,
when its profile was assigned and when it last contacted Intune, what keeps it from
enrolling (the same root cause the tenant's findings would name) and the steps of that
finding's card.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.core.cards.advice import Case, tokens_page
from bot.core.cards.diagnosis import STYLE, header_blocks
from bot.core.cards.elements import (
    CardDict,
    adaptive_card,
    bulleted,
    heading,
    link_section,
    numbered,
    submit,
)
from bot.core.cards.facts import when
from bot.core.cards.links import APPLE_BUSINESS, APPLE_SCHOOL, INTUNE_TOKENS, PROFILES_GUIDE, learn
from bot.core.cards.sections import explanation, link_targets
from bot.core.cards.texts import (
    data_age,
    failure_sentence,
    platform_name,
    portal_for,
    portal_name,
)
from bot.core.diagnosis.device_status import DeviceStatus, Verdict
from bot.core.diagnosis.findings import Card, Severity
from bot.core.i18n.translator import Translator
from bot.core.tenant.devices import AppleDevice, EnrollmentState
from bot.core.tenant.snapshot import EnrollmentToken
from bot.core.understanding.verbs import Verb

_SEVERITY = {
    Verdict.ENROLLED: Severity.INFO,
    Verdict.WAITING: Severity.WARNING,
    Verdict.RELEASED: Severity.WARNING,
    Verdict.NOT_FOUND: Severity.WARNING,
}
_ERRORS = frozenset(
    {
        Card.TOKEN_EXPIRED,
        Card.SYNC_ERROR,
        Card.APNS_MISSING,
        Card.APNS_EXPIRED,
        Card.DEVICE_ENROLLMENT_FAILED,
        Card.COMPANY_PORTAL_VPP_INVALID,
    }
)


def device_card(t: Translator, status: DeviceStatus, now: datetime) -> CardDict:
    """The `device` card, or `device-unknown` when Intune has no device with the serial."""
    token, device = status.token, status.device
    if status.verdict is Verdict.NOT_FOUND or device is None or token is None:
        return _unknown_card(t, status)
    problem = status.problem
    severity = _SEVERITY.get(status.verdict, Severity.WARNING)
    if problem is not None:
        severity = Severity.ERROR if problem in _ERRORS else Severity.WARNING
    title = t.gettext("Device {serial}").format(serial=status.serial)
    summary = _verdict(t, status, token, device, now)
    body: list[dict[str, Any]] = [_facts(t, status, token, device, now)]
    if problem is not None:
        case = Case(problem, frozenset({token.token_type}), one_device=True)
        body += explanation(t, case)
        body += link_section(t, link_targets(t, case))
    actions = [submit(t.gettext("Check again"), Verb.DEVICE, serial=status.serial)]
    return adaptive_card(
        t,
        "device",
        STYLE[severity],
        header=header_blocks(title, summary, severity),
        body=body,
        actions=actions,
        fallback=f"{title}: {summary}",
    )


def _verdict(
    t: Translator, status: DeviceStatus, token: EnrollmentToken, device: AppleDevice, now: datetime
) -> str:
    """What keeps the device from enrolling, in one sentence."""
    name = token.name or token.id
    problem = status.problem
    if problem is Card.TOKEN_EXPIRED:
        return t.gettext(
            "Its enrollment program token {token} has expired: Intune cannot enroll it until "
            "the token is renewed."
        ).format(token=name)
    if problem is Card.SYNC_ERROR:
        return t.gettext(
            "Its enrollment program token {token} fails to sync with Apple, so Intune does not "
            "get the device's assignment."
        ).format(token=name)
    if problem in (Card.APNS_MISSING, Card.APNS_EXPIRED):
        return t.gettext(
            "Without a valid Apple MDM push certificate no Apple device can enroll in Intune."
        )
    if problem is Card.DEVICE_ENROLLMENT_FAILED:
        return t.gettext("Intune reports its enrollment as failed or blocked.")
    if problem is Card.COMPANY_PORTAL_VPP_INVALID:
        return t.gettext(
            "Its profile installs Company Portal with a VPP token that does not work, so the "
            'device stops at "Awaiting final configuration".'
        )
    if problem is Card.DEVICE_NO_PROFILE:
        return t.gettext(
            "No enrollment profile is assigned to it, so it sets up without Remote Management."
        )
    if problem is Card.DEVICE_NEVER_CONTACTED:
        return t.gettext(
            "Its profile was assigned {relative} and it has never contacted Intune."
        ).format(relative=t.relative(device.assigned or now, now))
    if status.verdict is Verdict.ENROLLED:
        return t.gettext("It is enrolled: Automated Device Enrollment worked for this device.")
    if status.verdict is Verdict.RELEASED:
        return t.gettext(
            "It was released in {portal}; Intune removes it from its list within 30 to 45 days."
        ).format(portal=portal_name(t, token.token_type))
    return t.gettext(
        "It has not enrolled yet: it enrolls when it is next set up (new or erased) while "
        "connected to the internet."
    )


def _facts(
    t: Translator, status: DeviceStatus, token: EnrollmentToken, device: AppleDevice, now: datetime
) -> dict[str, Any]:
    profile = status.profile.name or status.profile.id if status.profile else None
    if profile is None:
        profile = t.gettext("none")
        if status.default_profile is not None:
            default = status.default_profile.name or status.default_profile.id
            profile = t.gettext("none (the token's default is {profile})").format(profile=default)
    facts = [
        (t.gettext("Serial number"), device.serial),
        (t.gettext("Platform"), platform_name(t, device.platform)),
        (t.gettext("Enrollment program token"), token.name or token.id),
        (t.gettext("Enrollment profile"), profile),
        (t.gettext("Enrollment state"), state_name(t, device.state)),
        (t.gettext("Profile assigned"), when(t, device.assigned, now)),
        (t.gettext("Last contact with Intune"), when(t, device.last_contacted, now)),
    ]
    if status.read_at is not None:
        facts.append((t.gettext("Device data"), data_age(t, status.read_at, now)))
    return {"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in facts]}


def state_name(t: Translator, state: EnrollmentState) -> str:
    """Graph's enrollmentState as Intune's device list shows it."""
    return {
        EnrollmentState.ENROLLED: t.gettext("enrolled"),
        EnrollmentState.PENDING_RESET: t.gettext("pending reset"),
        EnrollmentState.FAILED: t.gettext("failed"),
        EnrollmentState.NOT_CONTACTED: t.gettext("not contacted"),
        EnrollmentState.BLOCKED: t.gettext("blocked"),
        EnrollmentState.UNKNOWN: t.gettext("unknown"),
    }[state]


def _unknown_card(t: Translator, status: DeviceStatus) -> CardDict:
    title = t.gettext("No ADE device with serial number {serial}").format(serial=status.serial)
    summary = t.gettext(
        "Intune's list of Automated Device Enrollment devices has no device with this serial "
        "number."
    )
    body: list[dict[str, Any]] = []
    doubts = [failure_sentence(t, failure) for failure in status.failures]
    if not status.devices_read and not doubts:
        doubts.append(t.gettext("The device lists of the enrollment program tokens were not read."))
    if status.unread_tokens:
        doubts.append(
            t.ngettext(
                "The devices of {count} enrollment program token were not read yet, so the "
                "device may still be there.",
                "The devices of {count} enrollment program tokens were not read yet, so the "
                "device may still be there.",
                status.unread_tokens,
            ).format(count=status.unread_tokens)
        )
    if doubts:
        body += [heading(t.gettext("Not certain")), bulleted(doubts)]
    portal = portal_for(t, frozenset())
    steps = (
        t.gettext(
            "Check the serial number: on an iPhone or iPad under Settings > General > About, "
            "on a Mac under Apple menu > About This Mac, or on the box."
        ),
        t.gettext(
            "In {portal}, find the device and check that it is assigned to Intune's MDM "
            "server (Edit MDM Server)."
        ).format(portal=portal),
        t.gettext(
            "Then sync the token in Intune: go to {page}, select the token and choose Sync."
        ).format(page=tokens_page(t)),
        t.gettext(
            "A device bought outside Apple's programs can be added to Apple's portal with "
            "Apple Configurator."
        ),
    )
    body += [heading(t.gettext("What to do")), numbered(steps)]
    targets = [
        (t.gettext("Open Intune"), INTUNE_TOKENS),
        (t.gettext("Open Apple Business"), APPLE_BUSINESS),
        (t.gettext("Open Apple School Manager"), APPLE_SCHOOL),
        (t.gettext("Microsoft Learn guide"), learn(PROFILES_GUIDE, t.language.learn)),
    ]
    body += link_section(t, targets)
    actions = [submit(t.gettext("Check again"), Verb.DEVICE, serial=status.serial)]
    severity = _SEVERITY[Verdict.NOT_FOUND]
    return adaptive_card(
        t,
        "device-unknown",
        STYLE[severity],
        header=header_blocks(title, summary, severity),
        body=body,
        actions=actions,
        fallback=f"{title}: {summary}",
    )
