# ruff: noqa: RUF002
"""Round 6 (issue 13, batch 13): what a message sets aside is not what it asks.

- "I don't need alerts, just show me the tokens", "алерты не нужны, просто выведи токены",
  "不用提醒，就把令牌列出来", "não quero alerta, só me mostra os tokens": the refused alerts are
  an aside; the ask is what follows "just" (`ask_after_aside`).
- "Not about Autopilot, about Apple: is the token syncing?", "Я не про Autopilot, а про
  Apple", "不是问 Autopilot，是 Apple 那边": another platform named under a negation, with Apple or
  ADE named after it, does not make the message that platform's (`asides`).
- Vietnamese "chỉ ... thôi" is "only": the "thôi" that closes it stops nothing (`asides`).
- "hủy đăng ký" / "cancelar inscrição" unsubscribe; followed by a device, ADE or a token they
  cancel an enrollment instead (`asides`).
"""

from __future__ import annotations

from bot.core.understanding.collisions import Item
from bot.core.understanding.cues import Cue
from bot.core.understanding.words import Entry

# "just", "only": the word that opens the real ask after a refused aside. Folded labels, so
# Portuguese "só" is "so" (English "no alerts, so list the tokens" asks the same) and Polish
# "po prostu" ends in "prostu".
_JUST = frozenset(
    {"just", "only", "simply", "просто", "только", "лишь", "prostu", "tylko", "jedynie",
     "so", "apenas", "somente", "chi", "就", "只", "只要", "只需"}
)  # fmt: skip
# Chinese has no spaces: 就 / 只 known as filler, or opening a run of unknown characters.
_JUST_ZH = ("就", "只")
_REFUSAL = frozenset({Cue.NEGATION, Cue.OFF})
_ALERTING = frozenset({Cue.ALERT, Cue.NOTIFY})
# What the ask after "just" may be: a list, a status, a check, an explanation.
_ASK = frozenset(
    {Cue.LIST, Cue.TOKEN, Cue.CHECK, Cue.DIAGNOSE, Cue.STATUS, Cue.EXPLAIN, Cue.RENEW,
     Cue.RECHECK}
)  # fmt: skip
# Between a negation and the platform it negates: "не про", "nie pytam o", "não é sobre o".
_NEAR = 4
_OURS = frozenset({Cue.APPLE, Cue.ADE})
_FILLER = Entry(frozenset({Cue.FILLER}))
_UNENROLLED = frozenset({Cue.DOMAIN, Cue.APPLE, Cue.ADE, Cue.TOKEN})
_UNSUBSCRIBE_OR_UNENROLL = frozenset(
    {"huy dang ky", "cancelar inscricao", "cancelar a inscricao", "cancela a inscricao"}
)
_OFF_DOMAIN = Entry(frozenset({Cue.OFF, Cue.DOMAIN}))


def _just(item: Item) -> bool:
    if item.label in _JUST:
        return True
    return item.entry is None and item.label.startswith(_JUST_ZH)


def ask_after_aside(items: list[Item]) -> list[Item] | None:
    """The words after "just" when alerts were refused before it and the rest asks something
    else without alerts; None for every other message."""
    refused = alert = False
    for i, item in enumerate(items):
        if alert and refused and _just(item):
            rest = items[i + 1 :]
            cues = frozenset().union(*(it.cues for it in rest))
            if cues & _ASK and not cues & _ALERTING:
                return rest
            return None
        refused = refused or bool(item.cues & _REFUSAL)
        alert = alert or bool(item.cues & _ALERTING)
    return None


def _negated_other(items: list[Item], at: int) -> int | None:
    """The negation a few words before items[at] (another platform), if only small words lie
    between and Apple or ADE is named after it."""
    for back in range(at - 1, max(at - 1 - _NEAR, -1), -1):
        cues = items[back].cues
        if Cue.NEGATION in cues:
            ours_after = any(it.cues & _OURS for it in items[at + 1 :])
            return back if ours_after else None
        if cues - {Cue.FILLER, Cue.LANG_CUE, Cue.LANG_FROM}:
            return None
    return None


def asides(items: list[Item]) -> list[Item]:
    """The items with the asides above made harmless."""
    out = items
    chi = False
    for i, item in enumerate(items):
        label = item.label
        if label == "chi":
            chi = True
        elif label == "thoi" and chi and Cue.OFF in item.cues:  # "chỉ ... thôi": only
            out = out if out is not items else list(items)
            out[i] = Item(_FILLER, label)
        elif label in _UNSUBSCRIBE_OR_UNENROLL:
            after = next(
                (it for it in items[i + 1 :] if it.cues - {Cue.FILLER, Cue.LANG_FROM}), None
            )
            if after is not None and after.cues & _UNENROLLED:  # "hủy đăng ký thiết bị"
                out = out if out is not items else list(items)
                out[i] = Item(_OFF_DOMAIN, label)
        elif Cue.OTHER in item.cues and Cue.SERVICE not in item.cues:
            negation = _negated_other(items, i)
            if negation is not None:
                out = out if out is not items else list(items)
                out[negation] = Item(_FILLER, items[negation].label)
                out[i] = Item(_FILLER, label)
    return out
