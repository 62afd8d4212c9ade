"""One GraphSource per registry tenant (issue 15), built from Settings and the registry.

An MSP's usual setup is one multi-tenant app registration (certificate), consented in every
customer tenant: each tenant then gets its own msal client and token cache for the bot's
credential against that tenant id. A customer that keeps its own app registration names it
in the registry instead. Tenants of one cloud share one HTTP connection pool and the caches
(keyed by tenant id), so a thousand tenants do not mean a thousand pools.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial

from bot.core.tenant.registry import CredentialRef, Registry, TenantEntry
from bot.graph.cache import SnapshotCache
from bot.graph.client import GraphClient, RetryPolicy
from bot.graph.clouds import Endpoints, endpoints_for
from bot.graph.credentials import Credentials, close_sign_in_threads, sign_in_threads
from bot.graph.device_cache import DeviceCache
from bot.graph.factory import _thumbprint, _verify, credential
from bot.graph.graph_source import GraphSource
from bot.graph.identity import ClientCertificate, ClientSecret, Credential
from bot.graph.observer import GraphObserver
from bot.settings import Settings, SettingsError, secret_from_env

MAX_SIGN_IN_WORKERS = 32


@dataclass
class GraphTenants:
    """The registry's GraphSources and what they share, closed once."""

    sources: list[tuple[TenantEntry, GraphSource]]
    clients: list[GraphClient]
    credentials: list[Credentials]
    cache: SnapshotCache
    devices: DeviceCache
    sign_ins: ThreadPoolExecutor

    async def close(self) -> None:
        await self.cache.aclose()
        await self.devices.aclose()
        for client in self.clients:
            await client.aclose()
        for credentials in self.credentials:
            credentials.close()
        close_sign_in_threads(self.sign_ins)


def bot_credential_configured(settings: Settings) -> bool:
    """The bot's own app can sign in to customer tenants (GRAPH_TENANT_ID not needed)."""
    if settings.graph_managed_identity:
        return True
    return bool(
        settings.graph_client_id
        and (
            settings.graph_client_secret
            or settings.graph_client_certificate
            or settings.graph_uses_managed_identity
        )
    )


def graph_sources(
    settings: Settings,
    registry: Registry,
    *,
    policy: RetryPolicy | None = None,
    observer: GraphObserver | None = None,
) -> GraphTenants:
    """SettingsError names the tenant whose credential cannot be used; `observer` counts
    every tenant's Graph answers and failed sign-ins."""
    policy = policy or RetryPolicy.within(settings.graph_budget_seconds)
    verify = _verify(settings.graph_ca_bundle)
    cache = SnapshotCache(settings.graph_cache_seconds)
    devices = DeviceCache(settings.device_cache_seconds)
    clients: dict[str, tuple[Endpoints, GraphClient]] = {}
    shared: dict[str, Credentials] = {}
    # Sign-ins for every tenant on threads of their own, as many as tenants are read at once
    # (each read waits for one sign-in at most), capped: they mostly wait for Entra ID.
    workers = min(settings.tenant_concurrency, MAX_SIGN_IN_WORKERS)
    made = GraphTenants([], [], [], cache, devices, sign_in_threads(workers))
    credentials_for = partial(
        Credentials,
        ca_bundle=settings.graph_ca_bundle,
        timeout=policy.attempt_timeout,
        workers=workers,
        executor=made.sign_ins,
        observer=observer,
    )
    bot_credential = credential(settings) if bot_credential_configured(settings) else None
    for entry in registry:
        if entry.cloud not in clients:
            endpoints = _endpoints(settings, entry.cloud)
            client = GraphClient(
                endpoints.graph,
                policy=policy,
                verify=verify,
                observer=observer,
                # One pool per cloud; an MSP's tenants are nearly always in one cloud.
                connections=settings.graph_connections,
            )
            clients[entry.cloud] = (endpoints, client)
            made.clients.append(client)
        endpoints, client = clients[entry.cloud]
        if entry.credential is not None:
            own = _own_credential(entry.credential, entry.name)
            credentials = credentials_for(own, endpoints)
            made.credentials.append(credentials)
        elif bot_credential is None:
            raise SettingsError(
                f"tenant {entry.name!r} has no credential of its own and the bot has none: set "
                "GRAPH_CLIENT_ID with GRAPH_CLIENT_CERTIFICATE (or a secret), or add "
                "[tenant.credential] to the registry"
            )
        else:
            if entry.cloud not in shared:
                shared[entry.cloud] = credentials_for(bot_credential, endpoints)
                made.credentials.append(shared[entry.cloud])
            credentials = shared[entry.cloud]
        assert entry.tenant_id is not None  # the registry file requires one
        source = GraphSource(entry.tenant_id, client, credentials, cache, devices)
        made.sources.append((entry, source))
    return made


def _endpoints(settings: Settings, cloud: str) -> Endpoints:
    # GRAPH_AUTHORITY / GRAPH_ENDPOINT (private endpoints, tests) describe the bot's own cloud.
    if cloud == settings.graph_cloud:
        return endpoints_for(cloud, settings.graph_authority, settings.graph_endpoint)
    return endpoints_for(cloud)


def _own_credential(ref: CredentialRef, tenant: str) -> Credential:
    owner = f"tenant {tenant!r}"
    if ref.certificate is not None:
        return ClientCertificate(
            ref.client_id, ref.certificate, _thumbprint(ref.certificate_thumbprint)
        )
    assert ref.client_secret_env is not None  # the registry requires one of the two
    return ClientSecret(ref.client_id, secret_from_env(ref.client_secret_env, owner))
