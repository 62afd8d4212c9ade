"""What the admin should do about ADE devices: a device without a profile, a token without a
default profile, a failed or blocked enrollment, a profile whose Company Portal VPP token is
broken, and devices that never contacted Intune. Each names "this device" on the device card
and "the devices listed below" on the tenant's cards.
"""

from __future__ import annotations

from bot.core.cards.advice import Case, Guidance, portal, tokens_page
from bot.core.i18n.translator import Translator


def _token_tab(t: Translator, tab: str) -> str:
    # Translators: {page} is the path to the tokens page; {tab} is "Devices" or "Profiles".
    return t.gettext("In Intune, go to {page}, select the token and open {tab}.").format(
        page=tokens_page(t), tab=tab
    )


def no_profile(t: Translator, case: Case) -> Guidance:
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


def default_profile(t: Translator, case: Case) -> Guidance:
    steps = (
        _token_tab(t, t.gettext("Profiles")),
        t.gettext(
            "Select the profile that new devices of this platform should get and choose Set "
            "default profile."
        ),
        t.gettext("If the token has no profile for the platform yet, choose Create profile."),
    )
    return Guidance(steps)


def enrollment_failed(t: Translator, case: Case) -> Guidance:
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


def company_portal(t: Translator, case: Case) -> Guidance:
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


def never_contacted(t: Translator, case: Case) -> Guidance:
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
