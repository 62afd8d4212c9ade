"""Cards that are not about a finding: welcome, help, language choice, apology."""

from __future__ import annotations

from typing import Any

from bot.core.cards import links
from bot.core.cards.elements import (
    CardDict,
    adaptive_card,
    bulleted,
    heading,
    link_section,
    submit,
    text,
)
from bot.core.i18n.languages import LANGUAGES
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb


def _language_picker(t: Translator) -> list[dict[str, Any]]:
    """A drop-down of native names (an admin looks for their own language's name) and a
    button; Teams merges the input into the button's data: {"action": "language",
    "language": "pl"}."""
    choices = [{"title": lang.native_name, "value": lang.code} for lang in LANGUAGES]
    picker = {
        "type": "Input.ChoiceSet",
        "id": "language",
        "style": "compact",
        "value": t.language.code,
        "choices": choices,
    }
    button = submit(t.gettext("Change language"), Verb.LANGUAGE)
    return [picker, {"type": "ActionSet", "actions": [button]}]


def _examples(t: Translator) -> tuple[str, ...]:
    return (
        t.gettext("**why is ADE failing?**: check every token and tell what to fix"),
        t.gettext("**tokens**: list the enrollment program tokens and their state"),
        t.gettext("**alerts on** / **alerts off**: warn this chat before a token expires"),
        t.gettext("**language pl**: answer in another language"),
        t.gettext("**help**: show this card"),
    )


def welcome_card(t: Translator, *, channel: bool = False) -> CardDict:
    """`channel`: installed in a team, where alerts go to the channel (its own button in the
    body, since the longer title would not share a row at 480 px)."""
    intro = t.gettext(
        "Hi, I'm ADE Doctor. When new iPhones, iPads or Macs stop enrolling, ask me why: "
        "I read your Apple enrollment program tokens, APNs certificate and VPP tokens from "
        "Intune and tell you what to fix."
    )
    header = [text(t.gettext("Welcome to ADE Doctor"), size="Medium", weight="Bolder"), text(intro)]
    guide = links.learn(links.SYNC_ERRORS_GUIDE, t.language.learn)
    body = [
        heading(t.gettext("You can ask")),
        bulleted(_examples(t)),
        heading(t.gettext("Language")),
        *_language_picker(t),
        *link_section(t, [(t.gettext("Microsoft Learn guide"), guide)]),
    ]
    # Two buttons fit one row at 480 px in every language; the guide is a link above.
    actions = [submit(t.gettext("Check now"), Verb.RECHECK)]
    if channel:
        to_channel = submit(t.gettext("Send alerts to this channel"), Verb.ALERTS_ON)
        body += [heading(t.gettext("Alerts")), {"type": "ActionSet", "actions": [to_channel]}]
    else:
        actions.append(submit(t.gettext("Alert me"), Verb.ALERTS_ON))
    return adaptive_card(
        t, "welcome", "emphasis", header=header, body=body, actions=actions, fallback=intro
    )


def help_card(t: Translator) -> CardDict:
    intro = t.gettext(
        "Ask me in English, Russian, Chinese, Polish, Portuguese or Vietnamese. Here is what "
        "I understand:"
    )
    header = [text(t.gettext("How ADE Doctor helps"), size="Medium", weight="Bolder"), text(intro)]
    # Three buttons in one row do not fit 480 px in Russian or Polish: the alert switches get
    # a section of their own, like the language picker.
    alerts = [
        submit(t.gettext("Alert me"), Verb.ALERTS_ON),
        submit(t.gettext("Stop alerts"), Verb.ALERTS_OFF),
    ]
    body = [
        bulleted(_examples(t)),
        # Translators: a heading over the "Alert me" and "Stop alerts" buttons.
        heading(t.gettext("Alerts")),
        {"type": "ActionSet", "actions": alerts},
        heading(t.gettext("Language")),
        *_language_picker(t),
    ]
    actions = [submit(t.gettext("Check now"), Verb.RECHECK)]
    return adaptive_card(
        t, "help", "emphasis", header=header, body=body, actions=actions, fallback=intro
    )
