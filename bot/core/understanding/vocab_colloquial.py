# ruff: noqa: RUF001
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII.)
"""Round 6 (issue 13, batch 13): colloquial asks, per language.

- HOW_TO_USE: how to use the bot itself ("how do I use this bot to…", "как тобой
  пользоваться", "怎么用你", "jak z Ciebie korzystać", "como eu uso você", "cách dùng bot"):
  help whatever the topic that follows ("…to troubleshoot Apple enrollment").
- ALERT + ON said as a nudge: "give me a shout", "маякни", "吱一声", "daj sygnał", "me dá um
  toque", "báo một tiếng".
- ADVANCE: Chinese "快过期" (about to expire) beside an alert word is an alert asked ahead.
- FIXED: a renewal already done ("renewed", "odnowiłem", "продлил", "renovei", "đã gia hạn")
  and "done": with "again" the bot is to look again, not explain the renewal.
- RECHECK: refreshing the status ("обнови статус", "odśwież status", "atualiza o status",
  "刷新状态") is a re-check, not a renewal, even beside "token".
- RENEW: where the token file comes from or goes ("where do I get", "где взять", "skąd
  pobrać", "onde baixo", "在哪下载"): with the token, the renewal steps.
- FILLER: Vietnamese "báo cáo" (a report), which is no "báo" (notify).

Format as in `bot.core.understanding.words`.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue


def _how_to_use_en() -> str:
    hows = ("how do i", "how can i", "how should i", "how do we", "how can we", "how to")
    objects = ("use you", "use this bot", "use the bot", "use ade doctor")
    return ", ".join(f"{how} {obj}" for how in hows for obj in objects)


COLLOQUIAL_WORDS: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.USAGE, Cue.HOW_TO_USE): {
        "en": _how_to_use_en(),
        "ru": """как тобой пользоваться, как пользоваться тобой, как пользоваться ботом,
            как пользоваться этим ботом, как тебя использовать, как использовать тебя,
            как использовать бота, как юзать бота, как тебя юзать, как с тобой работать,
            как работать с тобой, как работать с ботом""",
        "zh": """怎么用你, 如何用你, 怎样用你, 怎么使用你, 如何使用你, 怎么用这个机器人,
            如何使用这个机器人, 机器人怎么用, 你怎么用""",
        "pl": """jak z ciebie korzystać, jak korzystać z ciebie, jak z tobą pracować,
            jak korzystać z bota, jak korzystać z tego bota, jak używać bota,
            jak używać tego bota, jak cię używać, jak ciebie używać, jak obsługiwać bota""",
        "pt": """como eu uso você, como uso você, como usar você, como te uso, como eu te uso,
            como te usar, como usar o bot, como uso o bot, como eu uso o bot, como usar esse bot,
            como usar este bot, como eu uso esse bot, como a gente usa o bot, como eu uso vc,
            como usar vc, como uso vc""",
        "vi": "cách dùng bot, cách sử dụng bot, cách xài bot",
    },
    (Cue.ALERT, Cue.ON): {
        "en": """give me a shout, give us a shout, shout at me, nudge me, give me a nudge,
            poke me, buzz me, give me a ping, give us a ping""",
        "ru": "маякн*, свистни, свистните, свистнешь, стукни мне, черкни мне",
        "zh": "吱一声, 吱个声, 吱声, 知会一声, 知会我, 打声招呼, 打个招呼, 喊我一声, 叫我一声",
        "pl": "daj sygnał, daj mi sygnał, puść sygnał, szturchnij mnie, zawołaj mnie, daj cynka",
        "pt": """me dá um toque, dá um toque, me dê um toque, dar um toque, me dá um alô,
            dá um alô, me dá um grito, dá um grito, me cutuca""",
        "vi": """báo một tiếng, báo mình một tiếng, báo tôi một tiếng, nhắn một tiếng,
            nói một tiếng, hú một tiếng, hú mình, hú tôi""",
    },
    (Cue.ADVANCE,): {
        "zh": "快过期, 快到期, 快要过期, 快要到期, 快失效",
    },
    (Cue.FIXED,): {
        "en": "done, i renewed, we renewed, renewed it, just renewed, reuploaded, re uploaded",
        "ru": "продлил, продлила, продлили, перевыпустил, перевыпустила, залил, залила",
        "zh": "续订了, 续期了, 已续订, 已续期, 传上去了",
        "pl": "odnowiłem, odnowiłam, odnowiliśmy, wgrałem, wgrałam, wrzuciłem, wrzuciłam",
        "pt": "renovei, renovamos",
        "vi": "đã gia hạn, gia hạn xong, gia hạn rồi, đã tải lên",
    },
    # Polish "przeleć" (run through it): a check, as "przeskanuj" is.
    (Cue.CHECK,): {"pl": "przeleć, przelecieć"},
    (Cue.RECHECK,): {
        "en": "refresh the status, refresh status, update the status, update status",
        "ru": "обнови статус, обновить статус, обновите статус, obnovi status, obnovit status",
        "zh": "刷新状态, 更新状态, 更新一下状态, 刷新一下状态",
        "pl": "odśwież status, odświeżyć status, odśwież stan",
        "pt": "atualiza o status, atualize o status, atualizar o status, atualiza status",
        "vi": "cập nhật trạng thái, làm mới trạng thái",
    },
    (Cue.RENEW,): {
        "en": """where do i get, where do i download, where to download, where do i upload,
            where to upload, where does it go""",
        "ru": "где взять, где скачать, куда загрузить, куда загружать",
        "zh": "在哪下载, 去哪下载, 从哪下载, 哪里下载, 哪儿下载, 上传到哪, 传到哪",
        "pl": "skąd wziąć, skąd pobrać, gdzie pobrać, gdzie wgrać",
        "pt": "onde baixo, onde pego, onde baixar, onde subo, onde eu baixo, onde eu pego",
        "vi": "tải ở đâu, lấy ở đâu, tải lên ở đâu",
    },
    (Cue.FILLER,): {"vi": "báo cáo"},
}
