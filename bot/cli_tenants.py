"""`check`, `cards` and `alerts --dry-run` over several tenants (issue 15): the registry
file's (or a snapshot folder's) and those added in chat, read as `serve` reads them."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot import app_plans, app_registry
from bot.catalogs import translator
from bot.cli_common import EXIT_ATTENTION, EXIT_OK, UsageError, write_cards
from bot.core.alerting.rules import dry_run_lines
from bot.core.cards.diagnosis import diagnosis_reply
from bot.core.cards.report import render_text, to_json
from bot.core.cards.tenants import tenants_card
from bot.core.diagnosis.tenants import TenantHealth, needs_attention_any
from bot.core.i18n.languages import reply_language
from bot.core.i18n.translator import Translator
from bot.settings import Settings


async def _tenant_health(
    args: argparse.Namespace, settings: Settings
) -> tuple[list[TenantHealth], dict[str, str], datetime, Translator]:
    """Every tenant (or the one of --tenant) read concurrently, diagnosed, worst first."""
    now = args.as_of or datetime.now(UTC)
    async with app_registry.open_registry(settings, args.snapshot) as sources:
        names = None
        if args.tenant not in (None, "all"):
            found = sources.find(args.tenant)
            if found is None:
                known = ", ".join(sources.names[:10])
                raise UsageError(f"no tenant {args.tenant!r} (tenants: {known})")
            names = [found.name]
        print(f"ade-doctor: reading {len(names or sources)} tenants", file=sys.stderr)
        healths = await sources.health(now, settings.thresholds, names=names)
        descriptions = {t.name: t.source.description for t in sources.tenants}
    language = reply_language(locales=[args.locale], default=settings.default_language)
    return healths, descriptions, now, translator(language, args.time_zone)


async def check_tenants(args: argparse.Namespace, settings: Settings) -> int:
    """Several tenants: each report, worst tenant first; one named tenant: today's report."""
    healths, descriptions, now, t = await _tenant_health(args, settings)
    reports = [(h.name, list(h.findings), f"{h.name} ({descriptions[h.name]})") for h in healths]
    if args.json and len(reports) == 1 and args.tenant not in (None, "all"):
        name, findings, source = reports[0]
        report = {"tenant": name, **to_json(findings, now, source)}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif args.json:
        tenants = [{"tenant": n, **to_json(f, now, s)} for n, f, s in reports]
        print(json.dumps({"tenants": tenants}, ensure_ascii=False, indent=2))
    else:
        print("\n".join(render_text(f, t, now, s) for _, f, s in reports), end="")
    return EXIT_ATTENTION if needs_attention_any(healths) else EXIT_OK


async def cards_tenants(args: argparse.Namespace, settings: Settings) -> int:
    """`tenants.json` (the overview card) and each tenant's reply in a folder of its name."""
    healths, _, now, t = await _tenant_health(args, settings)
    out: Path = args.out
    write_cards(out, [tenants_card(healths, t, now)], numbered=False)
    for health in healths:
        write_cards(out / health.name, diagnosis_reply(list(health.findings), t, now))
    return EXIT_ATTENTION if needs_attention_any(healths) else EXIT_OK


async def alerts_tenants(args: argparse.Namespace, settings: Settings) -> int:
    """`alerts --dry-run`: per tenant, what the next scan would do for its subscribers."""
    now = args.as_of or datetime.now(UTC)
    for name, plan in await app_plans.plan_tenant_alerts(settings, args.snapshot, now):
        lines = dry_run_lines(plan)
        print(f"ade-doctor: tenant {name}: {len(plan)} subscriptions, {len(lines)} actions")
        for line in lines:
            print(f"{name}: {line}")
    return EXIT_OK
