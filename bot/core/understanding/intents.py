"""What an admin asked ADE Doctor, in any of our six languages: a pure keyword recogniser.

    >>> recognize("<at>ADE Doctor</at> tai sao ADE bi loi?").verb
    <Verb.DIAGNOSE: 'diagnose'>
    >>> polish = recognize("język polski")
    >>> polish.verb, polish.language, polish.evidence
    (<Verb.LANGUAGE: 'language'>, 'pl', ('language:jezyk', 'name:pl'))

Reading: the `<at>` mention Teams adds, a typed "@ADE Doctor", markup, URLs and e-mail addresses
go; case, accents and tone marks are folded away; NFKC makes full-width punctuation ASCII. Words
are looked up exactly, then as stems (Russian and Polish inflect), then with one typo
(`typos.py`: Damerau-Levenshtein distance 1, keywords of 4+ letters; an everyday word only as an
inflection; not in Vietnamese, toneless or not, nor Chinese, see `words.NO_TYPOS`).
Several-word keywords match longest first, so "mã thông báo" (token) is not "thông báo"
(notification); Chinese has no spaces, so its keywords match as substrings. Words inside
quotes (a ticket read aloud) tell the problem but command nothing (`reported.py`).

Deciding (`_decide`, in this order):
- ALERTS_OFF: an alert word with a stop word or a negation; ALERTS_ON: an alert word with
  "on"/"me"/"this channel", "in advance", or about ADE. "I got an alert from Outlook" is no
  command. A stop word, negation or failure inside a condition ("ping me whenever sync
  stops") is the awaited event (`conditions.py`).
- LANGUAGE: the word "language" itself (язык, 语言, język, idioma, ngôn ngữ), whatever else the
  message says: "язык en". `language` is None when no language of ours is named: the picker.
- RECHECK: "check" or "run" with "again"/"now" (the "Check now" button), "recheck", or an update
  word alone ("обнови", "atualiza"); it beats DIAGNOSE. With "token" an update word renews.
- DIAGNOSE: a failure word (why, failing, не работает, 失败) or "check", when the message is
  about ADE (ADE, DEP, token, sync, iPhone...) or holds only known words ("why is it failing?").
  "Why is the printer not working" has an unknown subject: UNKNOWN. A symptom ("skip",
  "missing", "пропал", "跳过") or a negation is a failure only beside an ADE or Apple word.
- TOKENS: "tokens" with list/show/which, or alone; a token's status ("status of my DEP token?",
  "token expired?") is DIAGNOSE.
- HELP: help words, when nothing more specific was asked (help about ADE is DIAGNOSE); a
  greeting alone ("hi", "привет", "你好"), because the help card is the right answer to hello;
  a lone "?". "thanks", a bare @mention and everything else are UNKNOWN (the bot shows the
  help card for those too).
- UNKNOWN and CLARIFY ask a character n-gram model for a second opinion
  (`second_opinion.py`), which may only pick a reading the message's own cues support.
- A language named next to a cue word ("answer in Polish", "по-русски", "用中文") or alone
  ("English please") is a request: LANGUAGE on its own, else `language` rides along with the
  other kind ("why is ADE failing? answer in Polish": DIAGNOSE, "pl"), so neither is lost. A bare
  ISO code counts only after "language", a cue word, or alone ("vi" is Portuguese for "I saw");
  a locale tag (pt-BR, zh-CN) always counts.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from bot.core.understanding.alert_questions import asks_alerts_on, last_question
from bot.core.understanding.asides import asides, ask_after_aside
from bot.core.understanding.cleaning import MAX_CHARS, TOKENS, clean
from bot.core.understanding.collisions import Item as _Item
from bot.core.understanding.conditions import (
    negated_outside_condition,
    watched_failure,
)
from bot.core.understanding.explain_frames import explain_frame
from bot.core.understanding.frames_b14 import future_alert
from bot.core.understanding.frames_round8 import notify_ahead
from bot.core.understanding.language_request import languages
from bot.core.understanding.matching import scan
from bot.core.understanding.other_products import about_another_product, vietnamese_which
from bot.core.understanding.reported import reported, split_quoted
from bot.core.understanding.second_opinion import second_opinion
from bot.core.understanding.serials import serials, without_serials
from bot.core.understanding.talk_in import only_talk_in
from bot.core.understanding.verbs import Intent, Verb
from bot.core.understanding.words import (
    Cue,
)

# --- deciding --------------------------------------------------------------------------------

_SMALL_TALK = frozenset(
    {Cue.FILLER, Cue.OK, Cue.STATUS, Cue.GREETING, Cue.THANKS, Cue.DOMAIN, Cue.ADE, Cue.APPLE,
     Cue.TOKEN, Cue.AGAIN, Cue.LANG_CUE, Cue.LANG_FROM, Cue.FIXED, Cue.WHEN}
)  # fmt: skip
# What a message may also say and still only ask "what is ADE?" / "how do I renew?".
_NOT_EXPLAIN = frozenset({Cue.DIAGNOSE, Cue.STATUS, Cue.CHECK, Cue.LIST, Cue.OK, Cue.RECHECK})
# "the token expires next week, how do I renew it": a status word does not stop a renewal.
_NOT_RENEW = _NOT_EXPLAIN - {Cue.STATUS}


class Reading(NamedTuple):
    verb: Verb
    language: str | None = None
    choices: tuple[Verb, ...] = ()  # CLARIFY: the two likeliest readings


def _decide(items: list[_Item], *, question: bool) -> Reading:
    if not items:
        return Reading(Verb.HELP if question else Verb.UNKNOWN)  # "?" asks what the bot does
    cues = frozenset().union(*[it.cues for it in items])
    unknown = [it.entry for it in items].count(None)
    about_ade = bool(cues & {Cue.DOMAIN, Cue.TOKEN, Cue.ADE})
    on_topic = about_ade or (unknown == 0 and Cue.OTHER not in cues)
    status = Cue.STATUS in cues or (Cue.OK in cues and about_ade)  # "ok" alone is a reply
    failure = Cue.DIAGNOSE in cues or (
        bool(cues & {Cue.NEGATION, Cue.SYMPTOM}) and (about_ade or status)
    )
    # "обнови", "atualiza": a re-check alone; "обновить токен": a renewal.
    renew = Cue.RENEW in cues or (Cue.REFRESH in cues and bool(cues & {Cue.TOKEN, Cue.ADE}))
    refresh = Cue.REFRESH in cues and not renew
    named, asked = languages(items, trigger=Cue.LANGUAGE in cues)
    if about_another_product(cues):  # "my GitHub token expired", "Defender alerts off"
        return Reading(Verb.NOT_ADE, asked)
    # "tell me whenever ADE stops syncing": a failure only inside a condition is awaited.
    awaited = failure and watched_failure(items)
    if Cue.ALERT in cues and only_talk_in(items, cues, asked):  # "talk to me in Vietnamese"
        return Reading(Verb.LANGUAGE, asked)
    rest = ask_after_aside(items) if Cue.ALERT in cues else None
    if rest:  # "no alerts, just list the tokens" (asides.py, round 6)
        return _decide(rest, question=question)
    if Cue.ALERT in cues:
        # "nobody noticed last year; warn me a month ahead": the story negates, not the ask.
        negated = negated_outside_condition(items) and not cues & {Cue.DIAGNOSE, Cue.ADVANCE}
        if Cue.OFF in cues or negated:
            return Reading(Verb.ALERTS_OFF, asked)
        reported = failure and not awaited
        if cues & {Cue.ON, Cue.ADVANCE} or (on_topic and not (reported or Cue.CHECK in cues)):
            return Reading(Verb.ALERTS_ON, asked)
    if future_alert(items, cues):  # "tell me well ahead", "以后…失败了推给我" (round 7)
        return Reading(Verb.ALERTS_ON, asked)
    if notify_ahead(cues):  # "write me a month before the token expires" (round 8)
        return Reading(Verb.ALERTS_ON, asked)
    # "write here if ADE breaks": a message asked for on a failure that has not happened yet.
    future = failure or status or about_ade
    if {Cue.NOTIFY, Cue.WHEN} <= cues and future and Cue.OFF not in cues:
        return Reading(Verb.ALERTS_ON, asked)
    if Cue.LANGUAGE in cues:
        return Reading(Verb.LANGUAGE, named)
    # "dùng bot này thế nào": no status question; "how do I use you to…" asks for help.
    if Cue.USAGE in cues and (Cue.HOW_TO_USE in cues or not about_ade):
        return Reading(Verb.HELP, asked)
    framed = explain_frame(items, cues)  # "how do I renew…", "how does ADE work" (round 5)
    if framed:
        return Reading(framed, asked)
    if Cue.ADE not in cues and (Cue.OTHER in cues or (Cue.ACCOUNTS in cues and not failure)):
        # Windows, Android, a user's password: not ADE. Apple devices named beside another
        # platform ("Android and iPhone enrollment fails") could be either: ask.
        if Cue.APPLE in cues and Cue.OTHER in cues and Cue.SERVICE not in cues:
            return Reading(Verb.CLARIFY, asked, (Verb.DIAGNOSE, Verb.NOT_ADE))
        return Reading(Verb.NOT_ADE, asked)
    if Cue.ACCOUNTS in cues and not (failure or Cue.TOKEN in cues):
        return Reading(Verb.NOT_ADE, asked)  # "add a user in Apple Business Manager"
    again = Cue.AGAIN in cues and bool(cues & {Cue.CHECK, Cue.TRY})
    # "fixed the profile assignment, recheck": whatever was fixed, the bot is to look again.
    if (on_topic or Cue.FIXED in cues) and (Cue.RECHECK in cues or again or refresh):
        return Reading(Verb.RECHECK, asked)
    if Cue.THANKS in cues and not failure and cues <= _SMALL_TALK:
        # "thanks, it works now"; "reply in Portuguese from now on, thanks" asks a language
        return Reading(Verb.LANGUAGE, asked) if asked else Reading(Verb.UNKNOWN)
    if renew and cues & {Cue.TOKEN, Cue.ADE} and not (failure or cues & _NOT_RENEW):
        return Reading(Verb.EXPLAIN_RENEW, asked)
    if Cue.EXPLAIN in cues and about_ade and not (failure or cues & _NOT_EXPLAIN):
        return Reading(Verb.EXPLAIN_ADE, asked)
    if {Cue.TOKEN, Cue.LIST} <= cues and not (failure or status):
        return Reading(Verb.TOKENS, asked)  # "看看有哪些令牌": a look at which tokens
    if on_topic and (failure or Cue.CHECK in cues):
        return Reading(Verb.DIAGNOSE, asked)
    if Cue.TOKEN in cues and (Cue.LIST in cues or (unknown == 0 and not status)):
        return Reading(Verb.TOKENS, asked)
    if (on_topic and status) or (about_ade and unknown == 0):
        return Reading(Verb.DIAGNOSE, asked)
    if Cue.HELP in cues:  # "help, our iPads don't enroll": help with ADE is a diagnosis
        return Reading(Verb.DIAGNOSE if about_ade else Verb.HELP, asked)
    if asked:
        return Reading(Verb.LANGUAGE, asked)
    if cues <= {Cue.LIST, Cue.FILLER} and Cue.LIST in cues and unknown == 0:
        return Reading(Verb.TOKENS)  # "покажи список", "show all": the list we keep
    if Cue.GREETING in cues and unknown == 0:
        return Reading(Verb.HELP)
    if about_ade or Cue.APPLE in cues:
        # About ADE, but asking nothing we know ("the DEP token thing"): ask.
        first = Verb.EXPLAIN_ADE if Cue.EXPLAIN in cues else Verb.DIAGNOSE
        return Reading(Verb.CLARIFY, asked, (first, Verb.HELP))
    return Reading(Verb.UNKNOWN)


@lru_cache(maxsize=256)
def _tags(cues: frozenset[Cue]) -> tuple[str, ...]:
    return tuple(sorted(cue.value for cue in cues if cue is not Cue.FILLER))


# A serial number turns these readings into a device question: "why won't C02XK1ZZJG5H
# enroll?" is a diagnosis of that device, a serial pasted alone asks about it. Alerts,
# languages and other platforms keep their reading ("Windows 5CD1234XYZ fails Autopilot").
_ABOUT_A_DEVICE = frozenset(
    {Verb.DIAGNOSE, Verb.RECHECK, Verb.TOKENS, Verb.HELP, Verb.UNKNOWN, Verb.CLARIFY}
)


def _alerts_asked(own: str, kind: Verb) -> Verb:
    clause = last_question(own)
    if clause is None:
        return kind
    cleaned, typos = clean(clause)
    cues = frozenset().union(*(it.cues for it in scan(cleaned, typos=typos)))
    return Verb.ALERTS_ON if asks_alerts_on(cues) else kind


def recognize(text: str) -> Intent:
    """The intent of one chat message; never raises, anything unrecognised is UNKNOWN."""
    if not isinstance(text, str):
        return Intent(Verb.UNKNOWN)
    text = text[:MAX_CHARS]
    asked_serials = serials(text)
    own, quoted = split_quoted(without_serials(text, asked_serials))
    cleaned, typos = clean(own)
    items = asides(vietnamese_which(scan(cleaned, typos=typos), own))  # "token nào": which
    if quoted:  # reported.py: a quoted ticket describes the problem, it commands nothing
        told, typos_told = clean(quoted)
        items += [_Item(reported(it.entry), it.label) for it in scan(told, typos=typos_told)]
        cleaned = f"{cleaned} {told}"
    kind, language, choices = _decide(items, question="?" in cleaned)
    if kind is Verb.ALERTS_OFF and not any(Cue.OFF in it.cues for it in items):
        kind = _alerts_asked(own, kind)  # "none arrived, are alerts on?" (alert_questions.py)
    if kind in (Verb.UNKNOWN, Verb.CLARIFY) and not asked_serials:  # unsure: second_opinion.py
        cues = frozenset().union(*(it.cues for it in items))
        better = second_opinion(kind, cues, TOKENS.findall(cleaned))
        if better:
            kind, choices = better, ()
    evidence = [f"{tag}:{item.label}" for item in items for tag in _tags(item.cues)]
    evidence += [f"name:{it.entry.name}" for it in items if it.entry and it.entry.name]
    if asked_serials and kind in _ABOUT_A_DEVICE:
        evidence += [f"serial:{serial}" for serial in asked_serials]
        return Intent(Verb.DEVICE, language, tuple(evidence), serials=asked_serials)
    return Intent(kind, language, tuple(evidence), choices=choices)
