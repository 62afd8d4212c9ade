"""Every place ADE Doctor touches botbuilder's private API, and nowhere else.

botbuilder-python 4.17.1 is in maintenance; Microsoft points new bots to the M365 Agents
SDK. We lean on four of its internals, each for a measured reason, and
tests/teams/test_sdk_internals.py fails loudly, naming the internal, if the pinned version
moves:

- `_ParameterizedBotFrameworkAuthentication`: botbuilder's own JWT validation, without the
  per-turn ConnectorClient/UserTokenClient construction of its public wrapper.
- the OpenID metadata cache behind `JwtTokenExtractor` (`url`, `keys`, `last_updated`):
  refreshed here in a worker thread, because botbuilder refreshes it with `requests` on the
  event loop, and checked for the key's channel endorsement, which it skips for keys that
  list none.
- msrest's `_attribute_map` on the schema models: walked directly, (de)serialization costs a
  tenth of msrest's (bot.teams.wire).
- `CloudAdapterBase._process_turn_results`: for `expectReplies` botbuilder serializes the
  body twice (the 500 of CloudAdapter) and msrest turns card content into `str()`.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import requests
from botbuilder.core import CloudAdapterBase, InvokeResponse, TurnContext
from botbuilder.schema import DeliveryModes
from botframework.connector.auth import (
    AuthenticationConfiguration,
    BotFrameworkAuthentication,
    PasswordServiceClientCredentialFactory,
)
from botframework.connector.auth._parameterized_bot_framework_authentication import (
    _ParameterizedBotFrameworkAuthentication,
)
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor
from msrest.serialization import Model

AttributeMap = dict[str, dict[str, Any]]


def jwt_validation(
    app_id: str | None,
    *,
    login_url: str,
    oauth_scope: str,
    token_issuer: str,
    oauth_url: str,
    openid_metadata: str,
    emulator_metadata: str,
    caller_id: str,
) -> BotFrameworkAuthentication:
    """botbuilder's validation of incoming requests for `app_id`; replies never use it (their
    credentials live in bot.teams.auth.ConnectorPool), so it gets no password."""
    return _ParameterizedBotFrameworkAuthentication(
        True,  # validate_authority
        login_url,
        oauth_scope,
        token_issuer,
        oauth_url,
        openid_metadata,
        emulator_metadata,
        caller_id,
        PasswordServiceClientCredentialFactory(app_id or None, None),
        AuthenticationConfiguration(),
        None,  # http_client_factory
    )


def naive_now() -> datetime:
    """botbuilder's metadata cache stamps naive local times; compare like with like."""
    return datetime.now()  # noqa: DTZ005


class SigningKeys:
    """The signing keys botbuilder caches for one OpenID metadata URL (shared with its own
    validation, so a refresh here is what it validates against)."""

    def __init__(self, metadata_url: str) -> None:
        self._metadata = JwtTokenExtractor.get_open_id_metadata(metadata_url)

    @property
    def updated(self) -> datetime:
        updated: datetime = self._metadata.last_updated
        return updated

    def find(self, kid: object) -> dict[str, Any] | None:
        keys: list[dict[str, Any]] = self._metadata.keys or []
        return next((key for key in keys if key.get("kid") == kid), None)

    def refresh(self) -> None:
        """botbuilder's `_OpenIdMetadata._refresh`, with timeouts; blocking, so callers run it
        in a worker thread."""
        response = requests.get(self._metadata.url, timeout=10)
        response.raise_for_status()
        keys_url = response.json()["jwks_uri"]
        keys = requests.get(keys_url, timeout=10)
        keys.raise_for_status()
        self._metadata.keys = json.loads(keys.text)["keys"]
        self._metadata.last_updated = naive_now()


def attribute_map(model: type[Model] | Model) -> AttributeMap:
    """msrest's field table of a schema model: attribute -> {"key": JSON name, "type": spec}."""
    fields: AttributeMap = model._attribute_map
    return fields


class TurnResultsAdapter(CloudAdapterBase):  # type: ignore[misc]
    """CloudAdapterBase whose expectReplies result holds the activities as they are, for
    bot.teams.server to serialize once with our serializer."""

    def _process_turn_results(self, context: TurnContext) -> InvokeResponse | None:
        if context.activity.delivery_mode == DeliveryModes.expect_replies:
            return InvokeResponse(
                status=200, body={"activities": list(context.buffered_reply_activities)}
            )
        response: InvokeResponse | None = super()._process_turn_results(context)
        return response
