"""The bot's own access token for the Bot Connector (replies and proactive messages).

The same Entra ID sign-in machinery as Graph (one msal client, its cache, off the event
loop), for the scope https://api.botframework.com/.default: stock botbuilder builds a new
MSAL app per turn and calls Entra ID synchronously on the loop; this signs in once per token
lifetime.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.graph.clouds import Endpoints
from bot.graph.credentials import TenantCredential
from bot.graph.deadline import Deadline
from bot.graph.identity import AuthError, ClientSecret, Credential, ManagedIdentity
from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)

TokenHeader = Callable[[bool], Awaitable[str | None]]
BOT_FRAMEWORK = "https://api.botframework.com"
LOGIN = "https://login.microsoftonline.com"
# Multi-tenant bots sign in through the Bot Framework's own tenant.
MULTI_TENANT = "botframework.com"
# A reply must fit Teams' 15 s; the sign-in gets part of it.
SIGN_IN_BUDGET = 8.0


class ConnectorTokenError(Exception):
    """No token for the Bot Connector; the message says what to fix, never a secret."""


def connector_token(settings: Settings) -> ConnectorToken | None:
    """None without MicrosoftAppId (anonymous local mode); SettingsError when the bot's
    registration is incomplete."""
    app_id = settings.app_id
    if not app_id:
        return None
    credential: Credential
    if settings.app_type == "UserAssignedMSI":
        credential = ManagedIdentity(app_id)
    elif settings.app_password:
        credential = ClientSecret(app_id, settings.app_password)
    else:
        raise SettingsError(
            f"MicrosoftAppPassword is required with MicrosoftAppType {settings.app_type}"
        )
    if settings.app_type == "MultiTenant":
        tenant = MULTI_TENANT
    elif settings.app_tenant_id:
        tenant = settings.app_tenant_id
    else:
        raise SettingsError(
            f"MicrosoftAppTenantId is required with MicrosoftAppType {settings.app_type}"
        )
    resource = (settings.bot_oauth_scope or BOT_FRAMEWORK).removesuffix("/.default")
    endpoints = Endpoints(
        cloud="bot-framework",
        authority_host=LOGIN,
        # ToChannelFromBotLoginUrl, as botbuilder names it: a full authority with a tenant.
        authority_override=settings.bot_login_url,
        graph="",
        resource=resource,
    )
    signer = TenantCredential(
        tenant, credential, endpoints, ca_bundle=settings.graph_ca_bundle, timeout=5.0
    )
    return ConnectorToken(signer)


class ConnectorToken:
    """`await token(refresh)` gives the Authorization header; `refresh` says the connector
    refused the last token (401), which is then replaced once."""

    def __init__(self, signer: TenantCredential) -> None:
        self.signer = signer
        self._issued: str | None = None

    async def __call__(self, refresh: bool) -> str:
        stale = self._issued if refresh else None
        try:
            token = await self.signer.bearer(Deadline(SIGN_IN_BUDGET), stale=stale)
        except AuthError as error:
            log.error("cannot sign in to answer in Teams: %s", error.detail)
            raise ConnectorTokenError(error.detail) from None
        self._issued = token
        return f"Bearer {token}"

    def close(self) -> None:
        self.signer.close()
