"""The gettext catalogs: complete, consistent with the code, and really served."""

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.pofile import read_po

from bot.catalogs import LOCALES_DIR, all_translations, catalog_path, load_translations, translator
from bot.core.i18n.languages import ENGLISH, LANGUAGES, Language, by_code
from tools.check_po import problems

REPO = Path(__file__).resolve().parents[1]
TRANSLATED = [lang for lang in LANGUAGES if lang is not ENGLISH]
NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def lang(code: str) -> Language:
    found = by_code(code)
    assert found is not None
    return found


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda x: x.code)
def test_every_catalog_parses_is_complete_and_keeps_placeholders(language: Language) -> None:
    assert problems(str(catalog_path(language))) == []


def test_the_catalogs_are_in_sync_with_the_code(tmp_path: Path) -> None:
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "pyproject.toml",
            "-o",
            str(pot),
            "bot",
        ],
        check=True,
        capture_output=True,
        cwd=REPO,
    )
    with pot.open("rb") as handle:
        wanted = {m.id for m in read_po(handle) if m.id}
    with (LOCALES_DIR / "messages.pot").open("rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    assert template == wanted, "run `make catalogs`"
    for language in TRANSLATED:
        with catalog_path(language).open("rb") as handle:
            have = {m.id for m in read_po(handle) if m.id}
        assert have == wanted, f"{language.code}: run `make catalogs` and translate"


@pytest.mark.parametrize("language", TRANSLATED, ids=lambda x: x.code)
def test_every_language_is_really_served_not_silently_english(language: Language) -> None:
    t = translator(language)
    for message in ("What to do", "Check again", "Apple Automatic Device Enrollment sync errors"):
        assert t.gettext(message) != message


def test_the_editable_install_serves_the_catalogs_that_make_catalogs_writes() -> None:
    # `make catalogs` updates locales/ at the top of the checkout; the bot must read those very
    # files, not a copy taken at install time.
    assert Path(str(LOCALES_DIR)).resolve() == REPO / "locales"
    assert (
        catalog_path(lang("ru")).read_bytes()
        == (REPO / "locales" / "ru" / "LC_MESSAGES" / "messages.po").read_bytes()
    )


def test_catalogs_are_loaded_once_per_process() -> None:
    assert all_translations() is all_translations()


def test_a_missing_catalog_is_an_error_not_a_silent_fallback(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="cannot read the ru catalog"):
        load_translations(lang("ru"), tmp_path)


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        ("ru", {1: "1 токен", 2: "2 токена", 5: "5 токенов", 21: "21 токен"}),
        ("pl", {1: "1 token", 2: "2 tokeny", 5: "5 tokenów", 22: "22 tokeny"}),
    ],
)
def test_plurals_follow_cldr_rules(code: str, counts: dict[int, str]) -> None:
    t = translator(lang(code))
    for count, expected in counts.items():
        text = t.ngettext(
            "{count} enrollment program token has expired",
            "{count} enrollment program tokens have expired",
            count,
        ).format(count=count)
        assert text.startswith(expected), text


@pytest.mark.parametrize(
    ("code", "later", "earlier"),
    [
        ("en", "in 12 days", "3 days ago"),
        ("ru", "через 12 дней", "3 дня назад"),
        ("zh-Hans", "12天后", "3天前"),
        ("pl", "za 12 dni", "3 dni temu"),
        ("pt-BR", "em 12 dias", "há 3 dias"),
        ("vi", "sau 12 ngày nữa", "3 ngày trước"),
    ],
)
def test_relative_durations_are_formatted_by_babel_in_the_users_locale(
    code: str, later: str, earlier: str
) -> None:
    t = translator(lang(code))
    assert t.relative(NOW + timedelta(days=12), NOW) == later
    assert t.relative(NOW - timedelta(days=3), NOW) == earlier


def test_times_are_shown_in_the_users_time_zone_else_utc_with_the_zone() -> None:
    warsaw = translator(lang("pl"), ZoneInfo("Europe/Warsaw"))
    assert warsaw.date_time(NOW) == "22 lis 2026, 13:00 GMT+01:00"
    assert translator(ENGLISH).date_time(NOW) == "Nov 22, 2026, 12:00\u202fPM UTC"
    # 23:30 UTC is already the next day in Shanghai.
    shanghai = translator(lang("zh-Hans"), ZoneInfo("Asia/Shanghai"))
    assert shanghai.date(datetime(2026, 11, 22, 23, 30, tzinfo=UTC)) == "2026年11月23日"
