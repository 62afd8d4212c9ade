"""The tenant registry (`ADE_TENANTS=tenants.toml`): what an MSP writes, and the one-line
errors naming file, tenant and field when it is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.diagnosis.diagnose import Thresholds
from bot.core.tenant.registry import CredentialRef, RegistryError
from bot.tenants_file import load_registry

GUID = "4c4f5e6a-0000-4000-8000-00000000c0de"
EXAMPLE = f"""
[[tenant]]
name = "Contoso"
tenant_id = "{GUID}"
alerts = ["19:ops@thread.tacv2"]

[[tenant]]
name = "Fabrikam Schools"
tenant_id = "fabrikam.onmicrosoft.com"
cloud = "USGov"

[tenant.credential]
client_id = "11111111-2222-4333-8444-555555555555"
client_secret_env = "FABRIKAM_GRAPH_SECRET"

[tenant.thresholds]
token_expiring_days = 60
"""


def registry_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "tenants.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_readme_example_reads_as_two_tenants_with_their_own_settings(
    tmp_path: Path,
) -> None:
    registry = load_registry(registry_file(tmp_path, EXAMPLE))
    assert registry.names == ("Contoso", "Fabrikam Schools")
    contoso, fabrikam = registry.tenants
    assert (contoso.tenant_id, contoso.cloud, contoso.credential) == (GUID, "global", None)
    assert contoso.alerts == ("19:ops@thread.tacv2",)
    assert fabrikam.cloud == "usgov"
    assert fabrikam.credential == CredentialRef(
        "11111111-2222-4333-8444-555555555555", client_secret_env="FABRIKAM_GRAPH_SECRET"
    )
    limits = fabrikam.limits(Thresholds(apns_expiring_days=14))
    assert (limits.token_expiring_days, limits.apns_expiring_days) == (60, 14)
    assert contoso.limits(Thresholds()) == Thresholds()
    assert registry.find("fabrikam schools") is fabrikam


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[tenant]]\nname = 'A'\n", "tenant 'A': tenant_id must be"),
        (f"[[tenant]]\ntenant_id = '{GUID}'\n", "tenant #1: name must be a non-empty string"),
        (f"[[tenant]]\nname = 'A'\ntenant_id = '{GUID}'\ncloud = 'mars'\n", "cloud must be"),
        (f"[[tenant]]\nname = 'A'\ntenant_id = '{GUID}'\ntenantid = 1\n", "unknown field"),
        (
            f"[[tenant]]\nname = 'A'\ntenant_id = '{GUID}'\n[tenant.thresholds]\n"
            "token_expiring_days = -1\n",
            "tenant 'A': thresholds.token_expiring_days must be a whole number",
        ),
        (
            f"[[tenant]]\nname = 'A'\ntenant_id = '{GUID}'\n[tenant.thresholds]\nsoon = 3\n",
            "tenant 'A': thresholds: unknown field 'soon'",
        ),
        (
            f"[[tenant]]\nname = 'A'\ntenant_id = '{GUID}'\n[tenant.credential]\n"
            "client_id = 'x'\nclient_secret_env = 'Q~not-an-env-name'\n",
            "must name an environment variable, not hold the secret itself",
        ),
        (
            f"[[tenant]]\nname = 'A'\ntenant_id = '{GUID}'\n[tenant.credential]\nclient_id = 'x'\n",
            "credential needs exactly one of client_secret_env",
        ),
        (
            f"[[tenant]]\nname = 'A'\ntenant_id = '{GUID}'\n"
            f"[[tenant]]\nname = 'a'\ntenant_id = '{GUID}'\n",
            "tenant 'a': name repeats tenant 'A'",
        ),
        (f"[[tenant]]\nname = '../etc'\ntenant_id = '{GUID}'\n", "without / or \\"),
        ("tenants = []\n", "unknown key 'tenants'"),
        ("", "no tenant listed"),
        ("[[tenant]\n", "not valid TOML"),
    ],
)
def test_a_bad_registry_is_one_line_naming_file_tenant_and_field(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = registry_file(tmp_path, text)
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_a_missing_registry_file_says_it_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match=r"nowhere\.toml: cannot read"):
        load_registry(str(tmp_path / "nowhere.toml"))
