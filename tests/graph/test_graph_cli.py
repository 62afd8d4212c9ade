"""The real `ade-doctor` console script against the fake tenant: `check` reads Graph, and
`export` writes a snapshot file that `check --snapshot` reads back to the same findings."""

import asyncio
import json
import os
import sys
from pathlib import Path

from tests.graph.conftest import FakeTenant, fake_tenant, tenant_document
from tests.graph.fake_aad import SECRET
from tests.graph.fake_graph import VPP_SECRET
from tests.graph.tls import Tls

SCRIPT = Path(sys.executable).with_name("ade-doctor")
AS_OF = "2026-11-22T12:00:00Z"
_OURS = ("GRAPH_", "MicrosoftApp", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "ADE_")


async def ade_doctor(cwd: Path, env: dict[str, str], *args: str) -> tuple[int, str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(_OURS)}
    process = await asyncio.create_subprocess_exec(
        str(SCRIPT),
        *args,
        cwd=cwd,  # away from any developer .env
        env={**clean, **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def findings(report: str) -> object:
    return json.loads(report)["findings"]


def test_export_then_check_snapshot_gives_the_same_findings_as_check_on_graph(
    tls: Tls, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            env = tenant.env()
            live = await ade_doctor(tmp_path, env, "check", "--json", "--as-of", AS_OF)
            exported = await ade_doctor(tmp_path, env, "export", "--out", "tenant.json")
        replayed = await ade_doctor(
            tmp_path, {}, "check", "--json", "--as-of", AS_OF, "--snapshot", "tenant.json"
        )
        assert live[0] == replayed[0] == 1
        assert "reading Microsoft Graph, tenant" in live[2]
        assert exported[0] == 0, exported[2]
        assert findings(live[1]) == findings(replayed[1])
        assert [f["card"] for f in findings(live[1])] == [
            "token-expired",
            "sync-error",
            "token-expiring",
        ]  # type: ignore[index]

    asyncio.run(scenario())


def test_export_keeps_graphs_full_answers_but_not_the_vpp_token(tls: Tls, tmp_path: Path) -> None:
    async def scenario() -> FakeTenant:
        async with fake_tenant(tls) as tenant:
            code, out, err = await ade_doctor(tmp_path, tenant.env(), "export", "--out", "t.json")
        assert (code, out.strip()) == (0, "t.json"), err
        return tenant

    tenant = asyncio.run(scenario())
    text = (tmp_path / "t.json").read_text()
    document = json.loads(text)
    original = tenant.graph.document
    token = document["depOnboardingSettings"]["value"][0]
    assert token == original["depOnboardingSettings"]["value"][0]  # nothing else removed
    assert "roleScopeTagIds" in token
    vpp = document["vppTokens"]["value"][0]
    assert "token" not in vpp
    assert {k: v for k, v in original["vppTokens"]["value"][0].items() if k != "token"} == vpp
    assert document["applePushNotificationCertificate"]["topicIdentifier"].startswith("com.apple")
    assert VPP_SECRET not in text
    assert SECRET not in text
    assert not (tmp_path / "t.json.partial").exists()


def test_export_leaves_out_a_part_graph_refused_and_says_so(tls: Tls, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.aad.roles = {"DeviceManagementServiceConfig.Read.All"}
            tenant.graph.document["applePushNotificationCertificate"] = None
            code, _, err = await ade_doctor(tmp_path, tenant.env(), "export", "--out", "t.json")
        assert code == 0, err
        document = json.loads((tmp_path / "t.json").read_text())
        assert document["applePushNotificationCertificate"] is None  # 404: none set up
        async with fake_tenant(tls) as tenant:
            tenant.aad.roles = {"DeviceManagementConfiguration.Read.All"}
            code, _, err = await ade_doctor(tmp_path, tenant.env(), "export", "--out", "u.json")
        assert code == 1
        assert (
            "vppTokens left out: Graph answered 403: the app needs DeviceManagementApps.Read.All"
            in err
        )
        document = json.loads((tmp_path / "u.json").read_text())
        # Missing key: not read. That scope also reads devices, but not enrollment profiles.
        assert "enrollmentProfiles left out: Graph answered 403" in err
        assert set(document) == {"depOnboardingSettings", "importedAppleDeviceIdentities"}

    asyncio.run(scenario())


def test_check_on_graph_with_a_wrong_secret_says_what_to_fix(tls: Tls, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            env = {**tenant.env(), "GRAPH_CLIENT_SECRET": "wrong-secret-value"}
            code, out, err = await ade_doctor(tmp_path, env, "check")
        assert code == 1
        assert "AADSTS7000215" in out
        assert "wrong-secret-value" not in out + err

    asyncio.run(scenario())


def test_export_without_graph_settings_or_with_a_bad_cloud_is_a_usage_error(
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        code, _, err = await ade_doctor(tmp_path, {}, "export", "--out", "t.json")
        assert code == 2
        assert err.startswith("ade-doctor: export reads Microsoft Graph")
        env = {"GRAPH_TENANT_ID": "t", "GRAPH_CLIENT_ID": "c", "GRAPH_CLIENT_SECRET": "s"}
        code, _, err = await ade_doctor(tmp_path, {**env, "GRAPH_CLOUD": "mars"}, "check")
        assert code == 2
        assert err.strip().endswith(
            "GRAPH_CLOUD must be one of global, usgov, usgovdod, china, got 'mars'"
        )

    asyncio.run(scenario())


def test_export_keeps_a_lone_surrogate_graph_sent_and_check_reads_the_file_back(
    tls: Tls, tmp_path: Path
) -> None:
    # Graph's JSON may carry "\ud800" (an escape of half a character) in a name typed in Intune.
    document = tenant_document()
    document["depOnboardingSettings"]["value"][2]["tokenName"] = "Design \ud800 Macs"

    async def scenario() -> tuple[int, str, str]:
        async with fake_tenant(tls, document) as tenant:
            return await ade_doctor(tmp_path, tenant.env(), "export", "--out", "t.json")

    code, _, err = asyncio.run(scenario())
    assert (code, "Traceback" in err) == (0, False), err
    assert "Design \\ud800 Macs" in (tmp_path / "t.json").read_text(encoding="utf-8")
    replayed = asyncio.run(
        ade_doctor(tmp_path, {}, "check", "--as-of", AS_OF, "--snapshot", "t.json")
    )
    assert replayed[0] == 1, replayed[2]
    assert "Design \ufffd Macs" in replayed[1]
