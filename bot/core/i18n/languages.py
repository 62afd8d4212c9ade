"""The six languages ADE Doctor speaks, and how the language of a reply is chosen.

A reply follows the admin: a language they chose, else the language their message is
clearly written in, else their Teams locale, else the bot's default, else English. Only
our six languages ever come out; anything else (German, Japanese, garbage) falls through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.i18n.evidence import message_language


@dataclass(frozen=True, slots=True)
class Language:
    """One language we ship, named the way each system that needs it names it."""

    code: str  # BCP 47 tag used in cards' "lang"
    babel: str  # Babel locale id
    catalog: str  # gettext catalog directory under locales/
    learn: str  # Microsoft Learn URL locale
    native_name: str  # for a language picker


ENGLISH = Language("en", "en", "en", "en-us", "English")
RUSSIAN = Language("ru", "ru", "ru", "ru-ru", "Русский")
CHINESE = Language("zh-Hans", "zh_Hans_CN", "zh_Hans", "zh-cn", "简体中文")
POLISH = Language("pl", "pl", "pl", "pl-pl", "Polski")
PORTUGUESE = Language("pt-BR", "pt_BR", "pt_BR", "pt-br", "Português (Brasil)")
VIETNAMESE = Language("vi", "vi", "vi", "vi-vn", "Tiếng Việt")
LANGUAGES: tuple[Language, ...] = (ENGLISH, RUSSIAN, CHINESE, POLISH, PORTUGUESE, VIETNAMESE)

_BY_CODE = {lang.code: lang for lang in LANGUAGES}
_BY_PRIMARY = {"en": ENGLISH, "ru": RUSSIAN, "pl": POLISH, "pt": PORTUGUESE, "vi": VIETNAMESE}
_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})


def _key(tag: str) -> str:
    return tag.strip().replace("_", "-").casefold()


_BY_ID = {
    _key(name): lang
    for lang in LANGUAGES
    for name in (lang.code, lang.babel, lang.catalog, lang.learn)
}


def by_code(code: str) -> Language | None:
    """Our language for one of its own ids (code, Babel id, catalog, Learn locale) or any
    tag `negotiate` accepts; None for anything else."""
    if not isinstance(code, str):
        return None
    return _BY_ID.get(_key(code)) or negotiate(code)


def negotiate(tag: str | None) -> Language | None:
    """Our language for a locale tag from Teams, or None when we don't ship one for it.

    Case-insensitive, `-` or `_` separated; a POSIX ".UTF-8" or "@euro" tail is ignored.

    >>> negotiate("ru-RU").code
    'ru'
    >>> negotiate("EN_gb").code
    'en'
    >>> negotiate("pt-PT").code
    'pt-BR'
    >>> [negotiate(tag).code for tag in ("zh", "zh-CN", "zh-SG", "zh_Hans_CN")]
    ['zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hans']
    >>> negotiate("zh-TW") is None  # we ship Simplified Chinese only
    True
    >>> [negotiate(tag) for tag in ("de-DE", "ja-JP", "", None, "xx_!!")]
    [None, None, None, None, None]
    """
    if not isinstance(tag, str):
        return None
    parts = _key(tag.split(".", 1)[0].split("@", 1)[0]).split("-")
    if not all(part.isascii() and part.isalnum() and len(part) <= 8 for part in parts):
        return None  # also catches "" and "en--US"
    primary, rest = parts[0], set(parts[1:])
    if primary != "zh":
        return _BY_PRIMARY.get(primary)
    if "hant" in rest:
        return None
    if "hans" in rest or not rest & _TRADITIONAL_REGIONS:
        return CHINESE
    return None


# --- detect: see `evidence` for how -------------------------------------------------


def detect(text: str | None) -> Language | None:
    """The language a message is written in, only when it is clearly one of ours.

    Mentions, markup, URLs, numbers and product words ("ADE", "DEP token") are no evidence of
    any language; a tie, a mixed message or a language we don't ship gives None.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    return _BY_CODE.get(message_language(text) or "")


def reply_language(
    *,
    chosen: str | None = None,
    text: str | None = None,
    locales: Sequence[str | None] = (),
    default: str | None = None,
) -> Language:
    """The reply language: the admin's explicit choice > the language of their message >
    the first supported locale (activity.locale, then clientInfo's) > `default` > English."""
    if isinstance(locales, str):
        locales = (locales,)
    from_locales = (negotiate(locale) for locale in locales)
    return (
        (by_code(chosen) if chosen else None)
        or detect(text)
        or next((lang for lang in from_locales if lang), None)
        or (by_code(default) if default else None)
        or ENGLISH
    )
