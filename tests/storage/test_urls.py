"""ADE_DATABASE_URL: the setting, the default, the backends it names, and never a password in
a log line or an error."""

from __future__ import annotations

import pytest

from bot.settings import Settings
from bot.storage.base import open_store
from bot.storage.sqlstore import StorageError
from bot.storage.urls import DatabaseUrlError, default_url, parse, redacted
from tests.storage.pg_server import PostgresServer, free_port

pytestmark = pytest.mark.anyio


def test_the_setting_is_read_from_ade_database_url_and_kept_out_of_repr() -> None:
    url = "postgresql://ade:s3cret@db.example:5432/ade"
    settings = Settings.from_env({"ADE_DATABASE_URL": url, "ADE_DATA_DIR": "/var/lib/ade"})

    assert settings.database_url == url
    assert settings.data_dir == "/var/lib/ade"
    assert "s3cret" not in repr(settings)
    assert Settings.from_env({}).database_url is None


def test_the_default_is_an_sqlite_file_in_the_data_folder() -> None:
    assert default_url() == "sqlite:///data/ade-doctor.db"
    assert default_url("/var/lib/ade") == "sqlite:////var/lib/ade/ade-doctor.db"
    assert parse(default_url("/var/lib/ade")).path is not None
    assert str(parse(default_url("/var/lib/ade")).path) == "/var/lib/ade/ade-doctor.db"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://ade:s3cret@db:5432/ade", "postgresql://ade:***@db:5432/ade"),
        ("postgres://ade:p%40ss:w@db/ade", "postgres://ade:***@db/ade"),
        ("postgresql://ade@db/ade?sslmode=require", "postgresql://ade@db/ade?sslmode=require"),
        (
            "postgresql://db/ade?user=ade&password=s3cret",
            "postgresql://db/ade?user=ade&password=***",
        ),
        ("sqlite:////var/lib/ade/ade-doctor.db", "sqlite:////var/lib/ade/ade-doctor.db"),
    ],
)
def test_redacted_urls_hide_the_password_and_nothing_else(url: str, shown: str) -> None:
    assert redacted(url) == shown


@pytest.mark.parametrize(
    "url", ["mysql://ade:s3cret@db/ade", "sqlite://relative.db", "sqlite:///:memory:", "ade.db"]
)
async def test_an_unusable_url_is_refused_without_showing_it(url: str) -> None:
    with pytest.raises(DatabaseUrlError, match="ADE_DATABASE_URL") as refused:
        await open_store(url)
    assert "s3cret" not in str(refused.value)


async def test_an_unreachable_postgresql_is_a_storage_error_without_the_password() -> None:
    url = f"postgresql://ade:s3cret@127.0.0.1:{free_port()}/ade?connect_timeout=2"

    with pytest.raises(StorageError, match="cannot open the database") as refused:
        await open_store(url)

    assert "s3cret" not in str(refused.value)
    assert "postgresql://ade:***@127.0.0.1:" in str(refused.value)


async def test_a_wrong_password_is_a_storage_error_without_the_password(
    postgres: PostgresServer,
) -> None:
    url = postgres.url().replace(postgres.password, "wrong-s3cret")

    with pytest.raises(StorageError, match="password authentication failed") as refused:
        await open_store(url)

    assert "wrong-s3cret" not in str(refused.value)
