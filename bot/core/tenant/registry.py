"""The tenants one bot looks after: an MSP's customer tenants, or the several tenants of one
organisation. Pure: the edges read `tenants.toml` (bot.tenants_file) or a folder of snapshot
files (bot.snapshot_file) and hand the parsed data here.

A registry entry never holds a secret: a tenant's own credential names the environment
variable holding its client secret, or the PEM file of its certificate, so the file can be
committed, reviewed and shown in a support case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace

from bot.core.diagnosis.diagnose import Thresholds

# Microsoft's clouds with their own Entra ID and Graph hosts (bot.graph.clouds maps them).
CLOUDS = ("global", "usgov", "usgovdod", "china")
# A name is shown on cards, typed in chat ("why is ADE failing at Contoso?") and used as a file
# name by `cards`: short, printable, without path separators.
_MAX_NAME = 64
_NAME = re.compile(r"[^/\\\x00-\x1f\x7f]+")
# Entra ID accepts a tenant's GUID or any of its verified domains (contoso.onmicrosoft.com).
_TENANT_ID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|(?=.{4,253}$)([A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}"
)
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_THRESHOLDS = tuple(f.name for f in fields(Thresholds))
_TENANT_KEYS = ("name", "tenant_id", "cloud", "credential", "thresholds", "alerts")
_CREDENTIAL_KEYS = ("client_id", "client_secret_env", "certificate", "certificate_thumbprint")


class RegistryError(ValueError):
    """Bad registry input; the message is one line naming the file, the tenant and the
    field, so an MSP engineer editing a 200-tenant file finds the line at once."""


@dataclass(frozen=True, slots=True)
class CredentialRef:
    """A tenant's own app registration, when the bot's multi-tenant app is not consented
    there (a customer who keeps its own app). Names where the secret is, never the secret."""

    client_id: str
    client_secret_env: str | None = None
    certificate: str | None = None
    certificate_thumbprint: str | None = None


@dataclass(frozen=True, slots=True)
class TenantEntry:
    """One tenant. `tenant_id` is None for a tenant read from a snapshot file (support cases,
    demos); `thresholds` holds only the overrides, applied over the bot's own settings."""

    name: str
    tenant_id: str | None = None
    cloud: str = "global"
    credential: CredentialRef | None = None
    thresholds: tuple[tuple[str, int], ...] = ()
    # Where this tenant's alerts go: conversation ids or webhook names, read by the alerts.
    alerts: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.name.casefold()

    def limits(self, base: Thresholds) -> Thresholds:
        """The bot's thresholds with this tenant's overrides: a customer whose Apple
        administrator needs 60 days' notice gets its tokens flagged earlier."""
        return replace(base, **dict(self.thresholds)) if self.thresholds else base


@dataclass(frozen=True, slots=True)
class Registry:
    """Tenants in the order they were listed; names are unique regardless of case."""

    tenants: tuple[TenantEntry, ...]

    def __iter__(self) -> Iterator[TenantEntry]:
        return iter(self.tenants)

    def __len__(self) -> int:
        return len(self.tenants)

    def find(self, name: str) -> TenantEntry | None:
        wanted = name.casefold()
        return next((t for t in self.tenants if t.key == wanted), None)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tenants)


def check_name(name: object, origin: str) -> str:
    """A tenant's name, checked; `origin` says where it came from, for the error."""
    if not isinstance(name, str) or not name.strip():
        raise RegistryError(f"{origin}: name must be a non-empty string")
    name = name.strip()
    bad = not _NAME.fullmatch(name) or not name.isprintable() or not name.strip(".")
    if len(name) > _MAX_NAME or bad:
        raise RegistryError(
            f"{origin}: name {name!r} must be at most {_MAX_NAME} printable characters, "
            "without / or \\, and not only dots"
        )
    return name


def registry_of(entries: Iterable[TenantEntry], origin: str) -> Registry:
    """A registry of `entries`, refusing two tenants whose names differ only in case."""
    seen: dict[str, str] = {}
    tenants = tuple(entries)
    for entry in tenants:
        if entry.key in seen:
            raise RegistryError(
                f"{origin}: tenant {entry.name!r}: name repeats tenant {seen[entry.key]!r}"
            )
        seen[entry.key] = entry.name
    if not tenants:
        raise RegistryError(f"{origin}: no tenant listed")
    return Registry(tenants)


def parse_registry(data: Mapping[str, object], origin: str) -> Registry:
    """The registry of a parsed `tenants.toml`: `[[tenant]]` tables (see README.md)."""
    unknown = sorted(set(data) - {"tenant"})
    if unknown:
        raise RegistryError(f"{origin}: unknown key {unknown[0]!r} (expected [[tenant]] tables)")
    tables = data.get("tenant")
    if not isinstance(tables, list):
        raise RegistryError(f"{origin}: no tenant listed (expected [[tenant]] tables)")
    return registry_of((_entry(table, origin, i) for i, table in enumerate(tables, 1)), origin)


def _entry(table: object, origin: str, number: int) -> TenantEntry:
    where = f"{origin}: tenant #{number}"
    if not isinstance(table, Mapping):
        raise RegistryError(f"{where}: expected a table")
    name = check_name(table.get("name"), where)
    where = f"{origin}: tenant {name!r}"
    _no_unknown(table, _TENANT_KEYS, where)
    tenant_id = table.get("tenant_id")
    if not isinstance(tenant_id, str) or not _TENANT_ID.fullmatch(tenant_id.strip()):
        raise RegistryError(
            f"{where}: tenant_id must be the tenant's GUID or a verified domain "
            f"(contoso.onmicrosoft.com), got {tenant_id!r}"
        )
    cloud = table.get("cloud", "global")
    if not isinstance(cloud, str) or cloud.lower() not in CLOUDS:
        raise RegistryError(f"{where}: cloud must be one of {', '.join(CLOUDS)}, got {cloud!r}")
    alerts = table.get("alerts", [])
    if not isinstance(alerts, list) or not all(isinstance(a, str) and a for a in alerts):
        raise RegistryError(f"{where}: alerts must be a list of non-empty strings")
    return TenantEntry(
        name=name,
        tenant_id=tenant_id.strip(),
        cloud=cloud.lower(),
        credential=_credential(table.get("credential"), where),
        thresholds=_thresholds(table.get("thresholds"), where),
        alerts=tuple(alerts),
    )


def _credential(table: object, where: str) -> CredentialRef | None:
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise RegistryError(f"{where}: credential must be a table")
    _no_unknown(table, _CREDENTIAL_KEYS, f"{where}: credential")
    values: dict[str, str] = {}
    for key in _CREDENTIAL_KEYS:
        value = table.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise RegistryError(f"{where}: credential.{key} must be a non-empty string")
        if value is not None:
            values[key] = value.strip()
    if "client_id" not in values:
        raise RegistryError(f"{where}: credential.client_id is missing")
    secret, certificate = values.get("client_secret_env"), values.get("certificate")
    if (secret is None) == (certificate is None):
        raise RegistryError(
            f"{where}: credential needs exactly one of client_secret_env (the name of the "
            "environment variable holding the secret) or certificate (a PEM file)"
        )
    if secret is not None and not _ENV_NAME.fullmatch(secret):
        raise RegistryError(
            f"{where}: credential.client_secret_env must name an environment variable, not "
            "hold the secret itself"
        )
    return CredentialRef(**values)


def _thresholds(table: object, where: str) -> tuple[tuple[str, int], ...]:
    if table is None:
        return ()
    if not isinstance(table, Mapping):
        raise RegistryError(f"{where}: thresholds must be a table")
    _no_unknown(table, _THRESHOLDS, f"{where}: thresholds")
    overrides: list[tuple[str, int]] = []
    for key, value in table.items():
        # bool is an int in Python; `true` days is a typo, not a threshold.
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise RegistryError(
                f"{where}: thresholds.{key} must be a whole number of at least 0, got {value!r}"
            )
        overrides.append((str(key), value))
    return tuple(overrides)


def _no_unknown(table: Mapping[str, object], known: tuple[str, ...], where: str) -> None:
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise RegistryError(f"{where}: unknown field {unknown[0]!r} (known: {', '.join(known)})")
