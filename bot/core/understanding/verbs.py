"""What an admin asks ADE Doctor to do, whether typed ("why is ADE failing?") or pressed (a
card button): one `Intent` with one `Verb`, so the conversation has one dispatch table.

Card buttons carry the verb as `{"action": <Verb value>, ...}`. Cards posted weeks ago
(alerts in a channel, a diagnosis scrolled back to) still send the values they were built
with, so a value is never renamed: add a verb instead.

    >>> sync = pressed({"action": "sync", "token": "6f0c3c9e"})
    >>> sync.verb, sync.token, sync.pressed
    (<Verb.SYNC: 'sync'>, '6f0c3c9e', True)
    >>> pressed({"action": "format-c:"}).verb
    <Verb.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from bot.core.understanding.registry_commands import RegistryCommand

# Forged or stale card payloads are answered politely; these bounds keep a hostile payload
# from reaching logs or Graph URLs at any size.
_MAX_VERB = 32
_MAX_ID = 128
_MAX_LANGUAGE = 35
_MAX_SUBJECT = 120
_MAX_SERIAL = 14
# A registry tenant's name (bot.core.tenant.registry allows 64 characters).
_MAX_TENANT = 64


class Verb(StrEnum):
    DIAGNOSE = "diagnose"
    TOKENS = "tokens"
    HELP = "help"
    LANGUAGE = "language"
    ALERTS_ON = "alerts-on"
    ALERTS_OFF = "alerts-off"
    RECHECK = "recheck"
    # Issue 13: a short explanation instead of a tenant read.
    EXPLAIN_ADE = "explain-ade"
    EXPLAIN_RENEW = "explain-renew"
    # A message about another platform or another Apple Business Manager task.
    NOT_ADE = "not-ade"
    # The recogniser was unsure: ask, offering `Intent.choices` as buttons.
    CLARIFY = "clarify"
    # Issue 14: one ADE device by its serial number ("why won't C02XK1ZZJG5H enroll?").
    DEVICE = "device"
    # Buttons only: "Sync now" on a failing token, "Snooze 1 day" / "Acknowledge" on an alert.
    SYNC = "sync"
    SNOOZE = "snooze"
    ACK = "ack"
    # Issue 15: a tenant's row on the overview card of many tenants ("Show details").
    TENANT = "tenant"
    # The overview of every tenant: typed ("tenants", "клиенты", "租户": understanding.
    # tenant_names, beside the recogniser) or the tenant picker's "All tenants".
    TENANTS = "tenants"
    # An alert card's refresh (Universal Actions): the alert as it stands now.
    ALERT = "alert"
    UNKNOWN = "unknown"


# Verbs `recognize` never returns: they need what only the button knows (which token, which
# alert), or are read beside it from the registry's names (the tenants overview).
BUTTON_ONLY = frozenset({Verb.SYNC, Verb.SNOOZE, Verb.ACK, Verb.ALERT, Verb.TENANT, Verb.TENANTS})
# The recogniser's own answer when unsure; no admin asks for it in so many words.
ASKING = frozenset({Verb.CLARIFY})


@dataclass(frozen=True, slots=True)
class Intent:
    verb: Verb
    language: str | None = None  # a `bot.core.i18n.languages` code the admin asked for
    evidence: tuple[str, ...] = ()  # "cue:word" per keyword matched ("~" marks a typo)
    # What a button is about: the enrollment program token to sync, or an alert's subject
    # id (`token`), finding card (`card`) and display name (`subject`).
    token: str | None = None
    card: str | None = None
    subject: str | None = None
    pressed: bool = False
    # CLARIFY only: the two likeliest readings, most likely first, offered as buttons.
    choices: tuple[Verb, ...] = ()
    # DEVICE only: the Apple serial numbers asked about, upper case, first asked first.
    serials: tuple[str, ...] = ()
    # The registry tenant a button is about (the overview card's "Show details").
    tenant: str | None = None
    # TENANTS only: an operator's change to the registry ("add tenant Fabrikam <id>").
    registry: RegistryCommand | None = None


_VERBS = {verb.value: verb for verb in Verb if verb is not Verb.UNKNOWN}


def pressed(value: Mapping[str, object] | None) -> Intent | None:
    """The intent of a pressed card button; None when the message carried no card data (a
    typed message). Data that is not ours becomes Verb.UNKNOWN, never an exception."""
    if value is None:
        return None

    def field(name: str, limit: int) -> str | None:
        raw = value.get(name)
        if isinstance(raw, str) and 0 < len(raw) <= limit and raw.isprintable():
            return raw
        return None

    serial = field("serial", _MAX_SERIAL)
    return Intent(
        _VERBS.get(field("action", _MAX_VERB) or "", Verb.UNKNOWN),
        language=field("language", _MAX_LANGUAGE),
        token=field("token", _MAX_ID),
        card=field("card", _MAX_VERB),
        # The alert card names its subject for the answer ("Snoozed: Contoso iPads").
        subject=field("name", _MAX_SUBJECT) or field("token", _MAX_ID),
        pressed=True,
        # "Check again" on a device card: only letters and digits reach the lookup.
        serials=(serial.upper(),) if serial and serial.isalnum() and serial.isascii() else (),
        tenant=field("tenant", _MAX_TENANT),
    )
