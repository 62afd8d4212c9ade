"""What the admin should do for each finding: numbered steps and the notes that go with them.

Steps follow Microsoft's 2026 pages (manage-devices-tokens-apple, create-mdm-push-certificate,
manage-vpp-apple) and name the admin center as it is today: Devices > Enrollment > Apple.
This module holds the token, push certificate and VPP advice; `guidance_devices` the devices'.
"""

from __future__ import annotations

from bot.core.cards import guidance_devices
from bot.core.cards.advice import Case, Guidance, portal, tokens_page
from bot.core.diagnosis.findings import Card
from bot.core.i18n.translator import Translator


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
        Card.DEVICE_NO_PROFILE: guidance_devices.no_profile,
        Card.DEFAULT_PROFILE_MISSING: guidance_devices.default_profile,
        Card.DEVICE_ENROLLMENT_FAILED: guidance_devices.enrollment_failed,
        Card.COMPANY_PORTAL_VPP_INVALID: guidance_devices.company_portal,
        Card.DEVICE_NEVER_CONTACTED: guidance_devices.never_contacted,
    }
    build = builders.get(case.card)
    return build(t, case) if build else Guidance()


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
