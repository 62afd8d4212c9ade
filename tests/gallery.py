"""Every card the bot can send, built from snapshots that trigger each finding, and the token
and tenant helpers the tests share."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.catalogs import translator
from bot.core.alerting.cards import Stage, alert_card
from bot.core.alerting.digest import digest_card
from bot.core.alerting.problems import find_problems
from bot.core.alerting.rules import Send
from bot.core.cards import explain
from bot.core.cards.chat import help_card, welcome_card
from bot.core.cards.device import device_card
from bot.core.cards.diagnosis import finding_card
from bot.core.cards.elements import CardDict
from bot.core.cards.registry_changes import registry_changed, registry_refused
from bot.core.cards.tenant_scope import tenant_picker, tenant_scope
from bot.core.cards.tenants import tenants_card
from bot.core.diagnosis.device_status import DeviceIndex, device_status
from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card, Finding
from bot.core.diagnosis.tenants import TenantHealth, tenant_health, worst_first
from bot.core.i18n.languages import Language
from bot.core.tenant.changes import Action, Refusal, RegistryChange
from bot.core.tenant.demo import demo_devices_document
from bot.core.tenant.document import parse_snapshot_document
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    Part,
    PushCertificate,
    ReadFailure,
    Reason,
    TenantSnapshot,
    TokenType,
    VppState,
    VppSyncStatus,
    VppToken,
)
from bot.core.understanding.verbs import Verb

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
CARD_IDS = (
    "token-expired",
    "token-expiring",
    "sync-error",
    "sync-stale",
    "no-tokens",
    "apns-missing",
    "apns-expired",
    "apns-expiring",
    "vpp-token-problem",
    "device-enrollment-failed",
    "company-portal-vpp-invalid",
    "device-no-profile",
    "default-profile-missing",
    "device-never-contacted",
    "all-healthy",
    "tenant-unreachable",
    "welcome",
    "help",
    "explain-ade",
    "explain-renew",
    "not-ade",
    "clarify",
    "device",
    "device-unknown",
    "tenants",
    "tenant-picker",
    "tenant-scope",
    "alert-digest",
    # Issue 15: an operator's change of the registry from chat, and why one was refused.
    "registry-add",
    "registry-rename",
    "registry-remove",
    "registry-bad-id",
    "registry-bad-name",
    "registry-duplicate",
    "registry-unknown",
    "registry-in-file",
    "registry-unavailable",
)
ALERT_IDS = tuple(f"alert-{stage}" for stage in Stage)


def token_id(ident: str) -> str:
    return f"00000000-0000-4000-8000-{ident:0>12}"


def token(ident: str = "1", **changes: object) -> EnrollmentToken:
    """A healthy ADE token as of NOW (expires in 200 days, synced 3 hours ago), with
    `changes` applied."""
    base = EnrollmentToken(
        id=token_id(ident),
        name=f"Contoso {ident}",
        token_type=TokenType.APPLE_BUSINESS,
        apple_id="ade-admin@contoso.com",
        expires=NOW + timedelta(days=200),
        last_successful_sync=NOW - timedelta(hours=3),
        last_sync_error_code=0,
        synced_device_count=1240,
        last_modified=NOW - timedelta(days=100),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def troubled_tenant(count: int = 1) -> TenantSnapshot:
    """`count` tokens of each problem, plus an expiring APNs certificate and a bad VPP token."""
    tokens: list[EnrollmentToken] = []
    for i in range(count):
        tokens += [
            token(f"{i}1", expires=NOW - timedelta(days=9)),
            token(f"{i}2", expires=NOW + timedelta(days=12)),
            token(f"{i}3", last_sync_error_code=3, token_type=TokenType.APPLE_SCHOOL),
            token(f"{i}4", last_sync_error_code=1024),
            token(f"{i}5", last_successful_sync=NOW - timedelta(hours=30)),
        ]
    vpp = VppToken(
        "9b2f6a1e-0000-4000-8000-00000000c0de",
        VppState.INVALID,
        NOW + timedelta(days=20),
        VppSyncStatus.FAILED,
        NOW - timedelta(days=2),
        "vpp@contoso.com",
        "Contoso Ltd",
    )
    cert = PushCertificate(NOW + timedelta(days=20), "push@contoso.com", "com.apple.mgmt.x")
    return TenantSnapshot(tuple(tokens), cert, True, (vpp,))


def _findings(snapshot: TenantSnapshot) -> list[Finding]:
    return diagnose(snapshot, NOW)


def every_card(language: Language) -> dict[str, CardDict]:
    t = translator(language)
    findings = _findings(troubled_tenant())
    findings += _findings(TenantSnapshot((), None, True, ()))  # no-tokens, apns-missing
    expired_cert = PushCertificate(NOW - timedelta(days=2), "push@contoso.com", "com.apple.x")
    findings += _findings(TenantSnapshot((token("h"),), expired_cert, True, ()))
    healthy_cert = PushCertificate(NOW + timedelta(days=300))
    findings += _findings(TenantSnapshot((token("h"),), healthy_cert, True, ()))
    failure = ReadFailure(
        Part.ENROLLMENT_TOKENS, "forbidden", permission="DeviceManagementServiceConfig.Read.All"
    )
    findings += _findings(TenantSnapshot(failures=(failure,)))
    # The demo tenant shows every device-level finding, with its device data read at NOW.
    demo = parse_snapshot_document(demo_devices_document(NOW), "demo tenant")
    demo = replace(demo, devices_read_at=NOW - timedelta(minutes=12))
    findings += _findings(demo)
    cards: dict[str, CardDict] = {}
    for finding in findings:
        cards.setdefault(finding.card.value, finding_card(finding, t, NOW))
    cards["welcome"] = welcome_card(t)
    cards["help"] = help_card(t)
    cards["explain-ade"] = explain.explain_ade(t)
    cards["explain-renew"] = explain.explain_renew(t)
    cards["not-ade"] = explain.not_ade(t)
    cards["clarify"] = explain.clarify(t, (Verb.DIAGNOSE, Verb.HELP))
    index, month = DeviceIndex(demo.devices or {}), timedelta(days=30)
    for card_id, serial in (("device", "C02XK1ZZJG5H"), ("device-unknown", "F9FXYZ12AB")):
        status = device_status(demo, index, serial, NOW, month)
        cards[card_id] = device_card(t, status, NOW)
    cards["tenants"] = tenants_card(every_tenant(), t, NOW)
    names = [h.name for h in every_tenant()]
    cards["tenant-picker"] = tenant_picker(t, names, len(names), Verb.DIAGNOSE)
    cards["tenant-scope"] = tenant_scope(t, names[0])
    cards["alert-digest"] = digest_card(digest_items(), t, NOW)
    added = RegistryChange(
        Action.ADD, "Contoso Schools", NOW, "op", "contoso.onmicrosoft.com", "usgov"
    )
    cards["registry-add"] = registry_changed(t, added)
    cards["registry-rename"] = registry_changed(
        t, replace(added, action=Action.RENAME, new_name="Contoso")
    )
    cards["registry-remove"] = registry_changed(t, replace(added, action=Action.REMOVE))
    for reason in Refusal:
        cards[f"registry-{reason.value}"] = registry_refused(t, reason, "Contoso", "x")
    return cards


def digest_items() -> list[tuple[str, Send]]:
    """A scan in which three tenants broke at once: each the troubled tenant's problems."""
    snapshot = troubled_tenant()
    problems = find_problems(snapshot, diagnose(snapshot, NOW), NOW).problems.values()
    sends = [Send(p.key, p.stage, p.finding, p.subject) for p in problems if p.stage]
    names = ("Contoso Retail", "Contoso Schools", "Contoso Labs")
    return [(name, send) for name in names for send in sends]


def every_tenant() -> list[TenantHealth]:
    """An MSP's fleet, worst first: a troubled tenant, one without consent (403), a healthy
    one and one with no ADE token (names start with "Contoso": data, the same in every
    language)."""
    failure = ReadFailure(
        Part.ENROLLMENT_TOKENS,
        Reason.FORBIDDEN,
        permission="DeviceManagementServiceConfig.Read.All",
    )
    healthy_cert = PushCertificate(NOW + timedelta(days=300))
    healthy = TenantSnapshot((token("h"),), healthy_cert, True, ())
    return worst_first(
        [
            tenant_health("Contoso Retail", troubled_tenant(), NOW),
            tenant_health("Contoso Schools", TenantSnapshot(failures=(failure,)), NOW),
            tenant_health("Contoso Labs", healthy, NOW),
            tenant_health("Contoso Health", TenantSnapshot((), healthy_cert, True, ()), NOW),
        ]
    )


def device_findings() -> dict[Card, Finding]:
    """The demo tenant's device-level findings, one per device card."""
    demo = parse_snapshot_document(demo_devices_document(NOW), "demo tenant")
    devices = replace(demo, devices_read_at=NOW - timedelta(minutes=12))
    return {f.card: f for f in _findings(devices) if f.subjects and f.subjects[0].devices}


def every_alert(language: Language) -> dict[str, CardDict]:
    """One alert card per stage, keyed by the card's id ("alert-expiring", ...)."""
    t = translator(language)
    findings = {f.card: f for f in _findings(troubled_tenant())}
    expired_cert = PushCertificate(NOW - timedelta(days=2), "push@contoso.com", "com.apple.x")
    findings |= {
        f.card: f for f in _findings(TenantSnapshot((token("h"),), expired_cert, True, ()))
    }
    # A VPP token whose only problem is its state, instead of the troubled tenant's expiring one.
    invalid = VppToken(
        "9b2f6a1e-0000-4000-8000-0000000bad00",
        VppState.INVALID,
        NOW + timedelta(days=200),
        apple_id="vpp@contoso.com",
        organization_name="Contoso Schools",
    )
    findings |= {
        f.card: f for f in _findings(TenantSnapshot((token("h"),), None, False, (invalid,)))
    }
    picks = {
        Stage.EXPIRING: findings[Card.TOKEN_EXPIRING],
        Stage.EXPIRED: findings[Card.APNS_EXPIRED],
        Stage.SYNC_FAILING: findings[Card.SYNC_ERROR],
        Stage.SYNC_STALE: findings[Card.SYNC_STALE],
        Stage.NEEDS_ATTENTION: findings[Card.VPP_TOKEN_PROBLEM],
        Stage.DEVICES: device_findings()[Card.DEVICE_NO_PROFILE],
    }
    cards = {
        f"alert-{stage}": alert_card(finding, finding.subjects[0], t, NOW)
        for stage, finding in picks.items()
    }
    expired = findings[Card.TOKEN_EXPIRED]
    renewed = replace(expired.subjects[0], item=token("01", expires=NOW + timedelta(days=365)))
    cards["alert-resolved"] = alert_card(expired, renewed, t, NOW, resolved=True)
    return cards
