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
from itertools import groupby, islice

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

# Words every admin types whatever their language: no evidence of any.
_PRODUCT_WORDS = """ade dep abm asm intune apple mdm apns vpp token tokens iphone iphones ipad
    ipads mac macs macos ios ipados teams microsoft graph sync ok android enterprise windows
    autopilot google chromebook entra azure jamf knox samsung outlook push cert certs"""
# Round 7 (batch 15): Intune's own English terms, typed in English inside any language ("Quais
# enrollment program tokens existem no tenant?"), tell no more than "token" does.
_INTUNE_TERMS = "enrollment enrollments enrolment tenant tenants profile profiles program"
_PRODUCT = frozenset(_PRODUCT_WORDS.split()) | frozenset(_INTUNE_TERMS.split())
# A product word with a Polish or Russian ending: "tokeny", "tokenów", "ipady", "tokenom".
_STEMS = ("token", "ipad", "iphone", "alert", "sync")
_ENDINGS = {
    "pl": frozenset({"y", "u", "ów", "ow", "em", "ie", "ach", "ami", "a", "om"}),
    "ru": frozenset({"y", "a", "u", "om", "ov", "ami", "ah", "e", "i"}),
}
_ENDING_WEIGHT = {"pl": 30, "ru": 20}  # Polish admins outnumber Russians writing in Latin
# A word no table knows ("expirados", "zsynchronizowane", "reenrolling") still shows its
# language by an ending that, of our Latin-script languages, only one has. Spanish shares
# "-ados", but no Spanish word that rare was the reason to answer in English.
_UNKNOWN_ENDINGS = {
    "pt": ("ados", "adas", "idos", "idas", "ção", "ções", "cao", "coes", "ando", "endo", "ndo"),
    "pl": ("owane", "owany", "owana", "owanie", "ować", "ował", "ych", "ami", "ów", "ość"),
    "en": ("ing", "tion", "ness", "ed"),
}
_UNKNOWN_ENDING = 30
# Round 5 (batch 12): Latin spellings of Russian letters that Polish, Portuguese and English
# words do not hold ("vklyuchi", "opoveshcheniya", "zhivoy"): in a word that is a Russian
# word's skeleton they tell Russian as a letter of its own would. "kh" is Vietnamese too.
_RU_LATIN = re.compile("yu|ya|yo|zh|shch")

_VI_ONLY = frozenset("ơưăđĩũ" + "".join(chr(c) for c in range(0x1EA1, 0x1EFA, 2)))
_PL_ONLY = frozenset("ąćęłńśźż")
_PT_ONLY = frozenset("çãõ")
_RU_ONLY = frozenset("ыэъё")
_OTHER_CYRILLIC = frozenset("іїєґўђћџљњјѓќѕ")  # Ukrainian, Belarusian, Serbian, Macedonian

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
    text = _TAG.sub(" ", _MENTION.sub(" ", text))
    text = unicodedata.normalize("NFKC", html.unescape(text))
    text = _WITH_DIGITS.sub(" ", _URL_OR_EMAIL.sub(" ", text))
    return text.replace("\u2019", "'").replace("`", "'").lower()


def _runs(text: str) -> Iterator[tuple[str, str]]:
    """(script, letters) for each single-script run of letters: "同步ade" is two runs."""
    for match in _LETTERS.finditer(text):
        for script, chars in groupby(match.group(), key=_script):
            yield script, "".join(chars)


def message_language(text: str) -> str | None:
    """The `Language.code` of the language `text` is clearly written in, or None."""
    stripped = ((script, run.strip("'")) for script, run in _runs(_clean(text[:_MAX_CHARS])))
    runs = list(islice(((script, run) for script, run in stripped if run), _MAX_WORDS))
    scripts = {script for script, _ in runs}
    if scripts & {"kana", "hangul", "other"} or {"han", "cyrillic"} <= scripts:
        return None
    if "han" in scripts:
        return "zh-Hans"
    if "cyrillic" in scripts:
        letters = set().union(*(run for script, run in runs if script == "cyrillic"))
        return None if letters & _OTHER_CYRILLIC and not letters & _RU_ONLY else "ru"
    found = _latin([run for _, run in runs])
    asked = _asking_sentence(text[:_MAX_CHARS]) if found else None
    return asked or found


def _latin(kept: list[str]) -> str | None:
    product = [run in _PRODUCT or run.removesuffix("'s") in _PRODUCT for run in kept]
    words = [run for run, named in zip(kept, product, strict=True) if not named]
    return _weigh(words, _portuguese_links(kept, product))


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
    scores = [0] * len(LANGS)
    seen = [False] * len(LANGS)
    if links:
        scores[INDEX["pt"]] += 2 * _PT_LINK * links
        seen[INDEX["pt"]] = True
    vietnamese = any(not _VI_ONLY.isdisjoint(word) for word in words)
    ru = INDEX["ru"]
    table = rows()
    for position, word in enumerate(words):
        weight = 2 if position < _LEAD_WORDS else 1
        row = table.get(word)
        russian = table.get(latin_russian(word)) if word.isascii() else None
        for column in range(len(LANGS)):
            source = russian if column == ru else row
            value = zipf(source, column) if source is not None else 0
            seen[column] |= value > 0
            scores[column] += weight * (value or _UNSEEN)
        if russian is not None and zipf(russian, ru) and len(word) >= 4 and _RU_LATIN.search(word):
            scores[ru] += weight * _TELLING
            seen[ru] = True
        if row is None and russian is None and len(word) >= 5:
            for lang, endings in _UNKNOWN_ENDINGS.items():
                if word.endswith(endings):
                    scores[INDEX[lang]] += weight * _UNKNOWN_ENDING
                    seen[INDEX[lang]] = True
                    break
        previous = words[position - 1] if position else ""
        for lang, bonus in _bonuses(word, previous, vietnamese=vietnamese):
            scores[INDEX[lang]] += weight * bonus
            seen[INDEX[lang]] = True
    for column, lang in enumerate(LANGS):
        if lang not in OURS:
            scores[column] -= 2 * _DECOY_PRIOR
    ranked = sorted(range(len(LANGS)), key=scores.__getitem__, reverse=True)
    best, runner_up = ranked[0], ranked[1]
    if not seen[best] or scores[best] - scores[runner_up] < 2 * _CLEAR_MARGIN:
        return None
    return OURS.get(LANGS[best])


def _bonuses(word: str, previous: str, *, vietnamese: bool) -> Iterator[tuple[str, int]]:
    letters = set(word)
    if letters & _VI_ONLY:
        yield "vi", _TELLING
    if letters & _PL_ONLY:
        yield "pl", _TELLING
    if letters & _PT_ONLY and not vietnamese:  # Vietnamese writes "đã", "mã" too
        yield "pt", _TELLING
    for stem in _STEMS:
        if word.startswith(stem) and word != stem:
            for lang, endings in _ENDINGS.items():
                if word[len(stem) :] in endings:
                    yield lang, _ENDING_WEIGHT[lang]
    if previous and (fold(previous), fold(word)) in VIETNAMESE_PAIRS:
        yield "vi", _PAIR
