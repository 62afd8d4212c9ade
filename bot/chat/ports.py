"""What the conversation needs from the world besides the tenant (bot.core.tenant.source):
where a user's explicit language choice is kept. bot.storage keeps it in the database;
`MemoryPreferences` serves a process that has none (tests, `check`)."""

from __future__ import annotations

from typing import Protocol


class LanguagePreferences(Protocol):
    async def language(self, user_key: str) -> str | None: ...

    async def set_language(self, user_key: str, code: str) -> None: ...


class MemoryPreferences:
    def __init__(self) -> None:
        self._languages: dict[str, str] = {}

    async def language(self, user_key: str) -> str | None:
        return self._languages.get(user_key)

    async def set_language(self, user_key: str, code: str) -> None:
        self._languages[user_key] = code
