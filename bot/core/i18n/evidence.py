"""Which of our languages a message is written in, when the message tells.

Certain signs first: Chinese characters are Chinese, Cyrillic is Russian (unless letters of
Ukrainian, Serbian... show, or both scripts mix), kana, hangul and other scripts are none of
ours. Latin-script words are then weighed by how often each language writes them (`lexicon`:
a naive Bayes over word frequencies, with the decoy languages a little less likely a priori)
plus letters that only one of our languages has; the winner must beat the runner-up clearly.
Mentions, markup, URLs, numbers and product words ("ADE", "DEP token") are no evidence.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from itertools import groupby, islice

from bot.core.i18n.evidence_words import (
    BORROWED,
    ENDING_WEIGHT,
    ENDINGS,
    OTHER_CYRILLIC,
    PL_ONLY,
    PRODUCT,
    PT_ONLY,
    RU_LATIN,
    RU_ONLY,
    STEMS,
    UNKNOWN_ENDING,
    UNKNOWN_ENDINGS,
    VI_ONLY,
)
from bot.core.i18n.lexicon import (
    INDEX,
    LANGS,
    OURS,
    VIETNAMESE_PAIRS,
    fold,
    latin_russian,
    rows,
    zipf,
)

# A question sits at the start (as in `understanding.intents`); a log pasted after it is no
# more evidence, and every step below must cost the same for 255,000 characters as for 2,000.
_MAX_CHARS = 2000
_MAX_WORDS = 60  # runs of letters: a word, or a Chinese phrase
_LEAD_WORDS = 12  # words after these (often a pasted English error) count half
# Each pattern can start only where the previous attempt could not have scanned, so a failed
# attempt never rescans: linear. `.*?</at>`, `<[^>]*>`, `\b[a-z][a-z0-9+.-]*://` and `\S+@`
# rescan the rest of the text from every `<at>`, `<`, word start or character: quadratic.
_MENTION = re.compile(r"<at\b[^<>]*>[^<]*</at\s*>", re.IGNORECASE)  # Teams: <at>Name</at>
_TAG = re.compile(r"<[^<>]*>")
_URL_OR_EMAIL = re.compile(
    r"(?:(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://|\bwww\.)\S+|(?<!\S)[^\s@]+@\S+\.\S+",
    re.IGNORECASE,
)
_WITH_DIGITS = re.compile(r"\b[a-z]*\d\w*", re.IGNORECASE | re.ASCII)  # 7f3a, iOS17, 0x80
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


# Scores are in tenths of a Zipf value (log10 of uses per billion words).
_UNSEEN = 10  # a word a language's list lacks: as rare as its rarest listed words
_TELLING = 30  # a letter only one of our languages has
_PAIR = 30  # two Vietnamese syllables that make a word
_DECOY_PRIOR = 15  # messages in languages we don't ship are rarer
_CLEAR_MARGIN = 5  # the winner must be ten times likelier than the runner-up


def _script(ch: str) -> str:
    point = ord(ch)
    if ch.isascii() or 0xC0 <= point <= 0x24F or 0x1E00 <= point <= 0x1EFF:  # and "'"
        return "latin"
    if 0x400 <= point <= 0x52F:
        return "cyrillic"
    if 0x3040 <= point <= 0x30FF or 0x31F0 <= point <= 0x31FF or 0xFF66 <= point <= 0xFF9F:
        return "kana"
    if 0xAC00 <= point <= 0xD7AF or 0x1100 <= point <= 0x11FF or 0x3130 <= point <= 0x318F:
        return "hangul"
    if 0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF or 0xF900 <= point <= 0xFAFF:
        return "han"
    return "other"


def _clean(text: str) -> str:
    # Each pattern runs only where it can match (a "<", an address's "@", "://" or "www.", a
    # digit): most messages have none, and empty passes were a fifth of detection.
    if "<" in text:
        text = _TAG.sub(" ", _MENTION.sub(" ", text))
    text = unicodedata.normalize("NFKC", html.unescape(text))
    if _ADDRESS_MARK.search(text):
        text = _URL_OR_EMAIL.sub(" ", text)
    if _DIGIT.search(text):
        text = _WITH_DIGITS.sub(" ", text)
    return text.replace("\u2019", "'").replace("`", "'").lower()


# What a URL or an e-mail address (_URL_OR_EMAIL) cannot match without.
_ADDRESS_MARK = re.compile(r"@|://|www\.", re.IGNORECASE)
_DIGIT = re.compile(r"\d", re.ASCII)
# A run of one script (`_script`) as a whole: most runs are, and need no look at each letter.
_LATIN_RUN = re.compile("[\\x00-\\x7f\u00c0-\u024f\u1e00-\u1eff]+")
_CYRILLIC_RUN = re.compile("[\u0400-\u052f]+")
_HAN_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+")


def _runs(text: str) -> Iterator[tuple[str, str]]:
    """(script, letters) for each single-script run of letters: "同步ade" is two runs."""
    for letters in _LETTERS.findall(text):
        if letters.isascii() or _LATIN_RUN.fullmatch(letters):
            yield "latin", letters
        elif _CYRILLIC_RUN.fullmatch(letters):
            yield "cyrillic", letters
        elif _HAN_RUN.fullmatch(letters):
            yield "han", letters
        else:
            for script, chars in groupby(letters, key=_script):
                yield script, "".join(chars)


def message_language(text: str) -> str | None:
    """The `Language.code` of the language `text` is clearly written in, or None."""
    runs: list[tuple[str, str]] = []  # the first _MAX_WORDS runs, quotes stripped
    for script, chars in _runs(_clean(text[:_MAX_CHARS])):
        run = chars.strip("'")
        if run:
            runs.append((script, run))
            if len(runs) == _MAX_WORDS:
                break
    scripts = {script for script, _ in runs}
    if scripts & {"kana", "hangul", "other"} or {"han", "cyrillic"} <= scripts:
        return None
    if "han" in scripts:
        return "zh-Hans"
    if "cyrillic" in scripts:
        letters = set().union(*(run for script, run in runs if script == "cyrillic"))
        return None if letters & OTHER_CYRILLIC and not letters & RU_ONLY else "ru"
    found = _latin([run for _, run in runs])
    asked = _asking_sentence(text[:_MAX_CHARS]) if found else None
    return asked or found


def _latin(kept: list[str]) -> str | None:
    product = [run in PRODUCT or run.removesuffix("'s") in PRODUCT for run in kept]
    words = [run for run, named in zip(kept, product, strict=True) if not named]
    # "status do DEP": a borrowed word is still the noun a Portuguese "do" links to a product.
    names = [named and run not in BORROWED for run, named in zip(kept, product, strict=True)]
    return _weigh(words, _portuguese_links(kept, names))


# Round 6 (batch 13): "Our iPads are stuck, o pessoal disse que não aparece a tela. Is the ADE
# token the problem?": a story told in the colleagues' words, the question in the admin's. In
# a message of several sentences with one question, that question's clear language answers.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _asking_sentence(text: str) -> str | None:
    sentences = _SENTENCE_END.split(text.strip())
    asking = [s for s in sentences if s.endswith("?")]
    if len(sentences) < 2 or len(asking) != 1:
        return None
    runs = (run.strip("'") for _, run in _runs(_clean(asking[0])))
    return _latin([run for run in islice(runs, _MAX_WORDS) if run])


# Round 5 (batch 12): "status do DEP", "o token da ABM": Portuguese "de" + article between a
# noun and a product name. Polish writes "do" there too ("dostęp do ABM", "wgraj do Intune"),
# so only after a word Polish is no likelier to write than Portuguese.
_PT_LINKS = frozenset({"do", "da", "dos", "das"})
_PT_LINK = 10


def _portuguese_links(kept: list[str], product: list[bool]) -> int:
    table, pl, pt = rows(), INDEX["pl"], INDEX["pt"]
    found = 0
    for i in range(1, len(kept) - 1):
        if kept[i] in _PT_LINKS and product[i + 1] and not product[i - 1]:
            row = table.get(kept[i - 1])
            found += row is not None and zipf(row, pl) <= zipf(row, pt)
    return found


def _weigh(words: list[str], links: int = 0) -> str | None:
    columns = len(LANGS)
    pt, vi = INDEX["pt"], INDEX["vi"]
    # What each word tells wherever it stands is read once per word (`_word`, cached) and comes
    # packed, _FIELD bits a language: adding two such integers adds all 16 languages at once.
    # A loop over the languages for each word was most of detection's time.
    told = [_cached_word(word) if len(word) <= _CACHED else _word(word) for word in words]
    packed = seen = 0  # seen: bit `column` when some word is evidence of that language
    extra = [0] * columns  # what depends on the message: links, Portuguese letters, pairs
    if links:
        extra[pt] += 2 * _PT_LINK * links
        seen |= 1 << pt
    vietnamese = any(vietnamese_letters for *_, vietnamese_letters in told)
    previous = ""  # folded: Vietnamese pairs are listed without tone marks
    for position, (values, listed, folded, portuguese, _) in enumerate(told):
        weight = 2 if position < _LEAD_WORDS else 1
        packed += weight * values
        seen |= listed
        if portuguese and not vietnamese:  # Vietnamese writes "đã", "mã" too
            extra[pt] += weight * _TELLING
            seen |= 1 << pt
        if previous and (previous, folded) in VIETNAMESE_PAIRS:
            extra[vi] += weight * _PAIR
            seen |= 1 << vi
        previous = folded
    scores = [
        (packed >> (_FIELD * column) & _FIELD_MASK) + extra[column] for column in range(columns)
    ]
    for column, lang in enumerate(LANGS):
        if lang not in OURS:
            scores[column] -= 2 * _DECOY_PRIOR
    ranked = sorted(range(len(LANGS)), key=scores.__getitem__, reverse=True)
    best, runner_up = ranked[0], ranked[1]
    if not seen >> best & 1 or scores[best] - scores[runner_up] < 2 * _CLEAR_MARGIN:
        return None
    return OURS.get(LANGS[best])


# Bits a language's score takes in a packed integer: a word scores at most a few hundred in a
# language (Zipf value times ten, at most 127, plus bonuses), twice that as a lead word, so 32
# bits hold the sum of millions of words without a carry into the next language.
_FIELD, _FIELD_MASK = 32, 0xFFFFFFFF


def _word(word: str) -> tuple[int, int, str, bool, bool]:
    """What `word` tells of each language wherever it stands, packed _FIELD bits a language:
    its Zipf values (_UNSEEN where a list lacks it), Russian typed in Latin letters, an ending
    or letters only one language has; the bits of the languages it is evidence of; the word
    folded; whether it has letters only Portuguese or only Vietnamese writes."""
    table = rows()
    ru = INDEX["ru"]
    row = table.get(word)
    if row is None and len(word) > 5 and not word.strip("k"):
        row = table.get(_LAUGHTER)  # "kkkkkkkk": Brazilian laughter, however long
    russian = table.get(latin_russian(word)) if word.isascii() else None
    values, listed = _packed(row or 0)  # Russian's column is read from `russian` below
    russian_value = zipf(russian, ru) if russian is not None else 0
    points = [(ru, russian_value or _UNSEEN)]
    listed |= (russian_value > 0) << ru
    if russian_value and len(word) >= 4 and RU_LATIN.search(word):
        points.append((ru, _TELLING))
        listed |= 1 << ru
    if row is None and russian is None and len(word) >= 5:
        for lang, endings in UNKNOWN_ENDINGS.items():
            if word.endswith(endings):
                points.append((INDEX[lang], UNKNOWN_ENDING))
                listed |= 1 << INDEX[lang]
                break
    for lang, bonus in _bonuses(word):
        points.append((INDEX[lang], bonus))
        listed |= 1 << INDEX[lang]
    for column, value in points:
        values += value << (_FIELD * column)
    folded = word if word.isascii() else fold(word)  # fold() leaves ASCII as it is
    return values, listed, folded, not PT_ONLY.isdisjoint(word), not VI_ONLY.isdisjoint(word)


_LAUGHTER = "kkkkk"  # the longest spelling the hand list has

# Words recur from message to message ("the", "token", "não"): each is read once. Only words
# of up to _CACHED letters are kept, so a flood of long made-up words holds ~2 MiB at most.
_CACHED = 32
_cached_word = lru_cache(maxsize=4096)(_word)


@lru_cache(maxsize=8192)  # keyed by row: 6,684 distinct rows in the tables, most words share one
def _packed(row: int) -> tuple[int, int]:
    """A row's Zipf value in each language, _FIELD bits each (_UNSEEN when that language's
    list lacks it; 0 in Russian's column, which Latin-typed Russian fills), and the bits of the
    columns that list it."""
    ru = INDEX["ru"]
    values = listed = 0
    for column in range(len(LANGS)):
        if column != ru:
            value = zipf(row, column)
            values |= (value or _UNSEEN) << (_FIELD * column)
            listed |= (value > 0) << column
    return values, listed


def _bonuses(word: str) -> Iterator[tuple[str, int]]:
    """Letters only Vietnamese or Polish writes, a product word's Polish or Russian ending."""
    if not word.isascii():  # the telling letters are none of them ASCII
        letters = set(word)
        if letters & VI_ONLY:
            yield "vi", _TELLING
        if letters & PL_ONLY:
            yield "pl", _TELLING
    for stem in STEMS:
        if word.startswith(stem) and word != stem:
            for lang, endings in ENDINGS.items():
                if word[len(stem) :] in endings:
                    yield lang, ENDING_WEIGHT[lang]
