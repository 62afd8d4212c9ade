"""The real `ade-doctor` console script, run as a process the way cron or a pipeline runs it."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.tenant.demo import demo_document

SCRIPT = Path(sys.executable).with_name("ade-doctor")
NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("GRAPH_", "MicrosoftApp"))}
    return subprocess.run(
        [str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=60,
        check=False,
    )


@pytest.fixture
def healthy_file(tmp_path: Path) -> Path:
    document = demo_document(NOW)
    tokens = document["depOnboardingSettings"]["value"][:1]  # type: ignore[index]
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(dict(document, depOnboardingSettings={"value": tokens})))
    return path


def test_check_without_a_tenant_reads_the_demo_tenant_and_exits_1() -> None:
    result = run("check")
    assert result.returncode == 1
    assert "demo tenant" in result.stderr
    assert "[ERROR] 1 enrollment program token has expired" in result.stdout
    assert "Contoso Design Macs" in result.stdout
    assert "What to do:" in result.stdout


def test_check_json_lists_findings_with_cards_severities_and_subjects() -> None:
    result = run("check", "--json", "--as-of", "2026-11-22T12:00:00Z")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["source"] == "demo tenant"
    assert report["evaluated_at"] == "2026-11-22T12:00:00Z"
    assert [f["card"] for f in report["findings"]] == [
        "token-expired",
        "sync-error",
        "device-enrollment-failed",
        "company-portal-vpp-invalid",
        "token-expiring",
        "device-no-profile",
        "default-profile-missing",
        "device-never-contacted",
    ]
    subject = report["findings"][0]["subjects"][0]
    assert {"kind", "id", "name"} <= subject.keys()
    assert subject["kind"] == "ade-token"


def test_a_healthy_snapshot_exits_0(healthy_file: Path) -> None:
    result = run("check", "--snapshot", str(healthy_file), "--as-of", NOW.isoformat())
    assert result.returncode == 0, result.stderr
    assert "looks healthy" in result.stdout
    assert "snapshot file" in result.stderr


def test_as_of_answers_what_will_be_broken_later(healthy_file: Path) -> None:
    later = (NOW + timedelta(days=230)).isoformat()
    result = run("check", "--snapshot", str(healthy_file), "--as-of", later, "--json")
    assert result.returncode == 1
    # The order (most severe first) depends on the weekday: the demo counts from Monday.
    assert {f["card"] for f in json.loads(result.stdout)["findings"]} == {
        "apns-expired",
        "sync-stale",
        "token-expiring",
    }


def test_a_bad_snapshot_exits_2_with_one_line_naming_the_path(tmp_path: Path) -> None:
    path = tmp_path / "snapshot.json"
    path.write_text('{"depOnboardingSettings": {"value": [{"id": "a", "tokenType": 5}]}}')
    result = run("check", "--snapshot", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    error_lines = [line for line in result.stderr.splitlines() if "reading" not in line]
    assert error_lines == [
        f"ade-doctor: {path}: depOnboardingSettings.value[0].tokenType: expected a string, got 5"
    ]


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (("check", "--as-of", "soon"), {}, "not an ISO date"),
        (("check", "--snapshot", "/nonexistent/snapshot.json"), {}, "cannot read"),
        (("check", "--bogus"), {}, "unrecognized arguments"),
        (("frobnicate",), {}, "invalid choice"),
        (("check",), {"ADE_TOKEN_EXPIRING_DAYS": "soon"}, "ADE_TOKEN_EXPIRING_DAYS"),
    ],
)
def test_bad_input_exits_2_with_a_one_line_message_and_no_traceback(
    args: tuple[str, ...], env: dict[str, str], message: str
) -> None:
    result = run(*args, **env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "reading" not in line]
    assert len(errors) == 1
    assert message in errors[0]


def test_graph_secrets_never_reach_the_output() -> None:
    secret = "s3cr3t-value-that-must-not-leak"
    result = run(
        "check",
        GRAPH_TENANT_ID="contoso.onmicrosoft.com",
        GRAPH_CLIENT_ID="11111111-1111-1111-1111-111111111111",
        GRAPH_CLIENT_SECRET=secret,
    )
    assert secret not in result.stdout + result.stderr


def test_check_locale_prints_the_report_in_that_language() -> None:
    result = run("check", "--locale", "ru-RU", "--as-of", "2026-11-22T12:00:00Z")
    assert result.returncode == 1
    assert "1 токен программы регистрации с истекшим сроком действия" in result.stdout  # noqa: RUF001


def test_an_unsupported_locale_falls_back_to_english_without_an_error() -> None:
    result = run("check", "--locale", "de-DE")
    assert result.returncode == 1
    assert "enrollment program token has expired" in result.stdout
    assert "error" not in result.stderr.lower()


def test_cards_writes_each_card_of_the_reply_as_json(tmp_path: Path) -> None:
    out = tmp_path / "cards"
    result = run("cards", "--locale", "zh-CN", "--time-zone", "Asia/Shanghai", "--out", str(out))
    assert result.returncode == 1
    names = sorted(p.name for p in out.iterdir())
    assert names[:3] == [
        "01-token-expired.json",
        "02-sync-error.json",
        "03-device-enrollment-failed.json",
    ]
    assert len(names) == 8
    card = json.loads((out / names[0]).read_text(encoding="utf-8"))
    assert card["lang"] == "zh"
    assert card["body"][0]["id"] == "token-expired"


def test_check_in_russian_translates_the_whole_report_from_its_first_line() -> None:
    result = run("check", "--locale", "ru", "--as-of", "2026-11-22T12:00:00Z")
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("ADE Doctor: демонстрационный клиент, состояние на 22 нояб. 2026")


def test_check_in_polish_names_the_snapshot_file_in_polish(healthy_file: Path) -> None:
    result = run("check", "--locale", "pl", "--snapshot", str(healthy_file))
    assert result.stdout.startswith("ADE Doctor: plik migawki ")
    assert "snapshot.json" in result.stdout.splitlines()[0]
