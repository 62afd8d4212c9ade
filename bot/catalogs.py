"""Loads the gettext catalogs once per process, straight from the .po files.

The catalogs live in locales/ at the top of the repository and ship as the data package
`bot.locales` (pyproject.toml maps the one to the other), so they are found the same way in a
wheel and in the editable install: through importlib.resources, never relative to this file.

No compile step: Babel reads each .po and builds the translations in memory. Babel's own
`Translations.load` silently returns English when a catalog is missing; here a missing or
empty catalog is an error at start-up instead.
"""

from __future__ import annotations

import io
from datetime import UTC, tzinfo
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from bot.core.i18n.languages import ENGLISH, LANGUAGES, Language
from bot.core.i18n.translator import Translator

LOCALES_DIR: Traversable = files("bot.locales")
DOMAIN = "messages"


class CatalogError(RuntimeError):
    pass


def catalog_path(language: Language, directory: Traversable = LOCALES_DIR) -> Traversable:
    return directory / language.catalog / "LC_MESSAGES" / f"{DOMAIN}.po"


def load_translations(language: Language, directory: Traversable = LOCALES_DIR) -> Translations:
    path = catalog_path(language, directory)
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language.babel, domain=DOMAIN)
    except OSError as error:
        raise CatalogError(f"cannot read the {language.code} catalog {path}: {error}") from None
    if not any(message.id and message.string for message in catalog):
        raise CatalogError(f"the {language.code} catalog {path} has no translations")
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # fuzzy entries are left out, as gettext would
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


@cache
def all_translations(directory: Traversable = LOCALES_DIR) -> dict[str, Translations]:
    return {
        language.code: load_translations(language, directory)
        for language in LANGUAGES
        if language is not ENGLISH
    }


@cache
def translator(language: Language, zone: tzinfo = UTC) -> Translator:
    """The Translator for a language and time zone; catalogs load on first use and are kept,
    and so is each Translator with its memo of formatted dates."""
    if language is ENGLISH:
        return Translator(language, zone=zone)
    return Translator(language, all_translations()[language.code], zone)
