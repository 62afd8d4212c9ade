"""Device questions ("why won't C02XK1ZZJG5H enroll?") answered from the latest device reads.

A tenant can hold 100,000 ADE devices: a serial index takes about 120 ms to build and then
answers a question with one dict lookup, so one is kept per device read, for the last few
tenants asked about (an MSP's operators switch between customers).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.cards.device import device_card
from bot.core.cards.elements import CardDict
from bot.core.diagnosis.device_status import DeviceIndex, device_status
from bot.core.i18n.translator import Translator
from bot.core.tenant.snapshot import TenantSnapshot

_KEEP = 8


class DeviceAnswers:
    def __init__(self, keep: int = _KEEP) -> None:
        self.keep = keep
        self._indexes: list[DeviceIndex] = []  # most recently used last

    def index(self, snapshot: TenantSnapshot) -> DeviceIndex | None:
        """The serial index of this snapshot's device read; None when devices were not read."""
        devices = snapshot.devices
        if devices is None:
            return None
        for index in self._indexes:
            if index.source is devices:
                self._indexes.remove(index)
                self._indexes.append(index)
                return index
        index = DeviceIndex(devices)
        self._indexes = [*self._indexes[-(self.keep - 1) :], index] if self.keep > 1 else [index]
        return index

    def cards(
        self,
        snapshot: TenantSnapshot,
        serials: tuple[str, ...],
        t: Translator,
        now: datetime,
        never_contacted: timedelta,
    ) -> list[CardDict]:
        """One `device` or `device-unknown` card per serial asked about."""
        index = self.index(snapshot)
        return [
            device_card(t, device_status(snapshot, index, serial, now, never_contacted), now)
            for serial in serials
        ]
