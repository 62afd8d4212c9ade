"""Every card the bot can send, built from snapshots that trigger each finding."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.catalogs import translator
from bot.core.cards import CardDict, finding_card
from bot.core.chat_cards import help_card, welcome_card
from bot.core.diagnose import diagnose
from bot.core.findings import Finding
from bot.core.language import Language
from bot.core.snapshot import (
    EnrollmentToken,
    Part,
    PushCertificate,
    ReadFailure,
    TenantSnapshot,
    TokenType,
    VppState,
    VppSyncStatus,
    VppToken,
)

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
    "all-healthy",
    "tenant-unreachable",
    "welcome",
    "help",
)


def token(ident: str, **changes: object) -> EnrollmentToken:
    base = EnrollmentToken(
        id=f"00000000-0000-4000-8000-{ident:0>12}",
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
    cards: dict[str, CardDict] = {}
    for finding in findings:
        cards.setdefault(finding.card.value, finding_card(finding, t, NOW))
    cards["welcome"] = welcome_card(t)
    cards["help"] = help_card(t)
    return cards
