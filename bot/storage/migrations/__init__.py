"""Versioned schema migrations, as ordered SQL per backend (the lists in .sqlite and
.postgres).

A database records each applied version in `schema_version`; `migrate()` applies the missing
ones in one transaction. Never edit a released migration: append a new version to both lists
(tests/storage checks they stay in step and that every older version migrates).
Version 8 (registry changes) was written beside version 7, made on another branch: they
are merged in order.
"""

from __future__ import annotations

from bot.storage.migrations.model import Migration
from bot.storage.migrations.postgres import POSTGRES, POSTGRES_VERSION_TABLE
from bot.storage.migrations.sqlite import SQLITE, SQLITE_VERSION_TABLE

__all__ = [
    "LATEST", "POSTGRES", "POSTGRES_VERSION_TABLE", "SQLITE", "SQLITE_VERSION_TABLE",
    "Migration", "migration_plan", "too_new",
]  # fmt: skip

LATEST = SQLITE[-1].version


def migration_plan(
    migrations: tuple[Migration, ...], current: int, target: int | None
) -> list[Migration]:
    """The migrations that take a database from `current` to `target` (default: the latest).

    >>> [m.version for m in migration_plan(SQLITE, 1, None)]
    [2, 3, 4, 5, 6, 7, 8, 9]
    """
    goal = LATEST if target is None else target
    if not 0 <= goal <= LATEST:
        raise ValueError(f"no schema version {goal}; this ADE Doctor knows 1 to {LATEST}")
    return [m for m in migrations if current < m.version <= goal]


def too_new(current: int) -> str | None:
    if current > LATEST:
        return (
            f"the database is at schema version {current}, newer than this ADE Doctor "
            f"knows ({LATEST}): run the newer version, or restore a backup"
        )
    return None
