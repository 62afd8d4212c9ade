"""tools/setup_system.sh (`make setup`): one quiet line when everything is there, else the exact
commands to run. ADE_SETUP_PRETEND_MISSING lets these tests see the second path on a machine
that has everything; --check makes sure nothing is installed while they look."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "tools" / "setup_system.sh"


def setup(*arguments: str, pretend: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ADE_SETUP_PRETEND_MISSING": pretend}
    return subprocess.run(
        [str(SCRIPT), *arguments],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env=env,
        cwd="/",
    )


def test_a_machine_with_everything_in_place_gets_one_line_and_success() -> None:
    done = setup("--check")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "setup: Debian and npm packages for the tests are in place\n"


def test_missing_debian_packages_are_named_with_the_one_command_that_installs_them() -> None:
    done = setup("--check", pretend="chromium postgresql")
    assert done.returncode == 1
    assert "missing: chromium postgresql\n" in done.stdout
    command = done.stdout.splitlines()[-1].strip().split(" && ")
    prefix = "sudo " if command[0].startswith("sudo ") else ""
    assert command[0] == f"{prefix}apt-get update"
    # Debian must be told "no main cluster" between postgresql-common and the server package.
    assert command[1] == f"{prefix}apt-get install -y postgresql-common"
    assert "create_main_cluster = false" in command[2]
    assert command[2].endswith("/etc/postgresql-common/createcluster.conf")
    assert command[3] == f"{prefix}apt-get install -y chromium postgresql"


def test_only_what_is_missing_is_listed_and_no_cluster_step_without_postgresql() -> None:
    done = setup("--check", pretend="fonts-noto-cjk iproute2")
    assert done.returncode == 1
    command = done.stdout.splitlines()[-1].strip()
    assert command.endswith("apt-get install -y fonts-noto-cjk iproute2")
    assert "postgresql" not in command


def test_npm_folders_behind_their_lock_file_are_named() -> None:
    done = setup("--check", pretend="npm:tests/render")
    assert done.returncode == 1
    assert "in: tests/render\n" in done.stdout
    assert "make setup" in done.stdout


def test_an_unknown_argument_is_a_usage_error() -> None:
    done = setup("--install-everything")
    assert done.returncode == 2
    assert "usage:" in done.stderr
