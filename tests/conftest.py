"""Fixtures shared across test folders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.storage.pg_server import PostgresMissingError, PostgresServer, postgres_server


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One real PostgreSQL server per test session (tests take a fresh schema each); missing
    binaries fail the test with the install command, they never skip it."""
    try:
        with postgres_server() as server:
            yield server
    except PostgresMissingError as missing:
        pytest.fail(str(missing), pytrace=False)
