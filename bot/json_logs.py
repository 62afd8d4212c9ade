"""ADE_LOG_FORMAT=json: one JSON object per line for log pipelines (Azure Monitor, Loki,
Splunk), with the conversation, the tenant and the ids of the last Graph call as fields of
their own, so "every line of the turn that failed" is a query, not a grep.

Secrets must never reach a log pipeline, whose retention and readers are not ours to choose:
every message and traceback goes through a `Redactor` before it is written. The composition
root gives it the process's own secrets and the house's redaction rules (the database URL's
password, bot.storage.urls); the patterns here catch what no setting names: access tokens.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from bot.log_context import current

HIDDEN = "***"
# An Authorization header quoted by a library, and a bare JWT (Entra ID access tokens and the
# Bot Framework's all start with a base64url '{"', i.e. "eyJ").
_BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9\-._~+/]+=*", re.IGNORECASE)
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
# The token request msal sends to Entra ID, should a library ever log its body.
_FORM_SECRET = re.compile(
    r"((?:client_secret|client_assertion|password|access_token|refresh_token)[\"']?\s*[=:]\s*"
    r"[\"']?)[^\"'&\s,}]+",
    re.IGNORECASE,
)


class Redactor:
    """Hides `secrets` (exact values, longest first, so one containing another is hidden
    whole), access tokens, and whatever each of `rules` hides.

    >>> Redactor(["8Q~s3cret"]).redact("sign-in with 8Q~s3cret failed")
    'sign-in with *** failed'
    >>> Redactor().redact("Authorization: Bearer abc.def-ghi")
    'Authorization: Bearer ***'
    """

    def __init__(
        self, secrets: Iterable[str | None] = (), rules: Iterable[Callable[[str], str]] = ()
    ) -> None:
        # A secret of a few characters would hide half of every line, and is no secret.
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)
        self.rules = tuple(rules)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        text = _BEARER.sub(rf"\g<1>{HIDDEN}", text)
        text = _JWT.sub(HIDDEN, text)
        text = _FORM_SECRET.sub(rf"\g<1>{HIDDEN}", text)
        for rule in self.rules:
            text = rule(text)
        return text


class JsonFormatter(logging.Formatter):
    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, UTC)
        line: dict[str, str] = {
            "time": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": self.redactor.redact(record.getMessage()),
        }
        line.update(current())
        if record.exc_info:
            line["exception"] = self.redactor.redact(self.formatException(record.exc_info))
        elif record.exc_text:
            line["exception"] = self.redactor.redact(record.exc_text)
        if record.stack_info:
            line["stack"] = self.redactor.redact(self.formatStack(record.stack_info))
        # ensure_ascii: a log line stays one line and valid UTF-8 whatever Graph sent.
        return json.dumps(line, ensure_ascii=True)


def use_json_logs(redactor: Redactor, logger: logging.Logger | None = None) -> None:
    """Puts the JSON format on every handler of `logger` (the root logger by default)."""
    for handler in (logger or logging.getLogger()).handlers:
        handler.setFormatter(JsonFormatter(redactor))
