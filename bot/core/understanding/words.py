"""The words `bot.core.understanding.intents` looks for, per language, written as admins type them:
`vocab_questions` (why, check, status, tokens, help), `vocab_commands` (alerts, the reply
language, filler), `vocab_ade` (issue 13: ADE by name, other platforms, explain, renew).

Entries are separated by commas. An entry may be several words ("not working", "tại sao"), which
then must appear in that order. A trailing `*` makes a single word a stem that matches every
word starting with it (Russian and Polish inflect: токен, токены, токенов). Chinese entries
are matched as substrings, because Chinese is written without spaces. Entries are written with
their accents; `intents` folds accents away on both sides, so "dziala" finds "działa".

A word may carry several cues ("me" is both an alert-on cue and filler-like). Filler words carry
no intent; listing them lets the recogniser tell "why is it failing?" (all words known) from
"why is the printer failing?" (an unknown subject: not our business).

The end of this file compiles the tables once, at import, into the look-up structures that
`bot.core.understanding.intents` uses.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import NamedTuple, TypeVar

from bot.core.i18n.languages import LANGUAGES
from bot.core.i18n.lexicon import without_marks
from bot.core.understanding.alert_questions import STATE_WORDS
from bot.core.understanding.cues import Cue
from bot.core.understanding.vocab_ade import ADE_WORDS
from bot.core.understanding.vocab_asides import ASIDE_WORDS
from bot.core.understanding.vocab_asks import ASK_WORDS, LATIN_RUSSIAN
from bot.core.understanding.vocab_b14 import B14_WORDS, FUTURE_WORDS, LATIN_RUSSIAN_B14, TELL_WORDS
from bot.core.understanding.vocab_colloquial import COLLOQUIAL_WORDS
from bot.core.understanding.vocab_commands import (
    BOTH,
    COMMAND_WORDS,
    LANGUAGE_CODES,
    LANGUAGE_NAMES,
)
from bot.core.understanding.vocab_context import CONTEXT_WORDS
from bot.core.understanding.vocab_explain import EXPLAIN_WORDS
from bot.core.understanding.vocab_products import PRODUCT_WORDS
from bot.core.understanding.vocab_questions import QUESTION_WORDS
from bot.core.understanding.vocab_requests import (
    REQUEST_BOTH,
    REQUEST_NAMES,
    REQUEST_WORDS,
    REQUEST_WORDS_LATIN_RUSSIAN,
)
from bot.core.understanding.vocab_round7 import ROUND7_LATIN_RUSSIAN, ROUND7_WORDS
from bot.core.understanding.vocab_round7b import ROUND7B_WORDS
from bot.core.understanding.vocab_round8 import BECAUSE_WORDS, ROUND8_WORDS
from bot.core.understanding.vocab_round8_plpt import ROUND8_PLPT_WORDS

_LANGS = ("en", "ru", "zh", "pl", "pt", "vi")

# Vietnamese syllables are short and dense: one edit turns a real syllable into another
# ("dung" use / stop, "loi" word / error), so its words are matched exactly (tone marks
# dropped), never by edit distance. Chinese has no spelling typos to forgive.
NO_TYPOS = frozenset({"vi", "zh"})

WORDS: dict[Cue, dict[str, str]] = QUESTION_WORDS | COMMAND_WORDS | ADE_WORDS | CONTEXT_WORDS
__all__ = ["BOTH", "LANGUAGE_CODES", "LANGUAGE_NAMES", "WORDS", "Cue"]

# --- the tables compiled for look-up, once at import ----------------------------------------

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
IS_CHINESE = re.compile(f"[{CJK}]")
# str.translate looks each character of a non-ASCII text up in a dict (70 µs for 450 Cyrillic
# letters); str.replace scans in C and returns the text itself when the letter is absent.
_UNFOLDED = (("ł", "l"), ("đ", "d"), ("'", ""), ("\u2019", ""), ("`", ""))
# A locale tag in a message (pt-BR, zh-CN) becomes one of these words before matching.
TAG_WORD = {lang.code: "xxlang" + lang.code.lower().replace("-", "") for lang in LANGUAGES}


def fold(text: str) -> str:
    """Lower case without accents or tone marks, apostrophes dropped: "Działa" -> "dziala",
    "lỗi" -> "loi", "isn't" -> "isnt". Keywords and messages both go through it."""
    text = text.casefold()
    for letter, plain in _UNFOLDED:
        text = text.replace(letter, plain)
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", without_marks(unicodedata.normalize("NFD", text)))


class Entry(NamedTuple):
    cues: frozenset[Cue]
    name: str | None = None  # the language a language name stands for
    weak: bool = False  # an ISO code: a choice only where a request is clear


FILLER = Entry(frozenset({Cue.FILLER}))
_K = TypeVar("_K", str, tuple[str, ...])

WORD: dict[str, Entry] = {}
STEM: dict[str, Entry] = {}
PHRASE: defaultdict[str, list[tuple[tuple[str, ...], Entry]]] = defaultdict(list)  # by 1st word
CHINESE: defaultdict[str, list[tuple[str, Entry]]] = defaultdict(list)  # by first character
KNOWN: set[str] = set()  # every word of every table: never "corrected" into another one
TYPO_WORDS: defaultdict[str, set[str]] = defaultdict(set)  # deletion variant -> keywords
TYPO_STEMS: defaultdict[str, set[str]] = defaultdict(set)


def merge(old: Entry | None, new: Entry | None) -> Entry | None:
    if old is None or new is None:
        return old or new
    return Entry(old.cues | new.cues, old.name or new.name, old.weak and new.weak)


def deletes(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


def _index_typos(index: defaultdict[str, set[str]], word: str, *, min_len: int) -> None:
    if len(word) >= min_len:
        for variant in (word, *deletes(word)):
            index[variant].add(word)


def _append(table: list[tuple[_K, Entry]], key: _K, entry: Entry) -> None:
    """One entry per key: a phrase listed under two cues carries both."""
    for i, (old_key, old) in enumerate(table):
        if old_key == key:
            table[i] = (key, merge(old, entry) or entry)
            return
    table.append((key, entry))


def keys(text: str) -> list[str]:
    """A word list's comma-separated entries as they are matched: folded, spaces single."""
    return [" ".join(fold(raw).split()) for raw in text.split(",")]


def labels(by_lang: dict[str, str]) -> frozenset[str]:
    """Every language's entries of a word list, as a frame finds them by item label."""
    return frozenset(key for text in by_lang.values() for key in keys(text)) - {""}


def _add(text: str, entry: Entry, *, typos: bool) -> None:
    for key in keys(text):
        if not key:
            continue
        if IS_CHINESE.search(key):
            _append(CHINESE[key[0]], key, entry)
        elif " " in key:
            words = tuple(key.split())
            _append(PHRASE[words[0]], words, entry)
            KNOWN.update(words)
            for word in words if typos else ():
                _index_typos(TYPO_WORDS, word, min_len=4)
        elif key.endswith("*"):
            STEM[key[:-1]] = merge(STEM.get(key[:-1]), entry) or entry
            if typos:  # a 4-letter stem would forgive too much: "fail*" ~ "fair"
                _index_typos(TYPO_STEMS, key[:-1], min_len=5)
        else:
            WORD[key] = merge(WORD.get(key), entry) or entry
            KNOWN.add(key)
            if typos and Cue.FILLER not in entry.cues:
                _index_typos(TYPO_WORDS, key, min_len=4)


_Cues = Cue | tuple[Cue, ...]


def _cue_set(cues: _Cues) -> frozenset[Cue]:
    return frozenset(cues) if isinstance(cues, tuple) else frozenset({cues})


def _add_families(
    families: Iterable[tuple[_Cues, dict[str, str]]], *, exact: AbstractSet[Cue] = frozenset()
) -> None:
    """Each family's words in every language it lists. A family holding an `exact` cue is
    matched exactly (no typo forgives a product name); so is a language in NO_TYPOS."""
    for cues, by_lang in families:
        cue_set = _cue_set(cues)
        forgiving = not cue_set & exact
        for lang, text in by_lang.items():
            _add(text, Entry(cue_set), typos=forgiving and lang not in NO_TYPOS)


def _add_untyped(words: Iterable[tuple[_Cues, str]]) -> None:
    """Words matched only as written: Latin-letter Russian ("snova" is no typo of Portuguese
    "nova") and the frames' own words, which they read by label."""
    for cues, text in words:
        _add(text, Entry(_cue_set(cues)), typos=False)


for _cue, _by_lang in WORDS.items():
    # A service on the device is another task, as another platform is (cues.py).
    _set = frozenset({_cue, Cue.OTHER}) if _cue is Cue.SERVICE else frozenset({_cue})
    for _lang, _text in _by_lang.items():
        _add(_text, Entry(_set), typos=_lang not in NO_TYPOS)
_add_families(BOTH.items())
_add_families(REQUEST_WORDS.items())  # round 5: merged into the cues above
_add_untyped(REQUEST_WORDS_LATIN_RUSSIAN.items())  # no typos: "snova" ~ Portuguese "nova"
_add_families(REQUEST_BOTH.items())
_add_families(EXPLAIN_WORDS.items())  # round 5: more words for cues listed above
# Product names are matched exactly: "contact" is no typo of "contacts", "room" none of "zoom".
_add_families(PRODUCT_WORDS.items(), exact={Cue.PRODUCT, Cue.COMPARE, Cue.FILLER})
_add_families(ASK_WORDS.items(), exact={Cue.PRODUCT})  # round 5, batch 12: more ways to ask
_add_untyped(LATIN_RUSSIAN.items())
_add_families(COLLOQUIAL_WORDS.items())  # round 6, batch 13
_add_families(ASIDE_WORDS.items())  # round 6, batch 13: stops, false alarms, asides
_add_families(ROUND7_WORDS.items(), exact={Cue.PRODUCT})  # round 7, batch 15
_add_untyped(ROUND7_LATIN_RUSSIAN.items())
_add_families(B14_WORDS.items(), exact={Cue.PRODUCT})  # round 7, batch 14
for _by_lang in (FUTURE_WORDS, TELL_WORDS):  # frames_b14.py reads them by label
    _add_untyped((Cue.FILLER, _text) for _text in _by_lang.values())
_add_untyped(LATIN_RUSSIAN_B14.items())
# "are they even on?" (alert_questions.py)
_add_untyped((Cue.ON, _text) for _text in STATE_WORDS.values())
_add_families(ROUND7B_WORDS.items())  # round 7, batch 15: checks, re-checks, alerts
_add_families(ROUND8_PLPT_WORDS.items())  # round 8, batch 16: pl/pt frames
_add_families(ROUND8_WORDS.items())  # round 8, batch 16: ru and zh
# language_request.py reads them by label
_add_untyped((Cue.FILLER, _text) for _text in BECAUSE_WORDS.values())
for _code, _text in (*LANGUAGE_NAMES.items(), *REQUEST_NAMES.items()):
    _add(_text, Entry(frozenset(), _code), typos=True)
for _iso, _code in LANGUAGE_CODES.items():
    _add(_iso, Entry(frozenset(), _code, weak=True), typos=False)
for _code, _text in TAG_WORD.items():
    _add(_text, Entry(frozenset(), _code), typos=False)
for _phrases in PHRASE.values():
    _phrases.sort(key=lambda pair: -len(pair[0]))  # longest first
for _keywords in CHINESE.values():
    _keywords.sort(key=lambda pair: -len(pair[0]))
MAX_STEM = max(map(len, STEM))
# "это что", "ADE это вообще что": the two words of a Russian or Polish explain phrase in
# another order or apart (collisions.explain_in_any_order); both order words freely.
EXPLAIN_PAIRS = frozenset(
    tuple(key.split())
    for lang in ("ru", "pl")
    for key in (" ".join(fold(raw).split()) for raw in WORDS[Cue.EXPLAIN][lang].split(","))
    if key.count(" ") == 1
)
