"""Who may talk to the bot, and with which credentials it answers.

Inbound: botbuilder's own JWT validation (issuer, audience = our app id, signing key from the
Bot Framework OpenID metadata, the key's endorsement for the channel, the serviceurl claim),
with three fixes for 4.17.1: the metadata is fetched off the event loop (botbuilder calls
`requests` inside a coroutine), a key that no endorsement ties to the channel is refused
(botbuilder skips the check when a key lists none), and every validation failure becomes a
401 (an unknown key id raised IndexError, i.e. a 500).

Outbound: one connector per service URL for the life of the process, and an access token
that is fetched once per lifetime (see `TokenHeader`), instead of a new ConnectorClient,
UserTokenClient and MSAL app per turn.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import jwt
import requests
from botbuilder.schema import Activity
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    GovernmentConstants,
    UserTokenClient,
)
from botframework.connector.skills import BotFrameworkClient

from bot.teams.connector import Connector, ConnectorCalls, ConnectorRetry, TokenHeader
from bot.teams.sdk_internals import SigningKeys, jwt_validation, naive_now

log = logging.getLogger(__name__)

# Seconds between two fetches of the signing keys, whatever the tokens say.
REFRESH_GAP = 10.0


@dataclass(frozen=True)
class BotFrameworkCloud:
    """The Bot Framework endpoints of one cloud; every one can be overridden for a private
    deployment or a test (BotOpenIdMetadata and ToBotFromChannelTokenIssuer)."""

    openid_metadata: str = AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL
    token_issuer: str = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
    emulator_metadata: str = AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL
    oauth_scope: str = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
    login_url: str = (
        AuthenticationConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL_PREFIX + "botframework.com"
    )
    oauth_url: str = AuthenticationConstants.OAUTH_URL
    caller_id: str = "urn:botframework:azure"


US_GOVERNMENT = BotFrameworkCloud(
    openid_metadata=GovernmentConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
    token_issuer=GovernmentConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER,
    emulator_metadata=GovernmentConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
    oauth_scope=GovernmentConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE,
    login_url=GovernmentConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL,
    oauth_url=GovernmentConstants.OAUTH_URL_GOV,
    caller_id="urn:botframework:azureusgov",
)


def is_loopback_host(host: str | None) -> bool:
    """localhost or a loopback address (127.0.0.0/8, ::1); a name such as 127.example.com is
    not one, whatever it resolves to."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def is_loopback_authority(authority: str | None) -> bool:
    """A Host header naming this machine: localhost, 127.0.0.0/8 or [::1], with or without
    a port."""
    try:
        return is_loopback_host(urlsplit("//" + (authority or "")).hostname)
    except ValueError:
        return False


def is_loopback_url(url: str | None) -> bool:
    try:
        return is_loopback_host(urlsplit(url or "").hostname)
    except ValueError:
        return False


class ConnectorPool(ConnectorFactory):  # type: ignore[misc]
    """One Connector per service URL, all on one keep-alive session. Teams uses a handful of
    regional service URLs; the pool keeps the `size` most recently used, so a stream of
    distinct URLs cannot grow it for good."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        token: TokenHeader | None,
        retry: ConnectorRetry,
        size: int = 256,
        observe: ConnectorCalls | None = None,
    ) -> None:
        self.session, self.token, self.retry, self.size = session, token, retry, size
        self.observe = observe
        self._connectors: OrderedDict[str, Connector] = OrderedDict()

    async def create(self, service_url: str, audience: str | None = None) -> Connector:
        return self.get(service_url)

    @property
    def held(self) -> int:
        """Connectors kept (not __len__: botbuilder tests the factory for truth)."""
        return len(self._connectors)

    def get(self, service_url: str) -> Connector:
        connector = self._connectors.get(service_url)
        if connector is None:
            # Anonymous mode answers only local clients (Agents Playground, Emulator): an
            # unauthenticated caller must not make us post tenant data anywhere else.
            allowed = self.token is not None or is_loopback_url(service_url)
            connector = Connector(
                self.session, service_url, self.token, self.retry, allowed, observe=self.observe
            )
            self._connectors[service_url] = connector
            if len(self._connectors) > self.size:
                self._connectors.popitem(last=False)
        else:
            self._connectors.move_to_end(service_url)
        return connector


class _NoUserTokens(UserTokenClient):  # type: ignore[misc]
    """ADE Doctor never signs users in (it reads Intune with its own app identity), so the
    per-turn UserTokenClient botbuilder builds would be pure cost."""

    async def get_user_token(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("ADE Doctor has no user sign-in")

    async def get_sign_in_resource(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("ADE Doctor has no user sign-in")

    async def sign_out_user(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("ADE Doctor has no user sign-in")

    async def get_token_status(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("ADE Doctor has no user sign-in")

    async def get_aad_tokens(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("ADE Doctor has no user sign-in")

    async def exchange_token(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("ADE Doctor has no user sign-in")


class BotAuthentication(BotFrameworkAuthentication):  # type: ignore[misc]
    def __init__(
        self,
        app_id: str | None,
        connectors: ConnectorPool,
        cloud: BotFrameworkCloud | None = None,
    ) -> None:
        self.app_id = app_id
        cloud = cloud or BotFrameworkCloud()
        self.cloud = cloud
        self.connectors = connectors
        # Inbound validation only needs the app id; credentials for replies live in the pool.
        self._inner = jwt_validation(
            app_id,
            login_url=cloud.login_url,
            oauth_scope=cloud.oauth_scope,
            token_issuer=cloud.token_issuer,
            oauth_url=cloud.oauth_url,
            openid_metadata=cloud.openid_metadata,
            emulator_metadata=cloud.emulator_metadata,
            caller_id=cloud.caller_id,
        )
        self._refresh_lock = asyncio.Lock()
        self._refreshed: dict[str, float] = {}
        self._user_tokens = _NoUserTokens()

    @property
    def anonymous(self) -> bool:
        return not self.app_id

    async def authenticate_request(
        self, activity: Activity, auth_header: str | None
    ) -> AuthenticateRequestResult:
        if self.anonymous:
            result = AuthenticateRequestResult()
            result.claims_identity = ClaimsIdentity(
                {}, True, AuthenticationConstants.ANONYMOUS_AUTH_TYPE
            )
        else:
            if not auth_header:
                raise PermissionError("no Authorization header")
            await self._check_token(auth_header, activity.channel_id)
            try:
                result = await self._inner.authenticate_request(activity, auth_header)
            except PermissionError:
                raise
            except Exception as error:  # PyJWT errors, unknown key id, bad endorsement
                raise PermissionError(f"invalid token: {type(error).__name__}") from None
        result.audience = self.cloud.oauth_scope
        result.connector_factory = self.connectors
        return result

    async def _check_token(self, auth_header: str, channel_id: str | None) -> None:
        """Refuses, before any network call, a token that is not shaped like one the Bot
        Framework issues to a bot (its issuer, an expiry, an audience), then makes sure the
        signing key is known (refreshing the metadata off the loop, as botbuilder would on
        it) and endorsed for this channel.

        botbuilder accepts a signed token without `exp` (PyJWT checks `exp` only when it is
        there), answers one without `iss` with KeyError, and fetches the Emulator's metadata
        for an Emulator-issued token. Teams never sends Emulator tokens, so in authenticated
        mode they are refused like any other issuer."""
        scheme, _, token = auth_header.partition(" ")
        if scheme != "Bearer" or not token:
            raise PermissionError("not a Bearer token")
        try:
            kid = jwt.get_unverified_header(token).get("kid")
            claims = jwt.decode(
                token, options={"verify_signature": False, "require": ["exp", "iss", "aud"]}
            )
        except jwt.PyJWTError as error:
            raise PermissionError(f"malformed token: {type(error).__name__}") from None
        if claims.get("iss") != self.cloud.token_issuer:
            raise PermissionError("the token is not from the Bot Framework channel service")
        url = self.cloud.openid_metadata
        keys = SigningKeys(url)
        key = keys.find(kid)
        stale = keys.updated < naive_now() - timedelta(hours=23)
        if stale or (key is None and keys.updated < naive_now() - timedelta(hours=1)):
            async with self._refresh_lock:
                # Requests that queued behind a refresh, or that follow a failed one, use
                # what it got: forged or unlucky tokens must not turn into one fetch each.
                if time.monotonic() - self._refreshed.get(url, -REFRESH_GAP) >= REFRESH_GAP:
                    self._refreshed[url] = time.monotonic()
                    try:
                        await asyncio.to_thread(keys.refresh)
                    except (requests.RequestException, ValueError, KeyError) as error:
                        log.error(
                            "cannot fetch the Bot Framework signing keys from %s: %s", url, error
                        )
                        raise PermissionError("signing keys unavailable") from None
            key = keys.find(kid)
        if key is None:
            raise PermissionError("signing key not found in the OpenID metadata")
        endorsements = key.get("endorsements") or []
        if channel_id not in endorsements:
            raise PermissionError("signing key is not endorsed for this channel")

    async def authenticate_streaming_request(
        self, auth_header: str, channel_id_header: str
    ) -> AuthenticateRequestResult:
        raise PermissionError("ADE Doctor does not accept streaming (Direct Line ASE) connections")

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorPool:
        return self.connectors

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        return self._user_tokens

    def create_bot_framework_client(self) -> BotFrameworkClient:
        raise NotImplementedError("ADE Doctor does not call skills")

    def get_originating_audience(self) -> str:
        return self.cloud.oauth_scope

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)
