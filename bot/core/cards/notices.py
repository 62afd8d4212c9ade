"""Short cards the bot answers with outside a diagnosis: button outcomes, refusals, apologies.

Each is a one-purpose Adaptive Card whose first Container's id names the situation, so tests
and support engineers can tell replies apart without reading the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.core.cards import links
from bot.core.cards.elements import CardDict, adaptive_card, open_url, submit, text
from bot.core.i18n.languages import Language
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb

# Intune lets an admin start a full sync with Apple at most once every 7 days; the delta
# sync runs on its own every 12 hours (Microsoft Learn, "Sync managed devices").
FULL_SYNC_INTERVAL_DAYS = 7


def notice_card(
    t: Translator,
    card_id: str,
    title: str,
    lines: Iterable[str],
    *,
    style: str = "emphasis",
    actions: list[dict[str, Any]] | None = None,
) -> CardDict:
    sentences = list(lines)
    header = [text(title, size="Medium", weight="Bolder")]
    body = [text(line) for line in sentences]
    return adaptive_card(
        t,
        card_id,
        style,
        header=header,
        body=body,
        actions=actions if actions is not None else [],
        fallback=" ".join([title, t.sentences(*sentences)]),
    )


def _recheck(t: Translator) -> dict[str, Any]:
    return submit(t.gettext("Check again"), Verb.RECHECK)


def apology(t: Translator) -> CardDict:
    return notice_card(
        t,
        "apology",
        t.gettext("Sorry, something went wrong on my side"),
        [
            t.gettext(
                "The problem has been logged for the bot's operators. Please try again in a "
                "minute; your tenant was not changed."
            )
        ],
        style="attention",
        actions=[_recheck(t)],
    )


def other_tenant(t: Translator) -> CardDict:
    return notice_card(
        t,
        "other-tenant",
        t.gettext("This ADE Doctor serves another organization"),
        [
            t.gettext(
                "It only answers people in the Microsoft Entra tenant it was set up for, so it "
                "shows no enrollment data here. Ask your Intune administrator to install your "
                "organization's own copy."
            )
        ],
        style="warning",
    )


def sync_requested(t: Translator, token_name: str) -> CardDict:
    return notice_card(
        t,
        "sync-requested",
        t.gettext("Sync with Apple requested for {token}").format(token=token_name),
        [
            t.gettext(
                "Intune has asked Apple for the devices assigned to this token. Apple answers "
                "within a few minutes; new devices then appear under Devices > Enrollment > "
                "Apple > Enrollment program tokens > {token} > Devices."
            ).format(token=token_name),
            t.ngettext(
                "Intune allows a full sync once every {count} day; a delta sync also runs "
                "automatically every 12 hours.",
                "Intune allows a full sync once every {count} days; a delta sync also runs "
                "automatically every 12 hours.",
                FULL_SYNC_INTERVAL_DAYS,
            ).format(count=FULL_SYNC_INTERVAL_DAYS),
            t.gettext("Check again in a few minutes to see whether the sync succeeded."),
        ],
        style="good",
        actions=[_recheck(t)],
    )


def sync_unavailable(t: Translator) -> CardDict:
    return notice_card(
        t,
        "sync-unavailable",
        t.gettext("I cannot start a sync from here"),
        [
            t.gettext(
                "This bot is showing a saved snapshot or the demo tenant, not your live Intune "
                "tenant, so it cannot ask Apple to sync. Start the sync in the Intune admin "
                "center under Devices > Enrollment > Apple > Enrollment program tokens."
            )
        ],
        actions=[open_url(t.gettext("Open Intune"), links.INTUNE_TOKENS)],
    )


def sync_not_allowed(t: Translator) -> CardDict:
    return notice_card(
        t,
        "sync-not-allowed",
        t.gettext("Only ADE Doctor administrators can start a sync"),
        [
            t.gettext(
                "Your account is not in the bot's administrator list (ADE_ADMINS). You can "
                "still ask why ADE is failing and read every card."
            )
        ],
        style="warning",
    )


def sync_failed(t: Translator, token_name: str, reason: str, permission: str | None) -> CardDict:
    """`reason` is the GraphSource's classification of the failed POST."""
    if reason == "forbidden" and permission:
        detail = t.gettext(
            "Microsoft Graph refused the request: the bot's app registration needs the "
            "{permission} application permission, with admin consent."
        ).format(permission=permission)
    elif reason == "not-found":
        detail = t.gettext(
            "Intune no longer knows this token; it may have been deleted or replaced."
        )
    elif reason == "throttled":
        detail = t.gettext("Microsoft Graph is throttling requests; try again in a few minutes.")
    else:
        detail = t.gettext(
            "Microsoft Graph did not accept the request in time. Try again in a few minutes, "
            "or start the sync in the Intune admin center."
        )
    return notice_card(
        t,
        "sync-failed",
        t.gettext("The sync for {token} could not be started").format(token=token_name),
        [detail],
        style="attention",
        actions=[
            _recheck(t),
            open_url(t.gettext("Open Intune"), links.INTUNE_TOKENS),
        ],
    )


def unknown_token(t: Translator) -> CardDict:
    return notice_card(
        t,
        "unknown-token",
        t.gettext("That token is no longer in Intune"),
        [t.gettext("The card you used is out of date. Here is the current state instead.")],
        style="warning",
        actions=[_recheck(t)],
    )


def unknown_action(t: Translator) -> CardDict:
    return notice_card(
        t,
        "unknown-action",
        t.gettext("I did not understand that button"),
        [
            t.gettext(
                "It may come from an older version of this bot. Type **help** to see what I can do."
            )
        ],
        style="warning",
        actions=[_recheck(t), submit(t.gettext("Help"), Verb.HELP)],
    )


def language_set(t: Translator, language: Language) -> CardDict:
    return notice_card(
        t,
        "language-set",
        # Translators: {language} is a language's name as CLDR writes it mid-sentence
        # ("polski", "português", "tiếng Việt"), not as a menu does ("Polski").
        t.gettext("From now on I will answer in {language}").format(
            language=t.language_name(language)
        ),
        [t.gettext("You can change it at any time: type **language** followed by its code.")],
        style="good",
        actions=[_recheck(t)],
    )


def alerts_unavailable(t: Translator) -> CardDict:
    return notice_card(
        t,
        "alerts-unavailable",
        t.gettext("Alerts are not switched on in this version yet"),
        [t.gettext("Until they are, ask **why is ADE failing?** here whenever you want a check.")],
        actions=[_recheck(t)],
    )
