"""What the conversation needs from the world besides the tenant (bot.core.tenant.source):
where a user's explicit language choice is kept. bot.storage keeps it in the database;
`MemoryPreferences` serves a process that has none (tests, `check`)."""

from __future__ import annotations

from typing import Protocol

from bot.core.tenant.changes import RegistryChange


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


class ConversationTenants(Protocol):
    """The registry tenant each conversation last asked about (issue 15): an MSP engineer
    who asked "why is ADE failing at Contoso?" means Contoso by "and the tokens?", in this
    chat, after a restart too. Keyed by the Teams conversation id."""

    async def conversation_tenant(self, conversation_id: str) -> str | None: ...

    async def set_conversation_tenant(self, conversation_id: str, tenant: str) -> None: ...


class MemoryConversationTenants:
    def __init__(self) -> None:
        self._tenants: dict[str, str] = {}

    async def conversation_tenant(self, conversation_id: str) -> str | None:
        return self._tenants.get(conversation_id)

    async def set_conversation_tenant(self, conversation_id: str, tenant: str) -> None:
        self._tenants[conversation_id] = tenant


class RegistryChanges(Protocol):
    """The registry changes operators made from chat (issue 15), append-only: the tenants
    they leave and the audit of who changed what, shared by every instance of the bot."""

    async def registry_version(self) -> int:
        """Grows with every change any instance records: cheap enough to ask every few
        seconds, so another instance's new tenant shows without a restart."""
        ...

    async def registry_changes(self) -> list[RegistryChange]:
        """Every change, oldest first."""
        ...

    async def record_registry_change(self, change: RegistryChange) -> None: ...


class MemoryRegistryChanges:
    def __init__(self) -> None:
        self._changes: list[RegistryChange] = []

    async def registry_version(self) -> int:
        return len(self._changes)

    async def registry_changes(self) -> list[RegistryChange]:
        return list(self._changes)

    async def record_registry_change(self, change: RegistryChange) -> None:
        self._changes.append(change)
