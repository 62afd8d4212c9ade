"""Round 5 (issue 13, batch 12): more everyday ways to ask for a status, a check, the alerts on
or off, and another API's token.

- STATUS: "is the sync alive?" (живой, żyje, vivo, 活着, còn sống): whether it still works.
- OK: Russian typed in Latin letters, "v poryadke" (в порядке), as the Cyrillic is.
- CHECK: "see if / whether" (ver se, zobacz czy, xem giúp): look at the tenant, not the list
  that "see" / "ver" alone may ask for. Verbs that already check ("checa", "confere") are
  left out: a phrase makes its words known, and a known word is no longer read as a typo.
- FILLER: Polish "jaki / jaka" (what kind of): "jaki status?" holds only known words.
- OFF: being taken off the alerts ("take me off", "me tira dos alertas", "usuń mnie z"), and
  Chinese 停掉 (stop it), a deliberate stop, unlike 停了 (has stopped), the sync's symptom.
- NOTIFY: an @-mention of the speaker ("@ me", "@我"), which `conditions.MENTION_ME` turns
  into the word `xxmentionme`: "@ me as soon as ADE breaks" asks for alerts.
- PRODUCT: the token of an API (an e-journal's, SAP's, a web service's) is that API's, as
  "api token" already is: "токен для API протух" asks nothing of the tenant.

Format as in `bot.core.understanding.words`; matched with typos except `LATIN_RUSSIAN`
(short Latin spellings of Russian are one edit from Polish and Portuguese words).
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

ASK_WORDS: dict[Cue, dict[str, str]] = {
    Cue.STATUS: {
        "en": "alive, still alive",
        "ru": "живой, живая, живое, живые, жив, живо, живы, живёт, живет",
        "zh": "活着, 还活着",
        "pl": "żyje, żyją, żywy, żywe",
        "pt": "vivo, viva, de pé",
        "vi": "còn sống",
    },
    Cue.CHECK: {
        "en": "see if, see whether, look whether",
        "pl": "zobacz czy, zobaczyć czy, zerknij czy, zerknąć czy, popatrz czy",
        "pt": "ver se, vê se, veja se, olha se, olhar se, olhe se",
        "vi": "xem giúp, xem thử, xem dùm",
    },
    Cue.FILLER: {
        "pl": "jaki, jaka, jakiego, jaką",
    },
    Cue.OFF: {
        "en": "take me off, drop me from",
        "ru": "убери меня, удали меня, исключи меня",
        "zh": "停掉, 把我移出, 移除我",
        "pl": "usuń mnie, wyrzuć mnie, skreśl mnie",
        "pt": """me tira, me tire, me tirem, me tirar, me remova, me exclui, me exclua,
            tira os alertas, tirar os alertas""",
        "vi": "bỏ tôi ra, xóa tôi khỏi, bỏ mình ra, xóa mình khỏi",
    },
    Cue.NOTIFY: {
        "en": "xxmentionme",
    },
    Cue.PRODUCT: {
        "en": "token for the api, token for an api, api's token, apis token, token of the api",
        "ru": """токен для api, токен от api, токен к api, токен api, api токен, токена api,
            токена для api, токена от api""",
        "pl": "token do api, tokenu do api, token api, tokenu api, token dla api",
        "pt": "token da api, token de api, token do api, token para api, token pra api",
        "vi": "token api, token của api, token cho api",
    },
}

LATIN_RUSSIAN: dict[Cue, str] = {
    Cue.OK: "v poryadke, v poriadke, v porjadke, normalno",
}
