"""The facts a card shows about one token or certificate, as (label, value) pairs."""

from __future__ import annotations

from datetime import datetime

from bot.core.cards.texts import device_facts, portal_name, sync_error_phrase, vpp_state
from bot.core.diagnosis.findings import Subject
from bot.core.i18n.translator import Translator
from bot.core.tenant.snapshot import EnrollmentToken, PushCertificate, VppToken


def when(t: Translator, moment: datetime | None, now: datetime) -> str:
    """ "Dec 4, 2026 (in 12 days)", in the admin's locale and time zone."""
    if moment is None:
        return t.gettext("never")
    return t.gettext("{date} ({relative})").format(
        date=t.date(moment), relative=t.relative(moment, now)
    )


def expiry_label(t: Translator, expires: datetime | None, now: datetime) -> str:
    """A date in the past did not "expire": "Expired: Nov 13, 2026 (9 days ago)"."""
    if expires is not None and expires <= now:
        # Translators: a fact's label; the date after it is in the past.
        return t.gettext("Expired")
    # Translators: a fact's label; the date after it is in the future (or unknown).
    return t.gettext("Expires")


def subject_facts(t: Translator, subject: Subject, now: datetime) -> list[tuple[str, str]]:
    item = subject.item
    facts: list[tuple[str, str]] = []
    if subject.devices is not None:
        return device_facts(t, subject, subject.devices, now)
    if isinstance(item, EnrollmentToken):
        facts.append((t.gettext("Type"), portal_name(t, item.token_type)))
        if item.apple_id:
            facts.append((t.gettext("Apple ID"), item.apple_id))
        facts.append((expiry_label(t, item.expires, now), when(t, item.expires, now)))
        facts.append((t.gettext("Last successful sync"), when(t, item.last_successful_sync, now)))
        if item.last_sync_error_code:
            facts.append((t.gettext("Sync error"), sync_error_phrase(t, item.last_sync_error_code)))
        if item.synced_device_count is not None:
            facts.append((t.gettext("Synced devices"), t.number(item.synced_device_count)))
    elif isinstance(item, PushCertificate):
        if item.apple_id:
            facts.append((t.gettext("Apple ID"), item.apple_id))
        facts.append((expiry_label(t, item.expires, now), when(t, item.expires, now)))
    elif isinstance(item, VppToken):
        if item.apple_id:
            facts.append((t.gettext("Apple ID"), item.apple_id))
        facts.append((t.gettext("State"), vpp_state(t, item.state)))
        facts.append((expiry_label(t, item.expires, now), when(t, item.expires, now)))
        facts.append((t.gettext("Last sync"), when(t, item.last_sync, now)))
    return facts
