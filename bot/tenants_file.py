"""EDGE: the tenant registry file (`ADE_TENANTS=tenants.toml`), for an MSP or an organisation
with several tenants. The format is in README.md ("Many tenants"); the checks are the core's
(bot.core.tenant.registry), so every mistake is one line naming the file, tenant and field."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bot.core.tenant.registry import Registry, RegistryError, parse_registry


def load_registry(path: str) -> Registry:
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except OSError as error:
        raise RegistryError(f"{path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise RegistryError(f"{path}: not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{path}: not valid TOML: {error}") from None
    return parse_registry(data, path)
