"""Schema validation of Teams app manifests, offline, by @microsoft/app-manifest.

`validate([path, ...])` runs `validate.mjs` beside this file once for all files and returns, per
file, the schema file used and the validator's errors (an empty list: the file is valid). The npm
package comes from `make setup`; a missing toolchain raises ManifestToolchainError: a
schema test that cannot run must fail, never pass by skipping.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "validate.mjs"
PACKAGE_DIR = HERE / "node_modules" / "@microsoft" / "app-manifest"
TIMEOUT_S = 120.0


class ManifestToolchainError(RuntimeError):
    """Node or the npm package is missing, or validate.mjs could not judge a file."""


@dataclass(frozen=True, slots=True)
class Verdict:
    schema: Path  # the schema file inside the npm package
    errors: list[str]
    non_unicode_patterns: list[str]  # patterns compiled without the `u` flag (see validate.mjs)


def pinned_version() -> str:
    """The @microsoft/app-manifest version package.json pins."""
    manifest = json.loads((HERE / "package.json").read_text(encoding="utf-8"))
    return str(manifest["dependencies"]["@microsoft/app-manifest"])


def _node() -> str:
    node = shutil.which("node")
    problems = [] if node else ["`node` is not on PATH"]
    if not (PACKAGE_DIR / "package.json").is_file():
        problems.append(f"@microsoft/app-manifest is not installed in {HERE / 'node_modules'}")
    if problems or node is None:
        raise ManifestToolchainError(
            "the manifest schema tests need Node.js and npm packages that are not installed: "
            + "; ".join(problems)
            + ". Install them with `make setup` (tools/setup_system.sh)"
        )
    return node


def validate(paths: list[Path]) -> dict[Path, Verdict]:
    result = subprocess.run(
        [_node(), str(SCRIPT), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
        cwd=HERE,
    )
    if result.returncode != 0:
        raise ManifestToolchainError(f"validate.mjs failed: {result.stderr.strip()}")
    answers = json.loads(result.stdout)
    return {
        Path(name): Verdict(Path(a["schema"]), a["errors"], a["nonUnicodePatterns"])
        for name, a in answers.items()
    }
