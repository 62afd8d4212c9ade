"""The parts of a finding's card that depend only on its case and the language: the
explanation (Microsoft's article, steps, notes), the links and the buttons.

Links go in the body, as a list (`elements.link_section`): Teams lays a card's buttons side
by side and cuts their titles short at 480 px ("Otwó…"), so the buttons under a card are
only for what the bot does.
"""

from __future__ import annotations

from typing import Any

from bot.core.cards import links
from bot.core.cards.advice import Case, portal
from bot.core.cards.article import article
from bot.core.cards.elements import bulleted, heading, link, numbered, submit, text
from bot.core.cards.guidance import guidance
from bot.core.cards.texts import failure_sentence
from bot.core.diagnosis.findings import Card
from bot.core.i18n.translator import Translator
from bot.core.tenant.snapshot import TokenType
from bot.core.understanding.verbs import Verb


def explanation(t: Translator, case: Case) -> list[dict[str, Any]]:
    """The article (sync errors, unreachable tenant), the steps and the notes of a case."""
    blocks: list[dict[str, Any]] = []
    if case.card in (Card.SYNC_ERROR, Card.TENANT_UNREACHABLE):
        blocks.extend(_article_blocks(t, case))
    help_ = guidance(t, case)
    if help_.steps:
        blocks += [heading(t.gettext("What to do")), numbered(help_.steps)]
    if help_.notes:
        blocks += [heading(t.gettext("Good to know")), bulleted(help_.notes)]
    if case.card is Card.ALL_HEALTHY:
        blocks += [
            heading(t.gettext("What token data cannot show")),
            bulleted(_hidden_causes(t)),
        ]
    return blocks


def _article_blocks(t: Translator, case: Case) -> list[dict[str, Any]]:
    a = article(t)
    blocks: list[dict[str, Any]] = []
    if case.card is Card.TENANT_UNREACHABLE:
        failures = [failure_sentence(t, failure) for failure in case.failures]
        blocks += [heading(t.gettext("What failed")), bulleted(failures)]
        blocks += [heading(t.gettext("Meanwhile, check the tokens yourself"))]
    else:
        blocks += [
            heading(a.title),
            text(t.quote(a.quote), isSubtle=True),
            heading(a.symptoms_intro),
            numbered(a.symptoms),
        ]
    renew_title, renew_url = a.renew_link
    other_title, other_url = a.other_errors_link
    blocks += [
        text(a.where_to_look, spacing="Medium"),
        text(a.common_cause),
        text(t.sentences(a.renew_intro, link(renew_title, renew_url))),
        text(t.sentences(a.other_errors_intro, link(other_title, other_url))),
    ]
    return blocks


def _hidden_causes(t: Translator) -> tuple[str, ...]:
    return (
        t.gettext("Devices not assigned to Intune's MDM server in {portal}.").format(
            portal=portal(t, Case(Card.ALL_HEALTHY))
        ),
        t.gettext("No enrollment profile assigned to the devices in Intune."),
        t.gettext(
            "An enrollment profile created before the token was uploaded: edit the profile, "
            "then sync the token."
        ),
        t.gettext("An enrollment restriction that blocks iOS/iPadOS or macOS."),
        t.gettext(
            "Users without an Intune license, or multifactor authentication with Setup "
            "Assistant (legacy)."
        ),
        t.gettext("A network that blocks the device from reaching Apple's enrollment service."),
    )


def card_actions(t: Translator, case: Case) -> list[dict[str, Any]]:
    """At most two buttons under the card, which fit one row at 480 px in every language
    (tests/render checks the pictures); the links are in the body (`link_targets`)."""
    # The card id lets a Universal Action answer with this card's new state in place.
    actions = [submit(t.gettext("Check again"), Verb.RECHECK, card=case.card.value)]
    if case.card is Card.ALL_HEALTHY:
        actions.append(submit(t.gettext("Alert me"), Verb.ALERTS_ON))
    return actions


_DEVICE_GUIDES = {
    Card.DEVICE_NO_PROFILE: links.PROFILES_GUIDE,
    Card.DEFAULT_PROFILE_MISSING: links.PROFILES_GUIDE,
    Card.DEVICE_ENROLLMENT_FAILED: links.ENROLLMENT_ERRORS_GUIDE,
    Card.COMPANY_PORTAL_VPP_INVALID: links.STUCK_GUIDE,
    Card.DEVICE_NEVER_CONTACTED: links.PROFILES_GUIDE,
}


def link_targets(t: Translator, case: Case) -> list[tuple[str, str]]:
    """Where to go: Intune, Apple's portal and the Microsoft Learn guide for the case."""
    card = case.card
    intune = t.gettext("Open Intune")
    targets: list[tuple[str, str]] = []
    guide = links.SYNC_ERRORS_GUIDE
    if card in (
        Card.TOKEN_EXPIRED,
        Card.TOKEN_EXPIRING,
        Card.SYNC_ERROR,
        Card.SYNC_STALE,
        Card.NO_TOKENS,
    ):
        targets.append((intune, links.INTUNE_TOKENS))
        if case.portals != {TokenType.APPLE_SCHOOL}:
            targets.append((t.gettext("Open Apple Business"), links.APPLE_BUSINESS))
        if TokenType.APPLE_SCHOOL in case.portals:
            targets.append((t.gettext("Open Apple School Manager"), links.APPLE_SCHOOL))
        guide = {
            Card.TOKEN_EXPIRED: links.RENEW_TOKEN_GUIDE,
            Card.TOKEN_EXPIRING: links.RENEW_TOKEN_GUIDE,
            Card.NO_TOKENS: links.ADD_TOKEN_GUIDE,
        }.get(card, links.SYNC_ERRORS_GUIDE)
    elif card in (Card.APNS_MISSING, Card.APNS_EXPIRED, Card.APNS_EXPIRING):
        push_portal = t.gettext("Open Apple Push Certificates Portal")
        targets += [(intune, links.INTUNE), (push_portal, links.APPLE_PUSH_CERTIFICATES)]
        guide = links.APNS_GUIDE
    elif card in _DEVICE_GUIDES:
        targets.append((intune, links.INTUNE_TOKENS))
        if case.portals != {TokenType.APPLE_SCHOOL}:
            targets.append((t.gettext("Open Apple Business"), links.APPLE_BUSINESS))
        if TokenType.APPLE_SCHOOL in case.portals:
            targets.append((t.gettext("Open Apple School Manager"), links.APPLE_SCHOOL))
        guide = _DEVICE_GUIDES[card]
    elif card is Card.VPP_TOKEN_PROBLEM:
        targets.append((intune, links.INTUNE))
        targets.append((t.gettext("Open Apple Business"), links.APPLE_BUSINESS))
        guide = links.VPP_GUIDE
    targets.append((t.gettext("Microsoft Learn guide"), links.learn(guide, t.language.learn)))
    return targets
