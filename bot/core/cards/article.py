"""Microsoft's article "Apple Automatic Device Enrollment sync errors", sentence by sentence.

These msgids keep the English source of the seed article (shared/seeds), so each catalog can
carry Microsoft's own translation, corrected where the machine translation is plainly wrong.
The console path is the 2026 admin center's; the seed's "Enroll Devices > Apple enrollment"
no longer exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.cards.links import RENEW_TOKEN_GUIDE, SYNC_ERRORS_GUIDE, learn
from bot.core.i18n.translator import Translator


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    quote: str
    symptoms_intro: str
    symptoms: tuple[str, ...]
    where_to_look: str
    common_cause: str
    renew_intro: str
    renew_link: tuple[str, str]
    other_errors_intro: str
    other_errors_link: tuple[str, str]


def article(t: Translator) -> Article:
    locale = t.language.learn
    return Article(
        # Translators: the title of Microsoft's article (seed), shown as a card heading.
        title=t.gettext("Apple Automatic Device Enrollment sync errors"),
        quote=t.sentences(
            # Translators: a sentence of Microsoft's article (seed).
            t.gettext(
                "We have detected that you have one or more ADE/DEP Tokens which are in "
                "an error state."
            ),
            # Translators: a sentence of Microsoft's article (seed).
            t.gettext(
                "Until the error state is resolved for each affected token, the ADE "
                "functionality will not work as expected."
            ),
        ),
        # Translators: a sentence of Microsoft's article (seed).
        symptoms_intro=t.gettext("This error might manifest in a number of ways including:"),
        symptoms=(
            # Translators: a sentence of Microsoft's article (seed).
            t.gettext("Devices may not sync from ABM/ASM to Intune"),
            # Translators: a sentence of Microsoft's article (seed).
            t.gettext("Enrollment profile assignments may be failing"),
            # Translators: a sentence of Microsoft's article (seed).
            t.gettext("Devices may not complete ADE enrollment successfully"),
        ),
        # Translators: from Microsoft's article; the menu path is the 2026 admin center's:
        # use the names the localized Intune admin center shows.
        where_to_look=t.gettext(
            "Check for the sync error reported in the Intune console under **Devices > "
            "Enrollment > Apple > Enrollment program tokens**."
        ),
        common_cause=t.sentences(
            # Translators: a sentence of Microsoft's article (seed).
            t.gettext(
                "One of the most common causes of sync error is expiration of the current token."
            ),
            # Translators: a sentence of Microsoft's article (seed).
            t.gettext("In many cases, renewal of the affected token will resolve the issue."),
        ),
        # Translators: a sentence of Microsoft's article (seed).
        renew_intro=t.gettext(
            "If one or more of your tokens has expired, see the following documentation to "
            "help you renew them as appropriate:"
        ),
        renew_link=(
            # Translators: a sentence of Microsoft's article (seed).
            t.gettext("Renew an Automated Device Enrollment token"),
            learn(RENEW_TOKEN_GUIDE, locale),
        ),
        # Translators: a sentence of Microsoft's article (seed).
        other_errors_intro=t.gettext(
            "In addition, you can see the following documentation to see potential "
            "remediations for other errors causing token synchronization failures:"
        ),
        other_errors_link=(
            # Translators: a sentence of Microsoft's article (seed).
            t.gettext(
                "ABM/ASM Sync Errors for iOS/iPadOS and macOS Automated Device Enrollment Tokens"
            ),
            learn(SYNC_ERRORS_GUIDE, locale),
        ),
    )
