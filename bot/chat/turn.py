"""What every answer of the conversation is given: the bot's chat settings and the turn being
answered (who asked, what, in which language, about which tenant)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.chat.inbound import Inbound
from bot.core.cards.elements import CardDict
from bot.core.diagnosis.diagnose import Thresholds
from bot.core.i18n.translator import Translator
from bot.core.tenant.source import SnapshotSource
from bot.core.understanding.verbs import Intent

Typing = Callable[[], Awaitable[None]]
Answer = Callable[["Turn"], Awaitable[list[CardDict]]]


@dataclass(frozen=True)
class ChatConfig:
    thresholds: Thresholds = field(default_factory=Thresholds)
    default_language: str = "en"
    # Entra object ids allowed to start a sync; empty: everyone in the tenant.
    admins: frozenset[str] = frozenset()
    # The tenant whose data this bot shows; None in the anonymous local mode.
    tenant_id: str | None = None
    # Seconds the tenant read may take before the reply goes out without it.
    read_budget: float = 10.0


@dataclass(frozen=True, slots=True)
class Turn:
    """One message being answered: who asked, what, and in which language."""

    inbound: Inbound
    intent: Intent
    t: Translator
    typing: Typing
    source: SnapshotSource  # the one tenant, or the registry tenant `Tenancy` chose


async def no_typing() -> None:
    return None


def one_card(build: Callable[[Translator], CardDict]) -> Answer:
    """An answer that is one card in the admin's language, and nothing else."""

    async def answer(turn: Turn) -> list[CardDict]:
        return [build(turn.t)]

    return answer
