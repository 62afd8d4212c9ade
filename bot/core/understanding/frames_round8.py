"""Round 8 (issue 13, batch 16): readings decided by the message around a word.

- "All" (все, 全部, wszystko, tudo, tất cả) lists tokens only when tokens are what it counts,
  a few words from a token word: "старый DEP-токен ещё живой? …когда мы всё ставили" asks a
  token's status, "DEP и ADE — одно и то же или Apple всё переименовала?" asks what ADE is;
  "show" and "which" still list.
- "Write me a month before the token expires": a request to be written to, asked ahead of
  time, is an alert request, as "write me if it fails" is (`intents`: NOTIFY with WHEN).
"""

from __future__ import annotations

from bot.core.understanding.collisions import Item
from bot.core.understanding.cues import Cue
from bot.core.understanding.words import FILLER

# Folded labels of the "all" words (`vocab_questions` LIST); Chinese as scanned.
_ALL = frozenset({"all", "все", "всех", "全部", "所有", "wszystko", "wszystkie", "tudo", "todos"})
_ALL |= {"todas", "tat ca", "vse"}
_ABOUT = frozenset({Cue.ADE, Cue.DOMAIN, Cue.APPLE, Cue.TOKEN})
_NEAR = 3  # "all the ABM/ASM tokens", "所有DEP令牌": "all" a few words from what it counts


def weak_all(items: list[Item]) -> list[Item]:
    """The items with "all" as filler when it counts no tokens (see the module's docstring)."""
    at = [i for i, it in enumerate(items) if it.label in _ALL and it.cues == {Cue.LIST}]
    if not at:
        return items
    cues = frozenset().union(*[it.cues for it in items])
    if not cues & _ABOUT:  # "all", "покажи всё": the list we keep
        return items
    out = list(items)
    for i in at:
        if not any(Cue.TOKEN in it.cues for it in items[max(0, i - _NEAR) : i + _NEAR + 1]):
            out[i] = Item(FILLER, items[i].label)
    return out


def notify_ahead(cues: frozenset[Cue]) -> bool:
    """'Write me a month before the DEP token expires': written to ahead of time, about ADE."""
    return (
        {Cue.NOTIFY, Cue.ADVANCE} <= cues
        and bool(cues & {Cue.TOKEN, Cue.ADE})
        and not (cues & {Cue.OFF, Cue.DIAGNOSE})
    )
