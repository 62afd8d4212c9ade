"""An operator changing the tenant registry from chat (issue 15): "add tenant Fabrikam
11111111-2222-3333-4444-555555555555 usgov", "remove tenant Fabrikam", "rename tenant
Fabrikam to Fabrikam Schools", in the six languages, each with its Microsoft term for tenant
(locales/<lang>/glossary.toml).

    >>> parse_registry_command("add tenant Fabrikam 11111111-2222-3333-4444-555555555555")
    RegistryCommand(action=<Action.ADD: 'add'>, name='Fabrikam', \
tenant_id='11111111-2222-3333-4444-555555555555', cloud='global', new_name=None, problem=None)
    >>> parse_registry_command("переименуй клиента Fabrikam в Fabrikam Schools").new_name
    'Fabrikam Schools'
    >>> parse_registry_command("添加租户 Contoso contoso.onmicrosoft.com").tenant_id
    'contoso.onmicrosoft.com'
    >>> parse_registry_command("why is ADE failing at Fabrikam?") is None
    True

Pure and linear: the message is capped, matched once by an anchored pattern without nested
repetition, then split on whitespace.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.core.tenant.changes import Action, Refusal
from bot.core.tenant.registry import CLOUDS, RegistryError, check_name

# A command is one line: a name (64) and a domain (253) with room to spare. Longer text is a
# question or a pasted log, never a registry change.
MAX_CHARS = 400
_VERBS = {
    Action.ADD: "add|добавь|добавить|添加|dodaj|adicionar|adicione|adiciona|thêm",
    Action.REMOVE: (
        "remove|delete|удали|удалить|删除|移除|usuń|usun|remover|remova|excluir|exclua|xóa|xoá"
    ),
    Action.RENAME: (
        "rename|переименуй|переименовать|重命名|zmień nazwę|zmien nazwe|przemianuj|renomear"
        "|renomeie|đổi tên"
    ),
}
# Each language's glossary term for tenant, in the forms a command puts it in.
_TENANT = (
    "tenant|клиента|клиент|租户|dzierżawę|dzierżawy|dzierżawa|dzierzawe|dzierzawy|dzierzawa"
    "|o locatário|locatário"
    "|locatario|đối tượng thuê|doi tuong thue"
)
_CJK = "\u4e00-\u9fff"
_COMMAND = re.compile(
    rf"\s*(?P<verb>{'|'.join(_VERBS.values())})(?:\s+|(?<=[{_CJK}])\s*)"
    rf"(?P<word>{_TENANT})(?:\s+|(?<=[{_CJK}])\s*)(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# Entra ID signs in to a tenant by its GUID or a verified domain; the initial domain
# (contoso.onmicrosoft.com) is the one every tenant has and no customer can lose.
_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]{0,62}\.onmicrosoft\.com")
# "rename tenant Fabrikam to Fabrikam Schools": the word between the old and the new name.
_INTO = re.compile(r"\s*(?:->|→)\s*|\s+(?:to|в|на|na|para|thành)\s+|\s*为\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RegistryCommand:
    """What the operator asked; `problem` is set when the id or a name cannot be used."""

    action: Action
    name: str
    tenant_id: str | None = None
    cloud: str = "global"
    new_name: str | None = None
    problem: Refusal | None = None


def parse_registry_command(text: str) -> RegistryCommand | None:
    """The registry change a message asks for, or None when it asks for none."""
    if len(text) > MAX_CHARS:
        return None
    match = _COMMAND.fullmatch(unicodedata.normalize("NFC", text))
    if match is None:
        return None
    verb = match["verb"].casefold()
    action = next(a for a, words in _VERBS.items() if verb in words.split("|"))
    rest = match["rest"].strip().rstrip(".!")
    if action is Action.ADD:
        return _add(rest)
    if action is Action.RENAME:
        into = _INTO.search(rest)
        if into is None:
            return RegistryCommand(action, rest, problem=Refusal.BAD_NAME)
        old, new = rest[: into.start()], rest[into.end() :]
        problem = _name_problem(old) or _name_problem(new)
        return RegistryCommand(action, old.strip(), new_name=new.strip(), problem=problem)
    return RegistryCommand(action, rest, problem=_name_problem(rest))


def _add(rest: str) -> RegistryCommand:
    words = rest.split()
    cloud = "global"
    if len(words) > 2 and words[-1].casefold() in CLOUDS:
        cloud = words.pop().casefold()
    tenant_id = words.pop().casefold() if words else ""
    name = " ".join(words)
    if not (_GUID.fullmatch(tenant_id) or _DOMAIN.fullmatch(tenant_id)):
        return RegistryCommand(Action.ADD, name, tenant_id, cloud, problem=Refusal.BAD_ID)
    return RegistryCommand(Action.ADD, name, tenant_id, cloud, problem=_name_problem(name))


def _name_problem(name: str) -> Refusal | None:
    try:
        check_name(name, "chat")
    except RegistryError:
        return Refusal.BAD_NAME
    return None
