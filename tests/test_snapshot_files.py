"""Hostile snapshot files through every command that reads one (issue 12, item 10): a correct
report, or one line on stderr and exit 2 (cron reads 1 as "needs attention"); never a
traceback."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.core.tenant.demo import demo_document
from tests.test_cli import run

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
AS_OF = NOW.isoformat()
# A strict UTF-8 stdout, as under a UTF-8 locale (the C locale would escape surrogates).
STRICT = {"PYTHONIOENCODING": "utf-8"}


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "snapshot.json"
    # json.dumps writes a lone surrogate as the escape "\ud800", as a broken exporter would.
    path.write_text(json.dumps(document), encoding="ascii")
    return path


def _token_field(key: str, value: object) -> dict[str, Any]:
    """The demo tenant with one field of its first token set to `value`."""
    document = copy.deepcopy(demo_document(NOW))
    document["depOnboardingSettings"]["value"][0][key] = value  # type: ignore[index]
    return document


def _commands(tmp_path: Path) -> list[tuple[str, ...]]:
    return [("check",), ("check", "--json"), ("cards", "--out", str(tmp_path / "cards"))]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        (chr(0xD800), "\ufffd"),  # a high surrogate: no error handler of a UTF-8 stdout takes it
        (chr(0xDC80), "\ufffd"),
        (f"Design {chr(0xDFFF)} Macs", "Design \ufffd Macs"),
    ],
    ids=["high", "low", "inside a name"],
)
def test_a_lone_surrogate_in_a_token_name_gives_a_correct_report_in_every_command(
    tmp_path: Path, name: str, shown: str
) -> None:
    document = copy.deepcopy(demo_document(NOW))
    expired = document["depOnboardingSettings"]["value"][2]  # type: ignore[index]
    assert expired["tokenName"] == "Contoso Design Macs"
    expired["tokenName"] = name
    path = _write(tmp_path, document)
    for command in _commands(tmp_path):
        result = run(*command, "--snapshot", str(path), "--as-of", AS_OF, **STRICT)
        assert "Traceback" not in result.stderr, command
        assert result.returncode == 1, (command, result.stderr)  # the demo's broken tokens
    check = run("check", "--snapshot", str(path), "--as-of", AS_OF, **STRICT)
    assert "[ERROR] 1 enrollment program token has expired" in check.stdout
    report = json.loads(run("check", "--json", "--snapshot", str(path), "--as-of", AS_OF).stdout)
    names = [s["name"] for f in report["findings"] for s in f["subjects"]]
    # The broken character shows as U+FFFD, as any UTF-8 decoder shows a broken sequence.
    assert shown in names
    assert f"  - {shown}: Apple Business" in check.stdout
    for card in (tmp_path / "cards").iterdir():
        json.loads(card.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("tokenExpirationDateTime", "9999-12-31T23:59:59-05:00", "out of range"),
        ("tokenExpirationDateTime", "9999-12-31T23:59:59Z", "out of range"),
        ("lastSuccessfulSyncDateTime", "9999-12-31T23:59:59Z", "out of range"),
        ("lastModifiedDateTime", "0001-12-31T23:00:00-05:00", None),  # "never": year 1
        ("lastSuccessfulSyncDateTime", "0002-01-01T00:00:00+14:00", "out of range"),
        ("syncedDeviceCount", 10**30, "out of range"),
        ("lastSyncErrorCode", -(2**63), "out of range"),
    ],
)
def test_a_value_beyond_what_graph_sends_is_one_line_and_exit_2_in_every_command(
    tmp_path: Path, key: str, value: object, problem: str | None
) -> None:
    path = _write(tmp_path, _token_field(key, value))
    for command in _commands(tmp_path):
        result = run(*command, "--snapshot", str(path), "--as-of", AS_OF, **STRICT)
        assert "Traceback" not in result.stderr, command
        if problem is None:
            assert result.returncode == 1, (command, result.stderr)
            continue
        errors = [line for line in result.stderr.splitlines() if "reading" not in line]
        assert (result.returncode, len(errors)) == (2, 1), (command, result.stderr)
        assert f"depOnboardingSettings.value[0].{key}: {problem}" in errors[0]


@pytest.mark.parametrize("part", ["vppTokens", "applePushNotificationCertificate"])
def test_an_extreme_expiry_of_a_vpp_token_or_the_push_certificate_is_refused_too(
    tmp_path: Path, part: str
) -> None:
    document = copy.deepcopy(demo_document(NOW))
    body: Any = document[part]
    (body["value"][0] if part == "vppTokens" else body)["expirationDateTime"] = "9999-12-31"
    path = _write(tmp_path, document)
    for command in _commands(tmp_path):
        result = run(*command, "--snapshot", str(path), "--as-of", AS_OF, **STRICT)
        assert result.returncode == 2, (command, result.stderr)
        assert "expirationDateTime: out of range" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-05:00", "9999-12-31", "0002-01-01"])
def test_an_as_of_beyond_the_calendar_is_a_usage_error(moment: str) -> None:
    result = run("check", "--as-of", moment)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "not an ISO date or date-time" in result.stderr


def test_a_file_name_that_is_not_utf8_is_printed_with_its_bytes_escaped(tmp_path: Path) -> None:
    path = _write(tmp_path, demo_document(NOW))
    odd = Path(path.with_name("snapshot-\udcff.json"))  # the bytes b"snapshot-\xff.json"
    path.rename(odd)
    for command in _commands(tmp_path):
        result = run(*command, "--snapshot", str(odd), "--as-of", AS_OF, **STRICT)
        assert (result.returncode, "Traceback" in result.stderr) == (1, False), result.stderr
    check = run("check", "--snapshot", str(odd), "--as-of", AS_OF, **STRICT)
    assert "snapshot-\\xff.json" in check.stdout
