# ruff: noqa: RUF003
"""The cues a word can carry: what it tells `bot.core.understanding.intents` about a message."""

from __future__ import annotations

import enum


class Cue(enum.Enum):
    DIAGNOSE = "diagnose"  # why, failing, error: asks what is wrong
    CHECK = "check"  # the verb "check": diagnose, or re-check with AGAIN
    AGAIN = "again"  # again, now: with CHECK it is the "Check now" button
    RECHECK = "recheck"  # a re-check on its own: recheck, перепроверь
    STATUS = "status"  # status, expired, working: diagnose when it is about ADE
    OK = "ok"  # ok, fine: only a question when an ADE word is there ("is ADE ok?")
    NEGATION = "negation"  # not, не, nie, não, không, 不: a failure next to an ADE word
    DOMAIN = "domain"  # ADE, DEP, ABM, sync, enrollment, iPhone: what the bot is about
    TOKEN = "token"
    LIST = "list"  # list, show, all, which
    HELP = "help"
    GREETING = "greeting"
    ALERT = "alert"
    ON = "on"  # on, enable, me, this channel
    OFF = "off"  # off, stop, disable
    LANGUAGE = "language"  # the word "language" itself
    LANG_CUE = "lang_cue"  # in, на, po, em, bằng, 用, answer: next to a language name
    LANG_FROM = "lang_from"  # from, с, z, de, từ, 从: the language being left
    FILLER = "filler"
    # Issue 13
    ADE = "ade"  # ADE, DEP, ABM by name: the message is about ADE whatever else it names
    APPLE = "apple"  # iPhone, iPad, Mac, Apple: Apple devices, not yet ADE
    OTHER = "other"  # Windows, Autopilot, Android, Google, a Windows error code: not ADE
    ACCOUNTS = "accounts"  # users, passwords, Managed Apple IDs: another Apple Business task
    EXPLAIN = "explain"  # what is, explain, что такое, 是什么, co to jest, o que é, là gì
    RENEW = "renew"  # renew, replace, продлить, 续订, odnowić, renovar, gia hạn
    TRY = "try"  # try: with AGAIN it is a re-check ("try again", "tenta de novo")
    REFRESH = "refresh"  # update, обнови, atualiza: a re-check alone, a renewal with "token"
    SYMPTOM = "symptom"  # skip, missing, disappeared: a failure beside an ADE or Apple word
    SERVICE = "service"  # Outlook, mail, Wi-Fi, a printer: another task even on an iPhone
    THANKS = "thanks"  # thanks, it works now: small talk, nothing to answer with data
    # Round 4 (vocab_context.py)
    FIXED = "fixed"  # fixed, поправил, 改好了: with "check again" a re-check of anything
    WHEN = "when"  # if, when, если: a failure inside a condition is no failure yet
    NOTIFY = "notify"  # write, пиши, 发消息: with a condition, an alert request
    # Round 5 (vocab_round5.py, conditions.py)
    ADVANCE = "advance"  # in advance, заранее, 提前, z wyprzedzeniem: an alert asked ahead of time
    USAGE = "usage"  # "use this bot", "dùng bot": how to use the bot itself is help
    # Round 5 (vocab_products.py)
    PRODUCT = "product"  # GitHub, Defender, WhatsApp, SSL: owns its token, alert or sync
    COMPARE = "compare"  # better than, vs, лучше, 比: another MDM weighed against Intune
    HOW_TO_USE = "how_to_use"  # round 6: "how do I use you to…": help whatever the topic

    # Every message builds and intersects a dozen sets of cues: Enum's own __hash__ is Python
    # code (hash of the name), ~10 % of recognition. Members are singletons compared by
    # identity, so the identity hash is equivalent and runs in C.
    __hash__ = object.__hash__
