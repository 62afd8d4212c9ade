"""How each language writes what surrounds its words: quotation marks, the join between two
sentences, lists with "and", and a language's name inside a sentence.

CLDR has all of it except the sentence join; Babel loads all of it except the quotation marks.
"""

from __future__ import annotations

from collections.abc import Sequence

from babel import Locale
from babel.lists import format_list

from bot.core.i18n.languages import CHINESE, Language

# CLDR 49 (Babel 2.19), common/main/{en,ru,pl,pt,vi,zh}.xml, <delimiters> quotationStart and
# quotationEnd. Babel does not load <delimiters>, so the pairs are copied here; keyed by the
# primary language subtag (pt-BR and zh-Hans take pt's and zh's).
QUOTES: dict[str, tuple[str, str]] = {
    "en": ("\u201c", "\u201d"),  # “…”
    "ru": ("\u00ab", "\u00bb"),  # «…»
    "pl": ("\u201e", "\u201d"),  # „…”
    "pt": ("\u201c", "\u201d"),  # “…”
    "vi": ("\u201c", "\u201d"),  # “…”
    "zh": ("\u201c", "\u201d"),  # “…”
}


def _primary(language: Language) -> str:
    return language.code.split("-")[0]


def quoted(language: Language, text: str) -> str:
    """`text` between the language's quotation marks: «…» in Russian, „…” in Polish."""
    start, end = QUOTES.get(_primary(language), QUOTES["en"])
    return f"{start}{text}{end}"


def sentences(language: Language, parts: Sequence[str]) -> str:
    """Sentences one after another. Chinese ends a sentence with a full-width mark that
    carries its own space (“…。…”): an ASCII space after it is a visible gap."""
    return ("" if language is CHINESE else " ").join(parts)


# Chinese punctuation is full width and carries its own space (U+FF1A, U+FF1B, U+3010/1).
_ZH_COLON, _ZH_SEMICOLON, _ZH_BRACKETS = "\uff1a", "\uff1b", ("\u3010", "\u3011")


def labelled(language: Language, label: str, value: str) -> str:
    """ "Label: value"; Chinese uses the full-width colon."""
    colon = _ZH_COLON if language is CHINESE else ": "
    return f"{label}{colon}{value}"


def clauses(language: Language, parts: Sequence[str]) -> str:
    """Facts on one line, "a; b; c"; Chinese separates them with the full-width semicolon."""
    return (_ZH_SEMICOLON if language is CHINESE else "; ").join(parts)


def tag(language: Language, text: str) -> str:
    """A line's tag in a plain-text report: "[ERROR]"; Chinese writes lenticular brackets."""
    start, end = _ZH_BRACKETS if language is CHINESE else ("[", "]")
    return f"{start}{text}{end}"


def and_list(locale: Locale, items: Sequence[str]) -> str:
    """ "A, B and C" as the language writes it: "A, B и C", "A、B和C"."""
    return format_list(list(items), style="standard", locale=locale)


def running_name(language: Language, locale: Locale) -> str:
    """The name of `language` in `locale`'s language, as written inside a sentence
    ("odpowiadać w języku: polski", "responder em português", "trả lời bằng tiếng Việt").

    CLDR's language names are in that case already (ru «русский», pl «polski», pt
    «português»); its contextTransforms capitalise them only in menus, which is what
    `Language.native_name` holds. Vietnamese is the exception: CLDR writes "Tiếng Việt",
    while mid-sentence "tiếng" (language) is lower case and only "Việt" is a proper name.
    Chinese takes zh_Hans's name (简体中文), Portuguese the language's, not the region's.
    """
    key = "zh_Hans" if language is CHINESE else _primary(language)
    name = locale.languages.get(key) or language.native_name
    if locale.language == "vi" and name.startswith("Tiếng "):
        name = "tiếng" + name.removeprefix("Tiếng")
    return name
