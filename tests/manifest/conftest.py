"""One package per test session, built by `bot.package` the way `ade-doctor package` builds it,
and unpacked: the schema and language tests read what would be uploaded to Teams."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from bot.package import MANIFEST_DIR, write_package

APP_ID = "2f0a3c4e-9b1d-4e8f-a6c2-7d5e1b9f0a34"
VERSION = "1.4.2"


@pytest.fixture(scope="session")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("package") / "app.zip", APP_ID, VERSION)


@pytest.fixture(scope="session")
def unpacked(package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(package) as archive:
        archive.extractall(target)
    return target


@pytest.fixture(scope="session")
def manifest(unpacked: Path) -> dict[str, Any]:
    return json.loads((unpacked / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def languages(manifest: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Language tag -> its file's strings, from the repository's manifest/."""
    return {
        entry["languageTag"]: json.loads((MANIFEST_DIR / entry["file"]).read_text("utf-8"))
        for entry in manifest["localizationInfo"]["additionalLanguages"]
    }
