"""Graph settings from the environment, clouds, and which credential the factory picks."""

from pathlib import Path

import pytest

from bot.graph.clouds import endpoints_for
from bot.graph.factory import credential, graph_source
from bot.graph.identity import ClientCertificate, ClientSecret, ManagedIdentity
from bot.settings import Settings, SettingsError

BASE = {"GRAPH_TENANT_ID": "contoso.onmicrosoft.com", "GRAPH_CLIENT_ID": "app"}


@pytest.mark.parametrize(
    ("cloud", "authority", "graph"),
    [
        ("global", "https://login.microsoftonline.com/t", "https://graph.microsoft.com"),
        ("usgov", "https://login.microsoftonline.us/t", "https://graph.microsoft.us"),
        ("usgovdod", "https://login.microsoftonline.us/t", "https://dod-graph.microsoft.us"),
        ("china", "https://login.chinacloudapi.cn/t", "https://microsoftgraph.chinacloudapi.cn"),
    ],
)
def test_each_cloud_signs_in_and_reads_graph_at_its_own_hosts(
    cloud: str, authority: str, graph: str
) -> None:
    endpoints = endpoints_for(cloud)
    assert endpoints.authority("t") == authority
    assert endpoints.graph == graph
    assert endpoints.scope == f"{graph}/.default"
    assert endpoints.instance_discovery


def test_a_custom_authority_turns_off_instance_discovery_and_keeps_its_tenant() -> None:
    endpoints = endpoints_for("usgov", authority="https://login.example.net/contoso.us/")
    assert not endpoints.instance_discovery
    assert endpoints.authority("contoso.us") == "https://login.example.net/contoso.us"
    assert endpoints.authority("other") == "https://login.example.net/other"


def test_a_private_graph_endpoint_keeps_the_clouds_token_audience() -> None:
    endpoints = endpoints_for("china", endpoint="https://graph-proxy.contoso.cn/")
    assert endpoints.graph == "https://graph-proxy.contoso.cn"
    assert endpoints.scope == "https://microsoftgraph.chinacloudapi.cn/.default"


@pytest.mark.parametrize(
    ("authority", "endpoint", "message"),
    [
        ("http://login.microsoftonline.com/t", None, "GRAPH_AUTHORITY must be an https:// URL"),
        ("https://login.microsoftonline.com", None, "GRAPH_AUTHORITY must name the tenant"),
        (None, "graph.microsoft.com", "GRAPH_ENDPOINT must be an https:// URL"),
        (None, "https://graph.microsoft.com/v1.0", "the root without a version"),
    ],
)
def test_bad_overrides_name_the_setting(
    authority: str | None, endpoint: str | None, message: str
) -> None:
    with pytest.raises(SettingsError, match=message):
        endpoints_for("global", authority, endpoint)


def test_graph_settings_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            **BASE,
            "GRAPH_CLIENT_SECRET": "s",
            "GRAPH_CLOUD": "USGov",
            "GRAPH_ENDPOINT": "https://graph.microsoft.us",
            "REQUESTS_CA_BUNDLE": "/etc/proxy-ca.pem",
            "ADE_GRAPH_CACHE_SECONDS": "30",
            "ADE_GRAPH_BUDGET_SECONDS": "7.5",
            "ADE_DEVICE_CACHE_SECONDS": "1800",
        }
    )
    assert settings.graph_cloud == "usgov"
    assert settings.graph_ca_bundle == "/etc/proxy-ca.pem"
    assert (settings.graph_cache_seconds, settings.graph_budget_seconds) == (30, 7.5)
    assert settings.device_cache_seconds == 1800
    assert Settings.from_env(BASE).device_cache_seconds == 900  # 15 minutes
    assert "'s'" not in repr(settings)


def test_ssl_cert_file_wins_over_requests_ca_bundle() -> None:
    settings = Settings.from_env({"SSL_CERT_FILE": "/a.pem", "REQUESTS_CA_BUNDLE": "/b.pem"})
    assert settings.graph_ca_bundle == "/a.pem"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("GRAPH_CLOUD", "azure-germany", "GRAPH_CLOUD must be one of"),
        ("ADE_GRAPH_BUDGET_SECONDS", "0", "more than 0 seconds"),
        ("ADE_GRAPH_BUDGET_SECONDS", "soon", "a number of seconds"),
        ("ADE_GRAPH_CACHE_SECONDS", "-1", "must not be negative"),
        ("ADE_DEVICE_CACHE_SECONDS", "soon", "must be a whole number"),
    ],
)
def test_bad_graph_settings_are_refused_with_the_variable_named(
    name: str, value: str, message: str
) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings.from_env({name: value})


def test_graph_reuses_the_bots_app_registration_when_not_told_otherwise() -> None:
    settings = Settings.from_env(
        {
            "MicrosoftAppId": "bot-app",
            "MicrosoftAppPassword": "bot-secret",
            "MicrosoftAppTenantId": "contoso",
        }
    )
    assert settings.graph_configured
    assert credential(settings) == ClientSecret("bot-app", "bot-secret")


def test_a_bot_running_as_a_user_assigned_managed_identity_reads_graph_as_it() -> None:
    settings = Settings.from_env(
        {
            "MicrosoftAppType": "UserAssignedMSI",
            "MicrosoftAppId": "uami-client-id",
            "MicrosoftAppTenantId": "contoso",
        }
    )
    assert settings.graph_configured
    assert credential(settings) == ManagedIdentity("uami-client-id")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"GRAPH_MANAGED_IDENTITY": "System"}, ManagedIdentity(None)),
        ({"GRAPH_MANAGED_IDENTITY": "mi-id"}, ManagedIdentity("mi-id")),
        (
            {"GRAPH_CLIENT_CERTIFICATE": "/k.pem", "GRAPH_CLIENT_SECRET": "s"},
            ClientCertificate("app", "/k.pem"),
        ),
        ({"GRAPH_CLIENT_SECRET": "s"}, ClientSecret("app", "s")),
    ],
)
def test_the_credential_is_managed_identity_then_certificate_then_secret(
    env: dict[str, str], expected: object
) -> None:
    settings = Settings.from_env({**BASE, **env})
    assert settings.graph_configured
    assert credential(settings) == expected


def test_a_thumbprint_in_a_wrong_shape_is_refused() -> None:
    settings = Settings.from_env(
        {
            **BASE,
            "GRAPH_CLIENT_CERTIFICATE": "/k.pem",
            "GRAPH_CLIENT_CERTIFICATE_THUMBPRINT": "sha256:abc",
        }
    )
    with pytest.raises(SettingsError, match="40 hex digits"):
        credential(settings)


def test_an_unreadable_ca_bundle_is_a_settings_error(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {**BASE, "GRAPH_CLIENT_SECRET": "s", "SSL_CERT_FILE": str(tmp_path / "missing.pem")}
    )
    with pytest.raises(SettingsError, match="cannot load CA certificates"):
        graph_source(settings)


def test_the_source_says_which_tenant_and_cloud_it_reads() -> None:
    settings = Settings.from_env({**BASE, "GRAPH_CLIENT_SECRET": "s", "GRAPH_CLOUD": "china"})
    source = graph_source(settings)
    assert source.description == "Microsoft Graph, tenant contoso.onmicrosoft.com (china cloud)"
    assert source.can_sync
