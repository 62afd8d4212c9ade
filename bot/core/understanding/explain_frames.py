"""Round 5 (issue 13): questions that ask for an explanation, read as frames around ADE's name.

The keyword rules (`intents._decide`) let any status, list or negation word outvote an explain
word, which is right for "what is wrong with our ADE token, is it expired?" but not for
- "How do I renew the enrollment program token? Which Apple ID do I sign in with?": "which"
  is about the Apple ID, not a list of tokens; "how/where" + a renewal word + the token (or
  ADE) asks for the renewal steps, as does "the person who created the token left";
- "How does ADE work between ABM and Intune?", "как работает автоматическая регистрация",
  "Jak działa ADE", "ADE kết nối với Intune như thế nào": "work(s)" (работает, działa,
  hoạt động) is the subject's workings here, not its status;
- "DEP vs ADE, same thing or not?", "ADE là gì? Có giống DEP không?": in a comparison the
  negation is the question's "or not", not a failure.

A negation is a failure only beside what could fail (a device, enrollment, sync, a status
word): "our iPads don't enroll, how does ADE work?" stays a diagnosis, "I'd rather not wing
it" does not. ADE must be named, as the n-gram second opinion requires for this reading.
Linear: each item's label is looked up in sets, at most four words at a time.
"""

from __future__ import annotations

from bot.core.understanding.collisions import Item
from bot.core.understanding.cues import Cue
from bot.core.understanding.verbs import Verb
from bot.core.understanding.vocab_b14 import FRAME_WORDS_B14
from bot.core.understanding.vocab_explain import FRAME_WORDS
from bot.core.understanding.vocab_round7 import KNOW, KNOW_ZH, ROUND7_FRAMES
from bot.core.understanding.vocab_round8 import FRAME_WORDS_ROUND8
from bot.core.understanding.words import IS_CHINESE, labels


def _compile() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], frozenset[str]]:
    """(folded word or phrase -> its kinds, Chinese word -> its kinds, first words of phrases)."""
    latin: dict[str, set[str]] = {}
    chinese: dict[str, set[str]] = {}
    frames = (*FRAME_WORDS.items(), *ROUND7_FRAMES.items(), *FRAME_WORDS_B14.items())
    for kind, by_lang in (*frames, *FRAME_WORDS_ROUND8.items()):
        for key in labels(by_lang):
            table = chinese if IS_CHINESE.search(key) else latin
            table.setdefault(key, set()).add(kind)
    starts = frozenset(key.split()[0] for key in latin if " " in key)
    return (
        {k: frozenset(v) for k, v in latin.items()},
        {k: frozenset(v) for k, v in chinese.items()},
        starts,
    )


_LATIN, _CHINESE, _STARTS = _compile()
_LONGEST = 4  # words in the longest frame phrase looked for across items ("одно и то же")
_NEAR = 5  # "Como o Automated Device Enrollment conversa": how and works, a few items apart
# Cues that ask for something else than an explanation: a diagnosis, a check, alerts...
_ELSEWHERE = frozenset(
    {Cue.DIAGNOSE, Cue.CHECK, Cue.RECHECK, Cue.ALERT, Cue.OTHER, Cue.SYMPTOM, Cue.FIXED}
)
_NOT_EXPLAIN = _ELSEWHERE | {Cue.LIST, Cue.RENEW, Cue.REFRESH, Cue.OK}
# What can fail, so that a negation next to it is a failure.
_CAN_FAIL = frozenset({Cue.APPLE, Cue.STATUS, Cue.TOKEN, Cue.SYMPTOM})


def _frames(items: list[Item]) -> dict[str, list[int]]:
    """Each kind of frame word (FRAME_WORDS) -> the indices of the items where one starts."""
    labels = [it.label for it in items]
    found: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        kinds: frozenset[str] | set[str]
        if IS_CHINESE.match(label):
            # A word may straddle two items: 怎么 is scanned as 怎 and the particle 么.
            after = labels[i + 1] if i + 1 < len(labels) else ""
            run = label + after if IS_CHINESE.match(after) else label
            kinds = _chinese_kinds(run)
        else:
            kinds = _LATIN.get(label, _NONE)
            if label in _STARTS:
                kinds = set(kinds)
                for n in range(2, _LONGEST + 1):
                    kinds |= _LATIN.get(" ".join(labels[i : i + n]), _NONE)
        for kind in kinds:
            found.setdefault(kind, []).append(i)
    return found


_NONE: frozenset[str] = frozenset()
# The Chinese frame words by their first character: a run is read once, not once per word.
_CHINESE_BY_FIRST: dict[str, list[tuple[str, frozenset[str]]]] = {}
for _word, _its in _CHINESE.items():
    _CHINESE_BY_FIRST.setdefault(_word[0], []).append((_word, _its))


def _chinese_kinds(run: str) -> set[str]:
    """The kinds of the Chinese frame words anywhere in `run`."""
    kinds: set[str] = set()
    for start, char in enumerate(run):
        for word, its in _CHINESE_BY_FIRST.get(char, ()):
            if run.startswith(word, start):
                kinds |= its
    return kinds


def _near(first: list[int], second: list[int]) -> bool:
    return any(abs(a - b) <= _NEAR for a in first[:4] for b in second[:4])


def _failing_negation(items: list[Item]) -> bool:
    """A negation beside something that can fail: a device, enrollment, sync, a status."""
    for i, item in enumerate(items):
        if Cue.NEGATION not in item.cues or _not_knowing(items, i):
            continue
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < len(items) and j != i:
                near = items[j].cues
                if near & _CAN_FAIL or (Cue.DOMAIN in near and Cue.ADE not in near):
                    return True
    return False


def _not_knowing(items: list[Item], i: int) -> bool:
    """ "I don't know where…", "nie wiem, czy…", "不知道…": an indirect question (round 7)."""
    after = items[i + 1].label if i + 1 < len(items) else ""
    return after in KNOW or after.startswith(KNOW_ZH)


def _renewal(items: list[Item], cues: frozenset[Cue], found: dict[str, list[int]]) -> bool:
    """How/where to renew or replace the token, which Apple ID to sign in with, or "the person
    who created the token left"."""
    # An account word is the Apple ID to sign in with ("под какой учёткой"), so it may stay.
    if not cues & {Cue.TOKEN, Cue.ADE} or cues & _ELSEWHERE:
        return False
    left = "left" in found or _creator_left(found)
    renew = bool(cues & {Cue.RENEW, Cue.REFRESH})
    asked = left or "how" in found or "sign in" in found or "which account" in found
    return (renew or left) and asked and not _failing_negation(items)


def _creator_left(found: dict[str, list[int]]) -> bool:
    """Who made the token, then that they are gone: "the guy who created it quit"."""
    created, gone = found.get("creator", []), found.get("gone", [])
    return bool(created and gone) and max(gone) > min(created)


def _comparing(found: dict[str, list[int]]) -> set[int]:
    """Items just before a comparison word: "how is it different", "how does it differ", and
    just after "difference" (round 7): "khác nhau thế nào", "разница в чём"."""
    before = {c - k for c in found.get("compare", [])[:4] for k in (1, 2, 3)}
    return before | {d + k for d in found.get("difference", [])[:4] for k in (1, 2, 3)}


def _explanation(items: list[Item], cues: frozenset[Cue], found: dict[str, list[int]]) -> bool:
    """What ADE is, how it works or connects, how it differs from DEP."""
    if Cue.ADE not in cues or cues & _NOT_EXPLAIN:
        return False
    how, works = found.get("how", []), found.get("works", [])
    workings = how + works if _near(how, works) else []
    workings += found.get("how works", [])
    # "The difference between ADE and enrolling through Company Portal" (round 7): one
    # ADE name is enough; "ADE vs DEP" weighs two of its names.
    difference = "difference" in found
    compare = "compare" in found or difference
    names = {it.label for it in items if Cue.ADE in it.cues}
    if not (Cue.EXPLAIN in cues or workings or (compare and len(names) > 1) or difference):
        return False
    # A status word is the subject's workings ("как работает"), or a question of our tenant.
    asking = set(workings) | (_comparing(found) if compare else set())
    if any(Cue.STATUS in it.cues and i not in asking for i, it in enumerate(items)):
        return False
    if not compare and _failing_negation(items):
        return False
    # "Why do we need ADE if Company Portal enrolls too": ADE, named first, is the subject;
    # "what is a Managed Apple ID in ABM" asks about accounts.
    first = next(it.cues for it in items if it.cues & {Cue.ADE, Cue.ACCOUNTS})
    return Cue.ADE in first


def explain_frame(items: list[Item], cues: frozenset[Cue]) -> Verb | None:
    """EXPLAIN_RENEW or EXPLAIN_ADE when the message is framed as that question, else None."""
    if not cues & {Cue.TOKEN, Cue.ADE}:  # most messages: neither frame can hold
        return None
    found = _frames(items)
    if _renewal(items, cues, found):
        return Verb.EXPLAIN_RENEW
    if _explanation(items, cues, found):
        return Verb.EXPLAIN_ADE
    return None
