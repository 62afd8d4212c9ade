"""Which language a message names, and which it asks for (`intents._decide`).

A name next to a cue word ("answer in Polish", "по-русски", "用中文") or on its own ("English
please") is a request; a name after "from" is the language being left ("from English to
Polish"); a name just after a negation is the one not read ("коллега не читает по-русски",
"my colleague doesn't read English"), so it is neither named nor asked. A name inside a
condition ("even when my coworkers write in Polish") yields to one asked outside it (round 7).
"""

from __future__ import annotations

from bot.core.understanding.collisions import Item
from bot.core.understanding.cues import Cue
from bot.core.understanding.vocab_round8 import BECAUSE_WORDS
from bot.core.understanding.words import labels

_PLAIN = frozenset({Cue.FILLER, Cue.LANG_CUE, Cue.LANG_FROM, Cue.GREETING, Cue.OK, Cue.NOTIFY})
# Round 8: "write in Russian, because you answer me in English": what follows "because" is
# what the bot does now, a condition's language as far as the choice goes.
_BECAUSE = labels(BECAUSE_WORDS)
_NEGATED_WITHIN = 3  # "не читает по-русски": the negation, a verb, the cue, the name


def _negated(items: list[Item], i: int) -> bool:
    return any(Cue.NEGATION in it.cues for it in items[max(0, i - _NEGATED_WITHIN) : i])


def languages(items: list[Item], *, trigger: bool) -> tuple[str | None, str | None]:
    """(the language named, the language asked for: next to a cue word or on its own)."""
    if not any(it.entry and it.entry.name for it in items):
        return None, None
    alone = all(it.entry and (it.entry.name or it.cues <= _PLAIN) for it in items)
    named: list[tuple[bool, str]] = []  # (follows "from", code)
    asked: list[str] = []
    unconditional: list[str] = []  # round 7: asked before any "when" / "even if"
    condition = False
    for i, item in enumerate(items):
        condition = condition or Cue.WHEN in item.cues or item.label in _BECAUSE
        if not item.entry or not item.entry.name or _negated(items, i):
            continue
        cued = any(Cue.LANG_CUE in items[j].cues for j in (i - 1, i + 1) if 0 <= j < len(items))
        after_from = i > 0 and Cue.LANG_FROM in items[i - 1].cues
        if item.entry.weak and not (trigger or cued or alone):
            continue
        named.append((after_from, item.entry.name))
        if (cued or alone) and not after_from:
            asked.append(item.entry.name)
            if not condition:
                unconditional.append(item.entry.name)
    # "from English to Polish": the language being left is not the choice.
    chosen = next((code for after_from, code in reversed(named) if not after_from), None)
    # "keep answering in English even when they write in Polish": the condition's language is
    # the one others write, the ask is outside it.
    choice = unconditional[-1] if unconditional else (asked[-1] if asked else None)
    return chosen or (named[-1][1] if named else None), choice
