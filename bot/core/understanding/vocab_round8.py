# ruff: noqa: RUF001, RUF002
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII.)
"""Round 8 (issue 13, batch 16, ru and zh): words per language; each entry lists the cues its
words carry, as `vocab_commands.BOTH` does (format: `bot.core.understanding.words`).

- A reminder or warning the admin sees on screen ("a reminder is showing", "напоминалка
  висит", "弹出提醒", "wyskakuje powiadomienie", "aparece um aviso", "hiện cảnh báo") is the
  token's state Intune or ABM shows, not the bot's alerts: a status, so "is the token not
  expired yet? a reminder is showing" is a status question, not "no alerts".
- "Refresh the result / status" (обнови результат, 刷新结果, odśwież wynik, atualiza o
  resultado, cập nhật kết quả) asks the bot to look again, even beside "new token".
- "Write me a month / two weeks before it expires": asked ahead of time, so an alert request
  (`frames_round8.notify_ahead`); counts of weeks ahead join "a month before".
- Where to start and how to use the bot ("с чего начать", "where do I start", "从哪开始",
  "od czego zacząć", "por onde começo", "bắt đầu từ đâu") asks for the help card; "как вами
  пользоваться" is "как тобой пользоваться" said politely.
- "Renamed" (переименовали, 改名, zmienili nazwę, renomearam, đổi tên) between two of ADE's
  names asks whether they are one thing, as "the same" does (`explain_frames` "compare").
- 列一下 / 列给我 (list them for me) lists, as 列出 does, so "all" beside it need not.
- 是什么时候 (when was it) is a time asked, not 是什么 (what is); 上一次 (the last time) reads a
  status as 上次 does; 换 (switch) before a language name asks for it, as 换成 does.
- Russian typed in Latin letters writes ч as "4" ("4to", "po4emu") and ш, щ as "w" ("otpiwi",
  "opovewenij", "ewe"): `latin_russian_forms` gives the spellings the tables know.
"""

from __future__ import annotations

import re

from bot.core.understanding.cues import Cue

ROUND8_WORDS: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.STATUS,): {
        "en": """reminder is showing, reminder shows, reminder popped up, reminder pops up,
            warning is showing, warning popped up, warning pops up, banner is showing""",
        "ru": """напоминалка висит, висит напоминалка, напоминание висит, висит напоминание,
            уведомление висит, висит уведомление, предупреждение висит, висит предупреждение,
            выскакивает напоминание, выскакивает уведомление, выскакивает предупреждение,
            вылезает напоминание, вылезает уведомление, napominalka visit, visit napominalka,
            napominanie visit, visit napominanie""",
        "zh": "弹出提醒, 弹出提示, 弹出警告, 弹了个提醒, 弹了提醒, 一直弹提醒, 上一次, 最后一次",
        "pl": """wisi przypomnienie, przypomnienie wisi, wyskakuje przypomnienie, wyskakuje
            powiadomienie, wyskoczyło powiadomienie, wyskakuje ostrzeżenie, wisi ostrzeżenie""",
        "pt": """aparece um aviso, apareceu um aviso, aparecendo um aviso, aparece um alerta,
            apareceu um alerta, aparecendo um alerta, aparece um lembrete, apareceu um lembrete""",
        "vi": "hiện cảnh báo, hiện lên cảnh báo, hiện nhắc nhở, hiện lời nhắc, cảnh báo hiện lên",
    },
    (Cue.RECHECK,): {
        "en": "refresh the result, refresh the results, refresh the status, update the result",
        "ru": """обнови результат, обнови результаты, обнови статус, обновите результат,
            обновите статус, obnovi rezultat, obnovi status""",
        "zh": "刷新结果, 刷新一下结果, 刷新状态, 更新结果, 更新一下结果",
        "pl": "odśwież wynik, odśwież wyniki, odśwież status, zaktualizuj wynik, odśwież stan",
        "pt": """atualiza o resultado, atualize o resultado, atualiza o status, atualize o status,
            atualiza os resultados""",
        "vi": "cập nhật kết quả, cập nhật lại kết quả, làm mới kết quả, cập nhật trạng thái",
    },
    # "Where do I start": help alone, a diagnosis beside an ADE problem (`intents`: help about
    # ADE); "как вами пользоваться" asks how to use the bot whatever the topic.
    (Cue.HELP,): {
        "en": "where do i start, where should i start, where to start, how do i get started",
        "ru": "с чего начать, с чего мне начать, с чего начинать, s chego nachat",
        "zh": "从哪开始, 从哪里开始, 从哪儿开始, 该怎么开始",
        "pl": "od czego zacząć, od czego mam zacząć, od czego zaczynam, jak zacząć",
        "pt": "por onde começo, por onde começar, por onde eu começo",
        "vi": "bắt đầu từ đâu, nên bắt đầu từ đâu",
    },
    (Cue.HELP, Cue.USAGE, Cue.HOW_TO_USE): {
        "ru": "как вами пользоваться, как пользоваться вами, как с вами работать",
        "pl": "jak z wami pracować, jak z was korzystać",
        "pt": "como uso vocês, como usar vocês",
    },
    (Cue.WHEN,): {"zh": "是什么时候, 是啥时候"},
    # A count of weeks or months ahead, as "a month before" already was (`vocab_requests`).
    (Cue.ADVANCE,): {
        "ru": "за две недели, за три недели, за пару недель, за несколько дней, за пару дней",
        "pl": "tygodnie przed, tygodni przed, miesiące przed, miesięcy przed",
        "pt": "semanas antes, meses antes, antes do vencimento",
    },
    # "把所有…token列一下": listing asked with 列 (list out) as 列出 is.
    (Cue.LIST,): {"zh": "列一下, 列给我, 列个, 列下"},
    # The rename words of FRAME_WORDS_ROUND8, known so that no typo reads "renomeou" as renew.
    (Cue.FILLER,): {
        "en": "renamed, renaming",
        "ru": "переименовали, переименовала, переименовал, переименовано",
        "pt": "renomeou, renomearam, renomeado, renomear",
    },
    (Cue.LANG_CUE,): {"zh": "换"},
}

# The "compare" frame of `explain_frames`: two of ADE's names, and one renamed into the other.
FRAME_WORDS_ROUND8: dict[str, dict[str, str]] = {
    "compare": {
        "en": "renamed, rename, renaming",
        "ru": """одно и то же, то же самое, переименовали, переименовала, переименовал,
            переименовано""",
        "zh": "改名, 改名字, 换名字, 重命名",
        "pl": "zmieniło nazwę, zmienili nazwę, zmienił nazwę, to samo",
        "pt": "renomeou, renomearam, renomeado, mudou o nome, mudaram o nome",
        "vi": "đổi tên",
    },
}

# "Because you answer in English": a language named after these tells what the bot does now,
# and yields to the language asked before it (`language_request`). Labels as scanned (folded).
BECAUSE_WORDS: dict[str, str] = {
    "en": "because, cause, coz, since",
    "ru": "а то, потому что, так как, ведь",
    "zh": "因为, 不然",
    "pl": "bo, ponieważ, gdyż",
    "pt": "porque, pois, já que",
    "vi": "bởi vì, tại vì",
}

# Latin-letter Russian: "4" for ч before a letter; "w" for ш or щ.
_CHE = re.compile(r"(?<![0-9])4(?=[a-z])", re.ASCII)


def latin_che(text: str) -> str:
    """'4to', 'po4emu' -> 'chto', 'pochemu' (text already folded to lower case)."""
    return _CHE.sub("ch", text) if "4" in text else text


def latin_russian_forms(word: str) -> tuple[str, ...]:
    """The spellings of a Latin word written with "w" for ш or щ: 'otpiwi' -> 'otpishi'."""
    if "w" not in word or not word.isascii():
        return ()
    return word.replace("w", "shch"), word.replace("w", "sh")
