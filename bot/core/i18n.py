"""A Translator per reply: gettext, plurals, dates and durations via Babel, never a global
language (a bot serves many admins at once, each in their own language and time zone)."""

from __future__ import annotations

import gettext
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Literal

from babel import Locale
from babel.dates import format_date, format_datetime, format_timedelta, get_timezone_name

# A threshold no duration reaches makes Babel use the unit we ask for: "in 12 days", not
# "in 2 weeks" (an admin counting down to an expiry wants days).
_NEVER_ROUND_UP = 10**12


class Translator:
    def __init__(
        self,
        language: str,
        translations: gettext.NullTranslations | None = None,
        zone: tzinfo = UTC,
    ) -> None:
        self.language = language
        self.locale = Locale.parse(language.replace("-", "_"))
        self._translations = translations or gettext.NullTranslations()
        self.zone = zone

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._translations.ngettext(singular, plural, count)

    def date(self, moment: datetime) -> str:
        """A date in the admin's locale and time zone, e.g. "Dec 4, 2026"."""
        return format_date(moment.astimezone(self.zone), format="medium", locale=self.locale)

    def date_time(self, moment: datetime) -> str:
        """Date, time and zone name, e.g. "Dec 4, 2026, 9:30:00 AM UTC"."""
        return (
            format_datetime(moment, format="medium", tzinfo=self.zone, locale=self.locale)
            + " "
            + self.zone_name()
        )

    def zone_name(self) -> str:
        if self.zone is UTC:
            return "UTC"
        return get_timezone_name(self.zone, width="short", locale=self.locale)

    def days_from(self, moment: datetime, now: datetime) -> str:
        """ "in 12 days" / "3 days ago", in whole days."""
        return self._relative(moment - now, "day")

    def hours_from(self, moment: datetime, now: datetime) -> str:
        """ "26 hours ago", for sync ages where a day is too coarse."""
        return self._relative(moment - now, "hour")

    def _relative(self, delta: timedelta, unit: Literal["day", "hour"]) -> str:
        return format_timedelta(
            delta,
            granularity=unit,
            threshold=_NEVER_ROUND_UP,
            add_direction=True,
            locale=self.locale,
        )
