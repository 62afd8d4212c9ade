"""The title and the one-line next step of each finding's card, in the admin's language: what
the Adaptive Card, the alert, the text report and the tenants overview all lead with."""

from __future__ import annotations

from collections.abc import Set

from bot.core.cards.texts import portal_for
from bot.core.diagnosis.findings import Card, Finding, token_types
from bot.core.i18n.translator import Translator
from bot.core.tenant.snapshot import TokenType


def title(t: Translator, finding: Finding) -> str:
    return title_for(t, finding.card, title_count(finding))


# Cards that count devices in their title rather than tokens or profiles.
DEVICE_COUNT_CARDS = frozenset(
    {Card.DEVICE_NO_PROFILE, Card.DEVICE_ENROLLMENT_FAILED, Card.DEVICE_NEVER_CONTACTED}
)


def title_count(finding: Finding) -> int:
    """What a card's title counts: devices for the device cards, else its subjects."""
    if finding.card in DEVICE_COUNT_CARDS:
        return sum(s.devices.count for s in finding.subjects if s.devices)
    if finding.card is Card.DEFAULT_PROFILE_MISSING:
        return len({s.id for s in finding.subjects})
    return len(finding.subjects)


def title_for(t: Translator, card: Card, n: int) -> str:
    """The title of a card about `n` subjects."""
    titles = {
        Card.TENANT_UNREACHABLE: t.gettext("Intune could not be read"),
        Card.TOKEN_EXPIRED: t.ngettext(
            "{count} enrollment program token has expired",
            "{count} enrollment program tokens have expired",
            n,
        ),
        Card.TOKEN_EXPIRING: t.ngettext(
            "{count} enrollment program token expires soon",
            "{count} enrollment program tokens expire soon",
            n,
        ),
        Card.SYNC_ERROR: t.ngettext(
            "{count} enrollment program token fails to sync with Apple",
            "{count} enrollment program tokens fail to sync with Apple",
            n,
        ),
        Card.SYNC_STALE: t.ngettext(
            "{count} enrollment program token has not synced recently",
            "{count} enrollment program tokens have not synced recently",
            n,
        ),
        Card.NO_TOKENS: t.gettext("No enrollment program token is set up"),
        Card.APNS_MISSING: t.gettext("No Apple MDM push certificate is set up"),
        Card.APNS_EXPIRED: t.gettext("The Apple MDM push certificate has expired"),
        Card.APNS_EXPIRING: t.gettext("The Apple MDM push certificate expires soon"),
        Card.VPP_TOKEN_PROBLEM: t.ngettext(
            "{count} VPP token needs attention", "{count} VPP tokens need attention", n
        ),
        Card.ALL_HEALTHY: t.gettext("Automated Device Enrollment looks healthy"),
        Card.DEVICE_NO_PROFILE: t.ngettext(
            "{count} device has no enrollment profile",
            "{count} devices have no enrollment profile",
            n,
        ),
        Card.DEFAULT_PROFILE_MISSING: t.ngettext(
            "{count} enrollment program token has no default profile for its devices",
            "{count} enrollment program tokens have no default profile for their devices",
            n,
        ),
        Card.DEVICE_ENROLLMENT_FAILED: t.ngettext(
            "{count} device failed to enroll or is blocked",
            "{count} devices failed to enroll or are blocked",
            n,
        ),
        Card.COMPANY_PORTAL_VPP_INVALID: t.ngettext(
            "{count} enrollment profile installs Company Portal with a VPP token that does "
            "not work",
            "{count} enrollment profiles install Company Portal with a VPP token that does "
            "not work",
            n,
        ),
        Card.DEVICE_NEVER_CONTACTED: t.ngettext(
            "{count} device has never contacted Intune since its profile was assigned",
            "{count} devices have never contacted Intune since their profile was assigned",
            n,
        ),
    }
    return titles[card].format(count=n)


def next_step(t: Translator, finding: Finding) -> str:
    """The one thing to do first, for the text report and the card's summary line."""
    return next_step_for(t, finding.card, token_types(finding))


def next_step_for(t: Translator, card: Card, portals: Set[TokenType]) -> str:
    """The first thing to do about a card whose tokens come from `portals`."""
    steps = {
        Card.TENANT_UNREACHABLE: t.gettext("Fix the access problem below, then check again."),
        Card.TOKEN_EXPIRED: t.gettext(
            "Renew the token: download a new server token in {portal} and upload it in Intune."
        ),
        Card.TOKEN_EXPIRING: t.gettext(
            "Renew the token before it expires, with the same Apple ID that created it."
        ),
        Card.SYNC_ERROR: t.gettext(
            "Open the token in Intune to see the sync error, and fix it in {portal}."
        ),
        Card.SYNC_STALE: t.gettext(
            "Select Sync on the token in Intune; if it stays stale, check the MDM server in "
            "{portal}."
        ),
        Card.NO_TOKENS: t.gettext(
            "Create an MDM server in {portal} and upload its token to Intune."
        ),
        Card.APNS_MISSING: t.gettext(
            "Create an Apple MDM push certificate and upload it to Intune."
        ),
        Card.APNS_EXPIRED: t.gettext(
            "Renew the certificate with the same Apple ID now: within 30 days of expiry it "
            "can still be renewed without re-enrolling devices."
        ),
        Card.APNS_EXPIRING: t.gettext(
            "Renew the certificate with the same Apple ID; never replace it, or every device "
            "must re-enroll."
        ),
        Card.VPP_TOKEN_PROBLEM: t.gettext(
            "Download the token again in {portal} and upload it in Intune."
        ),
        Card.ALL_HEALTHY: t.gettext(
            "If devices still fail to enroll, check the enrollment profile assignment and "
            "the device in {portal}."
        ),
        Card.DEVICE_NO_PROFILE: t.gettext(
            "Assign an enrollment profile to these devices in Intune, or make a profile the "
            "default for their platform."
        ),
        Card.DEFAULT_PROFILE_MISSING: t.gettext(
            "Make one enrollment profile of the token the default for each platform, so new "
            "devices get it."
        ),
        Card.DEVICE_ENROLLMENT_FAILED: t.gettext(
            "Check the enrollment restrictions and the device in Intune, then erase the device "
            "and set it up again."
        ),
        Card.COMPANY_PORTAL_VPP_INVALID: t.gettext(
            "Fix the VPP token or choose a valid one in the profile, then erase the stuck "
            "devices and set them up again."
        ),
        Card.DEVICE_NEVER_CONTACTED: t.gettext(
            "Find out where these devices are: a device in use that skipped Remote Management "
            "must be erased and set up again."
        ),
    }
    return steps[card].format(portal=portal_for(t, portals))
