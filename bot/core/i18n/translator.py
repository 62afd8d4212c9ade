"""A Translator per reply: gettext, plurals, numbers, dates and durations via Babel.

Never a global language: a bot serves many admins at once, each in their own language and
time zone. Every Babel call gets `locale=` explicitly.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import (
    format_date,
    format_time,
    format_timedelta,
    get_datetime_format,
    get_timezone_gmt,
)
from babel.numbers import format_decimal

from bot.core.i18n import typography
from bot.core.i18n.languages import ENGLISH, Language

# A threshold no duration reaches makes Babel use the unit we ask for: "in 12 days", not
# "in 2 weeks" (an admin counting down to an expiry wants days).
_NEVER_ROUND_UP = 10**12
# Under two days, hours say more: "26 hours ago" for a sync, "in 5 hours" for an expiry.
_HOURS_BELOW = timedelta(days=2)
_UNIT = {"day": timedelta(days=1), "hour": timedelta(hours=1)}
_MEMO_LIMIT = 4096


class Translator:
    def __init__(
        self,
        language: Language = ENGLISH,
        translations: gettext.NullTranslations | None = None,
        zone: tzinfo = UTC,
    ) -> None:
        self.language = language
        self.locale = Locale.parse(language.babel)
        self._translations = translations or gettext.NullTranslations()
        self.zone = zone
        # Babel's formatters cost tens of microseconds each and a reply formats dozens of
        # dates; the same day or "in 12 days" recurs across tokens and replies.
        self._memo: dict[tuple[object, ...], str] = {}

    def _remember(self, key: tuple[object, ...], make: Callable[[], str]) -> str:
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[key] = make()
        return found

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._translations.ngettext(singular, plural, count)

    def quote(self, text: str) -> str:
        """ "«text»" in Russian, "„text”" in Polish (CLDR's quotation marks)."""
        return typography.quoted(self.language, text)

    def sentences(self, *parts: str) -> str:
        """Sentences joined as the language joins them (no space in Chinese)."""
        return typography.sentences(self.language, parts)

    def labelled(self, label: str, value: str) -> str:
        """ "Label: value", with Chinese's full-width colon."""
        return typography.labelled(self.language, label, value)

    def clauses(self, *parts: str) -> str:
        """Facts on one line, "a; b", with Chinese's full-width semicolon."""
        return typography.clauses(self.language, parts)

    def tag(self, text: str) -> str:
        """ "[ERROR]" in a plain-text report, with Chinese's lenticular brackets."""
        return typography.tag(self.language, text)

    def and_list(self, items: Sequence[str]) -> str:
        """ "A, B and C" in the admin's language."""
        return typography.and_list(self.locale, items)

    def language_name(self, language: Language) -> str:
        """`language`'s name as this language writes it mid-sentence ("polski", "tiếng Việt")."""
        return typography.running_name(language, self.locale)

    def number(self, value: int) -> str:
        return self._remember(("n", value), lambda: format_decimal(value, locale=self.locale))

    def date(self, moment: datetime) -> str:
        """A date in the admin's locale and time zone, e.g. "Dec 4, 2026"."""
        day = moment.astimezone(self.zone).date()
        return self._remember(
            ("d", day), lambda: format_date(day, format="medium", locale=self.locale)
        )

    def date_time(self, moment: datetime) -> str:
        """Date, time and zone, e.g. "Dec 4, 2026, 9:30 AM UTC"."""
        local = moment.astimezone(self.zone)
        pattern = get_datetime_format("medium", locale=self.locale)
        stamp = (
            str(pattern)
            .replace("'", "")
            .replace("{0}", format_time(local, format="short", locale=self.locale))
            .replace("{1}", format_date(local, format="medium", locale=self.locale))
        )
        return f"{stamp} {self.zone_name(local)}"

    def zone_name(self, local: datetime) -> str:
        """ "UTC", or the offset as the locale writes it ("GMT+01:00"): unambiguous in every
        language, unlike zone abbreviations."""
        if self.zone is UTC:
            return "UTC"
        return get_timezone_gmt(local, width="long", locale=self.locale)

    def relative(self, moment: datetime, now: datetime) -> str:
        """ "in 12 days" / "3 days ago" / "26 hours ago"."""
        delta = moment - now
        unit: Literal["day", "hour"] = "hour" if abs(delta) < _HOURS_BELOW else "day"
        # Babel rounds to whole units (at least 1 when not zero): so do we, for the memo key.
        size = _UNIT[unit]
        count = abs(delta) / size
        whole = round(max(1.0, count)) if count else 0
        signed = whole * size if delta >= timedelta(0) else -whole * size
        return self._remember(
            ("r", unit, signed),
            lambda: format_timedelta(
                signed,
                granularity=unit,
                threshold=_NEVER_ROUND_UP,
                add_direction=True,
                locale=self.locale,
            ),
        )


@lru_cache(maxsize=256)
def time_zone(name: str | None) -> tzinfo:
    """The admin's IANA time zone from Teams (localTimezone / clientInfo.timezone), or UTC
    when Teams sent none or one we do not know (cards then say "UTC")."""
    if not name or len(name) > 64:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
