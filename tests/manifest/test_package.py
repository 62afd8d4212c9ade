"""`ade-doctor package`: the zip Teams takes, and one-line errors (exit 2) for bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from importlib.resources import as_file
from pathlib import Path

import pytest

from bot import __version__
from bot.cli import main
from bot.package import MANIFEST_DIR, PackageError, write_package
from tests.manifest.conftest import APP_ID, VERSION

SCRIPT = Path(sys.executable).with_name("ade-doctor")
LANGUAGE_FILES = ["ru.json", "zh-cn.json", "pl.json", "pt.json", "vi.json"]


def test_the_zip_holds_the_manifest_icons_and_language_files_at_its_root(package: Path) -> None:
    with zipfile.ZipFile(package) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names == ["manifest.json", "color.png", "outline.png", *LANGUAGE_FILES]
        for name in names[1:]:
            assert archive.read(name) == (MANIFEST_DIR / name).read_bytes(), name


def test_the_manifest_in_the_zip_carries_the_app_id_as_app_and_bot_and_the_version(
    package: Path,
) -> None:
    with zipfile.ZipFile(package) as archive:
        text = archive.read("manifest.json").decode("utf-8")
    document = json.loads(text)
    assert document["id"] == APP_ID
    assert document["bots"][0]["botId"] == APP_ID
    assert document["version"] == VERSION
    assert "${{" not in text
    assert not text.startswith("\ufeff")  # Teams rejects a manifest with a byte order mark


def test_the_manifest_names_every_file_the_zip_holds(package: Path) -> None:
    with zipfile.ZipFile(package) as archive:
        document = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist())
    named = {document["icons"]["color"], document["icons"]["outline"]}
    named |= {entry["file"] for entry in document["localizationInfo"]["additionalLanguages"]}
    assert names == named | {"manifest.json"}


def test_packaging_twice_gives_the_same_bytes(package: Path, tmp_path: Path) -> None:
    again = write_package(tmp_path / "again.zip", APP_ID, VERSION)
    assert again.read_bytes() == package.read_bytes()


def test_an_upper_case_app_id_is_written_in_the_lower_case_azure_shows(tmp_path: Path) -> None:
    out = write_package(tmp_path / "app.zip", APP_ID.upper(), VERSION)
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("manifest.json"))["id"] == APP_ID


def _template_copy(tmp_path: Path) -> Path:
    source = tmp_path / "manifest"
    with as_file(MANIFEST_DIR) as folder:
        shutil.copytree(folder, source)
    return source


def test_a_template_without_the_app_id_placeholder_is_refused(tmp_path: Path) -> None:
    source = _template_copy(tmp_path)
    template = source / "manifest.json"
    template.write_text(template.read_text("utf-8").replace('"${{APP_ID}}"', f'"{APP_ID}"'))
    with pytest.raises(PackageError, match=r"the placeholder \$\{\{APP_ID\}\} is missing"):
        write_package(tmp_path / "app.zip", APP_ID, VERSION, source)


def test_a_broken_language_file_is_named_when_packaging(tmp_path: Path) -> None:
    source = _template_copy(tmp_path)
    (source / "pl.json").write_text('{"name.short": "ADE Doctor",}', encoding="utf-8")
    with pytest.raises(PackageError, match=r"pl\.json: not JSON"):
        write_package(tmp_path / "app.zip", APP_ID, VERSION, source)
    assert not (tmp_path / "app.zip").exists()


def test_a_manifest_naming_a_file_outside_the_package_root_is_refused(tmp_path: Path) -> None:
    source = _template_copy(tmp_path)
    template = source / "manifest.json"
    document = json.loads(template.read_text("utf-8"))
    document["icons"]["color"] = "../color.png"
    template.write_text(json.dumps(document))
    with pytest.raises(PackageError, match=r"'\.\./color\.png' is not a file name at the root"):
        write_package(tmp_path / "app.zip", APP_ID, VERSION, source)


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def in_empty_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`main` reads a .env from the working directory: give it none."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_package_writes_the_zip_prints_its_path_and_exits_0(
    in_empty_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = in_empty_dir / "app.zip"
    assert main(["package", "--app-id", APP_ID, "--version", "2.0.1", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("manifest.json"))["version"] == "2.0.1"


def test_the_version_defaults_to_the_bots_own_version(in_empty_dir: Path) -> None:
    out = in_empty_dir / "app.zip"
    assert main(["package", "--app-id", APP_ID, "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("manifest.json"))["version"] == __version__


def _error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exited:  # argparse's own errors exit
        raise SystemExit(main(["package", *args]))
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err  # one line, no traceback
    return captured.err


@pytest.mark.parametrize(
    "app_id",
    ["not-a-guid", f"{{{APP_ID}}}", APP_ID[:-1], APP_ID.replace("-", ""), f" {APP_ID}"],
)
def test_an_app_id_that_is_not_a_guid_is_refused_in_one_line(
    app_id: str, in_empty_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    error = _error(capsys, "--app-id", app_id, "--out", str(in_empty_dir / "app.zip"))
    assert error == (
        f"ade-doctor: --app-id: not a GUID: {app_id!r} (use the Azure Bot's Microsoft App ID)\n"
    )
    assert list(in_empty_dir.iterdir()) == []


def test_the_nil_guid_is_refused_as_a_placeholder(
    in_empty_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nil = "00000000-0000-0000-0000-000000000000"
    error = _error(capsys, "--app-id", nil, "--out", str(in_empty_dir / "app.zip"))
    assert error.startswith("ade-doctor: --app-id: the nil GUID is a placeholder")


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "01.0.0", "1.0.0-beta", "1.0.0.0", ""])
def test_a_version_that_is_not_x_y_z_is_refused_in_one_line(
    version: str, in_empty_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(in_empty_dir / "app.zip")
    error = _error(capsys, "--app-id", APP_ID, "--version", version, "--out", out)
    assert error.startswith(f"ade-doctor: --version: not X.Y.Z: {version!r} (three numbers")


def test_a_missing_app_id_is_a_usage_error(
    in_empty_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    error = _error(capsys, "--out", str(in_empty_dir / "app.zip"))
    assert error == (
        "ade-doctor package: the following arguments are required: --app-id (see --help)\n"
    )


def test_an_unwritable_destination_is_named_and_leaves_no_partial_file(
    in_empty_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = in_empty_dir / "missing" / "app.zip"
    error = _error(capsys, "--app-id", APP_ID, "--out", str(out))
    assert error == f"ade-doctor: cannot write {out}: No such file or directory\n"
    (in_empty_dir / "dir.zip").mkdir()
    error = _error(capsys, "--app-id", APP_ID, "--out", str(in_empty_dir / "dir.zip"))
    assert error.startswith(f"ade-doctor: cannot write {in_empty_dir / 'dir.zip'}: ")
    assert sorted(p.name for p in in_empty_dir.iterdir()) == ["dir.zip"]


def test_the_console_script_packages_from_any_working_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(SCRIPT), "package", "--app-id", APP_ID, "--out", "app.zip"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "app.zip\n"
    assert zipfile.ZipFile(tmp_path / "app.zip").namelist()[0] == "manifest.json"
