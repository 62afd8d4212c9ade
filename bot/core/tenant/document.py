"""Graph JSON -> snapshot dataclasses: tokens, the APNs certificate, VPP tokens and whole
snapshot files here, ADE devices and profiles in `device_document`, the reading of values in
`graph_values`; Graph's field names live in these three modules and nowhere else.

Strict about types, tolerant of what Graph really sends: `0001-01-01T00:00:00Z` means
"never", missing optional fields and unknown enum values become "unknown", fractional seconds
of any length and any UTC offset are accepted, a lone surrogate in a string (a broken
exporter's "\ud800") becomes U+FFFD as in any UTF-8 decoder. What the rest cannot handle
(dates at the ends of the calendar, integers beyond Graph's 32 bits) and anything else that
is not Graph's shape raises one `SnapshotError` that names the origin and the JSON path.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

from bot.core.tenant.device_document import DEVICE_SELECT, parse_devices, parse_profiles
from bot.core.tenant.graph_values import Reader, SnapshotError, collection, parse_graph_datetime
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    Part,
    PushCertificate,
    TenantSnapshot,
    TokenType,
    VppState,
    VppSyncStatus,
    VppToken,
)

T = TypeVar("T")
# The reading of Graph's values and the device parts live beside this module; their names
# most callers need are here too, so a snapshot's reader has one module to import.
__all__ = [
    "SECRET_FIELDS",
    "SELECT",
    "SnapshotError",
    "parse_devices",
    "parse_enrollment_tokens",
    "parse_graph_datetime",
    "parse_profiles",
    "parse_push_certificate_body",
    "parse_snapshot_document",
    "parse_snapshot_text",
    "parse_vpp_tokens",
]


def parse_enrollment_token(r: Reader) -> EnrollmentToken:
    r.obj()
    return EnrollmentToken(
        id=r.req_str("id"),
        name=r.opt_str("tokenName"),
        token_type=r.enum("tokenType", TokenType, TokenType.UNKNOWN),
        apple_id=r.opt_str("appleIdentifier"),
        expires=r.opt_date("tokenExpirationDateTime"),
        last_successful_sync=r.opt_date("lastSuccessfulSyncDateTime"),
        last_sync_triggered=r.opt_date("lastSyncTriggeredDateTime"),
        last_sync_error_code=r.opt_int("lastSyncErrorCode"),
        synced_device_count=r.opt_int("syncedDeviceCount"),
        last_modified=r.opt_date("lastModifiedDateTime"),
    )


def parse_push_certificate(r: Reader) -> PushCertificate:
    fields = r.obj()
    # Microsoft's v1.0 doc example wraps the singleton in {"value": {...}}; accept both.
    if isinstance(fields.get("value"), dict) and "expirationDateTime" not in fields:
        r = r.child("value")
    return PushCertificate(
        expires=r.opt_date("expirationDateTime"),
        apple_id=r.opt_str("appleIdentifier"),
        topic_id=r.opt_str("topicIdentifier"),
    )


def parse_vpp_token(r: Reader) -> VppToken:
    r.obj()
    return VppToken(
        id=r.req_str("id"),
        state=r.enum("state", VppState, VppState.UNKNOWN),
        expires=r.opt_date("expirationDateTime"),
        last_sync_status=r.enum("lastSyncStatus", VppSyncStatus, VppSyncStatus.UNKNOWN),
        last_sync=r.opt_date("lastSyncDateTime"),
        apple_id=r.opt_str("appleId"),
        organization_name=r.opt_str("organizationName"),
    )


# $select lists: only the fields read above travel from Graph (never the VPP token itself).
SELECT = {
    Part.ENROLLMENT_TOKENS: "id,tokenName,tokenType,appleIdentifier,tokenExpirationDateTime,"
    "lastSuccessfulSyncDateTime,lastSyncTriggeredDateTime,lastSyncErrorCode,"
    "syncedDeviceCount,lastModifiedDateTime",
    Part.PUSH_CERTIFICATE: "expirationDateTime,appleIdentifier,topicIdentifier",
    Part.VPP_TOKENS: "id,state,expirationDateTime,lastSyncStatus,lastSyncDateTime,appleId,"
    "organizationName",
    Part.DEVICES: DEVICE_SELECT,
    # No $select on profiles: the list is polymorphic, and a token has few profiles.
}
# Secrets a full Graph answer holds; they never leave the Graph edge (nor reach an export).
SECRET_FIELDS = {Part.VPP_TOKENS: frozenset({"token"})}


def parse_enrollment_tokens(
    body: object, origin: str, path: str = ""
) -> tuple[EnrollmentToken, ...]:
    """One `depOnboardingSettings` response body (a page) to tokens."""
    return collection(Reader(origin, path, body), parse_enrollment_token)


def parse_vpp_tokens(body: object, origin: str, path: str = "") -> tuple[VppToken, ...]:
    """One `vppTokens` response body (a page) to VPP tokens."""
    return collection(Reader(origin, path, body), parse_vpp_token)


def _per_token(
    reader: Reader, parse: Callable[[object, str, str], tuple[T, ...]]
) -> dict[str, tuple[T, ...]]:
    """{"<token id>": {"value": [...]}} as the device parts of a snapshot file hold them."""
    return {
        token: parse(body, reader.origin, f"{reader.path}.{token}")
        for token, body in reader.obj().items()
    }


def parse_push_certificate_body(body: object, origin: str, path: str = "") -> PushCertificate:
    return parse_push_certificate(Reader(origin, path, body))


def parse_snapshot_document(document: object, origin: str) -> TenantSnapshot:
    """The snapshot-file format: each key holds the Graph response body exactly as returned;
    `null` where Graph answered 404; a missing key means that part was not read."""
    root = Reader(origin, "", document)
    fields = root.obj()
    tokens = vpp = None
    certificate = None
    if Part.ENROLLMENT_TOKENS in fields:
        tokens = parse_enrollment_tokens(
            fields[Part.ENROLLMENT_TOKENS], origin, Part.ENROLLMENT_TOKENS
        )
    if Part.VPP_TOKENS in fields:
        vpp = parse_vpp_tokens(fields[Part.VPP_TOKENS], origin, Part.VPP_TOKENS)
    body = fields.get(Part.PUSH_CERTIFICATE)
    if body is not None:
        certificate = parse_push_certificate_body(body, origin, Part.PUSH_CERTIFICATE)
    devices = profiles = None
    if Part.DEVICES in fields:
        devices = _per_token(root.child(Part.DEVICES), parse_devices)
    if Part.PROFILES in fields:
        profiles = _per_token(root.child(Part.PROFILES), parse_profiles)
    return TenantSnapshot(
        enrollment_tokens=tokens,
        push_certificate=certificate,
        push_certificate_read=Part.PUSH_CERTIFICATE in fields,
        vpp_tokens=vpp,
        devices=devices,
        profiles=profiles,
    )


def parse_snapshot_text(text: str | bytes, origin: str) -> TenantSnapshot:
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise SnapshotError(origin, "", f"not JSON: {_first_line(error)}") from None
    return parse_snapshot_document(document, origin)


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0]
