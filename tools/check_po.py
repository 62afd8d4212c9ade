"""Check one gettext catalog: every entry translated, not fuzzy, placeholders kept, plural
forms complete. Usage: python tools/check_po.py locales/ru/LC_MESSAGES/messages.po"""

from __future__ import annotations

import re
import sys

from babel.messages.pofile import read_po

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def problems(path: str) -> list[str]:
    with open(path, "rb") as handle:
        catalog = read_po(handle)
    found: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        label = ids[0][:60]
        if message.fuzzy:
            found.append(f"fuzzy: {label}")
        if not all(strings):
            found.append(f"untranslated: {label}")
        wanted = set(PLACEHOLDER.findall(" ".join(ids)))
        for string in strings:
            if string and set(PLACEHOLDER.findall(string)) != wanted:
                found.append(f"placeholders {sorted(wanted)} != {string[:60]!r}")
            if string and string.count("**") != ids[0].count("**"):
                found.append(f"markdown ** differs: {label}")
        if isinstance(message.id, tuple) and len(strings) != catalog.num_plurals:
            found.append(f"needs {catalog.num_plurals} plural forms: {label}")
        for error in message.check(catalog):
            found.append(f"babel: {error}: {label}")
    return found


if __name__ == "__main__":
    issues = problems(sys.argv[1])
    print("\n".join(issues) or "ok")
    sys.exit(1 if issues else 0)
