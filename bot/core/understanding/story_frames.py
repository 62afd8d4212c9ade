"""Round 7 (issue 13, batch 15): frames that turn a list word into a status question
(`matching.scan` applies them).

- A countdown: "how many days until the token expires", "сколько дней до истечения", "ile dni
  zostało", "quantos dias", "còn bao nhiêu ngày": a count of days, weeks or months is the
  time left on the token, a status, not the list of tokens.
- What a screen shows: "Last successful sync tá mostrando semana passada", "the portal is
  showing", "pokazuje", "показывает": a third-person or progressive "show" reports what the
  admin read off Intune, beside a status or a failure word; the imperative ("show me",
  "mostra", "покажи", "pokaż") asks for the list.
Linear: one pass over the items, at most two items looked at after each count word.
"""

from __future__ import annotations

from bot.core.understanding.collisions import Item
from bot.core.understanding.cues import Cue
from bot.core.understanding.words import Entry

_COUNT = frozenset(
    {"how many", "ile", "сколько", "quantos", "quantas", "bao nhieu", "多少", "几", "几个"}
)
_UNITS = frozenset(
    {"days", "weeks", "months", "dni", "dnia", "tygodni", "tygodnie", "miesiecy", "miesiace",
     "днеи", "дня", "недель", "недели", "месяцев", "месяца", "dias", "semanas", "meses",
     "xxvingay", "ngay", "tuan", "thang", "天", "周", "星期", "月", "个月"}
)  # fmt: skip
# Only forms that cannot be the imperative: Portuguese "mostra", Vietnamese "hiển thị" and
# Chinese "显示" also say "show (me)".
_REPORTED_SHOW = frozenset(
    {"showing", "shows", "mostrando", "pokazuje", "pokazuja", "показывает", "показывают"}
)
_STATUS = Entry(frozenset({Cue.STATUS}))
_READ_OFF = frozenset({Cue.STATUS, Cue.DIAGNOSE})


def story_frames(items: list[Item]) -> list[Item]:
    """The items with a countdown or a screen's reading turned into a status."""
    labels = [it.label.partition("~")[0] for it in items]  # "недель~неделю": the word typed
    counts = not _COUNT.isdisjoint(labels)
    shows = not _REPORTED_SHOW.isdisjoint(labels)
    if not (counts or shows):  # most messages: neither frame opens
        return items
    out = list(items)
    reads = shows and any(it.cues & _READ_OFF for it in items)
    for i, label in enumerate(labels):
        countdown = label in _COUNT and not _UNITS.isdisjoint(labels[i + 1 : i + 3])
        read_off = label in _REPORTED_SHOW and reads
        if (countdown or read_off) and Cue.LIST in items[i].cues:
            out[i] = Item(_STATUS, label)
    return out
