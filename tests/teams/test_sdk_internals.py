"""botbuilder's private API, as bot/teams/sdk_internals.py uses it. When the pinned botbuilder
moves, these fail first, each naming the internal that changed, instead of a bot that
answers 500 or lets a forged token through."""

from __future__ import annotations

import ast
import inspect
from importlib.metadata import version
from pathlib import Path

import pytest
from botbuilder.core import CloudAdapterBase, TurnContext
from botbuilder.schema import Activity, ConversationReference
from botframework.connector.auth._parameterized_bot_framework_authentication import (
    _ParameterizedBotFrameworkAuthentication,
)
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor

import bot.teams
from bot.teams.sdk_internals import SigningKeys, attribute_map

TEAMS = Path(bot.teams.__file__).parent
PINNED = "4.17.1"


def test_the_pinned_botbuilder_is_the_one_installed() -> None:
    for package in ("botbuilder-core", "botbuilder-schema", "botframework-connector"):
        assert version(package) == PINNED, (
            f"{package} {version(package)} is installed, sdk_internals was checked against "
            f"{PINNED}: re-read every internal listed in bot/teams/sdk_internals.py"
        )


def test_the_parameterized_authentication_takes_the_arguments_we_pass_in_order() -> None:
    signature = inspect.signature(_ParameterizedBotFrameworkAuthentication).parameters
    parameters = list(signature)
    assert parameters[:11] == [
        "validate_authority",
        "to_channel_from_bot_login_url",
        "to_channel_from_bot_oauth_scope",
        "to_bot_from_channel_token_issuer",
        "oauth_url",
        "to_bot_from_channel_open_id_metadata_url",
        "to_bot_from_emulator_open_id_metadata_url",
        "caller_id",
        "credentials_factory",
        "auth_configuration",
        "http_client_factory",
    ], f"_ParameterizedBotFrameworkAuthentication changed its parameters: {parameters}"
    later = [name for name in parameters[11:] if signature[name].default is inspect.Parameter.empty]
    assert not later, f"_ParameterizedBotFrameworkAuthentication now requires {later}"


def test_the_signing_key_cache_keeps_url_keys_and_update_time() -> None:
    url = "https://login.example.invalid/v1/.well-known/openidconfiguration"
    metadata = JwtTokenExtractor.get_open_id_metadata(url)
    for name in ("url", "keys", "last_updated"):
        assert hasattr(metadata, name), f"botbuilder's _OpenIdMetadata has no {name!r}"
    assert metadata is JwtTokenExtractor.get_open_id_metadata(url), "the cache is per URL"
    keys = SigningKeys(url)
    metadata.keys = [{"kid": "k1", "endorsements": ["msteams"]}]
    assert keys.find("k1") == {"kid": "k1", "endorsements": ["msteams"]}
    assert keys.find("other") is None


def test_the_schema_models_keep_msrest_attribute_maps() -> None:
    for model in (Activity, ConversationReference):
        fields = attribute_map(model)
        assert fields, f"{model.__name__}._attribute_map is gone"
        assert all({"key", "type"} <= set(spec) for spec in fields.values()), model.__name__
    assert attribute_map(Activity)["service_url"] == {"key": "serviceUrl", "type": "str"}


def test_the_adapter_still_routes_turn_results_through_process_turn_results() -> None:
    method = CloudAdapterBase.__dict__.get("_process_turn_results")
    assert method is not None, "CloudAdapterBase._process_turn_results is gone"
    assert list(inspect.signature(method).parameters) == ["self", "context"]
    source = inspect.getsource(CloudAdapterBase.process_activity)
    assert "_process_turn_results" in source, "process_activity no longer calls it"
    init = inspect.getsource(TurnContext.__init__)
    assert "self.buffered_reply_activities" in init, "TurnContext.buffered_reply_activities"


def test_no_other_module_touches_botbuilder_internals() -> None:
    for path in sorted(TEAMS.glob("*.py")):
        if path.name == "sdk_internals.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                private = [part for part in parts if part.startswith("_") and part != "__future__"]
                assert not private, f"{path.name} imports the private module {node.module}"
            if isinstance(node, ast.Attribute) and node.attr in {
                "_attribute_map",
                "_process_turn_results",
                "get_open_id_metadata",
            }:
                pytest.fail(f"{path.name}:{node.lineno} uses botbuilder's {node.attr}")
