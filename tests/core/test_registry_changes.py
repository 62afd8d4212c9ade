"""Registry changes from chat (issue 15), pure: the command parser in six languages, the
tenants an append-only log of changes leaves, the merge under the file's tenants, and why a
change is refused."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from bot.core.tenant.changes import Action, Refusal, RegistryChange, chat_tenants, effective
from bot.core.tenant.changes import refusal as refusal_of
from bot.core.tenant.registry import TenantEntry
from bot.core.understanding.registry_commands import MAX_CHARS, parse_registry_command

AT = datetime(2026, 12, 1, tzinfo=UTC)
GUID = "11111111-2222-3333-4444-555555555555"


@pytest.mark.parametrize(
    "text",
    [
        f"add tenant Fabrikam Schools {GUID}",
        f"добавь клиента Fabrikam Schools {GUID}",
        f"添加租户 Fabrikam Schools {GUID}",
        f"dodaj dzierżawę Fabrikam Schools {GUID}",
        f"adicionar locatário Fabrikam Schools {GUID}",
        f"thêm đối tượng thuê Fabrikam Schools {GUID}",
        f"  Add Tenant Fabrikam Schools {GUID.upper()}  ",
    ],
)
def test_an_add_command_in_each_language_gives_the_name_and_the_tenant_id(text: str) -> None:
    command = parse_registry_command(text)

    assert command is not None
    assert (command.action, command.name, command.tenant_id, command.problem) == (
        Action.ADD, "Fabrikam Schools", GUID, None,
    )  # fmt: skip


def test_an_add_command_takes_a_verified_domain_and_a_cloud() -> None:
    command = parse_registry_command("add tenant Fabrikam fabrikam.onmicrosoft.com usgov")

    assert command is not None
    assert (command.tenant_id, command.cloud) == ("fabrikam.onmicrosoft.com", "usgov")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("add tenant Fabrikam fabrikam.com", Refusal.BAD_ID),
        ("add tenant Fabrikam 1111-2222", Refusal.BAD_ID),
        (f"add tenant {'x' * 65} {GUID}", Refusal.BAD_NAME),
        (f"add tenant a/b {GUID}", Refusal.BAD_NAME),
        ("rename tenant Fabrikam", Refusal.BAD_NAME),
    ],
)
def test_a_bad_id_or_name_is_a_problem_of_the_command(text: str, problem: Refusal) -> None:
    command = parse_registry_command(text)

    assert command is not None
    assert command.problem is problem


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("rename tenant Fabrikam to Fabrikam Schools", "Fabrikam", "Fabrikam Schools"),
        ("переименуй клиента Fabrikam в Fabrikam Schools", "Fabrikam", "Fabrikam Schools"),
        ("重命名租户 Fabrikam 为 Fabrikam Schools", "Fabrikam", "Fabrikam Schools"),
        ("zmień nazwę dzierżawy Fabrikam na Fabrikam Schools", "Fabrikam", "Fabrikam Schools"),
        ("renomear locatário Fabrikam para Fabrikam Schools", "Fabrikam", "Fabrikam Schools"),
        ("đổi tên đối tượng thuê Fabrikam thành Fabrikam Schools", "Fabrikam", "Fabrikam Schools"),
    ],
)
def test_a_rename_command_gives_the_old_and_the_new_name(text: str, old: str, new: str) -> None:
    command = parse_registry_command(text)

    assert command is not None
    assert (command.action, command.name, command.new_name) == (Action.RENAME, old, new)


@pytest.mark.parametrize(
    "text",
    [
        "why is ADE failing at Fabrikam?",
        "tenants",
        "add tenants",
        "remove the token",
        "add tenant",
        f"add tenant Fabrikam {GUID} " + "x" * MAX_CHARS,
    ],
)
def test_messages_that_are_no_registry_change_are_left_to_the_recogniser(text: str) -> None:
    assert parse_registry_command(text) is None


def test_parsing_a_hostile_message_at_the_cap_stays_fast() -> None:
    hostile = "add tenant " + "a " * ((MAX_CHARS - 12) // 2)
    started = time.perf_counter()
    for _ in range(100):
        parse_registry_command(hostile)
        parse_registry_command("rename tenant " + "to " * ((MAX_CHARS - 14) // 3))
    assert time.perf_counter() - started < 0.5


def _change(action: Action, name: str, **more: str) -> RegistryChange:
    return RegistryChange(action, name, AT, "op-1", **more)


def test_the_log_leaves_the_tenants_added_renamed_and_not_removed() -> None:
    changes = [
        _change(Action.ADD, "Tailspin", tenant_id=GUID),
        _change(Action.ADD, "Wingtip", tenant_id="wingtip.onmicrosoft.com"),
        _change(Action.ADD, "tailspin", tenant_id="other.onmicrosoft.com"),  # raced: first wins
        _change(Action.RENAME, "Tailspin", new_name="Tailspin Toys"),
        _change(Action.REMOVE, "wingtip"),
    ]

    assert chat_tenants(changes) == (TenantEntry("Tailspin Toys", GUID),)


def test_chat_tenants_never_shadow_the_files_by_name_or_tenant_id() -> None:
    file = (TenantEntry("Contoso", "contoso.onmicrosoft.com"),)
    chat = (
        TenantEntry("contoso", GUID),
        TenantEntry("Other", "contoso.onmicrosoft.com"),
        TenantEntry("Tailspin", "tailspin.onmicrosoft.com"),
    )

    assert [t.name for t in effective(file, chat)] == ["Contoso", "Tailspin"]


def test_a_change_to_a_file_tenant_or_a_duplicate_or_an_unknown_tenant_is_refused() -> None:
    file = [TenantEntry("Contoso", "contoso.onmicrosoft.com")]
    current = [*file, TenantEntry("Tailspin", GUID)]

    def refusal(change: RegistryChange) -> Refusal | None:
        return refusal_of(change, file, current)

    assert refusal(_change(Action.ADD, "CONTOSO", tenant_id="x.onmicrosoft.com")) is (
        Refusal.DUPLICATE
    )
    assert refusal(_change(Action.ADD, "New", tenant_id=GUID)) is Refusal.DUPLICATE
    assert refusal(_change(Action.REMOVE, "contoso")) is Refusal.IN_FILE
    assert refusal(_change(Action.RENAME, "Contoso", new_name="C")) is Refusal.IN_FILE
    assert refusal(_change(Action.RENAME, "Tailspin", new_name="contoso")) is Refusal.DUPLICATE
    assert refusal(_change(Action.REMOVE, "Wingtip")) is Refusal.UNKNOWN
    assert refusal(_change(Action.RENAME, "Tailspin", new_name="TAILSPIN")) is None
    assert refusal(_change(Action.ADD, "New", tenant_id="new.onmicrosoft.com")) is None
