"""App-only access tokens for Graph: one msal client per tenant, created once, its token cache
reused. msal is synchronous (requests underneath), so every call runs in a worker thread."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

import msal  # type: ignore[import-untyped]
import requests

from bot.core.tenant.snapshot import Reason
from bot.graph.clouds import Endpoints
from bot.graph.deadline import Deadline
from bot.graph.identity import (
    AuthError,
    ClientCertificate,
    ClientSecret,
    Credential,
    ManagedIdentity,
    msal_certificate,
)
from bot.graph.observer import GraphObserver, sign_in_failed
from bot.graph.signin_errors import explain

log = logging.getLogger(__name__)
# Sign-ins at once per credential. Each is a wait for Entra ID (and, with a certificate, an RSA
# signature): more threads than this only contend for the GIL.
SIGN_IN_WORKERS = 16


class TenantCredential:
    """Bearer tokens for one tenant. A token is memoized until shortly before it expires, so
    the three reads of a snapshot cost one thread hop, not three."""

    def __init__(
        self,
        tenant_id: str,
        credential: Credential,
        endpoints: Endpoints,
        *,
        ca_bundle: str | None,
        timeout: float,
        http: _HttpClient | None = None,
        executor: Executor | None = None,
        observer: GraphObserver | None = None,
    ) -> None:
        self.tenant_id, self.credential, self.endpoints = tenant_id, credential, endpoints
        self._executor, self.observer = executor, observer
        self._cache = msal.TokenCache()
        # Shared by every tenant of one Credentials (issue 15), so a thousand customer
        # tenants sign in over a few kept-alive connections to Entra ID, not a thousand
        # sessions each loading the CA bundle and shaking hands on its own.
        self._owns_http = http is None
        self._http = http if http is not None else _HttpClient(ca_bundle, timeout)
        self._app: Any = None
        self._build_lock = threading.Lock()
        self._lock = asyncio.Lock()
        self._token: str | None = None
        self._fresh_until = 0.0

    async def bearer(self, deadline: Deadline, *, stale: str | None = None) -> str:
        """An access token; `stale` is one Graph just refused (401, or 403 after a permission
        was granted: app roles are baked into the token), which is then never handed out
        again. Concurrent callers that refused the same token cause one new token. A
        sign-in that fails is counted for the metrics (AuthError)."""
        try:
            return await self._bearer(deadline, stale)
        except AuthError as error:
            sign_in_failed(self.observer, error)
            raise

    async def _bearer(self, deadline: Deadline, stale: str | None) -> str:
        async with self._lock:
            if stale is not None and stale == self._token:
                self._token = None
                self._forget_tokens()
            if self._token is not None and time.monotonic() < self._fresh_until:
                return self._token
            remaining = deadline.remaining()
            if remaining <= 0:
                raise AuthError(Reason.TIMEOUT, "no time left to sign in to Microsoft Entra ID")
            try:
                call = asyncio.get_running_loop().run_in_executor(self._executor, self._acquire)
                result = await asyncio.wait_for(call, remaining)
            except TimeoutError:
                raise AuthError(
                    Reason.TIMEOUT, f"{self._host()} did not answer the sign-in in time"
                ) from None
            token, expires_in = self._check(result)
            self._token = token
            # msal renews 5 minutes before expiry; very short-lived tokens live half their life.
            margin = 300.0 if expires_in > 600 else expires_in / 2
            self._fresh_until = time.monotonic() + expires_in - margin
            return token

    def _acquire(self) -> Any:
        try:
            if isinstance(self.credential, ManagedIdentity):
                return self._client().acquire_token_for_client(resource=self.endpoints.resource)
            return self._client().acquire_token_for_client(scopes=[self.endpoints.scope])
        except AuthError:
            raise
        except OSError as error:  # requests' errors are OSErrors
            raise self._network_error(error) from None
        except msal.exceptions.MsalServiceError as error:
            # An HTTP error without an OAuth error body (e.g. 503 from an outage).
            raise self._network_error(error) from None
        except ValueError as error:
            # msal raises ValueError when the authority's OpenID configuration cannot be
            # read (the tenant does not exist in this cloud), when a key cannot sign, and
            # when Entra ID answers something that is not JSON (an outage page).
            text = _chain(error)
            known = "AADSTS" in text or "authority configuration" in text
            signing = isinstance(self.credential, ClientCertificate)
            if known or (signing and not isinstance(error, json.JSONDecodeError)):
                detail = explain(self._context(), None, text)
                log.warning("Graph sign-in for tenant %s failed: %s", self.tenant_id, detail)
                raise AuthError(Reason.UNAUTHORIZED, detail) from None
            raise self._network_error(error) from None

    def _client(self) -> Any:
        with self._build_lock:
            if self._app is None:
                self._app = self._build()
            return self._app

    def _build(self) -> Any:
        http = self._http
        if isinstance(self.credential, ManagedIdentity):
            identity = (
                msal.UserAssignedManagedIdentity(client_id=self.credential.client_id)
                if self.credential.client_id
                else msal.SystemAssignedManagedIdentity()
            )
            return msal.ManagedIdentityClient(identity, http_client=http, token_cache=self._cache)
        if isinstance(self.credential, ClientSecret):
            secret: object = self.credential.secret
        else:
            secret = msal_certificate(self.credential)
        return msal.ConfidentialClientApplication(
            self.credential.client_id,
            client_credential=secret,
            authority=self.endpoints.authority(self.tenant_id),
            instance_discovery=self.endpoints.instance_discovery,
            http_client=http,
            token_cache=self._cache,
        )

    def _check(self, result: Any) -> tuple[str, float]:
        if isinstance(result, dict) and isinstance(result.get("access_token"), str):
            return result["access_token"], float(result.get("expires_in") or 3600)
        error = result if isinstance(result, dict) else {}
        if error.get("error") == "temporarily_unavailable":
            raise AuthError(Reason.UNAVAILABLE, f"{self._host()} is temporarily unavailable")
        detail = explain(self._context(), error.get("error"), str(error.get("error_description")))
        log.warning(
            "Entra ID refused a Graph token for tenant %s: %s (correlation-id %s)",
            self.tenant_id,
            detail,
            error.get("correlation_id"),
        )
        raise AuthError(Reason.UNAUTHORIZED, detail)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def _forget_tokens(self) -> None:
        kind = msal.TokenCache.CredentialType.ACCESS_TOKEN
        for entry in list(self._cache.search(kind)):
            self._cache.remove_at(entry)

    def _context(self) -> dict[str, str]:
        kind = type(self.credential).__name__
        client_id = getattr(self.credential, "client_id", None) or "(system-assigned)"
        return {"tenant": self.tenant_id, "client_id": client_id, "kind": kind}

    def _host(self) -> str:
        if isinstance(self.credential, ManagedIdentity):
            return "The managed identity endpoint"
        return self.endpoints.authority(self.tenant_id).split("/")[2]

    def _network_error(self, error: Exception) -> AuthError:
        if "CERTIFICATE_VERIFY_FAILED" in str(error):
            failure = AuthError(
                Reason.UNAVAILABLE,
                f"TLS certificate of {self._host()} not trusted: set SSL_CERT_FILE to the CA "
                "bundle of your network's TLS inspection proxy",
            )
        elif isinstance(error, ValueError):
            failure = AuthError(
                Reason.UNAVAILABLE, f"{self._host()} answered with something not JSON"
            )
        elif isinstance(error, msal.exceptions.MsalServiceError):
            failure = AuthError(Reason.UNAVAILABLE, f"{self._host()} answered {error}")
        else:
            reason = Reason.TIMEOUT if "Timeout" in type(error).__name__ else Reason.UNAVAILABLE
            failure = AuthError(reason, f"cannot reach {self._host()}: {type(error).__name__}")
        log.warning("Graph sign-in for tenant %s failed: %s", self.tenant_id, failure.detail)
        return failure


class Credentials:
    """One TenantCredential per tenant for the whole process, their sign-ins on `workers`
    threads of their own: asyncio's default pool has min(32, CPUs + 4) threads, shared with
    everything else, and 1,000 tenants' first sign-ins queued there for most of a scan."""

    def __init__(
        self,
        credential: Credential,
        endpoints: Endpoints,
        *,
        ca_bundle: str | None,
        timeout: float,
        workers: int = SIGN_IN_WORKERS,
        executor: ThreadPoolExecutor | None = None,
        observer: GraphObserver | None = None,
    ) -> None:
        """`executor`: sign-in threads shared with other Credentials (a registry's tenants
        with credentials of their own), closed by whoever made it; `observer` counts the
        failed sign-ins."""
        self.credential, self.endpoints, self.observer = credential, endpoints, observer
        self._ca_bundle, self._timeout = ca_bundle, timeout
        self._tenants: dict[str, TenantCredential] = {}
        self._http = _HttpClient(ca_bundle, timeout, workers)
        self._owns_executor = executor is None
        self._executor = executor or sign_in_threads(workers)

    def for_tenant(self, tenant_id: str) -> TenantCredential:
        key = tenant_id.lower()
        if key not in self._tenants:
            self._tenants[key] = TenantCredential(
                tenant_id,
                self.credential,
                self.endpoints,
                ca_bundle=self._ca_bundle,
                timeout=self._timeout,
                http=self._http,
                executor=self._executor,
                observer=self.observer,
            )
        return self._tenants[key]

    def close(self) -> None:
        for tenant in self._tenants.values():
            tenant.close()
        self._http.close()
        if self._owns_executor:
            close_sign_in_threads(self._executor)


def sign_in_threads(workers: int) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(workers, thread_name_prefix="msal-sign-in")


def close_sign_in_threads(executor: ThreadPoolExecutor) -> None:
    # A sign-in still waiting for Entra ID ends by its own timeout; nothing waits for it.
    executor.shutdown(wait=False, cancel_futures=True)


class _HttpClient:
    """msal's HTTP client: requests with our CA bundle and a timeout on every call (requests
    has no default timeout, and a hung sign-in would hold a worker thread forever).

    `verify` goes with each request: requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE in the
    environment override a Session's own `verify`."""

    def __init__(self, ca_bundle: str | None, timeout: float, workers: int = 32) -> None:
        self._session = requests.Session()
        # As many kept-alive connections as sign-ins can run at once (the sign-in threads).
        adapter = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=workers)
        self._session.mount("https://", adapter)
        self._verify: str | bool = ca_bundle or True
        self._timeout = timeout

    def get(self, url: str, **kwargs: Any) -> Any:
        return self._session.get(url, **self._defaults(kwargs))

    def post(self, url: str, **kwargs: Any) -> Any:
        return self._session.post(url, **self._defaults(kwargs))

    def _defaults(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs.setdefault("timeout", self._timeout)
        kwargs.setdefault("verify", self._verify)
        return kwargs

    def close(self) -> None:
        self._session.close()


def _chain(error: BaseException) -> str:
    """msal re-raises the OpenID discovery failure; the AADSTS code sits in the cause."""
    texts = [str(error)]
    if error.__context__ is not None:
        texts.append(str(error.__context__))
    return " ".join(texts)
