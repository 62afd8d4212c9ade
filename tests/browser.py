"""What every browser-driven test (tests/render, tests/playground) needs: Debian's Chromium,
Node.js and the npm packages of its folder. Missing pieces are listed with how to install
them: a browser test that cannot run must fail, never pass by skipping."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

DEFAULT_CHROMIUM = Path("/usr/bin/chromium")


def chromium_path() -> Path:
    """Debian's Chromium, unless CHROMIUM_PATH names another binary (also read by the .mjs
    drivers)."""
    return Path(os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM)


def node_toolchain_problems(npm_dir: Path, packages: Sequence[str]) -> tuple[str | None, list[str]]:
    """The path of `node` (None when absent) and what is missing: node, the npm packages of
    `npm_dir`, Chromium."""
    problems: list[str] = []
    node = shutil.which("node")
    if node is None:
        problems.append("`node` is not on PATH: apt-get install -y nodejs npm")
    modules = npm_dir / "node_modules"
    absent = [name for name in packages if not (modules / name / "package.json").is_file()]
    if absent:
        problems.append(
            f"npm packages missing from {modules} ({', '.join(absent)}): "
            f"cd {npm_dir} && npm ci --no-audit --no-fund"
        )
    chromium = chromium_path()
    if not (chromium.is_file() and os.access(chromium, os.X_OK)):
        problems.append(f"no Chromium at {chromium}: apt-get install -y chromium fonts-noto-cjk")
    return node, problems
