"""Picture tests: render Adaptive Cards in headless Chromium, as Teams shows them, to PNG files.

`render_cards({"name": card_dict, ...}, out_dir)` writes `out_dir/name.png` for every card and
returns the renderer's errors per name (an empty list means the card is fine). The work is done
by `render.mjs` beside this file (Microsoft's `adaptivecards` renderer in Debian's Chromium,
driven by puppeteer-core); see README.md there. A missing toolchain raises
`RenderToolchainError`: a picture test that cannot run must fail, never pass by skipping.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.browser import chromium_path, node_toolchain_problems

RENDER_DIR = Path(__file__).resolve().parent
RENDER_SCRIPT = RENDER_DIR / "render.mjs"
NODE_MODULES = RENDER_DIR / "node_modules"
NPM_PACKAGES = ("adaptivecards", "markdown-it", "puppeteer-core")
# Chromium starts once for all cards; about 80 cards take a few seconds.
DEFAULT_TIMEOUT_S = 180.0

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class RenderToolchainError(RuntimeError):
    """Node, the npm packages or Chromium are missing, or render.mjs itself broke."""


def ensure_render_toolchain() -> str:
    """Return the path of `node`, or raise RenderToolchainError telling what to install."""
    node, problems = node_toolchain_problems(RENDER_DIR, NPM_PACKAGES)
    if problems or node is None:
        raise RenderToolchainError(
            "the card picture tests need a toolchain that is not installed:\n  - "
            + "\n  - ".join(problems)
            + "\nInstall all of it with `make setup` (tools/setup_system.sh)"
        )
    return node


def render_cards(
    cards: Mapping[str, Mapping[str, Any]],
    out_dir: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> dict[str, list[str]]:
    """Render each card to `out_dir/<name>.png`; return the renderer's errors for each name.

    Errors are adaptivecards' parse and validation events, exceptions while rendering, a
    render() that returned nothing and console errors of the page. A card with errors may still
    get a PNG (when it rendered at all); a PNG from an earlier run is always removed first.
    """
    for name in cards:
        if not _NAME.fullmatch(name):
            raise ValueError(f"card name {name!r} is not a plain file name (letters, digits, ._-)")
    node = ensure_render_toolchain()
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ade-cards-") as tmp:
        in_dir = Path(tmp)
        for name, card in cards.items():
            (in_dir / f"{name}.json").write_text(
                json.dumps(card, ensure_ascii=False, indent=1), encoding="utf-8"
            )
        try:
            done = subprocess.run(
                [node, str(RENDER_SCRIPT), str(in_dir), str(out_dir)],
                cwd=RENDER_DIR,
                env={**os.environ, "CHROMIUM_PATH": str(chromium_path())},
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as e:
            raise RenderToolchainError(f"render.mjs took longer than {timeout:.0f} s") from e
    if done.returncode not in (0, 1):
        raise RenderToolchainError(
            f"render.mjs failed (exit status {done.returncode}):\n{done.stderr.strip()}"
        )
    results = _parse_report(done.stdout)
    if set(results) != set(cards):
        raise RenderToolchainError(
            f"render.mjs reported {sorted(results)} for cards {sorted(cards)}:\n"
            f"{done.stderr.strip()}"
        )
    return results


def _parse_report(stdout: str) -> dict[str, list[str]]:
    results: dict[str, list[str]] = {}
    for line in stdout.splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise RenderToolchainError(f"render.mjs printed a line that is not JSON: {line}") from e
        results[Path(row["file"]).stem] = [str(error) for error in row["errors"]]
    return results


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) of a PNG file, read from its IHDR chunk; ValueError if it is no PNG."""
    with Path(path).open("rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != _PNG_SIGNATURE or head[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG file")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
