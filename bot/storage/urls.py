"""ADE_DATABASE_URL: which backend, where, and how to print it without its password.

`sqlite:///` is followed by a file path as SQLAlchemy spells it: `sqlite:///data/ade.db` is
relative to the working directory, `sqlite:////var/lib/ade/ade.db` absolute.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SQLITE_PREFIX = "sqlite:///"
POSTGRES_SCHEMES = ("postgresql", "postgres")
DATABASE_FILE = "ade-doctor.db"


class DatabaseUrlError(ValueError):
    """ADE_DATABASE_URL cannot be used; the message never carries the password."""


@dataclass(frozen=True)
class DatabaseUrl:
    backend: str  # "sqlite" or "postgresql"
    url: str
    path: Path | None = None  # the SQLite file


def default_url(data_dir: str | None = None) -> str:
    """The embedded default: an SQLite file in ADE_DATA_DIR, else in ./data.

    >>> default_url()
    'sqlite:///data/ade-doctor.db'
    >>> default_url("/var/lib/ade-doctor")
    'sqlite:////var/lib/ade-doctor/ade-doctor.db'
    """
    return SQLITE_PREFIX + str(Path(data_dir or "data") / DATABASE_FILE)


def parse(url: str) -> DatabaseUrl:
    text = url.strip()
    if text.startswith(SQLITE_PREFIX):
        path = text.removeprefix(SQLITE_PREFIX).split("?", 1)[0]
        if not path or path == ":memory:":
            raise DatabaseUrlError(
                "ADE_DATABASE_URL: sqlite:/// needs a file path, e.g. sqlite:///data/ade-doctor.db"
            )
        return DatabaseUrl("sqlite", text, Path(path))
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme in POSTGRES_SCHEMES:
        return DatabaseUrl("postgresql", text)
    raise DatabaseUrlError(
        "ADE_DATABASE_URL must start with sqlite:/// or postgresql://, "
        f"got {scheme + '://' if scheme else 'no scheme'}"
    )


def redacted(url: str) -> str:
    """The URL with its password (and any password=... parameter) replaced, for logs.

    >>> redacted("postgresql://ade:s3cret@db.example:5432/ade")
    'postgresql://ade:***@db.example:5432/ade'
    >>> redacted("postgresql://db.example/ade?user=ade&password=s3cret")
    'postgresql://db.example/ade?user=ade&password=***'
    >>> redacted("sqlite:///data/ade-doctor.db")
    'sqlite:///data/ade-doctor.db'
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable database URL>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            netloc = userinfo.split(":", 1)[0] + ":***@" + host
    pairs = [pair for pair in parts.query.split("&") if pair]
    query = "&".join(
        pair.split("=", 1)[0] + "=***" if pair.split("=", 1)[0].lower() == "password" else pair
        for pair in pairs
    )
    if netloc == parts.netloc and query == parts.query:
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
