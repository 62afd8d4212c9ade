"""What Intune's `lastSyncErrorCode` numbers mean, as far as anyone has seen.

Microsoft documents neither the numbers nor their mapping to the portal's texts ("Expired or
invalid token", "Access denied", ...); Apple's API itself answers with strings such as
T_C_NOT_SIGNED. Add a code here only after matching it against the text the Intune admin
center shows for the same token; unknown codes stay "sync error (code N)".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SyncErrorMeaning:
    key: str  # stable: card builders pick their specific steps by it
    portal_text: str  # what the Intune admin center shows, in English
    evidence: str  # where the mapping comes from


KNOWN_SYNC_ERRORS: dict[int, SyncErrorMeaning] = {
    3: SyncErrorMeaning(
        key="terms-not-accepted",
        portal_text="Terms and conditions not accepted",
        # Apple: 403 T_C_NOT_SIGNED, new terms must be accepted by an Administrator.
        evidence="community-observed (one tenant, October 2026), not documented by Microsoft",
    ),
}


def sync_error_meaning(code: int | None) -> SyncErrorMeaning | None:
    return None if code is None else KNOWN_SYNC_ERRORS.get(code)
