"""One AlertSender for the scan over several kinds of destination: a subscriber's stored
reference says where it lives (channelId "msteams" is a Teams conversation the bot is in,
"workflows" a Power Automate webhook), and the sender for that kind posts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.alerts.ports import AlertSender
from bot.core.cards.elements import CardDict


class RoutedSender:
    def __init__(self, default: AlertSender, by_channel: Mapping[str, AlertSender]) -> None:
        self.default, self.by_channel = default, dict(by_channel)

    def _sender(self, reference: dict[str, Any]) -> AlertSender:
        return self.by_channel.get(str(reference.get("channelId", "")), self.default)

    async def send(self, reference: dict[str, Any], cards: list[CardDict]) -> str:
        return await self._sender(reference).send(reference, cards)

    async def update(
        self, reference: dict[str, Any], activity_id: str, cards: list[CardDict]
    ) -> str:
        return await self._sender(reference).update(reference, activity_id, cards)
