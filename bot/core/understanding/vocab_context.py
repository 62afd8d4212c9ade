# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII.)
"""Round 4 (issue 13): words that say in what frame the rest of a message stands, per language.

- FIXED: the admin reports a fix ("fixed the profile assignment", "я поправил", "改好了",
  "poprawione", "arrumei", "sửa rồi"): with "check again" the message asks for a re-check,
  whatever the thing fixed was called.
- WHEN: a condition ("if", "when", если, 的时候, jeśli, quando, nếu): a failure named inside
  it has not happened yet ("write here if ADE breaks"), and its negation ("if it does not
  enroll") does not turn alerts off.
- NOTIFY: verbs of writing to someone (пиши, pisz, 发消息, manda mensagem, nhắn): an alert
  request beside a condition, nothing alone ("пиши по-русски" asks for a language).

The format is described in `bot.core.understanding.words`.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

CONTEXT_WORDS: dict[Cue, dict[str, str]] = {
    Cue.FIXED: {
        "en": """fixed, fixed it, corrected, changed, adjusted, reassigned, updated it, sorted it,
            i fixed, we fixed, did it, done that""",
        "ru": """поправил*, исправил*, починил*, поменял*, изменил*, переназначил*, настроил*,
            поправлено, исправлено, починено, готово""",
        "zh": "改好了, 修好了, 改了, 修复了, 已修复, 弄好了, 搞定了, 调整了, 处理好了, 好了, 已改",
        "pl": """poprawi*, naprawi*, zmieniłem, zmieniłam, zmienione, ustawiłem, ustawiłam,
            poprawione, naprawione, gotowe""",
        "pt": """arrumei, arrumado, arrumada, corrigi, corrigido, corrigida, consertei, consertado,
            ajustei, ajustado, mudei, troquei, alterei, pronto""",
        "vi": "sửa rồi, đã sửa, sửa xong, fix rồi, đã fix, chỉnh rồi, đã chỉnh, chỉnh xong",
    },
    Cue.WHEN: {
        "en": "if, when, whenever, once, in case, as soon as, before",
        "ru": "если, когда, как только, в случае, перед тем как",
        "zh": "如果, 要是, 的时候, 时候, 一旦, 之前",
        "pl": "jeśli, jeżeli, gdy, kiedy, jak coś, jakby, zanim",
        "pt": "se, quando, caso, assim que, antes de",
        "vi": "nếu, khi, lúc, hễ, có gì, trước khi",
    },
    Cue.NOTIFY: {
        "en": "write, message, post, text, drop a line, send a message",
        "ru": "пиши, напиши, пишите, напишите, кидай, кинь, черкни",
        "zh": "发消息, 发个消息, 发一条, 说一声, 告诉, 留言",
        "pl": "pisz, napisz, piszcie, napiszcie, wyślij wiadomość, daj znać",
        "pt": "manda mensagem, mande mensagem, escreve, escreva, manda um aviso, posta",
        "vi": "nhắn, nhắn tin, gửi tin, báo, báo tin",
    },
}
