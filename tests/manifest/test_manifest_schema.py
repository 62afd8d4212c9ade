"""The packaged manifest and every language file validate against Microsoft's JSON schemas, as
shipped in the pinned @microsoft/app-manifest and checked by its own validator (harness.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.manifest import harness
from tests.manifest.harness import PACKAGE_DIR, Verdict, pinned_version, validate

SCHEMA_URL = "https://developer.microsoft.com/json-schemas/teams/v{version}/{name}.schema.json"


@pytest.fixture(scope="module")
def verdicts(unpacked: Path) -> dict[Path, Verdict]:
    return validate(sorted(unpacked.glob("*.json")))


def test_the_manifest_validates_against_the_teams_schema_it_names(
    unpacked: Path, verdicts: dict[Path, Verdict]
) -> None:
    verdict = verdicts[unpacked / "manifest.json"]
    assert verdict.errors == []
    assert verdict.schema.name == "MicrosoftTeams.schema.json"
    assert verdict.non_unicode_patterns == []  # \p{L} and every other pattern in Unicode mode


def test_every_language_file_validates_against_the_localization_schema(
    unpacked: Path, verdicts: dict[Path, Verdict]
) -> None:
    files = sorted(path for path in verdicts if path.name != "manifest.json")
    assert [path.name for path in files] == [
        "pl.json",
        "pt.json",
        "ru.json",
        "vi.json",
        "zh-cn.json",
    ]
    for path in files:
        assert verdicts[path].errors == [], path.name
        assert verdicts[path].schema.name == "MicrosoftTeams.Localization.schema.json"


def test_only_the_activity_patterns_of_the_localization_schema_need_non_unicode_regexes(
    verdicts: dict[Path, Verdict],
) -> None:
    """Unicode mode refuses their bare `]`; validate.mjs compiles just those without `u`. A new
    entry here means a schema changed: look at it before trusting the fallback with it."""
    patterns = {p for verdict in verdicts.values() for p in verdict.non_unicode_patterns}
    assert patterns == {
        r"^activities.activityTypes\[\b([0-9]|[1-8][0-9]|9[0-9]|1[01][0-9]|12[0-7])\b]\.description$",
        r"^activities.activityTypes\[\b([0-9]|[1-8][0-9]|9[0-9]|1[01][0-9]|12[0-7])\b]\.templateText$",
    }


def test_the_schemas_come_from_the_pinned_npm_package(verdicts: dict[Path, Verdict]) -> None:
    installed = json.loads((PACKAGE_DIR / "package.json").read_text("utf-8"))["version"]
    assert installed == pinned_version(), "run `make setup`"
    for verdict in verdicts.values():
        assert verdict.schema.is_relative_to(PACKAGE_DIR / "build" / "json-schemas" / "teams")


def test_the_manifest_and_its_language_files_name_one_schema_version(
    manifest: dict[str, Any], languages: dict[str, dict[str, str]]
) -> None:
    version = manifest["manifestVersion"]
    assert re.fullmatch(r"1\.2[0-9]", version), "the newest stable 1.2x schema"
    assert manifest["$schema"] == SCHEMA_URL.format(version=version, name="MicrosoftTeams")
    localization = SCHEMA_URL.format(version=version, name="MicrosoftTeams.Localization")
    for tag, strings in languages.items():
        assert strings["$schema"] == localization, tag


def _broken(unpacked: Path, tmp_path: Path, name: str, **changes: Any) -> Path:
    document = json.loads((unpacked / name).read_text("utf-8"))
    document.update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_validator_catches_what_teams_would_refuse(unpacked: Path, tmp_path: Path) -> None:
    """The validation above means something: `const`, patterns, lengths and unknown keys bite."""
    manifest = _broken(
        unpacked,
        tmp_path,
        "manifest.json",
        manifestVersion="1.28",
        id="${{APP_ID}}",
        accentColor="teal",
        bots=[{"botId": "bot", "scopes": ["personal", "meeting"]}],
    )
    language = _broken(
        unpacked,
        tmp_path,
        "ru.json",
        **{"description.short": "д" * 81, "bots[0].commandLists[3].commands[0].title": "x"},
    )
    verdicts = validate([manifest, language])
    errors = "\n".join(verdicts[manifest].errors)
    for expected in (
        "/manifestVersion must be equal to constant",
        "/id must match pattern",
        "/accentColor must match pattern",
        "/bots/0/botId must match pattern",
        "/bots/0/scopes/1 must be equal to one of the allowed values",
    ):
        assert expected in errors
    errors = "\n".join(verdicts[language].errors)
    assert "/description.short must NOT have more than 80 characters" in errors
    assert "must NOT have additional properties" in errors
    assert "bots[0].commandLists[3].commands[0].title" in errors


def test_a_missing_npm_package_fails_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Never a skip: a schema test that cannot run must fail and say how to fix it."""
    monkeypatch.setattr(harness, "PACKAGE_DIR", tmp_path / "absent")
    with pytest.raises(harness.ManifestToolchainError, match=r"`make setup`"):
        harness.validate([tmp_path / "manifest.json"])
