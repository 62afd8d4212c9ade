"""Where a user's explicit language choice is kept.

The protocol is what the conversation needs; the in-memory store serves one process until
the database-backed store (alerts issue) persists choices across restarts and instances.
"""

from __future__ import annotations

from typing import Protocol


class Preferences(Protocol):
    async def language(self, user_key: str) -> str | None: ...

    async def set_language(self, user_key: str, code: str) -> None: ...


class MemoryPreferences:
    def __init__(self) -> None:
        self._languages: dict[str, str] = {}

    async def language(self, user_key: str) -> str | None:
        return self._languages.get(user_key)

    async def set_language(self, user_key: str, code: str) -> None:
        self._languages[user_key] = code
