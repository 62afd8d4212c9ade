"""Answers to "alert me", "stop alerts", "Snooze 1 day" and "Acknowledge"."""

from __future__ import annotations

from bot.core.alerting.model import ALL_TENANTS
from bot.core.cards.elements import CardDict, submit
from bot.core.cards.notices import notice_card
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb


def alerts_on(t: Translator, *, channel: bool, scope: str | None = None) -> CardDict:
    """`scope`: the tenant the alerts are about, ALL_TENANTS, or None (the bot's one tenant)."""
    title = (
        t.gettext("Alerts are on for this channel")
        if channel
        else t.gettext("Alerts are on for this chat")
    )
    covers = []
    if scope == ALL_TENANTS:
        covers.append(t.gettext("They cover all your tenants."))
    elif scope is not None:
        covers.append(t.gettext("They cover the tenant {tenant} only.").format(tenant=scope))
    return notice_card(
        t,
        "alerts-on",
        title,
        [
            t.gettext(
                "I will post here before an enrollment program token, the Apple push "
                "certificate or a VPP token expires (30, 14, 7, 3 and 1 days before, then daily "
                "while it stays expired), when a token starts failing to sync with Apple, and "
                "when a problem is fixed."
            ),
            *covers,
            t.gettext("Type **alerts off** to stop."),
        ],
        style="good",
        actions=[submit(t.gettext("Stop alerts"), Verb.ALERTS_OFF)],
    )


def alerts_off(t: Translator, *, was_on: bool) -> CardDict:
    title = (
        t.gettext("Alerts are off for this conversation")
        if was_on
        else t.gettext("Alerts were not on here")
    )
    return notice_card(
        t,
        "alerts-off",
        title,
        [t.gettext("Type **alert me** to switch them on again.")],
        actions=[submit(t.gettext("Alert me"), Verb.ALERTS_ON)],
    )


def channel_alerts_not_allowed(t: Translator) -> CardDict:
    return notice_card(
        t,
        "alerts-not-allowed",
        t.gettext("Only ADE Doctor administrators can send alerts to a channel"),
        [
            t.gettext(
                "Your account is not in the bot's administrator list (ADE_ADMINS). You can "
                "still switch on alerts for yourself in a personal chat with the bot."
            )
        ],
        style="warning",
    )


def snoozed(t: Translator, subject: str) -> CardDict:
    return notice_card(
        t,
        "alert-snoozed",
        t.gettext("Alerts about {subject} are snoozed for 1 day").format(subject=subject),
        [t.gettext("After that I will remind you again if the problem is still there.")],
    )


def acknowledged(t: Translator, subject: str) -> CardDict:
    return notice_card(
        t,
        "alert-acknowledged",
        t.gettext("Acknowledged: {subject}").format(subject=subject),
        [
            t.gettext(
                "No more reminders at this stage. I will write again if it gets worse, and "
                "when it is fixed."
            )
        ],
    )
