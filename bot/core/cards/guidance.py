"""What the admin should do for each finding: numbered steps and the notes that go with them.

Steps follow Microsoft's 2026 pages (manage-devices-tokens-apple, create-mdm-push-certificate,
manage-vpp-apple) and name the admin center as it is today: Devices > Enrollment > Apple.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.cards.texts import portal_for
from bot.core.diagnosis.findings import Card, Finding, token_types
from bot.core.i18n.translator import Translator
from bot.core.tenant.snapshot import PushCertificate, ReadFailure, TokenType


@dataclass(frozen=True, slots=True)
class Guidance:
    steps: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Case:
    """All that a finding's advice depends on, and nothing else: the advice builders see only
    this, so findings with equal cases get equal advice and the cards can cache it per
    language (a tenant's cases hardly change between replies; its dates do)."""

    card: Card
    portals: frozenset[TokenType] = frozenset()
    terms_not_accepted: bool = False
    push_apple_id: str | None = None
    failures: tuple[ReadFailure, ...] = ()
    # The device card: steps about "this device", not "the devices listed below".
    one_device: bool = False

    @classmethod
    def of(cls, finding: Finding) -> Case:
        cert = next((s.item for s in finding.subjects if isinstance(s.item, PushCertificate)), None)
        return cls(
            finding.card,
            frozenset(token_types(finding)),
            any("terms-not-accepted" in s.reasons for s in finding.subjects),
            cert.apple_id if cert else None,
            finding.failures,
        )


def portal(t: Translator, case: Case) -> str:
    return portal_for(t, case.portals)


def guidance(t: Translator, case: Case) -> Guidance:
    builders = {
        Card.TOKEN_EXPIRED: _renew_token,
        Card.TOKEN_EXPIRING: _renew_token,
        Card.SYNC_ERROR: _sync_error,
        Card.SYNC_STALE: _sync_stale,
        Card.NO_TOKENS: _no_tokens,
        Card.APNS_MISSING: _apns_missing,
        Card.APNS_EXPIRED: _renew_apns,
        Card.APNS_EXPIRING: _renew_apns,
        Card.VPP_TOKEN_PROBLEM: _vpp,
        Card.DEVICE_NO_PROFILE: _no_profile,
        Card.DEFAULT_PROFILE_MISSING: _default_profile,
        Card.DEVICE_ENROLLMENT_FAILED: _enrollment_failed,
        Card.COMPANY_PORTAL_VPP_INVALID: _company_portal,
        Card.DEVICE_NEVER_CONTACTED: _never_contacted,
    }
    build = builders.get(case.card)
    return build(t, case) if build else Guidance()


def tokens_page(t: Translator) -> str:
    return t.gettext("Devices > Enrollment > Apple > Enrollment program tokens")


def renewal_steps(t: Translator, portal_name: str) -> tuple[str, ...]:
    """Renewing an enrollment program token from Apple's side to Intune's: the steps of the
    token-expired/-expiring cards and of the "how do I renew?" explanation."""
    where = {"portal": portal_name, "page": tokens_page(t)}
    steps = (
        t.gettext(
            "Sign in to {portal} with an account that has the Administrator or Device "
            "Enrollment Manager role."
        ),
        t.gettext(
            "Open the MDM server that Intune uses and select Download Token. Use the same "
            "Apple ID that created the token when you can."
        ),
        t.gettext(
            "In Intune, go to {page}, select the token, choose Renew token, enter the Apple ID "
            "used to create it and upload the downloaded file."
        ),
        t.gettext("Select Sync on the token and check that its last successful sync updates."),
    )
    return tuple(step.format(**where) for step in steps)


def new_token_invalidates(t: Translator) -> str:
    return t.gettext(
        "Downloading a new token invalidates the one Intune uses now: upload it right away."
    )


def _renew_token(t: Translator, case: Case) -> Guidance:
    notes = (
        new_token_invalidates(t),
        t.gettext(
            "Devices that are already enrolled stay managed, but new devices cannot enroll and "
            "device sync and profile assignment stop while the token is expired."
        ),
    )
    return Guidance(renewal_steps(t, portal(t, case)), notes)


def _sync_error(t: Translator, case: Case) -> Guidance:
    where = {"portal": portal(t, case), "page": tokens_page(t)}
    terms = case.terms_not_accepted
    # A code we recognise gets its specific fix first; the common fixes follow.
    steps = (
        [
            t.gettext(
                "Terms and conditions not accepted: an Administrator must sign in to {portal} "
                "and accept the new terms and conditions. The error can take a while to clear "
                "after that."
            )
        ]
        if terms
        else []
    )
    steps += [
        t.gettext("Open the token in Intune under {page} to see the sync error it reports."),
        t.gettext("Expired or invalid token: renew the token."),
        t.gettext(
            "Access denied: check that Intune is still in the list of MDM servers in {portal} "
            "and that nobody downloaded a newer token without uploading it."
        ),
    ]
    if not terms:
        steps.append(
            t.gettext(
                "Terms and conditions not accepted: a user with the Administrator role must "
                "accept the new terms and conditions in {portal}."
            )
        )
    steps.append(t.gettext("Other errors: follow the guide to all sync errors linked below."))
    return Guidance(tuple(s.format(**where) for s in steps))


def _sync_stale(t: Translator, case: Case) -> Guidance:
    where = {"portal": portal(t, case), "page": tokens_page(t)}
    steps = (
        t.gettext("In Intune, go to {page}, select the token and choose Sync."),
        t.gettext(
            "If the last successful sync does not update within an hour, check in {portal} "
            "that the MDM server still exists and that no new terms and conditions are waiting."
        ),
        t.gettext("If the token expired or was replaced, renew it."),
    )
    notes = (
        t.gettext(
            "Intune syncs every 12 hours by itself. A manual sync is allowed once every 15 "
            "minutes, and a full sync once every 7 days."
        ),
    )
    return Guidance(tuple(s.format(**where) for s in steps), notes)


def _no_tokens(t: Translator, case: Case) -> Guidance:
    steps = (
        t.gettext("In Intune, go to {page}, choose Add and download Intune's public key.").format(
            page=tokens_page(t)
        ),
        t.gettext(
            "In {portal}, add an MDM server, upload the public key and download the server token."
        ).format(portal=portal(t, case)),
        t.gettext(
            "Upload the token in Intune with your organization's Apple ID, then assign devices "
            "to the new MDM server."
        ),
    )
    return Guidance(steps)


def _apple_push_page(t: Translator) -> str:
    return t.gettext("Devices > Enrollment > Apple > Apple MDM Push certificate")


def _apns_missing(t: Translator, case: Case) -> Guidance:
    steps = (
        t.gettext("In Intune, go to {page} and download the certificate signing request.").format(
            page=_apple_push_page(t)
        ),
        t.gettext(
            "Sign in to the Apple Push Certificates Portal with your organization's Apple ID, "
            "create a certificate from the request and download it."
        ),
        t.gettext("Upload the certificate in Intune and enter the same Apple ID."),
    )
    return Guidance(steps)


def _renew_apns(t: Translator, case: Case) -> Guidance:
    apple_id = case.push_apple_id or t.gettext("the Apple ID that created it")
    steps = (
        t.gettext("In Intune, go to {page} and download a new certificate signing request.").format(
            page=_apple_push_page(t)
        ),
        t.gettext(
            "Sign in to the Apple Push Certificates Portal with {apple_id}, find the "
            "certificate with the same topic and choose Renew."
        ).format(apple_id=apple_id),
        t.gettext("Upload the renewed certificate in Intune."),
    )
    notes = [
        t.gettext(
            "Renew, never replace: a new certificate forces every iPhone, iPad and Mac to "
            "enroll again."
        )
    ]
    if case.card is Card.APNS_EXPIRED:
        notes.append(
            t.gettext(
                "Apple allows 30 days after expiry to renew; after that every Apple device "
                "must enroll again."
            )
        )
    return Guidance(steps, tuple(notes))


def _vpp(t: Translator, case: Case) -> Guidance:
    steps = (
        t.gettext(
            "In {portal}, go to Preferences > Payments and Billing > Apps and Books and "
            "download the content token again."
        ).format(portal=portal(t, case)),
        t.gettext(
            "In Intune, go to Tenant administration > Connectors and tokens > Apple VPP tokens, "
            "select the token, choose Edit and upload the new file."
        ),
        t.gettext(
            'If ADE devices are stuck at "Awaiting final configuration", filter the '
            "enrollment token's devices by Profile status = Blocked, wipe them and enroll "
            "them again."
        ),
    )
    return Guidance(steps)


def _token_tab(t: Translator, tab: str) -> str:
    # Translators: {page} is the path to the tokens page; {tab} is "Devices" or "Profiles".
    return t.gettext("In Intune, go to {page}, select the token and open {tab}.").format(
        page=tokens_page(t), tab=tab
    )


def _no_profile(t: Translator, case: Case) -> Guidance:
    steps = (
        _token_tab(t, t.gettext("Devices")),
        t.gettext(
            "Select this device, choose Assign profile and pick the enrollment profile for its "
            "platform."
        )
        if case.one_device
        else t.gettext(
            "Select the devices listed below, choose Assign profile and pick the enrollment "
            "profile for their platform."
        ),
        t.gettext(
            "To cover the next devices too, open Profiles, select a profile and choose Set "
            "default profile."
        ),
        t.gettext(
            "A device that already went through Setup Assistant without Remote Management "
            "must be erased and set up again."
        ),
    )
    notes = (
        t.gettext(
            "Devices arrive in Intune from {portal} when the token syncs; Intune assigns the "
            "default profile to new devices only."
        ).format(portal=portal(t, case)),
    )
    return Guidance(steps, notes)


def _default_profile(t: Translator, case: Case) -> Guidance:
    steps = (
        _token_tab(t, t.gettext("Profiles")),
        t.gettext(
            "Select the profile that new devices of this platform should get and choose Set "
            "default profile."
        ),
        t.gettext("If the token has no profile for the platform yet, choose Create profile."),
    )
    return Guidance(steps)


def _enrollment_failed(t: Translator, case: Case) -> Guidance:
    steps = (
        _token_tab(t, t.gettext("Devices")),
        t.gettext("Find this device and look at its profile status and last contact.")
        if case.one_device
        else t.gettext(
            "Find the devices listed below and look at their profile status and last contact."
        ),
        t.gettext(
            "Check that no enrollment restriction blocks iOS/iPadOS or macOS for corporate "
            "devices (Devices > Enrollment > Device platform restriction)."
        ),
        t.gettext(
            "Check in {portal} that the device is assigned to Intune's MDM server, then erase "
            "the device and set it up again."
        ).format(portal=portal(t, case)),
    )
    return Guidance(steps)


def _company_portal(t: Translator, case: Case) -> Guidance:
    steps = (
        t.gettext(
            "Renew the VPP token: download a new content token in {portal} and upload it in "
            "Intune under Tenant administration > Connectors and tokens > Apple VPP tokens."
        ).format(portal=portal(t, case)),
        t.gettext(
            "Or edit the profile under Profiles on the token and choose a valid VPP token for "
            "Install Company Portal with VPP."
        ),
        t.gettext(
            'Devices stuck at "Awaiting final configuration": open Devices on the token, '
            "filter by Profile status = Blocked, erase the devices and set them up again."
        ),
    )
    return Guidance(steps)


def _never_contacted(t: Translator, case: Case) -> Guidance:
    steps = (
        _token_tab(t, t.gettext("Devices")),
        t.gettext(
            "If this device is still in its box it needs nothing: it enrolls when it is first "
            "set up."
        )
        if case.one_device
        else t.gettext(
            "Find the devices listed below: a device still in its box needs nothing, it "
            "enrolls when it is first set up."
        ),
        t.gettext(
            "A device in use that never contacted Intune skipped Remote Management: erase it "
            "and set it up again while connected to the internet."
        ),
        t.gettext(
            "If the device no longer belongs to you, release it in {portal} so it leaves the list."
        ).format(portal=portal(t, case)),
    )
    return Guidance(steps)
