"""One time budget shared by everything a Graph operation does: the token, every page, every
retry and every wait. The bot must answer Teams within about 15 seconds."""

from __future__ import annotations

import time


class Deadline:
    __slots__ = ("at",)

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()
