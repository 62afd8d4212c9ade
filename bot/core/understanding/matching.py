"""Matching a cleaned message against the word lists: words, phrases, Chinese runs, typos.

`intents.recognize` cleans a message, `scan` turns it into items (each a word or phrase with
its cues, or an unknown word), and `intents._decide` reads the items' cues. The frames that
re-read a run of items (conditions, colloquial asks, countdowns) are applied here, in order.
"""

from __future__ import annotations

from functools import lru_cache

from bot.core.understanding.cleaning import TOKENS, toneless_vietnamese
from bot.core.understanding.collisions import Item as _Item
from bot.core.understanding.collisions import (
    explain_in_any_order,
    portuguese_no,
    vietnamese_nao,
)
from bot.core.understanding.colloquial_frames import colloquial
from bot.core.understanding.conditions import colloquial_if, events_in_conditions
from bot.core.understanding.frames_round8 import weak_all
from bot.core.understanding.story_frames import story_frames
from bot.core.understanding.typos import stem_of, typo_of
from bot.core.understanding.vocab_round8 import latin_russian_forms
from bot.core.understanding.words import (
    CHINESE,
    FILLER,
    IS_CHINESE,
    KNOWN,
    PHRASE,
    WORD,
    Entry,
    merge,
)


@lru_cache(maxsize=4096)
def resolve(word: str, typos: bool) -> tuple[str, Entry | None, str]:
    """(the word phrases are matched with, its entry or None if unknown, evidence label)."""
    stem = stem_of(word)
    if word in KNOWN or len(word) == 1:  # one letter: articles and prepositions
        return word, merge(WORD.get(word), stem) or FILLER, word
    if stem:
        return word, stem, word
    for form in latin_russian_forms(word):  # round 8: "otpiwi" is "otpishi" (отпиши)
        if form in KNOWN or stem_of(form):
            return (*resolve(form, False)[:2], f"{word}~{form}")
    typo = typo_of(word) if typos and len(word) >= 4 else None
    if typo:
        keyword, entry = typo
        return (word if keyword.endswith("*") else keyword), entry, f"{word}~{keyword}"
    return word, None, word


def scan(text: str, *, typos: bool) -> list[_Item]:
    """The message as matched words, phrases and Chinese runs, with the frames applied."""
    items: list[_Item] = []
    tokens = TOKENS.findall(text)
    typos = typos and not toneless_vietnamese(tokens)
    resolved = [None if IS_CHINESE.match(t) else resolve(t, typos) for t in tokens]
    keys = [r[0] if r else "" for r in resolved]  # what phrases are matched with
    i = 0
    while i < len(tokens):
        this = resolved[i]
        if this is None:
            scan_chinese(tokens[i], items)
            i += 1
            continue
        phrases = PHRASE.get(this[0], ())
        ahead = tuple(keys[i : i + 6]) if phrases else ()
        for words, entry in phrases:
            if ahead[: len(words)] == words:
                items.append(_Item(entry, " ".join(words)))
                i += len(words)
                break
        else:
            items.append(_Item(this[1], this[2]))
            i += 1
    items = events_in_conditions(colloquial_if(explain_in_any_order(colloquial(items))))
    items = weak_all(story_frames(items))  # round 7: countdowns, a screen's reading; 8: all
    return portuguese_no(items) if typos else vietnamese_nao(items)


def scan_chinese(run: str, items: list[_Item]) -> None:
    i = unknown = 0  # run[unknown:i]: characters no keyword starts with, one unknown word
    while i < len(run):
        for keyword, entry in CHINESE.get(run[i], ()):
            if run.startswith(keyword, i):
                if unknown < i:
                    items.append(_Item(None, run[unknown:i]))
                items.append(_Item(entry, keyword))
                i = unknown = i + len(keyword)
                break
        else:
            i += 1
    if unknown < len(run):
        items.append(_Item(None, run[unknown:]))
