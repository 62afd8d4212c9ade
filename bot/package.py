"""The Teams app package: `manifest/` filled with the bot's app id and a version, zipped the way
Teams admin center and "Upload a custom app" take it (every file at the root of the zip).

    >>> list(package_files("2F0A3C4E-9B1D-4E8F-A6C2-7D5E1B9F0A34", "1.0.0"))[:3]
    ['manifest.json', 'color.png', 'outline.png']
    >>> manifest("2F0A3C4E-9B1D-4E8F-A6C2-7D5E1B9F0A34", "1.0.0")["bots"][0]["botId"]
    '2f0a3c4e-9b1d-4e8f-a6c2-7d5e1b9f0a34'

`manifest/manifest.json` is a template: `${{APP_ID}}` (the app's id and the bot's id: one Entra
app registration serves both) and `${{APP_VERSION}}` are filled here, nothing else changes.

Language files follow Teams' fallback: the client takes the manifest's strings (English), then
overwrites them with the file for the user's language alone ("pt"), then with the file for
language + region ("pt-br"). So a language-only file reaches every region of that language:
- ru, pl, vi: language-only files; no region of these needs other words.
- pt: Brazilian Portuguese for every Portuguese locale. The bot answers pt-PT in pt-BR too
  (`bot.core.i18n.languages.negotiate`), and the command titles are what admins send to the bot, so
  the menu speaks the bot's Portuguese; a "pt-br" file alone would give pt-PT admins an English
  menu, although the bot speaks Portuguese with them.
- zh-cn: a region file. A language-only "zh" would show Simplified Chinese to zh-TW and zh-HK
  users, whom the bot answers in English; a "zh-Hans" file would never be read, because Teams
  matches language and language + region, and Hans is a script, not a region.
Tags are lower case, as in Microsoft's own examples (en-gb, es-mx).
"""

from __future__ import annotations

import json
import re
import zipfile
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

# manifest/ at the top of the repository ships as the data package `bot.manifest` (see
# pyproject.toml): the same files in a wheel and in the editable install.
MANIFEST_DIR: Traversable = files("bot.manifest")
TEMPLATE = "manifest.json"
APP_ID = "${{APP_ID}}"
APP_VERSION = "${{APP_VERSION}}"

_GUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_NIL_GUID = "00000000-0000-0000-0000-000000000000"
# Teams takes MAJOR.MINOR.PATCH only: no pre-release or build suffix, no leading zeros.
_VERSION = re.compile(r"(?:0|[1-9][0-9]{0,8})(?:\.(?:0|[1-9][0-9]{0,8})){2}")
# Zip entries carry a fixed date, so the same inputs give the same bytes.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class PackageError(Exception):
    """Bad input, or a file that cannot be read or written; the message is one line."""


def check_app_id(text: str) -> str:
    """The app id in the lower case Azure shows, or PackageError."""
    if not _GUID.fullmatch(text):
        raise PackageError(f"--app-id: not a GUID: {text!r} (use the Azure Bot's Microsoft App ID)")
    if text == _NIL_GUID:
        raise PackageError("--app-id: the nil GUID is a placeholder (use the Azure Bot's app id)")
    return text.lower()


def check_version(text: str) -> str:
    if not _VERSION.fullmatch(text):
        raise PackageError(
            f"--version: not X.Y.Z: {text!r} (three numbers without leading zeros, e.g. 1.0.3; "
            "raise it for every upload that replaces an installed app)"
        )
    return text


def _read_json(path: Traversable) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise PackageError(f"cannot read {path}: {error.strerror or error}") from None
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
        raise PackageError(f"{path}: not JSON: {error}") from None
    if not isinstance(document, dict):
        raise PackageError(f"{path}: not a JSON object")
    return document


def _fill(value: Any, values: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {key: _fill(item, values) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, values) for item in value]
    return values.get(value, value) if isinstance(value, str) else value


def manifest(app_id: str, version: str, source: Traversable = MANIFEST_DIR) -> dict[str, Any]:
    """The manifest template with the app id and version filled in."""
    values = {APP_ID: check_app_id(app_id), APP_VERSION: check_version(version)}
    path = source / TEMPLATE
    template = _read_json(path)
    text = json.dumps(template)
    for placeholder in values:
        if json.dumps(placeholder) not in text:
            raise PackageError(f"{path}: the placeholder {placeholder} is missing")
    filled: dict[str, Any] = _fill(template, values)
    if "${{" in json.dumps(filled):
        raise PackageError(f"{path}: a placeholder other than {APP_ID} or {APP_VERSION} is left")
    return filled


def _member(name: Any, path: Traversable) -> str:
    """A file the manifest names: it must sit beside the manifest, at the root of the zip."""
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name in {".", ".."}:
        raise PackageError(f"{path}: {name!r} is not a file name at the root of the package")
    return name


def package_files(
    app_id: str, version: str, source: Traversable = MANIFEST_DIR
) -> dict[str, bytes]:
    """Zip member name -> content: manifest.json, then the icons and the language files it
    names, in that order."""
    document = manifest(app_id, version, source)
    template = source / TEMPLATE
    icons = document.get("icons") or {}
    localization = document.get("localizationInfo") or {}
    names = [_member(icons.get(kind), template) for kind in ("color", "outline")]
    if "defaultLanguageFile" in localization:
        names.append(_member(localization["defaultLanguageFile"], template))
    for language in localization.get("additionalLanguages") or []:
        names.append(_member(language.get("file"), template))
    files = {TEMPLATE: (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()}
    for name in names:
        path = source / name
        if name.endswith(".json"):
            _read_json(path)  # a broken language file fails here, not in Teams admin center
        try:
            files[name] = path.read_bytes()
        except OSError as error:
            raise PackageError(f"cannot read {path}: {error.strerror or error}") from None
    return files


def write_package(out: Path, app_id: str, version: str, source: Traversable = MANIFEST_DIR) -> Path:
    """Write the zip to `out` (through `out.partial`, so a failed run leaves no half zip)."""
    files = package_files(app_id, version, source)
    partial = out.with_name(out.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                entry = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
                entry.external_attr = 0o644 << 16
                archive.writestr(entry, data, compress_type=zipfile.ZIP_DEFLATED)
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise PackageError(f"cannot write {out}: {error.strerror or error}") from None
    return out
