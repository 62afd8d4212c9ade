"""Check one catalog against its glossary: the Intune and Apple terms an admin sees in the
Intune admin center must read the same on every card. Usage:
python tools/check_glossary.py locales/ru

A glossary (`locales/<lang>/glossary.toml`) is a list of `[[term]]` tables:
- `en`: the English term as the msgids write it ("enrollment program token");
- `use`: the form the translations use, Microsoft's own Intune/Apple UI wording;
- `expect` (optional): stems of `use`, one of which every translation of a msgid that contains
  `en` must contain (stems, because Russian and Polish inflect: "токен" covers "токена");
- `forbidden`: variants no translation may contain (matched at a word start, so "маркер" also
  finds "маркера"; Chinese has no word boundaries and is matched anywhere);
- `source`: where `use` comes from (Microsoft Learn page or Intune blade), and `note`.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po

# The terms issue 17 names: every glossary carries each of them.
REQUIRED_TERMS = (
    "enrollment program token",
    "sync",
    "Apple Business Manager",
    "Apple School Manager",
    "Apple MDM push certificate",
    "VPP token",
    "enrollment profile",
    "Device Enrollment Manager",
    "renew",
    "tenant",
)


@dataclass(frozen=True)
class Term:
    en: str
    use: str
    expect: tuple[str, ...]
    forbidden: tuple[str, ...]


def load_glossary(path: Path) -> list[Term]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Term(
            en=str(entry["en"]),
            use=str(entry["use"]),
            expect=tuple(str(x) for x in entry.get("expect", ())),
            forbidden=tuple(str(x) for x in entry.get("forbidden", ())),
        )
        for entry in data.get("term", ())
    ]


def _pattern(variant: str, chinese: bool) -> re.Pattern[str]:
    escaped = re.escape(variant)
    return re.compile(escaped if chinese else rf"(?<!\w){escaped}", re.IGNORECASE)


def entries(po_path: Path) -> list[tuple[str, str]]:
    """(msgid, one translation) pairs; a plural entry gives one pair per form."""
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    pairs: list[tuple[str, str]] = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue  # a fuzzy entry is not served; tools/check_po.py reports it
        msgid = message.id[0] if isinstance(message.id, tuple) else message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        pairs.extend((msgid, string) for string in strings if string)
    return pairs


# "{tenant}" is a placeholder the code fills, not the word tenant.
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def problems(terms: list[Term], pairs: list[tuple[str, str]], chinese: bool) -> list[str]:
    found: list[str] = []
    pairs = [(_PLACEHOLDER.sub(" ", msgid), _PLACEHOLDER.sub(" ", text)) for msgid, text in pairs]
    missing = [name for name in REQUIRED_TERMS if name.lower() not in {t.en.lower() for t in terms}]
    found.extend(f"glossary lacks the term {name!r}" for name in missing)
    for term in terms:
        banned = [(variant, _pattern(variant, chinese)) for variant in term.forbidden]
        for msgid, text in pairs:
            for variant, pattern in banned:
                if pattern.search(text):
                    found.append(f"{term.en!r}: forbidden {variant!r} in {text[:70]!r}")
            if term.expect and term.en.lower() in msgid.lower():
                lowered = text.lower()
                if not any(stem.lower() in lowered for stem in term.expect):
                    found.append(f"{term.en!r}: none of {list(term.expect)} in {text[:70]!r}")
    return found


def check_language(folder: Path) -> list[str]:
    glossary = folder / "glossary.toml"
    if not glossary.is_file():
        return [f"no glossary at {glossary}"]
    chinese = folder.name.startswith("zh")
    return problems(
        load_glossary(glossary), entries(folder / "LC_MESSAGES" / "messages.po"), chinese
    )


if __name__ == "__main__":
    issues = check_language(Path(sys.argv[1]))
    print("\n".join(issues) or "ok")
    sys.exit(1 if issues else 0)
