"""A throwaway PostgreSQL server for the storage tests and bench/bench_storage.py.

Debian's server binaries (/usr/lib/postgresql/<version>/bin, from `make setup`) initdb a
cluster into a new temporary folder; the server listens on a free port on 127.0.0.1 only (no
Unix socket), with password authentication, and is stopped
and its folder removed when the context ends. PostgreSQL refuses to run as root, so as root
the server runs as Debian's `postgres` system user through runuser.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

DEBIAN_ROOTS = ("/usr/lib/postgresql",)
SUPERUSER = "ade"
# For tests only: a crash of the throwaway server loses nothing worth an fsync.
FAST = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class PostgresMissingError(RuntimeError):
    pass


def server_bindir(roots: Sequence[str] = DEBIAN_ROOTS, *, search_path: bool = True) -> Path:
    """The newest Debian PostgreSQL's bin folder with initdb and pg_ctl (else one on PATH)."""
    found = [
        Path(initdb).parent
        for root in roots
        for initdb in Path(root).glob("*/bin/initdb")
        if (Path(initdb).parent / "pg_ctl").exists()
    ]
    if found:
        return max(
            found, key=lambda bindir: [int(n) for n in re.findall(r"\d+", bindir.parent.name)]
        )
    initdb = shutil.which("initdb") if search_path else None
    if initdb and (Path(initdb).parent / "pg_ctl").exists():
        return Path(initdb).parent
    raise PostgresMissingError(
        "PostgreSQL server binaries (initdb, pg_ctl) not found under "
        f"{', '.join(r + '/*/bin' for r in roots)} nor on PATH: the storage tests start a real "
        "PostgreSQL. Install it with `make setup` (Debian's postgresql)."
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class PostgresServer:
    bindir: Path
    folder: Path
    port: int
    password: str
    _names: Iterator[int] = field(default_factory=itertools.count)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def new_database(self, prefix: str = "db") -> str:
        """A fresh empty database; its URL."""
        name = f"{prefix}{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def new_schema(self, prefix: str = "test") -> str:
        """A URL whose connections see only a fresh empty schema: as good as a new database
        for the store, and ten times quicker to make (~20 ms against ~230 ms)."""
        name = f"{prefix}{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f'CREATE SCHEMA "{name}"')
        return f"{self.url()}?options=-csearch_path%3D{name}"


def _as_server_user(folder: Path) -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        raise PostgresMissingError(
            "running as root, and PostgreSQL refuses root: the `postgres` system user (made by "
            "Debian's postgresql-common) is needed. Run `make setup`."
        ) from None
    for path in (folder, *folder.rglob("*")):
        os.chown(path, user.pw_uid, user.pw_gid)
    return ["runuser", "-u", "postgres", "--"]


def _run(command: list[str], what: str, log: Path | None = None) -> None:
    done = subprocess.run(
        command, capture_output=True, text=True, check=False, env={**os.environ, "LC_ALL": "C"}
    )
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
        raise RuntimeError(f"{what} failed ({done.returncode}): {done.stderr.strip()}\n{tail}")


@contextlib.contextmanager
def postgres_server(*, fast: bool = True) -> Iterator[PostgresServer]:
    """Starts a server; stops it (and removes its files) however the block ends."""
    bindir = server_bindir()
    folder = Path(tempfile.mkdtemp(prefix="ade-pg-"))
    data, log, password = folder / "data", folder / "server.log", secrets.token_hex(12)
    try:
        (folder / "password").write_text(password + "\n")
        runner = _as_server_user(folder)
        _run(
            [*runner, str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER,
             "--auth=scram-sha-256", f"--pwfile={folder / 'password'}", "-E", "UTF8",
             "--locale=C", "--no-sync"],
            "initdb",
        )  # fmt: skip
        settings = ["listen_addresses=127.0.0.1", "unix_socket_directories=''"]
        settings += FAST if fast else []
        pg_ctl = [*runner, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w"]
        try:
            for attempt in range(3):  # a free port may be taken between the probe and the start
                port = free_port()
                options = " ".join([f"-p {port}", *(f"-c {s}" for s in settings)])
                try:
                    _run([*pg_ctl, "-t", "60", "-o", options, "start"], "pg_ctl start", log)
                    break
                except RuntimeError:
                    if attempt == 2:
                        raise
            yield PostgresServer(bindir, folder, port, password)
        finally:
            _stop(pg_ctl, data, log)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _stop(pg_ctl: list[str], data: Path, log: Path) -> None:
    if not (data / "postmaster.pid").exists():
        return
    try:
        _run([*pg_ctl, "-t", "60", "-m", "fast", "stop"], "pg_ctl stop", log)
    except RuntimeError:
        _run([*pg_ctl, "-t", "60", "-m", "immediate", "stop"], "pg_ctl stop -m immediate", log)
