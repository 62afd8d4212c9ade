"""Builds the process's GraphSource from Settings: which credential, which cloud, which CAs."""

from __future__ import annotations

import re
import ssl

from bot.graph.cache import SnapshotCache
from bot.graph.client import GraphClient, RetryPolicy
from bot.graph.clouds import endpoints_for
from bot.graph.credentials import Credentials
from bot.graph.device_cache import DeviceCache
from bot.graph.graph_source import GraphSource
from bot.graph.identity import ClientCertificate, ClientSecret, Credential, ManagedIdentity
from bot.graph.observer import GraphObserver
from bot.settings import Settings, SettingsError


def graph_source(
    settings: Settings, *, policy: RetryPolicy | None = None, observer: GraphObserver | None = None
) -> GraphSource:
    """Call once per process (one HTTP connection pool); SettingsError names what is wrong."""
    if not settings.graph_configured or settings.graph_tenant_id is None:
        raise SettingsError(
            "Microsoft Graph is not configured: set GRAPH_TENANT_ID and GRAPH_CLIENT_ID with "
            "GRAPH_CLIENT_SECRET or GRAPH_CLIENT_CERTIFICATE, or GRAPH_MANAGED_IDENTITY"
        )
    policy = policy or RetryPolicy.within(settings.graph_budget_seconds)
    endpoints = endpoints_for(
        settings.graph_cloud, settings.graph_authority, settings.graph_endpoint
    )
    credentials = Credentials(
        credential(settings),
        endpoints,
        ca_bundle=settings.graph_ca_bundle,
        timeout=policy.attempt_timeout,
        observer=observer,
    )
    verify = _verify(settings.graph_ca_bundle)
    client = GraphClient(
        endpoints.graph,
        policy=policy,
        verify=verify,
        observer=observer,
        connections=settings.graph_connections,
    )
    cache = SnapshotCache(settings.graph_cache_seconds)
    devices = DeviceCache(settings.device_cache_seconds)
    return GraphSource(settings.graph_tenant_id, client, credentials, cache, devices)


def credential(settings: Settings) -> Credential:
    """Managed identity when asked for (or when the bot itself is one), else a certificate,
    else a secret: a certificate is what Microsoft recommends for production apps."""
    identity = settings.graph_managed_identity
    if identity is not None:
        return ManagedIdentity(None if identity.lower() == "system" else identity)
    client_id = settings.graph_client_id or ""
    if settings.graph_client_certificate:
        return ClientCertificate(
            client_id,
            settings.graph_client_certificate,
            _thumbprint(settings.graph_client_certificate_thumbprint),
        )
    if settings.graph_client_secret:
        return ClientSecret(client_id, settings.graph_client_secret)
    return ManagedIdentity(client_id or None)


def _thumbprint(raw: str | None) -> str | None:
    # The portal shows it as 40 hex digits; people paste it with spaces or colons.
    if raw is None:
        return None
    digits = re.sub(r"[\s:]", "", raw).upper()
    if not re.fullmatch(r"[0-9A-F]{40}", digits):
        raise SettingsError(
            "GRAPH_CLIENT_CERTIFICATE_THUMBPRINT must be the certificate's SHA-1 thumbprint "
            f"(40 hex digits), got {raw!r}"
        )
    return digits


def _verify(ca_bundle: str | None) -> ssl.SSLContext | bool:
    if ca_bundle is None:
        return True
    try:
        return ssl.create_default_context(cafile=ca_bundle)
    except (OSError, ssl.SSLError) as error:
        raise SettingsError(
            f"SSL_CERT_FILE / REQUESTS_CA_BUNDLE {ca_bundle}: cannot load CA certificates "
            f"({getattr(error, 'strerror', None) or error})"
        ) from None
