"""Cards that explain instead of reading the tenant (issue 13): what ADE is, how to renew the
enrollment program token, "that is not about ADE", and the question the bot asks back when it
is unsure what the admin meant. The same steps in every language; links go to Microsoft Learn
in the admin's language."""

from __future__ import annotations

from bot.core.cards import links
from bot.core.cards.advice import tokens_page
from bot.core.cards.elements import (
    CardDict,
    adaptive_card,
    heading,
    link_section,
    numbered,
    open_url,
    submit,
    text,
)
from bot.core.cards.guidance import new_token_invalidates, renewal_steps
from bot.core.cards.texts import portal_for
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb


def _header(title: str, intro: str) -> list[dict[str, object]]:
    return [text(title, size="Medium", weight="Bolder"), text(intro)]


def _both_portals(t: Translator) -> str:
    return portal_for(t, frozenset())  # Apple Business or Apple School Manager


def explain_ade(t: Translator) -> CardDict:
    title = t.gettext("What is ADE?")
    intro = t.gettext(
        "Automated Device Enrollment (ADE, formerly the Device Enrollment Program, DEP) enrolls "
        "the iPhones, iPads and Macs your organization buys in Intune on their own, supervised, "
        "the first time they are turned on."
    )
    steps = (
        t.gettext("Apple or your reseller adds the devices to {portal}.").format(
            portal=_both_portals(t)
        ),
        t.gettext("There you assign them to the MDM server that stands for Intune."),
        t.gettext(
            "An enrollment program token connects that MDM server to Intune: Intune syncs the "
            "devices with it and assigns them an enrollment profile."
        ),
        t.gettext("When a device is turned on, Setup Assistant enrolls it in Intune."),
    )
    note = t.gettext(
        "The token is valid for one year. Ask me **why is ADE failing?** to check yours."
    )
    guide = links.learn(links.ADD_TOKEN_GUIDE, t.language.learn)
    body = [
        heading(t.gettext("How it works")),
        numbered(steps),
        text(note),
        *link_section(t, [(t.gettext("Microsoft Learn guide"), guide)]),
    ]
    actions = [
        submit(t.gettext("Check now"), Verb.RECHECK),
        submit(t.gettext("How to renew the token"), Verb.EXPLAIN_RENEW),
    ]
    return adaptive_card(
        t, "explain-ade", "emphasis", header=_header(title, intro), body=body,
        actions=actions, fallback=intro,
    )  # fmt: skip


def explain_renew(t: Translator) -> CardDict:
    title = t.gettext("How to renew the enrollment program token")
    intro = t.gettext(
        "Apple's server token lasts one year. Renew it before it expires, with the same Apple "
        "ID: the devices, profiles and the token's name in Intune stay as they are."
    )
    public_key = t.gettext(
        "In Intune, go to {page}, select the token, choose Renew token and download "
        "Intune's public key."
    ).format(page=tokens_page(t))
    steps = (public_key, *renewal_steps(t, _both_portals(t)))
    notes = (t.gettext("The downloaded server token is a .p7m file."), new_token_invalidates(t))
    learn = links.learn(links.RENEW_TOKEN_GUIDE, t.language.learn)
    body = [
        heading(t.gettext("Steps")),
        numbered(steps),
        *(text(note) for note in notes),
        *link_section(
            t,
            [
                (t.gettext("Microsoft Learn guide"), learn),
                (t.gettext("Open Apple Business"), links.APPLE_BUSINESS),
                (t.gettext("Open Apple School Manager"), links.APPLE_SCHOOL),
            ],
        ),
    ]
    actions = [
        open_url(t.gettext("Open Intune"), links.INTUNE_TOKENS),
        submit(t.gettext("Check now"), Verb.RECHECK),
    ]
    return adaptive_card(
        t, "explain-renew", "emphasis", header=_header(title, intro), body=body,
        actions=actions, fallback=intro,
    )  # fmt: skip


def not_ade(t: Translator) -> CardDict:
    title = t.gettext("That is outside what I check")
    intro = t.gettext(
        "I look after Apple Automated Device Enrollment in Intune: why new iPhones, iPads and "
        "Macs do not enroll, the enrollment program tokens, the APNs certificate and VPP tokens. "
        "Windows, Autopilot, Android and user accounts are not something I can read."
    )
    actions = [
        submit(t.gettext("Help"), Verb.HELP),
        submit(t.gettext("What is ADE?"), Verb.EXPLAIN_ADE),
    ]
    return adaptive_card(
        t, "not-ade", "emphasis", header=_header(title, intro), body=[], actions=actions,
        fallback=intro,
    )  # fmt: skip


def _choice_label(t: Translator, verb: Verb) -> str:
    labels = {
        Verb.DIAGNOSE: t.gettext("Check ADE tokens"),
        Verb.RECHECK: t.gettext("Check ADE tokens"),
        Verb.TOKENS: t.gettext("List the tokens"),
        Verb.EXPLAIN_ADE: t.gettext("What is ADE?"),
        Verb.EXPLAIN_RENEW: t.gettext("How to renew the token"),
        Verb.ALERTS_ON: t.gettext("Alert me"),
        Verb.ALERTS_OFF: t.gettext("Stop alerts"),
    }
    return labels.get(verb) or t.gettext("Show help")


def clarify(t: Translator, choices: tuple[Verb, ...]) -> CardDict:
    """Two buttons, the likeliest reading first; anything we cannot offer becomes help."""
    offered: list[Verb] = []
    for choice in (*choices, Verb.DIAGNOSE, Verb.HELP):
        verb = choice if choice in _OFFERED else Verb.HELP
        if verb not in offered:
            offered.append(verb)
    title = t.gettext("I am not sure what you mean")
    intro = t.gettext("Did you mean one of these?")
    actions = [submit(_choice_label(t, verb), verb) for verb in offered[:2]]
    return adaptive_card(
        t, "clarify", "emphasis", header=_header(title, intro), body=[], actions=actions,
        fallback=" ".join((title, intro)),
    )  # fmt: skip


_OFFERED = frozenset(
    {
        Verb.DIAGNOSE, Verb.TOKENS, Verb.EXPLAIN_ADE, Verb.EXPLAIN_RENEW, Verb.ALERTS_ON,
        Verb.ALERTS_OFF, Verb.HELP,
    }
)  # fmt: skip
