"""Which keyword an unknown word stands for: a stem of an inflected form, or a typo.

A typo is one edit (insertion, deletion, substitution, swap of neighbours) from a keyword of
4+ letters or a stem of 5+; candidates are found by the deletion variants both share (the
SymSpell trick, `words.TYPO_WORDS`), then the exact distance decides. Round 4 (issue 13):

- An everyday word is no typo of another one ("словами" is not "слома*" = broken, "store" is
  not "które", "perto" not "certo"): a word common in its language (`lexicon.everyday`, from
  wordfreq) is taken for a keyword only when they differ in the last letters, which is an
  inflection of the same word ("сроки" ~ "срок", "chcą" ~ "chce", "обновил" ~ "обнови").
- Four-letter words: fast typing drops a vowel ("токн", "alrt"), so a four-letter word may
  be a five-letter keyword or stem without one of its inner vowels. Other edits still need
  the same length ("jaki" is a word of its own, not "jakie" mistyped).
"""

from __future__ import annotations

from bot.core.i18n.lexicon import everyday
from bot.core.understanding.words import (
    FILLER,
    KNOWN,
    MAX_STEM,
    STEM,
    TYPO_STEMS,
    TYPO_WORDS,
    WORD,
    Entry,
    deletes,
)

_LONGEST = max(map(len, KNOWN))
# Zipf 3.0: about one use per million words. Measured on the dev phrasings: typos that were
# real words sat at 3.3-5.8, the true typos ("tokne", "hlep", "слмоалась") were not listed.
_EVERYDAY = 30
_VOWELS = frozenset(
    "aeiouy\u0430\u0435\u0451\u0438\u043e\u0443\u044b\u044d\u044e\u044f"
)  # аеёиоуыэюя


def one_edit(a: str, b: str) -> bool:
    """Optimal string alignment distance <= 1: one insertion, deletion, substitution, or a swap
    of neighbours."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = _common_prefix(a, b)
    if len(a) != len(b):
        return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
    return a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :])


def _common_prefix(a: str, b: str) -> int:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def _dropped_vowel(word: str, keyword: str) -> bool:
    """`word` is `keyword` without one of its inner vowels: "токн" / "токен"."""
    if len(keyword) != len(word) + 1:
        return False
    i = _common_prefix(word, keyword)
    return 0 < i < len(word) and keyword[i] in _VOWELS and word[i:] == keyword[i + 1 :]


def stem_of(word: str) -> Entry | None:
    for end in range(min(len(word), MAX_STEM), 3, -1):
        if word[:end] in STEM:
            return STEM[word[:end]]
    return None


def typo_of(word: str) -> tuple[str, Entry] | None:
    """The keyword (or "stem*") `word` is one typo away from, with its entry."""
    if len(word) > _LONGEST + 1:  # nothing is one edit away, and deletes() costs len(word)^2
        return None
    # Only an ending may differ from a keyword when the word is an everyday one.
    inflected_only = everyday(word) >= _EVERYDAY
    words = {kw for v in (word, *deletes(word)) for kw in TYPO_WORDS.get(v, ())}
    if len(word) == 4:
        words = {kw for kw in words if len(kw) == 4 or _dropped_vowel(word, kw)}
    for keyword in sorted(words, key=lambda kw: (len(kw) != len(word), kw)):
        if one_edit(word, keyword) and _allowed(word, keyword, inflected_only):
            # A word of a phrase ("rejestracja" of "automatyczna rejestracja urządzeń") is
            # still a word a stem knows ("rejestr*"), alone.
            return keyword, WORD.get(keyword) or stem_of(keyword) or FILLER
    if len(word) == 4:
        for stem in sorted(TYPO_STEMS.get(word, ())):
            if _dropped_vowel(word, stem) and not inflected_only:
                return stem + "*", STEM[stem]
        return None
    for end in range(5, min(len(word), MAX_STEM + 1) + 1):
        prefix = word[:end]
        stems = {s for v in (prefix, *deletes(prefix)) for s in TYPO_STEMS.get(v, ())}
        for stem in sorted(stems):
            ends = (len(stem) - 1, len(stem), len(stem) + 1)
            for n in ends:
                fits = n <= len(word) and one_edit(word[:n], stem)
                if fits and _allowed(word[:n], stem, inflected_only):
                    return stem + "*", STEM[stem]
    return None


def _allowed(word: str, keyword: str, inflected_only: bool) -> bool:
    """A common word may differ from the keyword only from its last letter on."""
    return not inflected_only or _common_prefix(word, keyword) >= len(keyword) - 1
