"""Reported speech: a ticket or a user quoted inside a message describes the problem; it does
not tell the bot what to do.

"night shift, reading a ticket: «The client reports the new iPhones get no enrollment
profile»": "reports" (сообщает) is no alert request and "no" no "alerts off". The words
inside quotes keep what they say about the problem (ADE, a failure, a symptom, a platform)
and lose every command cue (alerts, language, help, check, thanks).
"""

from __future__ import annotations

import re

from bot.core.understanding.cues import Cue
from bot.core.understanding.words import FILLER, Entry

# «…», “…”, "…", and '…' around 8+ characters: an apostrophe ("isn't") sits inside a word.
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"|(?<!\w)'[^']{8,}'(?!\w)")
_PROBLEM = frozenset(
    {Cue.DIAGNOSE, Cue.STATUS, Cue.NEGATION, Cue.DOMAIN, Cue.TOKEN, Cue.ADE, Cue.APPLE,
     Cue.OTHER, Cue.SERVICE, Cue.ACCOUNTS, Cue.SYMPTOM, Cue.OK, Cue.FILLER}
)  # fmt: skip


def split_quoted(text: str) -> tuple[str, str]:
    """(the admin's own words, the words they quote)."""
    quoted = _QUOTED.findall(text)
    if not quoted:
        return text, ""
    return _QUOTED.sub(" , ", text), " , ".join(quoted)


def reported(entry: Entry | None) -> Entry | None:
    """What a quoted word still tells: the problem, not a command (nor a language)."""
    if entry is None:
        return None
    cues = entry.cues & _PROBLEM
    return Entry(cues) if cues else FILLER
