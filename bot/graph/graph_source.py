"""A tenant's Apple enrollment state read from Microsoft Graph: ADE tokens (beta only), the
APNs certificate and VPP tokens, each read on its own so one refused part still lets the
others be diagnosed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from contextlib import aclosing
from dataclasses import dataclass
from datetime import datetime
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import quote

from bot.core.tenant.document import (
    SECRET_FIELDS,
    SELECT,
    SnapshotError,
    parse_enrollment_tokens,
    parse_push_certificate_body,
    parse_vpp_tokens,
)
from bot.core.tenant.snapshot import (
    TOKEN_PARTS,
    EnrollmentToken,
    Part,
    PushCertificate,
    ReadFailure,
    Reason,
    TenantSnapshot,
    VppToken,
)
from bot.core.tenant.source import SyncRefusedError, graph_description
from bot.graph.batch import Answer, Get, get_all
from bot.graph.cache import SnapshotCache
from bot.graph.client import GraphClient, RetryPolicy
from bot.graph.credentials import Credentials, TenantCredential
from bot.graph.deadline import Deadline
from bot.graph.device_cache import DeviceCache
from bot.graph.device_reader import TOKEN_ID, DeviceData, read_devices
from bot.graph.errors import GraphError
from bot.graph.identity import AuthError

READ = "DeviceManagementServiceConfig.Read.All"
# VPP tokens are also readable with READ; this is the least privileged scope Graph lists.
READ_APPS = "DeviceManagementApps.Read.All"
READ_WRITE = "DeviceManagementServiceConfig.ReadWrite.All"

# depOnboardingSetting exists on beta only, and a JSON batch targets one version: the APNs
# certificate and VPP tokens are read from beta too (same resources, the fields we $select
# alike), so a tenant's three parts are one round trip to Graph (issue 15).
PATHS = {
    Part.ENROLLMENT_TOKENS: "/beta/deviceManagement/depOnboardingSettings",
    Part.PUSH_CERTIFICATE: "/beta/deviceManagement/applePushNotificationCertificate",
    Part.VPP_TOKENS: "/beta/deviceAppManagement/vppTokens",
}
# Seconds a question waits for a tenant's first device read, and what it leaves of its budget.
FIRST_DEVICE_WAIT = 3.0
BUDGET_MARGIN = 1.0
PERMISSIONS = {
    Part.ENROLLMENT_TOKENS: READ,
    Part.PUSH_CERTIFICATE: READ,
    Part.VPP_TOKENS: READ_APPS,
}
_ORIGIN = "Microsoft Graph"
T = TypeVar("T")


@dataclass(slots=True)
class _Part:
    """One part as read. `body` is its snapshot-file value (None: Graph answered 404)."""

    part: Part
    body: dict[str, Any] | None = None
    failure: ReadFailure | None = None
    tokens: tuple[EnrollmentToken, ...] = ()
    certificate: PushCertificate | None = None
    vpp: tuple[VppToken, ...] = ()


class GraphSource:
    """SnapshotSource for one tenant; `for_tenant` gives siblings sharing the HTTP client,
    the msal clients and the caches."""

    can_sync = True

    def __init__(
        self,
        tenant_id: str,
        client: GraphClient,
        credentials: Credentials,
        cache: SnapshotCache,
        devices: DeviceCache | None = None,
    ) -> None:
        self.tenant_id, self.client = tenant_id, client
        self.credentials, self.cache = credentials, cache
        self.devices = devices if devices is not None else DeviceCache()
        self.credential: TenantCredential = credentials.for_tenant(tenant_id)

    @property
    def policy(self) -> RetryPolicy:
        return self.client.policy

    @property
    def description(self) -> str:
        return graph_description(self.tenant_id, self.credentials.endpoints.cloud)

    def for_tenant(self, tenant_id: str) -> GraphSource:
        return GraphSource(tenant_id, self.client, self.credentials, self.cache, self.devices)

    async def read(self, now: datetime, *, fresh: bool = False) -> TenantSnapshot:
        """Token state within the budget, joined with the cached device data. Device data is
        read apart: a turn waits for it only when there is none yet, and then at most
        FIRST_DEVICE_WAIT seconds (within what remains of its budget); stale data is used
        while a background read renews it."""
        started = time.monotonic()
        snapshot = await self.cache.get(self.tenant_id, self._read_snapshot, fresh=fresh)
        if snapshot.enrollment_tokens is None:
            return snapshot  # no token list, so no device to read
        ids = tuple(token.id for token in snapshot.enrollment_tokens)
        remaining = self.policy.budget - (time.monotonic() - started)
        # A tenant with 100,000 ADE devices takes longer than a chat turn: its first question
        # is answered with the token findings, the devices arrive for the next one. The
        # margin keeps the chat's own limit (the same budget) from cutting the whole reply.
        wait = min(FIRST_DEVICE_WAIT, remaining - BUDGET_MARGIN)

        async def load() -> DeviceData:
            return await read_devices(self.client, self.credential, ids)

        data = await self.devices.get(
            self.tenant_id, frozenset(ids), load, wait=wait, refresh=fresh
        )
        return snapshot if data is None else self.devices.join(self.tenant_id, snapshot, data)

    async def export_document(self) -> tuple[dict[str, Any], tuple[ReadFailure, ...]]:
        """The snapshot file for a support case: Graph's full answers (no $select), pages
        merged, secrets removed; a part that failed is left out and reported."""
        parts = await self._read_parts(select=False)
        document = {str(p.part): p.body for p in parts if p.failure is None}
        failures = tuple(p.failure for p in parts if p.failure is not None)
        tokens = next(p for p in parts if p.part == Part.ENROLLMENT_TOKENS)
        if tokens.failure is None:
            ids = tuple(token.id for token in tokens.tokens)
            data = await read_devices(
                self.client, self.credential, ids, select=False, keep_bodies=True
            )
            failed = {f.part for f in data.failures}
            document.update(
                {str(part): bodies for part, bodies in data.bodies.items() if part not in failed}
            )
            failures += data.failures
        return document, failures

    async def sync(self, token_id: str) -> None:
        """Asks Intune to sync an ADE token with Apple now. Graph answers 204 at once; Apple's
        devices arrive later, and Intune runs a *full* sync at most once every 7 days."""
        path = f"{PATHS[Part.ENROLLMENT_TOKENS]}/{token_id}/syncWithAppleDeviceEnrollmentProgram"
        if not TOKEN_ID.fullmatch(token_id):
            # Never put an id from a card into a URL unchecked.
            raise SyncRefusedError(Reason.NOT_FOUND, detail=f"not a token id: POST {quote(path)}")
        try:
            await self.client.post(path, self.credential, Deadline(self.policy.budget))
        except AuthError as error:
            raise SyncRefusedError(error.reason, detail=f"POST {path}: {error.detail}") from error
        except GraphError as error:
            permission = error.permission or READ_WRITE
            forbidden = error.reason == Reason.FORBIDDEN
            raise SyncRefusedError(
                error.reason, permission if forbidden else None, error.describe()
            ) from error
        self.cache.invalidate(self.tenant_id)

    async def close(self) -> None:
        """Stops background device reads and closes the process's connections (to Graph and
        to Entra ID), for every tenant."""
        await self.cache.aclose()
        await self.devices.aclose()
        await self.client.aclose()
        self.credentials.close()

    async def _read_snapshot(self) -> TenantSnapshot:
        parts = {p.part: p for p in await self._read_parts(select=True)}
        tokens = parts[Part.ENROLLMENT_TOKENS]
        certificate = parts[Part.PUSH_CERTIFICATE]
        vpp = parts[Part.VPP_TOKENS]
        return TenantSnapshot(
            enrollment_tokens=None if tokens.failure else tokens.tokens,
            push_certificate=certificate.certificate,
            push_certificate_read=certificate.failure is None,
            vpp_tokens=None if vpp.failure else vpp.vpp,
            failures=tuple(p.failure for p in parts.values() if p.failure is not None),
        )

    async def _read_parts(self, *, select: bool) -> list[_Part]:
        deadline = Deadline(self.policy.budget)
        try:
            # Once up front: a refused sign-in fails all three parts with one token request.
            await self.credential.bearer(deadline)
        except AuthError as error:
            return [
                _Part(p, failure=ReadFailure(p, error.reason, error.detail)) for p in TOKEN_PARTS
            ]
        params = {p: {"$select": SELECT[p]} if select else None for p in TOKEN_PARTS}
        gets = [Get(PATHS[p], params[p]) for p in TOKEN_PARTS]
        firsts = await get_all(self.client, gets, self.credential, deadline)
        reads = (
            self._read_part(part, first, deadline, params[part])
            for part, first in zip(TOKEN_PARTS, firsts, strict=True)
        )
        return list(await asyncio.gather(*reads))

    async def _read_part(
        self, part: Part, first: Answer, deadline: Deadline, params: dict[str, str] | None
    ) -> _Part:
        """A part from its first page (read in the batch), its further pages read here."""
        try:
            if isinstance(first, Exception):
                raise first
            if part == Part.ENROLLMENT_TOKENS:
                body, tokens = await self._pages(
                    part, first, deadline, params, parse_enrollment_tokens
                )
                return _Part(part, body, tokens=tokens)
            if part == Part.VPP_TOKENS:
                body, vpp = await self._pages(part, first, deadline, params, parse_vpp_tokens)
                return _Part(part, body, vpp=vpp)
            certificate = parse_push_certificate_body(first, _ORIGIN, str(part))
            return _Part(part, first, certificate=certificate)
        except AuthError as error:
            return _Part(part, failure=ReadFailure(part, error.reason, error.detail))
        except GraphError as error:
            if part == Part.PUSH_CERTIFICATE and error.status == HTTPStatus.NOT_FOUND:
                # No APNs certificate set up yet: a normal answer, diagnosed as apns-missing.
                return _Part(part)
            if error.reason == Reason.FORBIDDEN:
                # Intune's 403 usually lists the scopes it accepts; else the least we need.
                error.permission = error.permission or PERMISSIONS[part]
            failure = ReadFailure(part, error.reason, error.detail, error.permission)
            return _Part(part, failure=failure)
        except SnapshotError as error:
            return _Part(part, failure=ReadFailure(part, Reason.BAD_RESPONSE, str(error)))

    async def _pages(
        self,
        part: Part,
        first: dict[str, Any],
        deadline: Deadline,
        params: dict[str, str] | None,
        parse: Callable[[object, str, str], tuple[T, ...]],
    ) -> tuple[dict[str, Any], tuple[T, ...]]:
        """Every page parsed as it arrives (a bad page names itself), merged into one
        `value` list as the snapshot-file format allows, secrets dropped."""
        secrets = SECRET_FIELDS.get(part, frozenset())
        context: dict[str, Any] = {}
        items: list[Any] = []
        parsed: list[T] = []
        number = 0
        pages = self.client.pages(PATHS[part], self.credential, deadline, params, first=first)
        async with aclosing(pages):
            async for page in pages:
                number += 1
                where = part if number == 1 else f"{part}[page {number}]"
                parsed.extend(parse(page, _ORIGIN, where))
                if number == 1 and "@odata.context" in page:
                    context = {"@odata.context": page["@odata.context"]}
                for item in page["value"]:
                    items.append({k: v for k, v in item.items() if k not in secrets})
        return {**context, "value": items}, tuple(parsed)
