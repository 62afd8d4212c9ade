"""A question about the alerts after a story that negates: "we haven't received a single
alert, are alerts even on?" asks whether warnings are on, it does not turn them off.

The rules read a negation anywhere before a condition as "stop the alerts" ("no more alerts",
"не присылай алерты"): right for one clause, wrong when the negation sits in an earlier clause
that tells what happened (nothing arrived) and the last clause asks about the alerts. An admin
who saw no expiry warning wants them on: answering with "alerts turned off" would silence the
very warning they missed. So when the rules' "off" rests on a negation alone, the question's own
clause decides (round 7).
"""

from __future__ import annotations

import re

from bot.core.understanding.cues import Cue

# Clause ends: sentence punctuation (Latin, Chinese full-width), a comma, a dash, a new line.
_CLAUSES = re.compile(r"[.!;:,\n\u3002\uff01\uff1b\uff0c\u3001\u2014]")
_ASKED = ("?", "\uff1f")  # "?" and its full-width form
_LAST_CLAUSE_CHARS = 300  # a question clause is short; the rest is the story
# Vietnamese asks yes/no with a final "chưa" (yet?) or "không" (or not?): "đã bật chưa?" is
# "is it on yet?", no negation.
_VI_PARTICLE = re.compile(r"\s+(?:chưa|chua|không|khong)\s*$", re.IGNORECASE)
# "On" said as a state, the way the question asks it (words.py adds them as ON). Not "active":
# "is the DEP token active?" asks the token's status (vocab_round7b.py).
STATE_WORDS: dict[str, str] = {
    "en": "turned on, switched on, enabled",
    "ru": "включены, включено, включен",
    "pl": "włączone, włączony, włączona",
    "pt": "ligados, ligado, ligadas, ativado, ativados, ativadas",
    "vi": "đã bật, bật rồi, đang bật",
    "zh": "开着, 开了, 打开了, 开启了",
}


def last_question(text: str) -> str | None:
    """The message's last clause when it is a question and not the whole message."""
    stripped = text.rstrip()
    if not stripped.endswith(_ASKED):
        return None
    body = stripped.rstrip("?\uff1f ")
    ends = [m.end() for m in _CLAUSES.finditer(body, max(0, len(body) - _LAST_CLAUSE_CHARS))]
    if not ends:
        return None
    return _VI_PARTICLE.sub("", body[ends[-1] :]).strip() or None


def asks_alerts_on(cues: frozenset[Cue]) -> bool:
    """The question's clause asks whether they are on ("are they even on?"; the alerts are
    named in the story), with no stop and no negation of its own."""
    return Cue.ON in cues and not cues & {Cue.OFF, Cue.NEGATION}
