"""A folder of snapshot files is a tenant registry: `check`, `check --json`, `check --tenant`
and `cards` over three tenants, as real processes, the way an MSP tries the multi-tenant
experience with no Graph."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.core.tenant.demo import demo_document
from tests.processes import start_serve, stop_serve
from tests.test_cli import NOW, run

AS_OF = NOW.isoformat()


@pytest.fixture
def fleet(tmp_path: Path) -> Path:
    """Contoso: the demo tenant (expired token); Fabrikam: healthy; Northwind: a file that
    is not JSON (its read fails, the others do not)."""
    folder = tmp_path / "tenants"
    folder.mkdir()
    document = demo_document(NOW)
    (folder / "Contoso.json").write_text(json.dumps(document), encoding="utf-8")
    healthy = document["depOnboardingSettings"]["value"][:1]  # type: ignore[index]
    (folder / "Fabrikam.json").write_text(
        json.dumps(dict(document, depOnboardingSettings={"value": healthy})), encoding="utf-8"
    )
    (folder / "Northwind.json").write_text("{not json", encoding="utf-8")
    (folder / "notes.txt").write_text("not a tenant", encoding="utf-8")
    return folder


def test_check_prints_each_tenant_worst_first_and_exits_with_the_worst(fleet: Path) -> None:
    result = run("check", "--snapshot", str(fleet), "--as-of", AS_OF)
    assert result.returncode == 1, result.stderr
    assert "reading 3 tenants" in result.stderr
    headers = [line for line in result.stdout.splitlines() if line.startswith("ADE Doctor: ")]
    assert [h.split(" (")[0] for h in headers] == [
        "ADE Doctor: Contoso",
        "ADE Doctor: Northwind",
        "ADE Doctor: Fabrikam",
    ]
    assert "[ERROR] Intune could not be read" in result.stdout
    assert "Northwind.json: not JSON" in result.stdout
    assert "looks healthy" in result.stdout


def test_check_json_lists_tenants_worst_first(fleet: Path) -> None:
    result = run("check", "--snapshot", str(fleet), "--as-of", AS_OF, "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert [t["tenant"] for t in report["tenants"]] == ["Contoso", "Northwind", "Fabrikam"]
    cards = [[f["card"] for f in t["findings"]] for t in report["tenants"]]
    assert cards == [
        ["token-expired", "sync-error", "token-expiring"],
        ["tenant-unreachable"],
        ["all-healthy"],
    ]


def test_check_tenant_reads_only_that_tenant_as_a_one_tenant_report(fleet: Path) -> None:
    result = run("check", "--snapshot", str(fleet), "--as-of", AS_OF, "--tenant", "fabrikam")
    assert result.returncode == 0, result.stderr
    assert "reading 1 tenants" in result.stderr
    assert result.stdout.startswith("ADE Doctor: Fabrikam (snapshot file ")
    assert "Contoso" not in result.stdout
    as_json = run("check", "--snapshot", str(fleet), "--as-of", AS_OF, "--tenant", "Fabrikam",
                  "--json")  # fmt: skip
    report = json.loads(as_json.stdout)
    assert report["tenant"] == "Fabrikam"
    assert [f["card"] for f in report["findings"]] == ["all-healthy"]


def test_an_unknown_tenant_is_a_usage_error_naming_the_known_ones(fleet: Path) -> None:
    result = run("check", "--snapshot", str(fleet), "--tenant", "Tailspin")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        "ade-doctor: no tenant 'Tailspin' (tenants: Contoso, Fabrikam, Northwind)"
    )


def test_tenant_without_several_tenants_is_a_usage_error() -> None:
    result = run("check", "--tenant", "Contoso")
    assert result.returncode == 2
    assert "--tenant needs several tenants" in result.stderr


def test_cards_writes_the_overview_and_each_tenant_s_cards(fleet: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards"
    result = run("cards", "--snapshot", str(fleet), "--as-of", AS_OF, "--out", str(out),
                 "--locale", "pl-PL")  # fmt: skip
    assert result.returncode == 1, result.stderr
    overview = json.loads((out / "tenants.json").read_text(encoding="utf-8"))
    assert overview["body"][0]["id"] == "tenants"
    assert overview["lang"] == "pl"
    buttons = [a["data"]["tenant"] for item in overview["body"][1:] for a in _actions(item)]
    assert buttons == ["Contoso", "Northwind", "Fabrikam"]
    assert sorted(p.name for p in (out / "Contoso").iterdir()) == [
        "01-token-expired.json",
        "02-sync-error.json",
        "03-token-expiring.json",
    ]
    assert [p.name for p in (out / "Northwind").iterdir()] == ["01-tenant-unreachable.json"]
    assert [p.name for p in (out / "Fabrikam").iterdir()] == ["01-all-healthy.json"]


def test_an_empty_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("check", "--snapshot", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"ade-doctor: {tmp_path}: no <tenant name>.json snapshot file in it"
    )


def test_a_bad_registry_file_stops_check_with_one_line(tmp_path: Path) -> None:
    registry = tmp_path / "tenants.toml"
    registry.write_text("[[tenant]]\nname = 'Contoso'\ntenant_id = 'not a tenant'\n")
    result = run("check", ADE_TENANTS=str(registry))
    assert result.returncode == 2
    assert result.stderr.startswith(f"ade-doctor: {registry}: tenant 'Contoso': tenant_id ")
    assert len(result.stderr.splitlines()) == 1


def test_alerts_dry_run_plans_each_tenant_of_a_folder(fleet: Path, tmp_path: Path) -> None:
    result = run("alerts", "--dry-run", "--snapshot", str(fleet), "--as-of", AS_OF,
                 ADE_DATA_DIR=str(tmp_path / "data"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [line.split(":")[1] for line in result.stdout.splitlines()] == [
        " tenant Contoso",
        " tenant Fabrikam",
        " tenant Northwind",
    ]


def _actions(item: dict[str, object]) -> list[dict[str, dict[str, str]]]:
    found: list[dict[str, dict[str, str]]] = []
    for child in item.get("items", []):  # type: ignore[attr-defined]
        if child.get("type") == "ActionSet":
            found += child["actions"]
    return found


def test_serve_starts_on_a_folder_and_its_banner_names_the_first_tenant_the_scan_watches(
    fleet: Path, tmp_path: Path
) -> None:
    # The chat speaks of every tenant (tests/teams/test_tenant_chat.py); the alert scan still
    # watches the first one until alerts per tenant (issue 15, part 3).
    async def scenario() -> tuple[int, str]:
        process, _ = await start_serve(
            tmp_path, "--snapshot", str(fleet), ADE_DATA_DIR=str(tmp_path / "data"),
            ADE_ALERT_INTERVAL="0",
        )  # fmt: skip
        return await stop_serve(process)

    status, stderr = asyncio.run(scenario())
    assert status == 0, stderr
    assert f"tenant data: Contoso (snapshot file {fleet / 'Contoso.json'})" in stderr
