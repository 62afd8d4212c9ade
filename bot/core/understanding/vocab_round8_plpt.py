# ruff: noqa: RUF001, RUF002
"""Round 8 (issue 13, batch 16, Polish and Portuguese misses): frames in all six languages.

- "Is everything fine with DEP?" (czy wszystko gra z, tá tudo certo com, всё ли в порядке с):
  asks the token's state as it stands now, so a check, not small talk.
- "Confere o token" (check it against, double-check): a checking verb like "verifica".
- "What is ADE about?" (na czym polega, do que se trata, в чём суть): an explanation.
- "I don't remember any more" (não lembro mais, nie pamiętam, не помню): remembering is no
  reminder, so "lembro" there asks for no alert and "mais" stops nothing.

The format is described in `bot.core.understanding.words`.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

ROUND8_PLPT_WORDS: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.STATUS, Cue.CHECK): {
        "en": """is everything ok with, is everything fine with, is everything alright with,
            everything ok with, all good with""",
        "ru": "всё ли в порядке с, все ли в порядке с, всё нормально с, все нормально с",
        "zh": "一切正常吗, 都正常吗, 一切都好吗",
        "pl": """wszystko gra, czy wszystko gra, wszystko w porządku z, czy wszystko w porządku,
            wszystko ok z""",
        "pt": """tudo certo com, tá tudo certo com, ta tudo certo com, tudo ok com,
            está tudo certo com, tudo em ordem com""",
        "vi": "có ổn không, ổn không, mọi thứ ổn không",
    },
    (Cue.CHECK,): {
        "en": "double-check, double check, doublecheck, cross-check",
        "ru": "сверь, сверить, сверьте",
        "zh": "核对, 核实, 核对一下",
        "pl": "skontroluj, skontrolować, przejrzyj",
        "pt": "confere, conferir, confira, confere aí, confere ai",
        "vi": "rà soát, soát lại, đối chiếu",
    },
    (Cue.EXPLAIN,): {
        "en": "what is it about, what's it all about, what is it all about",
        "ru": "в чём суть, в чем суть, в чём смысл, в чем смысл, что из себя представляет",
        "zh": "是干什么的, 是干嘛的, 是做什么的",
        "pl": "na czym polega, o co chodzi z, o co chodzi w",
        "pt": "do que se trata, se trata de que, serve pra que, serve para que",
        "vi": "là về cái gì, dùng để làm gì, để làm gì",
    },
    (Cue.FILLER,): {
        "en": "i don't remember, i dont remember, can't remember, cant remember, i forgot",
        "ru": "не помню, уже не помню, забыл, забыла",
        "zh": "不记得了, 记不清了, 忘了",
        "pl": "nie pamiętam, już nie pamiętam, zapomniałem, zapomniałam",
        "pt": """não lembro, nao lembro, não lembro mais, nao lembro mais, não me lembro,
            nao me lembro, esqueci""",
        "vi": "không nhớ, quên mất, không nhớ nữa",
    },
}
