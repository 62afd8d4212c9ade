"""The wheel, as a container image or an admin's `pip install .` gets it: built from a copy of the
checkout, installed in a new virtualenv outside it, and run from a folder that is neither.

The virtualenv is built once for this module (about 15 s with pip's cache warm; the wheel's
dependencies come from PyPI through that cache). Every command runs with a clean environment
and a working directory outside the checkout, and the first test proves that the `bot` package
it imports is the installed one, so nothing here can pass by reading the source tree.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
APP_ID = "2f0a3c4e-9b1d-4e8f-a6c2-7d5e1b9f0a34"
# What the build never reads. The rest of the checkout is copied (not `git ls-files`), so files
# not committed yet are in the wheel under test; a stale build/ would leak old modules into it.
TOP_LEVEL_SKIP = {"bench", "build", "data", "dist", "docs", "test-artifacts", "tests"}
STOP_WITHIN_S = 10.0


def _not_sources(folder: str, names: list[str]) -> set[str]:
    if Path(folder) == REPO:
        return {
            name
            for name in names
            if name in TOP_LEVEL_SKIP or name.startswith(".") or name.endswith(".egg-info")
        }
    return {name for name in names if name == "__pycache__"}


@dataclass(frozen=True)
class Installed:
    venv: Path
    site_packages: Path
    work: Path  # an empty working directory outside the checkout and the virtualenv

    def run(self, *arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.venv / "bin" / "ade-doctor"), *arguments],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=self.work,
            env=clean_env(self.venv),
        )


def clean_env(venv: Path) -> dict[str, str]:
    """No PYTHONPATH, no bot or Graph settings (so the demo tenant is read), nothing of the
    test run's own virtualenv."""
    return {
        "PATH": f"{venv / 'bin'}:/usr/local/bin:/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/root"),
        "LANG": "C.UTF-8",
        "ADE_ALERT_INTERVAL": "0",
    }


def pip(*arguments: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "--quiet", "--disable-pip-version-check", *arguments],
        check=True,
        capture_output=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("wheel")
    assert not root.resolve().is_relative_to(REPO)
    source = root / "source"
    shutil.copytree(REPO, source, ignore=_not_sources)
    pip("wheel", "--no-deps", "--wheel-dir", str(root / "dist"), str(source))
    (wheel,) = (root / "dist").glob("ade_doctor-*.whl")
    venv = root / "venv"
    # No pip inside: this run's pip installs into it (`pip --python`), which saves bootstrapping
    # a second pip.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    pip("--python", str(venv / "bin" / "python"), "install", str(wheel))
    shutil.rmtree(source)  # from here on, the only copy of the code is the installed one
    (site_packages,) = (venv / "lib").glob("python3.*/site-packages")
    work = root / "work"
    work.mkdir()
    yield Installed(venv, site_packages, work)
    shutil.rmtree(root)  # ~100 MB of dependencies; pytest would keep three runs of them


def test_the_installed_bot_is_imported_from_the_new_virtualenv_not_the_checkout(
    installed: Installed,
) -> None:
    done = subprocess.run(
        [
            str(installed.venv / "bin" / "python"),
            "-c",
            "import bot.catalogs, bot.package; "
            "print(bot.__file__, bot.catalogs.LOCALES_DIR, bot.package.MANIFEST_DIR, sep='\\n')",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=installed.work,
        env=clean_env(installed.venv),
    )
    for path in done.stdout.split():
        assert Path(path).is_relative_to(installed.site_packages), path


def test_the_wheel_carries_every_module_catalog_and_manifest_file_of_the_checkout(
    installed: Installed,
) -> None:
    wanted = {
        *(p.relative_to(REPO).as_posix() for p in (REPO / "bot").rglob("*.py")),
        "bot/py.typed",
        *(
            "bot/" + p.relative_to(REPO).as_posix()
            for folder in ("locales", "manifest")
            for p in (REPO / folder).rglob("*")
            if p.is_file() and p.suffix in {".po", ".pot", ".json", ".png"}
        ),
    }
    missing = sorted(name for name in wanted if not (installed.site_packages / name).is_file())
    # A new package under bot/ must be added to [tool.setuptools] packages in pyproject.toml.
    assert missing == []


def test_the_wheel_installed_outside_the_checkout_answers_check_in_russian(
    installed: Installed,
) -> None:
    done = installed.run("check", "--locale", "ru")
    # The demo tenant has an expired token, among others: exit status 1, "needs attention".
    assert done.returncode == 1, done.stderr
    assert "[ОШИБКА] 1 токен программы регистрации с истекшим" in done.stdout  # noqa: RUF001
    assert "Что делать:" in done.stdout
    assert "demo tenant" in done.stderr


def test_the_wheel_writes_each_reply_card_in_russian(installed: Installed) -> None:
    out = installed.work / "cards"
    done = installed.run("cards", "--locale", "ru", "--out", str(out))
    assert done.returncode == 1, done.stderr
    cards = sorted(out.glob("*.json"))
    # The demo tenant's token findings, then its device findings (issue 14): eight cards.
    assert [card.name for card in cards][:3] == [
        "01-token-expired.json",
        "02-sync-error.json",
        "03-device-enrollment-failed.json",
    ]
    assert len(cards) == 8
    for card in cards:
        text = card.read_text("utf-8")
        assert json.loads(text)["type"] == "AdaptiveCard"
        assert "Проверить снова" in text, card.name


def test_the_wheel_packages_the_teams_app_with_its_icons_and_language_files(
    installed: Installed,
) -> None:
    out = installed.work / "ade-doctor.zip"
    done = installed.run("package", "--app-id", APP_ID, "--out", str(out))
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == [
            "manifest.json",
            "color.png",
            "outline.png",
            *("ru.json", "zh-cn.json", "pl.json", "pt.json", "vi.json"),
        ]
        assert json.loads(archive.read("manifest.json"))["bots"][0]["botId"] == APP_ID
        assert archive.read("color.png") == (REPO / "manifest" / "color.png").read_bytes()
        ru = json.loads(archive.read("ru.json"))
        assert ru == json.loads((REPO / "manifest" / "ru.json").read_text("utf-8"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _healthz(port: int, process: subprocess.Popen[str], within_s: float) -> int:
    deadline = time.monotonic() + within_s
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as answer:
                status: int = answer.status
                return status
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_the_wheel_serves_the_bot_and_stops_promptly_on_sigterm(installed: Installed) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [str(installed.venv / "bin" / "ade-doctor"), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=installed.work,
        env=clean_env(installed.venv),
    )
    try:
        assert _healthz(port, process, within_s=30) == 200
        process.send_signal(signal.SIGTERM)
        started = time.monotonic()
        status = process.wait(timeout=STOP_WITHIN_S)
        assert time.monotonic() - started < STOP_WITHIN_S
        assert status == 0  # a clean stop, as systemd and Kubernetes read it
    finally:
        if process.poll() is None:
            process.kill()
        _, stderr = process.communicate(timeout=10)
    assert "Traceback" not in stderr, stderr
