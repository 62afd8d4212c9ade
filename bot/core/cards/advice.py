"""What a finding's advice depends on (`Case`), what it is (`Guidance`), and the names the
advice of tokens and of devices both use: the portal (Apple Business or School Manager, by the
tokens' type) and Intune's tokens page.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.cards.texts import portal_for
from bot.core.diagnosis.findings import Card, Finding, token_types
from bot.core.i18n.translator import Translator
from bot.core.tenant.snapshot import PushCertificate, ReadFailure, TokenType


@dataclass(frozen=True, slots=True)
class Guidance:
    steps: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Case:
    """All that a finding's advice depends on, and nothing else: the advice builders see only
    this, so findings with equal cases get equal advice and the cards can cache it per
    language (a tenant's cases hardly change between replies; its dates do)."""

    card: Card
    portals: frozenset[TokenType] = frozenset()
    terms_not_accepted: bool = False
    push_apple_id: str | None = None
    failures: tuple[ReadFailure, ...] = ()
    # The device card: steps about "this device", not "the devices listed below".
    one_device: bool = False

    @classmethod
    def of(cls, finding: Finding) -> Case:
        cert = next((s.item for s in finding.subjects if isinstance(s.item, PushCertificate)), None)
        return cls(
            finding.card,
            frozenset(token_types(finding)),
            any("terms-not-accepted" in s.reasons for s in finding.subjects),
            cert.apple_id if cert else None,
            finding.failures,
        )


def portal(t: Translator, case: Case) -> str:
    return portal_for(t, case.portals)


def tokens_page(t: Translator) -> str:
    return t.gettext("Devices > Enrollment > Apple > Enrollment program tokens")
