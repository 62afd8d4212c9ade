"""Round 5 (issue 13): more ways admins ask for alerts, stop them, ask how to use the bot, and
name a language, per language. Added to the same tables as `vocab_commands` (words.py merges
them cue by cue), kept apart so each round's vocabulary can be read and measured on its own.

- Alerts asked ahead of time (ADVANCE): "a month in advance", "заранее", "到期前", "z
  wyprzedzeniem", "com antecedência", "trước một tháng". Beside an alert word it is a request,
  even when the message tells how nobody noticed last time ("не заметил": no "turn off").
- Stop said other ways: "stop sending", "хватит спамить", "别再发", "nie wysyłaj", "para de
  mandar", "đừng nhắn"; the Russian commands in Latin letters ("zaglushi", "hvatit").
- Failure slang: "wysypało się", "tá pegando", "crashed", "вылетает", "崩溃", "bị sập".
- Writing to the channel (NOTIFY) shortened: "msg", "@everyone", "@所有人" (intents keeps a
  mention of everyone as the word `xxmentionall`).
- Conditions: "sempre que", "every time", "每当", "一...就", "mỗi lần".
- USAGE: how to use the bot itself ("dùng bot này thế nào") is help, not a status question.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

REQUEST_WORDS: dict[Cue, dict[str, str]] = {
    Cue.ADVANCE: {
        "en": """in advance, ahead of time, ahead, beforehand, days before, weeks before,
            a month before, a week before, days ahead, weeks ahead, early warning""",
        "ru": """заранее, заблаговременно, за месяц, за неделю, за дней, за дня, за день до,
            zaranee""",
        "zh": "提前, 提早, 到期前, 过期前, 到期之前, 过期之前, 失效前",
        "pl": """z wyprzedzeniem, wyprzedzeni*, zawczasu, przed wygaśnięciem, przed terminem,
            miesiąc przed, tydzień przed, dni przed""",
        "pt": """com antecedência, antecedência, antecipadamente, antes de vencer,
            antes de expirar, dias antes, um mês antes, uma semana antes""",
        "vi": """trước một tháng, trước một tuần, trước tháng, trước ngày, trước thời hạn,
            nhắc trước""",
    },
    Cue.ALERT: {
        "en": "informed",
        "ru": "спам*, zaglush*",
        "zh": "刷屏",
        "pl": "informowa*, informuj*",
        "pt": "spam*",
        "vi": "nhắc trước",
    },
    Cue.OFF: {
        "ru": """выруби*, заглуши*, hvatit, khvatit, perestan, perestante, perestat, vyrubi*,
            zaglush*, ne nado""",
        "pl": "cisza, ciszej",
    },
    Cue.WHEN: {
        "en": "every time, any time, anytime, each time",
        "ru": "каждый раз, всякий раз, как только",
        "zh": "每当, 每次, 只要, 一出, 一有, 一旦",
        "pl": "za każdym razem, ilekroć, gdyby",
        "pt": "sempre que, toda vez que, cada vez que",
        "vi": "mỗi lần, mỗi khi, bất cứ khi nào",
    },
    Cue.NOTIFY: {
        "en": "msg, drop a msg, xxmentionall",
        "pt": "manda msg, mande msg, manda uma msg, manda uma mensagem",
        "pl": "wiadomość",
        "vi": "tag",
    },
    Cue.ON: {
        "en": "xxmentionall",
        "ru": "нас",
        "pl": "nas",
        "zh": "所有人",
    },
    Cue.DIAGNOSE: {
        "en": "crash*, crashed, blew up, went down, fell over, falling over",
        "ru": "вылета*, вылетел*, рухнул*, крашит*, навернул*",
        "zh": "崩溃, 宕机",
        "pl": "wysypał*, wysypało, wysypuje, wysypie, padnie, padną, wykrzacz*",
        "pt": "tá pegando, ta pegando, crashou, capotou",
        "vi": "sập, bị sập",
    },
    # Polish perfective commands: "zdiagnozuj", "przeskanuj" (the bare stems miss the prefix).
    Cue.CHECK: {"pl": "zdiagnozuj*, przeskanuj*"},
    Cue.USAGE: {
        "en": "use this bot, use the bot, use you",
        "ru": "пользоваться ботом, пользоваться тобой, юзать бота",
        "zh": "怎么用你, 机器人怎么用, 这个机器人怎么用, 怎么使用你",
        "pl": "używać bota, korzystać z bota, obsługiwać bota",
        "pt": "usar o bot, usar esse bot, usar este bot, usar você, usa o bot",
        "vi": "dùng bot, sử dụng bot, xài bot, dung bot",
    },
    # Words that qualify a language name ("simplified Chinese", "упрощённый китайский"):
    # beside a cue word they carry the cue on to the name.
    Cue.LANG_CUE: {
        "en": "simplified",
        "ru": "упрощ*, бразильск*",
        "pl": "uproszczon*, brazylijsk*",
        "pt": "simplificado",
        "vi": "giản thể",
    },
    # A Chinese we don't ship (traditional): the language picker, no choice.
    Cue.LANGUAGE: {
        "en": "traditional chinese",
        "ru": "традиционный китайский, традиционном китайском",
        "zh": "繁体中文, 繁體中文, 繁体, 繁體",
        "pl": "chiński tradycyjny, tradycyjny chiński",
        "pt": "chinês tradicional",
        "vi": "phồn thể",
    },
}

# Russian typed in Latin letters (a keyboard without Cyrillic): the command words of the tables
# above and of `vocab_commands`, as admins transliterate them.
REQUEST_WORDS_LATIN_RUSSIAN: dict[Cue, str] = {
    Cue.WHEN: "esli, yesli, kogda, kak tolko",
    Cue.NOTIFY: "pishi, napishi, pishite, napishite, kidai, kiday, chirkni",
    Cue.ON: "mne, menya, nam, syuda, suda",
    Cue.AGAIN: "snova, eshe raz, eshche raz, eshchyo raz, yeshche raz, zanovo, opyat",
    Cue.RECHECK: "pereprover*",
    Cue.ALERT: "napomin*, napomni*, predupre*, soobshchi*, soobshchai*, soobshi*",
    Cue.OFF: "ostanovi*, prekrati*, uberi*, ne nuzhno",
}

# Two cues at once: the alert and its stop, said without the word "alert".
REQUEST_BOTH: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.ALERT, Cue.OFF): {
        "en": """stop sending, stop spamming, stop pinging, stop messaging, stop posting,
            quit sending, dont send, don't send, no more messages""",
        "ru": """не присылай, не присылайте, не пиши мне, не пишите мне, не шли, хватит писать,
            хватит присылать, перестань писать, перестань присылать""",
        "zh": "别再发, 不要再发, 别发了, 别再推送, 不要再推送",
        "pl": """nie wysyłaj, nie wysyłajcie, przestań wysyłać, przestań pisać, nie pisz,
            nie piszcie""",
        "pt": """não manda mais, não mande mais, para de mandar, pare de mandar, para de enviar,
            pare de enviar""",
        "vi": "đừng gửi, đừng nhắn, đừng báo, thôi gửi, không cần gửi, không cần báo",
    },
    # Chinese "一...就" (as soon as ... then): "一" before the failure opens the condition.
    (Cue.WHEN, Cue.STATUS): {"zh": "一过期, 一到期, 一失效"},
    (Cue.WHEN, Cue.DIAGNOSE): {"zh": "一失败, 一出错, 一报错, 一挂, 一坏"},
    (Cue.WHEN, Cue.SYMPTOM): {"zh": "一停, 一断, 一不同步"},
}

# Language names in more words: the variety we ship named with its country or script.
REQUEST_NAMES: dict[str, str] = {
    "zh-Hans": """simplified chinese, chinese simplified, chinês simplificado,
        tiếng trung giản thể, 简体字""",
    "pt-BR": """brazilian portuguese, português brasileiro, português do brasil, brazil,
        бразильск*, brazylijsk*, 巴西葡语""",
}
