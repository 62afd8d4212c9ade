"""`ade-doctor`: check | (serve, export, package, ... arrive with later issues).

Exit status: 0 nothing at warning or above, 1 something needs attention, 2 bad input or usage
(one line on stderr, never a traceback), so `check` can run from cron or a pipeline.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from bot.core.diagnose import diagnose
from bot.core.findings import needs_attention
from bot.core.i18n import Translator
from bot.core.report import render_text, to_json
from bot.graph.parsing import SnapshotError, parse_graph_datetime
from bot.graph.sources import DemoSource, FileSource, SnapshotSource
from bot.settings import Settings, SettingsError

EXIT_OK, EXIT_ATTENTION, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad command-line input; the message is printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def _as_of(text: str) -> datetime:
    try:
        parsed = parse_graph_datetime(text)
    except ValueError:
        parsed = None
    if parsed is None:
        raise argparse.ArgumentTypeError(f"not an ISO date or date-time: {text!r}")
    return parsed


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ade-doctor", description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = commands.add_parser("check", help="diagnose a tenant's Apple enrollment tokens")
    check.add_argument("--snapshot", type=Path, metavar="FILE", help="read a snapshot file")
    check.add_argument(
        "--as-of", type=_as_of, metavar="ISO-DATETIME", help="evaluate at another moment"
    )
    check.add_argument("--locale", metavar="TAG", help="language of the report, e.g. pl-PL")
    check.add_argument("--json", action="store_true", help="print findings as JSON")
    return parser


def choose_source(snapshot: Path | None, settings: Settings) -> SnapshotSource:
    if snapshot is not None:
        return FileSource(snapshot)
    if settings.graph_configured:
        raise UsageError(
            "Graph credentials are set, but this build cannot read Graph yet: "
            "pass --snapshot FILE, or unset GRAPH_* and MicrosoftApp* to use the demo tenant"
        )
    return DemoSource()


async def _check(args: argparse.Namespace, settings: Settings) -> int:
    now = args.as_of or datetime.now(UTC)
    source = choose_source(args.snapshot, settings)
    print(f"ade-doctor: reading {source.description}", file=sys.stderr)
    snapshot = await source.read(now)
    findings = diagnose(snapshot, now, settings.thresholds)
    if args.json:
        print(json.dumps(to_json(findings, now, source.description), ensure_ascii=False, indent=2))
    else:
        translator = Translator("en")
        print(render_text(findings, translator, now, source.description), end="")
    return EXIT_ATTENTION if needs_attention(findings) else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        return asyncio.run(_check(args, settings))
    except (SnapshotError, SettingsError, UsageError) as error:
        print(f"ade-doctor: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
