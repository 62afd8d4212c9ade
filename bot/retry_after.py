"""Reading an HTTP Retry-After header, for every client that retries (Graph, Bot Connector)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def retry_after_seconds(value: str | None, date: str | None = None) -> float | None:
    """Seconds to wait from Retry-After: a number of seconds or an HTTP date, the date
    measured against the response's own Date header when it has one (so a skewed local clock
    does not matter); None when there is no readable value.

    >>> retry_after_seconds("7")
    7.0
    >>> retry_after_seconds("Sun, 22 Nov 2026 10:00:30 GMT", "Sun, 22 Nov 2026 10:00:00 GMT")
    30.0
    >>> retry_after_seconds("soon") is None
    True
    """
    text = (value or "").strip()
    if not text:
        return None
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
        base = parsedate_to_datetime(date) if date else datetime.now(UTC)
    except (TypeError, ValueError):
        return None
    # "-0000" (RFC 2822's "no zone known") reads as a naive time; HTTP dates are GMT.
    when, base = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (when, base))
    return max(0.0, (when - base).total_seconds())
