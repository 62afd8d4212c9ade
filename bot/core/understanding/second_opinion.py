"""A second opinion for when the keyword rules are unsure: a character n-gram classifier.

The rules (`intents._decide`) read cues; a phrasing they were never written for ("arrumei, checa
novamente", "я поправил, глянь снова": I fixed it, look again) leaves them with too little to go
on, and they answer UNKNOWN or ask (CLARIFY). Character n-grams of the folded words (3 to 4
letters, Chinese 1 to 4 characters, within a word) recognise inflections, typos and
missing diacritics the word lists never listed. The model is an averaged perceptron trained
on the development phrasings by `tools/build_intent_model.py` into `intent_model.py`.

It is consulted only for UNKNOWN and CLARIFY, and may only choose a reading that one of the
message's own cues supports (a re-check needs a check or "again" word, the token list a token
or list word): an unrelated message with no cue of ours stays unrelated. It never turns a
question into a tenant diagnosis: when that is the likeliest reading, the rules' question
(CLARIFY: "Check ADE tokens" / "Show help") is the safer answer.
"""

from __future__ import annotations

from functools import cache
from itertools import repeat

from bot.core.understanding import intent_model
from bot.core.understanding.cues import Cue
from bot.core.understanding.verbs import Verb
from bot.core.understanding.words import IS_CHINESE

# n-grams of 3 to 4 letters (cross-validated, tools/build_intent_model.py); Chinese, written
# without spaces, from 1.
_LONGEST = 4
_MAX_WORDS = 60  # as many words as the language detector reads
# The cues that must back the model's reading (None: any message may be unrelated).
_SUPPORT: dict[Verb, frozenset[Cue] | None] = {
    Verb.RECHECK: frozenset({Cue.CHECK, Cue.AGAIN, Cue.RECHECK, Cue.TRY, Cue.REFRESH}),
    Verb.TOKENS: frozenset({Cue.TOKEN, Cue.LIST}),
    # "What is …" alone is any question ("what is the weather in Lisbon"): ADE must be named.
    Verb.EXPLAIN_ADE: frozenset({Cue.ADE, Cue.DOMAIN}),
    Verb.EXPLAIN_RENEW: frozenset({Cue.TOKEN, Cue.RENEW, Cue.REFRESH, Cue.ADE}),
    # "me"/"on" alone is any sentence ("tối nay ăn gì": tối, evening, folds to tôi, me):
    # an alert, "write to me" or "ahead of time" word must be there (round 7).
    Verb.ALERTS_ON: frozenset({Cue.ALERT, Cue.NOTIFY, Cue.ADVANCE}),
    Verb.ALERTS_OFF: frozenset({Cue.ALERT, Cue.OFF}),
    Verb.NOT_ADE: None,
}
# What each of the rules' unsure answers may become.
_MAY_BECOME = {
    Verb.CLARIFY: frozenset(
        {Verb.TOKENS, Verb.EXPLAIN_ADE, Verb.EXPLAIN_RENEW, Verb.RECHECK, Verb.NOT_ADE}
    ),
    Verb.UNKNOWN: frozenset(
        {Verb.TOKENS, Verb.EXPLAIN_ADE, Verb.EXPLAIN_RENEW, Verb.RECHECK, Verb.ALERTS_ON,
         Verb.ALERTS_OFF}
    ),
}  # fmt: skip
# ...and for the explanations, a sign that something is asked, a cue or an interrogative word
# ("o que diabos é DEP"): "ade ftw" names ADE and asks nothing, so the rules' question stays.
_ALSO: dict[Verb, frozenset[Cue]] = {
    Verb.EXPLAIN_ADE: frozenset({Cue.EXPLAIN, Cue.COMPARE, Cue.DIAGNOSE, Cue.HELP, Cue.STATUS}),
    Verb.EXPLAIN_RENEW: frozenset({Cue.RENEW, Cue.REFRESH, Cue.EXPLAIN, Cue.HELP}),
}
# Folded words: Vietnamese "thế nào" folds to English "the" and Portuguese "não", so only "gì".
_ASKING = frozenset({
    "what", "whats", "why", "how", "что", "чего", "зачем", "как", "почему", "co", "czym",
    "czemu", "jak", "dlaczego", "que", "qual", "como", "porque", "gi",
    "where", "где", "откуда", "gdzie", "skad", "onde", "dau",
})  # fmt: skip
_ASKING_ZH = ("什么", "啥", "为什么", "怎么", "如何", "吗", "哪")
# A request said with a negation is refused ("以后别推给我", don't push it to me from now on):
# the model, reading the request, must not turn alerts on (round 7).
_REFUSED_BY: dict[Verb, frozenset[Cue]] = {Verb.ALERTS_ON: frozenset({Cue.NEGATION})}
# Thanks, another platform, a user account: the rules were sure enough that it is not ours.
_HANDS_OFF = frozenset({Cue.THANKS, Cue.OTHER, Cue.ACCOUNTS})


def features(words: list[str]) -> set[str]:
    """The n-grams of each folded word, "_" marking where the word starts and ends."""
    grams: set[str] = set()
    for word in words[:_MAX_WORDS]:
        padded = f"_{word}_"
        shortest = 1 if IS_CHINESE.match(word) else 3
        # One list per word (not a generator per length): half the time of the model's answer.
        end = len(padded) + 1
        grams.update(
            [padded[i : i + n] for n in range(shortest, _LONGEST + 1) for i in range(end - n)]
        )
    return grams


@cache
def _weights() -> tuple[tuple[Verb, dict[str, int]], ...]:
    """Parsed on first use: `check` and startup never pay for it."""
    parsed = []
    for name, block in intent_model.WEIGHTS.items():
        pairs = (entry.rpartition(":") for entry in block.split())
        parsed.append((Verb[name], {gram: int(value) for gram, _, value in pairs}))
    return tuple(parsed)


def guess(words: list[str]) -> tuple[Verb, int]:
    """The model's likeliest reading and its margin over the runner-up (perceptron units)."""
    grams = features(words)
    scores = sorted(
        ((sum(map(table.get, grams, repeat(0))), verb) for verb, table in _weights()),
        key=lambda pair: pair[0],
        reverse=True,
    )
    return scores[0][1], scores[0][0] - scores[1][0]


def second_opinion(verb: Verb, cues: frozenset[Cue], words: list[str]) -> Verb | None:
    """A better reading than the rules' unsure `verb`, or None to keep theirs."""
    allowed = _MAY_BECOME.get(verb)
    if not allowed or cues & _HANDS_OFF or not words:
        return None
    # No reading the message's cues could support (most unrelated messages): the model's answer
    # would be refused below whatever it is, so it is not computed.
    if not any(_supported(reading, cues) for reading in allowed):
        return None
    reading, margin = guess(words)
    if reading not in allowed or margin < intent_model.MIN_MARGIN:
        return None
    support, also = _SUPPORT[reading], _ALSO.get(reading)
    if also is not None and not (cues & also or _asks(words)):
        return None
    if cues & _REFUSED_BY.get(reading, frozenset()):
        return None
    return reading if support is None or cues & support else None


def _supported(reading: Verb, cues: frozenset[Cue]) -> bool:
    support = _SUPPORT[reading]
    return support is None or bool(cues & support)


def _asks(words: list[str]) -> bool:
    return any(
        word in _ASKING or (IS_CHINESE.match(word) and any(q in word for q in _ASKING_ZH))
        for word in words[:_MAX_WORDS]
    )
