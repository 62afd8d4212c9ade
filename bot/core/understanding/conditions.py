"""What a condition ("if", "whenever", "jeśli", "sempre que", "mỗi khi", "一...就") frames in a
message: the event an admin wants to hear about, not what they command now
(`intents._decide` reads these).

- "ping me whenever ADE syncing stops", "me notifica sempre que o ADE parar de sincronizar",
  "báo mình mỗi khi ADE ngừng đồng bộ": the stop word inside the condition is the sync
  stopping, not "stop the alerts" (`events_in_conditions`).
- "alert me if it does not enroll": a negation inside the condition turns nothing off
  (`negated_outside_condition`).
- "informuj nas, jeśli ADE przestanie się synchronizować": an alert word with the failure only
  inside the condition asks for alerts; "why did I get no alert when the token expired" asks
  why (`watched_failure`).
- Polish "jak" is "how", and in speech "if": "pisz na kanał, jak ABM padnie"
  (`colloquial_if`).
"""

from __future__ import annotations

import re

from bot.core.understanding.collisions import Item
from bot.core.understanding.cues import Cue
from bot.core.understanding.words import Entry

_EVENT = Entry(frozenset({Cue.SYMPTOM}))
_WHEN = Entry(frozenset({Cue.WHEN}))
# What a stop word inside a condition may stop: the sync, the token, "working".
_WATCHED = frozenset({Cue.DOMAIN, Cue.ADE, Cue.TOKEN, Cue.STATUS, Cue.APPLE, Cue.SYMPTOM})
_FAILURE = frozenset({Cue.DIAGNOSE, Cue.NEGATION, Cue.SYMPTOM})
_ASKING = frozenset({Cue.ALERT, Cue.NOTIFY})
# Teams' mention of everyone in a channel (typed or as the client writes it): a request to write
# to all, kept as a word before other mentions are dropped.
MENTION_ALL = re.compile(
    r"@(?:everyone|channel|here|all|所有人|全体成员|全体|wszyscy|todos|все|всем|mọi người)"
)

# An @-mention of the speaker ("@ me", "@我", "@mnie"): a request to be written to, kept as a
# word (vocab_asks: NOTIFY) before other mentions are dropped. Chinese needs no word boundary.
MENTION_ME = re.compile(r"@\s?(?:(?:me|mnie|mim|eu|tôi|mình|меня|мне)\b|我(?!们))")


def _telling(item: Item) -> bool:
    return item.entry is None or bool(item.cues - {Cue.FILLER})


def events_in_conditions(items: list[Item]) -> list[Item]:
    """A stop word after a condition word, before what stops (or ending the message), is the
    event watched for: it becomes a symptom, as "breaks" would be."""
    start = next((i for i, it in enumerate(items) if Cue.WHEN in it.cues), None)
    if start is None:  # most messages: no condition
        return items
    out = list(items)
    for i in range(start + 1, len(items)):
        item = items[i]
        if Cue.OFF not in item.cues or Cue.ALERT in item.cues:
            continue
        after = next((it for it in items[i + 1 :] if _telling(it)), None)
        if after is None or (after.cues & _WATCHED and Cue.ALERT not in after.cues):
            out[i] = Item(_EVENT, item.label)
    return out


def colloquial_if(items: list[Item]) -> list[Item]:
    """Polish "jak" after a request to write or alert, before a failure, is "if"."""
    if not any(it.label == "jak" for it in items):
        return items
    out = list(items)
    asked = False
    for i, item in enumerate(items):
        asked = asked or bool(item.cues & _ASKING)
        if asked and item.label == "jak" and any(it.cues & _FAILURE for it in items[i + 1 :]):
            out[i] = Item(_WHEN, "jak")
    return out


def negated_outside_condition(items: list[Item]) -> bool:
    """A negation before any condition word: "no more alerts" turns them off, "alert me if
    it does not enroll" does not."""
    for item in items:
        if Cue.WHEN in item.cues:
            return False
        if Cue.NEGATION in item.cues:
            return True
    return False


def watched_failure(items: list[Item]) -> bool:
    """Every failure word sits inside a condition: the failure is awaited, not reported."""
    inside = False
    for item in items:
        inside = inside or Cue.WHEN in item.cues
        if not inside and item.cues & _FAILURE:
            return False
    return inside
