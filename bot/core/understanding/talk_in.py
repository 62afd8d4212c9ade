"""Round 7 (issue 13, batch 15): "talk to me in Vietnamese", "od teraz pisz do mnie po polsku".

"Write to me" (пиши мне, pisz do mnie, 跟我说, me escreve, nhắn mình) is how admins ask for
alerts ("write to me if the token expires"), and how they ask for a reply language. With a
language asked and nothing the alert would be about (ADE, a token, a failure, a condition, a
stop word), the message only says which language to write in: LANGUAGE, not ALERTS_ON.
"""

from __future__ import annotations

from bot.core.understanding.collisions import Item
from bot.core.understanding.cues import Cue

# What an alert request names: what to watch, when, or to stop.
_SUBJECT = frozenset(
    {Cue.DOMAIN, Cue.TOKEN, Cue.ADE, Cue.APPLE, Cue.DIAGNOSE, Cue.STATUS, Cue.SYMPTOM,
     Cue.WHEN, Cue.ADVANCE, Cue.OFF, Cue.CHECK, Cue.LIST, Cue.NEGATION}
)  # fmt: skip


def only_talk_in(items: list[Item], cues: frozenset[Cue], asked: str | None) -> bool:
    """Every alert word is a "write to me" and a language is asked, with no subject."""
    if asked is None or cues & _SUBJECT:
        return False
    return all(Cue.ON in it.cues for it in items if Cue.ALERT in it.cues)
