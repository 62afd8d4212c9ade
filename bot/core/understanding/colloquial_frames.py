"""Round 6 (issue 13, batch 13): frames around colloquial asks (`matching.scan` applies them).

- "dùng bot này (như) thế nào": Vietnamese puts "how" after the verb; a use of the bot followed
  by "thế nào" / "ra sao" asks how to use it (HOW_TO_USE, as `vocab_colloquial` does for the
  other languages).
- "i want a ping every time sync breaks so the front desks stop calling me": a stop word
  inside a purpose clause ("so …", "pra que …") is what the alert is for, not "stop alerts".
- "Có bắt buộc là tài khoản đã tạo token không?", "Bạn có thể giải thích … không?": in a
  Vietnamese "có … không" question the closing "không" asks yes or no; in a message that asks
  for an explanation or the renewal it is no failure.
- "Vietnamese please, the Hanoi office reads this channel too": "please" (пожалуйста, proszę,
  por favor) right beside a language name asks for it, as "in" or "answer" would.
Linear: one pass over the items, a few labels looked at around each.
"""

from __future__ import annotations

from bot.core.understanding.collisions import Item
from bot.core.understanding.cues import Cue
from bot.core.understanding.words import FILLER, Entry

_USE_BOT = frozenset({"su dung bot", "dung bot", "xai bot"})
_VI_HOW = frozenset({"the nao", "nhu the nao", "ra sao", "sao"})
_HOW_TO_USE = Entry(frozenset({Cue.USAGE, Cue.HOW_TO_USE}))
_PURPOSE = frozenset({"so", "so that", "pra que", "para que"})
_VI_ASK = frozenset({"co", "co the", "co phai"})
_ASKS_WHAT = frozenset({Cue.EXPLAIN, Cue.RENEW})
_FAILURE = frozenset({Cue.DIAGNOSE, Cue.SYMPTOM})
_PLEASE = frozenset({"please", "pls", "plz", "пожалуиста", "плиз", "prosze", "por favor"})
_PLEASE_CUE = Entry(frozenset({Cue.FILLER, Cue.LANG_CUE}))
_OPENERS = _USE_BOT | _PURPOSE | _VI_ASK | _PLEASE


def colloquial(items: list[Item]) -> list[Item]:
    """The items with the frames above read."""
    if _OPENERS.isdisjoint([it.label for it in items]):  # most messages: no frame opens
        return items
    out = list(items)
    purpose = asked = -1  # where a purpose clause / a Vietnamese "có" question starts
    explains = any(it.cues & _ASKS_WHAT for it in items)
    failing = any(it.cues & _FAILURE for it in items)
    for i, item in enumerate(items):
        label = item.label
        if label in _USE_BOT and any(it.label in _VI_HOW for it in items[i + 1 : i + 4]):
            out[i] = Item(_HOW_TO_USE, label)
        elif label in _PURPOSE:
            purpose = i
        elif label in _VI_ASK:
            asked = i
        elif Cue.OFF in item.cues and Cue.ALERT not in item.cues and 0 <= purpose < i - 1:
            out[i] = Item(FILLER, label)  # "so the front desks stop calling"
        elif label == "khong" and asked >= 0 and explains and not failing:
            out[i] = Item(FILLER, label)
        elif label in _PLEASE and _beside_a_name(items, i):
            out[i] = Item(_PLEASE_CUE, label)
    return out


def _beside_a_name(items: list[Item], i: int) -> bool:
    return any(
        (entry := items[j].entry) is not None and entry.name is not None and not entry.weak
        for j in (i - 1, i + 1)
        if 0 <= j < len(items)
    )
