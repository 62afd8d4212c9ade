"""Round 7 (issue 13, batch 14): alert requests said as the future rather than as "alert".

- "Tell me well ahead of time next time it's getting close", "скажи заранее", "nói trước":
  "tell me" with "ahead of time" (ADVANCE) asks for alerts, even after a story that negates
  ("I don't want to be surprised again"); "tell me if the token is valid" asks its status.
- "以后 ABM 同步失败了直接推给我", "from now on, when sync fails, message me": a future word before
  a failure, with a request to be written to, awaits the failure. A negation right before the
  request ("以后别推给我") refuses it instead.

The words are `vocab_b14.FUTURE_WORDS` and `TELL_WORDS`, filler to every other rule; they are
found by their items' folded labels, one set look-up per item.
"""

from __future__ import annotations

from bot.core.understanding.collisions import Item
from bot.core.understanding.cues import Cue
from bot.core.understanding.vocab_b14 import FUTURE_WORDS, TELL_WORDS
from bot.core.understanding.words import labels

_FUTURE = labels(FUTURE_WORDS)
_TELL = labels(TELL_WORDS)
_FAILURE = frozenset({Cue.DIAGNOSE, Cue.SYMPTOM, Cue.STATUS})
_ASKING = frozenset({Cue.NOTIFY, Cue.ALERT})
_BEFORE = 2  # "别推给我", "don't message me": the refusal sits right before the request


def future_alert(items: list[Item], cues: frozenset[Cue]) -> bool:
    """An alert request said as what to do ahead of time or next time (see the module)."""
    if Cue.OFF in cues:
        return False
    if Cue.ADVANCE in cues and any(it.label in _TELL for it in items):
        return True
    if not cues & _ASKING:
        return False
    future = next((i for i, it in enumerate(items) if it.label in _FUTURE), None)
    if future is None or not any(it.cues & _FAILURE for it in items[future + 1 :]):
        return False
    for i, item in enumerate(items):
        if item.cues & _ASKING:
            refused = any(Cue.NEGATION in it.cues for it in items[max(i - _BEFORE, 0) : i])
            return not refused
    return False
