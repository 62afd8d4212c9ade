"""Reading a message before its words are matched: markup, mentions, addresses, Windows
error codes and the token file's name taken out or marked, Vietnamese words that tone marks
tell apart kept apart, everything folded; then the words (runs of letters, Chinese runs).
"""

from __future__ import annotations

import html
import re
import unicodedata
from itertools import pairwise

from bot.core.i18n.languages import negotiate
from bot.core.i18n.lexicon import VIETNAMESE_PAIRS
from bot.core.understanding.conditions import MENTION_ALL, MENTION_ME
from bot.core.understanding.vocab_round8 import latin_che
from bot.core.understanding.words import CJK, LANGUAGE_CODES, TAG_WORD, fold

# Linear: no pattern rescans what a failed attempt scanned (see `i18n.languages`, which reads
# messages the same way): a mention holds no markup, a tag no "<", a scheme and an address
# start only where a run of their characters starts.
_MENTION = re.compile(r"<at\b[^<>]*>[^<]*</at\s*>", re.IGNORECASE)
_MARKUP = re.compile(r"<[^<>]*>")
_URL_OR_EMAIL = re.compile(
    r"(?:(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://|\bwww\.)\S+|(?<!\S)[^\s@]+@\S+\.\S+"
)
# What a URL or an e-mail address (_URL_OR_EMAIL) cannot match without.
_ADDRESS_MARK = re.compile(r"@|://|www\.")
_TYPED_MENTION = re.compile(r"@\s*ade[\s_-]*doctor\b|@[\w.-]+")
_LOCALE_TAG = re.compile(r"\b([a-z]{2})[-_]([a-z]{2,4})\b", re.ASCII)
TOKENS = re.compile(rf"[{CJK}]+|[^\W\d_{CJK}]+")
# A question sits at the start; a log pasted after it must not cost a quarter of a second.
MAX_CHARS = 2000
# A Windows HRESULT ("0x80180014"): Apple's ADE sync errors are words, never such codes.
_HRESULT = re.compile(r"\b0x[0-9a-f]{8}\b")
# The token file (".p7m"): words are runs of letters, so its digit would split it.
_P7M = re.compile(r"(?<![a-z0-9])p7m(?![a-z0-9])")
# "ADE = ?", "DEP=??": what the name stands for, in any language (round 7: vocab_b14).
_EQUALS_WHAT = re.compile(r"=[ \t]*\?")
# Vietnamese tone marks tell "dừng" (stop) from "dùng" (use); folding drops them, so the two
# are told apart first. Toneless "dung" stops only right before an alert word (words.BOTH).
# Likewise "ổn" (fine) is no English "on".
# "nhận" (receive) is no "nhắn" (write to).
# "đừng" (don't) is no "dùng" (use) either (round 7: a negation, vocab_b14).
# "ngày" (day: "4 ngày trước") is no "ngay" (right now), "thấy" (see) no "thay" (replace the
# token) (round 7).
_VI_WORD = {
    "dừng": "ngừng", "dùng": "sử dụng", "ổn": "xxvion", "nhận": "xxvinhan", "đừng": "xxvidung",
    "ngày": "xxvingay", "thấy": "xxvithay",
}  # fmt: skip
# "người dùng" (user) keeps its "dùng": a user, not a request to use anything.
_VI_TONED = re.compile("|".join("(?<!người )dùng" if w == "dùng" else w for w in _VI_WORD))
# Letters only Vietnamese uses: ă đ ơ ư and the tone-marked vowels of Latin Extended Additional.
_VIETNAMESE = re.compile("[ăđơư\u1ea0-\u1ef9]")


def _locale_tag(match: re.Match[str]) -> str:
    language = negotiate(match.group())
    if language:  # a placeholder word that the tables know as that language
        return f" {TAG_WORD[language.code]} "
    # zh-TW, pt-XX: one of our codes with a variant we don't ship is no choice at all.
    return " " if match.group(1) in LANGUAGE_CODES else match.group()


def clean(text: str) -> tuple[str, bool]:
    """The folded text, and whether to forgive typos: not in a message written in Vietnamese,
    whose syllables are one edit from English keywords ("nhất" -> "nhat" ~ "chat")."""
    # Each pattern runs only where it can match (a tag, "@", "p7m", "0x"): most messages have
    # none, and a dozen empty regex passes were a tenth of recognition.
    if "<" in text:
        text = _MARKUP.sub(" ", _MENTION.sub(" ", text))
    text = unicodedata.normalize("NFKC", html.unescape(text)).casefold()
    if _ADDRESS_MARK.search(text):
        text = _URL_OR_EMAIL.sub(" ", text)
    if "@" in text:
        text = MENTION_ALL.sub(" xxmentionall ", text)
        text = _TYPED_MENTION.sub(" ", MENTION_ME.sub(" xxmentionme ", text))
    if "0x" in text:
        text = _HRESULT.sub(" xxhresult ", text)
    if "p7m" in text:
        text = _P7M.sub(" xxpkcs ", text)
    if "=" in text:
        text = _EQUALS_WHAT.sub(" xxwhatis ", text)
    if not text.isascii():  # every toned word above has a letter beyond ASCII
        text = _VI_TONED.sub(lambda m: _VI_WORD[m.group()], text)
    folded = latin_che(fold(text))  # round 8: "4to" is "chto" (что) in Latin Russian
    if "-" in folded or "_" in folded:
        folded = _LOCALE_TAG.sub(_locale_tag, folded)
    return folded, not _VIETNAMESE.search(text)


def toneless_vietnamese(words: list[str]) -> bool:
    """Vietnamese typed without tone marks is still Vietnamese: two syllables that make a word
    together ("het han", "kiem tra"; the reply-language detector's pairs) tell it."""
    return not VIETNAMESE_PAIRS.isdisjoint(pairwise(words))
