"""ADE_DATABASE_URL: which backend, where, and how to print it without its password.

`sqlite:///` is followed by a file path as SQLAlchemy spells it: `sqlite:///data/ade.db` is
relative to the working directory, `sqlite:////var/lib/ade/ade.db` absolute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

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


# The userinfo's password: from "scheme://user:" to the last "@" (greedy: a password with an
# unencoded "@" is hidden whole, and over-hiding is the safe side). Neither pattern needs a URL
# that parses: a malformed one is printed by whoever fails on it.
_USERINFO_PASSWORD = re.compile(r"(://[^:/@\s]*:)(.*)@")
_PASSWORD_PARAMETER = re.compile(r"(password\s*=\s*)([^&\s]*)", re.IGNORECASE)


def secrets_in(url: str) -> set[str]:
    """The password(s) a database URL carries, raw and percent-decoded, found even in a URL
    that does not parse, so messages that quote it can be cleaned.

    >>> sorted(secrets_in("postgresql://ade:PgS3cret%40PW@[::1/ade"))
    ['PgS3cret%40PW', 'PgS3cret@PW']
    """
    found = {m.group(2) for m in _USERINFO_PASSWORD.finditer(url)}
    found |= {m.group(2) for m in _PASSWORD_PARAMETER.finditer(url)}
    return {variant for secret in found if secret for variant in (secret, unquote(secret))}


def redacted(url: str) -> str:
    """The URL with its password (and any password=... parameter) replaced, for logs; also
    when the URL cannot be parsed.

    >>> redacted("postgresql://ade:s3cret@db.example:5432/ade")
    'postgresql://ade:***@db.example:5432/ade'
    >>> redacted("postgresql://db.example/ade?user=ade&password=s3cret")
    'postgresql://db.example/ade?user=ade&password=***'
    >>> redacted("postgresql://ade:PgS3cretPW@[::1/ade")
    'postgresql://ade:***@[::1/ade'
    >>> redacted("sqlite:///data/ade-doctor.db")
    'sqlite:///data/ade-doctor.db'
    """
    text = _USERINFO_PASSWORD.sub(r"\1***@", url)
    return _PASSWORD_PARAMETER.sub(r"\1***", text)
