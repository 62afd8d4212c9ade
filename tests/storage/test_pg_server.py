"""The suite's PostgreSQL helper: a clear failure when the server is not installed, and no
server or files left behind."""

from __future__ import annotations

import socket
from pathlib import Path

import psycopg
import pytest

from tests.storage.pg_server import PostgresMissingError, postgres_server, server_bindir


def test_missing_postgresql_binaries_fail_with_how_to_install_them(tmp_path: Path) -> None:
    with pytest.raises(PostgresMissingError, match=r"`make setup`"):
        server_bindir([str(tmp_path)], search_path=False)


def test_the_newest_debian_version_is_chosen(tmp_path: Path) -> None:
    for version in ("9.6", "15", "13"):
        bindir = tmp_path / version / "bin"
        bindir.mkdir(parents=True)
        (bindir / "initdb").touch()
        (bindir / "pg_ctl").touch()

    assert server_bindir([str(tmp_path)], search_path=False) == tmp_path / "15" / "bin"


def test_the_server_stops_and_leaves_nothing_behind() -> None:
    with postgres_server() as server:
        with psycopg.connect(server.url()) as db:
            assert db.execute("SELECT current_user").fetchone() == ("ade",)
        folder, port = server.folder, server.port

    assert not folder.exists()
    with (
        pytest.raises(ConnectionRefusedError),
        socket.create_connection(("127.0.0.1", port), timeout=2),
    ):
        pass
