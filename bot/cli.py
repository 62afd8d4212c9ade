"""`ade-doctor`: check | cards | export | serve | package.

Exit status: 0 nothing at warning or above, 1 something needs attention, 2 bad input or usage
(one line on stderr, never a traceback), so `check` can run from cron or a pipeline.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import __version__, app, app_plans, app_tenants
from bot.catalogs import CatalogError, translator
from bot.cli_common import EXIT_ATTENTION, EXIT_OK, EXIT_USAGE, UsageError, write_cards
from bot.cli_tenants import alerts_tenants, cards_tenants, check_tenants
from bot.core.alerting.rules import dry_run_lines
from bot.core.cards.diagnosis import diagnosis_reply
from bot.core.cards.report import render_text, to_json
from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Finding, needs_attention
from bot.core.i18n.languages import reply_language
from bot.core.i18n.translator import Translator
from bot.core.tenant.document import SnapshotError, parse_graph_datetime
from bot.core.tenant.registry import RegistryError
from bot.package import PackageError, write_package
from bot.settings import Settings, SettingsError, load_dotenv


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
    # What to diagnose, when, and for whom: `check` and `cards` take the same options.
    tenant = _Parser(add_help=False)
    tenant.add_argument(
        "--snapshot",
        type=Path,
        metavar="FILE|DIR",
        help="read a snapshot file, or a folder of <tenant name>.json files",
    )
    tenant.add_argument(
        "--tenant", metavar="NAME|all", help="with several tenants: one of them, or all (default)"
    )
    tenant.add_argument(
        "--as-of", type=_as_of, metavar="ISO-DATETIME", help="evaluate at another moment"
    )
    tenant.add_argument("--locale", metavar="TAG", help="language, e.g. pl-PL or zh-CN")
    tenant.add_argument(
        "--time-zone", type=_zone, default=UTC, metavar="IANA", help="e.g. Europe/Warsaw"
    )
    check = commands.add_parser(
        "check", parents=[tenant], help="diagnose a tenant's Apple enrollment tokens"
    )
    check.add_argument("--json", action="store_true", help="print findings as JSON")
    cards = commands.add_parser(
        "cards",
        parents=[tenant],
        help="write each card of the diagnosis reply as JSON, for the designer",
    )
    cards.add_argument("--out", type=Path, metavar="DIR", required=True)
    export = commands.add_parser(
        "export", help="write the tenant's snapshot file from Graph (secrets removed)"
    )
    export.add_argument("--out", type=Path, metavar="FILE", required=True)
    export.add_argument("--tenant", metavar="NAME", help="a tenant of the ADE_TENANTS registry")
    alerts = commands.add_parser(
        "alerts", help="what the next alert scan would send, to whom, in which language"
    )
    alerts.add_argument("--dry-run", action="store_true", required=True, help="send nothing")
    alerts.add_argument(
        "--snapshot", type=Path, metavar="FILE|DIR", help="read a snapshot file or folder"
    )
    alerts.add_argument(
        "--as-of", type=_as_of, metavar="ISO-DATETIME", help="plan as if it were then"
    )
    serve = commands.add_parser("serve", help="run the Teams bot (POST /api/messages)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=3978, help="port (default 3978)")
    serve.add_argument(
        "--snapshot", type=Path, metavar="FILE|DIR", help="serve a snapshot file or folder"
    )
    package = commands.add_parser(
        "package", help="write the Teams app package (manifest, icons, languages) as a zip"
    )
    package.add_argument("--app-id", required=True, metavar="GUID", help="the bot's app id")
    package.add_argument("--version", metavar="X.Y.Z", help=f"app version (default {__version__})")
    package.add_argument("--out", type=Path, metavar="FILE", required=True)
    return parser


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"unknown time zone: {name!r}") from None


async def _diagnose(
    args: argparse.Namespace, settings: Settings
) -> tuple[list[Finding], datetime, str, Translator]:
    now = args.as_of or datetime.now(UTC)
    async with app.open_tenant(settings, args.snapshot) as source:
        print(f"ade-doctor: reading {source.description}", file=sys.stderr)
        snapshot = await source.read(now)
    findings = diagnose(snapshot, now, settings.thresholds)
    language = reply_language(locales=[args.locale], default=settings.default_language)
    return findings, now, source.description, translator(language, args.time_zone)


async def _check(args: argparse.Namespace, settings: Settings) -> int:
    if app_tenants.several_tenants(settings, args.snapshot):
        return await check_tenants(args, settings)
    _one_tenant_only(args)
    findings, now, source, t = await _diagnose(args, settings)
    if args.json:
        print(json.dumps(to_json(findings, now, source), ensure_ascii=False, indent=2))
    else:
        print(render_text(findings, t, now, source), end="")
    return EXIT_ATTENTION if needs_attention(findings) else EXIT_OK


async def _cards(args: argparse.Namespace, settings: Settings) -> int:
    if app_tenants.several_tenants(settings, args.snapshot):
        return await cards_tenants(args, settings)
    _one_tenant_only(args)
    findings, now, _, t = await _diagnose(args, settings)
    write_cards(args.out, diagnosis_reply(findings, t, now))
    return EXIT_ATTENTION if needs_attention(findings) else EXIT_OK


def _one_tenant_only(args: argparse.Namespace) -> None:
    if args.tenant not in (None, "all"):
        raise UsageError("--tenant needs several tenants: set ADE_TENANTS or pass --snapshot DIR")


async def _export(args: argparse.Namespace, settings: Settings) -> int:
    """The snapshot file a support case asks for: Graph's answers as Graph sent them, pages
    merged, secrets (VPP tokens) removed. `check --snapshot FILE` reads it back."""
    async with app.open_graph(settings, args.tenant) as graph:
        print(f"ade-doctor: reading {graph.description}", file=sys.stderr)
        document, failures = await graph.export_document()
    out: Path = args.out
    partial = out.with_name(out.name + ".partial")
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        # Graph sent half a character ("\ud800" in a name typed in Intune): keep the escapes
        # Graph sent, so the file stays UTF-8 and reads back as it came.
        data = (json.dumps(document, indent=2) + "\n").encode("ascii")
    try:
        partial.write_bytes(data)
        partial.replace(out)
    except OSError as error:
        raise UsageError(f"cannot write {out}: {error.strerror or error}") from None
    for failure in failures:
        print(f"ade-doctor: {failure.part} left out: {failure.detail}", file=sys.stderr)
    print(out)
    return EXIT_ATTENTION if failures else EXIT_OK


async def _serve(args: argparse.Namespace, settings: Settings) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    await app.serve(args.host, args.port, settings, args.snapshot)
    return EXIT_OK


async def _package(args: argparse.Namespace, settings: Settings) -> int:
    try:
        version = __version__ if args.version is None else args.version
        print(write_package(args.out, args.app_id, version))
    except PackageError as error:
        raise UsageError(str(error)) from None
    return EXIT_OK


async def _alerts(args: argparse.Namespace, settings: Settings) -> int:
    if app_tenants.several_tenants(settings, args.snapshot):
        return await alerts_tenants(args, settings)
    planned = await app_plans.plan_alerts(settings, args.snapshot, args.as_of or datetime.now(UTC))
    lines = dry_run_lines(planned)
    print(f"ade-doctor: {len(planned)} subscriptions, {len(lines)} actions", file=sys.stderr)
    for line in lines:
        print(line)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        load_dotenv()
        settings = Settings.from_env()
        commands = {"check": _check, "cards": _cards, "export": _export, "serve": _serve}
        commands["package"] = _package
        commands["alerts"] = _alerts
        command = commands[args.command]
        return asyncio.run(command(args, settings))
    except (
        SnapshotError,
        SettingsError,
        UsageError,
        CatalogError,
        RegistryError,
        app.StartError,
    ) as error:
        print(f"ade-doctor: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
