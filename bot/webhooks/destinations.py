"""ADE_ALERT_WEBHOOKS: which Workflows URLs receive alerts, in which language, and how each is
a subscriber of the alert scan (its ledger keeps one episode to one post per destination).

Format: comma-separated `name=url` entries, each with optional `;lang=<code>` and
`;tz=<IANA zone>`, e.g. `ops=https://...invoke?...&sig=...;lang=pl, helpdesk=https://...`.
Workflows URLs contain neither `,` nor `;` (their query is percent-encoded).

The URL never leaves this process: not into a log line, an exception, the database or a card.
The subscriber stores the destination's name and a short fingerprint of its URL, so a webhook
that Workflows reported gone stays quiet after a restart until its URL is replaced.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.alerts.ports import Subscriptions
from bot.core.alerting.model import Subscription
from bot.core.i18n.languages import by_code, negotiate

log = logging.getLogger(__name__)

VARIABLE = "ADE_ALERT_WEBHOOKS"
# The reference's channelId that routes a subscriber to the webhook sender, not Bot Framework.
CHANNEL = "workflows"
PREFIX = "webhook:"
KIND = "webhook"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")
# A stub or a relay on this machine never puts the signature on the network.
_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


class WebhookConfigError(ValueError):
    """ADE_ALERT_WEBHOOKS cannot be used; the message names the entry, never its URL."""


@dataclass(frozen=True)
class WebhookDestination:
    name: str
    url: str = field(repr=False)
    language: str = "en"
    time_zone: str = "UTC"

    @property
    def fingerprint(self) -> str:
        """12 hex digits of the URL's SHA-256: tells URLs apart in logs and the database
        without revealing the signature."""
        return hashlib.sha256(self.url.encode()).hexdigest()[:12]

    @property
    def label(self) -> str:
        """How logs and errors name it."""
        return f'webhook "{self.name}" (#{self.fingerprint})'

    @property
    def conversation_id(self) -> str:
        return PREFIX + self.name


def parse_webhooks(raw: str | None, default_language: str = "en") -> tuple[WebhookDestination, ...]:
    destinations: list[WebhookDestination] = []
    entries = [part.strip() for part in re.split(r"[,\n]", raw or "")]
    for number, entry in enumerate((e for e in entries if e), 1):
        where = f"{VARIABLE} entry {number}"
        name, sep, rest = entry.partition("=")
        name = name.strip()
        # A bare URL has no "name=" before "https": its text must not reach the message.
        if not sep or not _NAME.fullmatch(name):
            raise WebhookConfigError(
                f"{where}: expected name=https://... with a name of letters, digits, '.', '_' "
                "or '-' (up to 40)"
            )
        where = f'{where} ("{name}")'
        url, *options = (part.strip() for part in rest.split(";"))
        _check_url(url, where)
        language, zone = default_language, "UTC"
        for option in options:
            key, _, value = option.partition("=")
            key, value = key.strip().lower(), value.strip()
            if key == "lang":
                found = by_code(value) or negotiate(value)
                if found is None:
                    raise WebhookConfigError(f"{where}: unknown language {value!r}")
                language = found.code
            elif key == "tz":
                zone = _zone(value, where)
            else:
                raise WebhookConfigError(f"{where}: unknown option {key!r} (lang=, tz=)")
        if any(d.name.lower() == name.lower() for d in destinations):
            raise WebhookConfigError(f"{where}: the name is used twice")
        destinations.append(WebhookDestination(name, url, language, zone))
    return tuple(destinations)


def _check_url(url: str, where: str) -> None:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise WebhookConfigError(f"{where}: the URL cannot be read") from None
    if any(c.isspace() for c in url) or not host:
        raise WebhookConfigError(f"{where}: the URL cannot be read")
    if parts.scheme == "https" or (parts.scheme == "http" and host in _LOOPBACK):
        return
    raise WebhookConfigError(
        f"{where}: the URL must start with https:// (its sig= would otherwise cross the "
        "network in clear)"
    )


def _zone(value: str, where: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise WebhookConfigError(f"{where}: unknown time zone {value!r}") from None
    return value


def subscription(destination: WebhookDestination, tenant_id: str, now: datetime) -> Subscription:
    """The destination as a subscriber of the scan. The reference holds its name, never the
    URL: the sender looks the URL up in the settings of the process that posts."""
    reference = {"channelId": CHANNEL, "webhook": destination.name}
    return Subscription(
        destination.conversation_id, tenant_id, destination.fingerprint, reference,
        destination.language, destination.time_zone, KIND, now,
    )  # fmt: skip


async def register(
    store: Subscriptions,
    destinations: tuple[WebhookDestination, ...],
    tenant_id: str,
    now: datetime,
) -> None:
    """Makes the configured destinations the active webhook subscribers, at start-up.

    A destination Workflows reported gone (404/410) stays deactivated while its URL is the
    same (one log line here, no post every scan); a new URL for the name makes it active
    again, its ledger kept so nothing already posted to the channel is repeated. A name no
    longer configured is deactivated, also keeping its ledger."""
    stored = {
        s.conversation_id: s
        for s in await store.subscriptions(active_only=False)
        if s.conversation_id.startswith(PREFIX)
    }
    for destination in destinations:
        known = stored.pop(destination.conversation_id, None)
        if known and not known.active and known.service_url == destination.fingerprint:
            log.warning(
                "alerts to %s stay off: %s; put the URL of a working flow in %s",
                destination.label, known.deactivated_reason, VARIABLE,
            )  # fmt: skip
            continue
        await store.subscribe(subscription(destination, tenant_id, now))
    for gone in stored.values():
        if await store.deactivate(gone.conversation_id, f"no longer in {VARIABLE}"):
            log.info("alerts to %s stopped: no longer in %s", gone.conversation_id, VARIABLE)
