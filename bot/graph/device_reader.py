"""The devices and enrollment profiles of each ADE token, read from Graph beta apart from a
chat turn: a tenant can hold 100,000 devices, many pages. Each page is parsed into compact
records as it arrives and dropped; only `export` keeps Graph's items."""

from __future__ import annotations

import asyncio
import re
from contextlib import aclosing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.core.tenant.devices import AppleDevice, EnrollmentProfile
from bot.core.tenant.document import (
    SECRET_FIELDS,
    SELECT,
    SnapshotError,
    parse_devices,
    parse_profiles,
)
from bot.core.tenant.snapshot import DEVICE_PARTS, Part, ReadFailure, Reason
from bot.graph.batch import MAX_REQUESTS, Answer, Get, get_all
from bot.graph.client import Auth, GraphClient
from bot.graph.deadline import Deadline
from bot.graph.errors import GraphError
from bot.graph.identity import AuthError

READ = "DeviceManagementServiceConfig.Read.All"
TOKENS_PATH = "/beta/deviceManagement/depOnboardingSettings"
# Graph's reference does not say how many devices a page holds: 2,000 pages per token allow
# 100,000 devices even at 50 a page.
MAX_DEVICE_PAGES = 2000
# Time for one whole device read (every token, page and retry), apart from a turn's budget.
DEVICE_READ_SECONDS = 300.0
# An ADE token id as Intune writes it; anything else never goes into a URL.
TOKEN_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
_ORIGIN = "Microsoft Graph"


@dataclass(frozen=True, slots=True)
class DeviceData:
    """What was read for each token. A token missing from a map was not read (404, or the
    part failed: then `failures` says why). `bodies` holds Graph's items for `export` only."""

    devices: dict[str, tuple[AppleDevice, ...]]
    profiles: dict[str, tuple[EnrollmentProfile, ...]]
    read_at: datetime
    failures: tuple[ReadFailure, ...] = ()
    bodies: dict[Part, dict[str, dict[str, Any]]] = field(default_factory=dict)


async def read_devices(
    client: GraphClient,
    auth: Auth,
    token_ids: tuple[str, ...],
    *,
    select: bool = True,
    keep_bodies: bool = False,
    seconds: float = DEVICE_READ_SECONDS,
) -> DeviceData:
    """Both lists of every token: the first pages of ten tokens' lists in one JSON batch
    (20 requests, Graph's limit), one batch at a time (Intune throttles per tenant), then
    each list's further pages. A part that fails other than by 404 is not read, nor kept,
    for the tokens after the one it failed for: it would fail again."""
    read_at = datetime.now(UTC)
    deadline = Deadline(seconds)
    found: dict[Part, dict[str, tuple[Any, ...]]] = {part: {} for part in DEVICE_PARTS}
    bodies: dict[Part, dict[str, dict[str, Any]]] = {part: {} for part in DEVICE_PARTS}
    failed: dict[Part, ReadFailure] = {}
    tokens = [token for token in token_ids if TOKEN_ID.fullmatch(token)]  # others: not read
    while tokens:
        parts = [part for part in DEVICE_PARTS if part not in failed]
        if not parts:
            break
        group, tokens = tokens[: MAX_REQUESTS // len(parts)], tokens[MAX_REQUESTS // len(parts) :]
        wanted = [(token, part) for token in group for part in parts]
        gets = [
            Get(f"{TOKENS_PATH}/{token}/{part}", _params(part, select)) for token, part in wanted
        ]
        firsts = await get_all(client, gets, auth, deadline)
        reads = (
            _read_list(
                client,
                auth,
                part,
                token,
                first=first,
                deadline=deadline,
                select=select,
                keep_bodies=keep_bodies,
            )
            for (token, part), first in zip(wanted, firsts, strict=True)
        )
        for (token, part), result in zip(wanted, await asyncio.gather(*reads), strict=True):
            if part in failed:
                continue  # read in the same batch, after the token it failed for
            if isinstance(result, ReadFailure):
                failed[part] = result
            elif result is not None:
                found[part][token], body = result
                if keep_bodies:
                    bodies[part][token] = body
    return DeviceData(
        devices=found[Part.DEVICES],
        profiles=found[Part.PROFILES],
        read_at=read_at,
        failures=tuple(failed.values()),
        bodies=bodies if keep_bodies else {},
    )


async def _read_list(
    client: GraphClient,
    auth: Auth,
    part: Part,
    token: str,
    *,
    first: Answer,
    deadline: Deadline,
    select: bool,
    keep_bodies: bool,
) -> tuple[tuple[Any, ...], dict[str, Any]] | ReadFailure | None:
    """(records, merged body) of one token's list, from its first page on; None when Graph
    knows no such token."""
    path = f"{TOKENS_PATH}/{token}/{part}"
    params = _params(part, select)
    parse = parse_devices if part == Part.DEVICES else parse_profiles
    secrets = SECRET_FIELDS.get(part, frozenset())
    records: list[Any] = []
    items: list[dict[str, Any]] = []
    context: dict[str, Any] = {}
    number = 0
    try:
        if isinstance(first, Exception):
            raise first
        pages = client.pages(path, auth, deadline, params, max_pages=MAX_DEVICE_PAGES, first=first)
        async with aclosing(pages):
            async for page in pages:
                number += 1
                where = f"{part}.{token}" + ("" if number == 1 else f"[page {number}]")
                records.extend(parse(page, _ORIGIN, where))
                if keep_bodies:
                    if number == 1 and "@odata.context" in page:
                        context = {"@odata.context": page["@odata.context"]}
                    items.extend(
                        {k: v for k, v in item.items() if k not in secrets}
                        for item in page["value"]
                    )
    except AuthError as error:
        return ReadFailure(part, error.reason, error.detail)
    except GraphError as error:
        if error.status == 404:
            return None  # the token went away between the two reads: not read
        if error.reason == Reason.FORBIDDEN:
            error.permission = error.permission or READ
        return ReadFailure(part, error.reason, error.detail, error.permission)
    except SnapshotError as error:
        return ReadFailure(part, Reason.BAD_RESPONSE, str(error))
    return tuple(records), {**context, "value": items}


def _params(part: Part, select: bool) -> dict[str, str] | None:
    return {"$select": SELECT[part]} if select and part in SELECT else None
