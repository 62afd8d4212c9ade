# ruff: noqa: RUF001
"""Round 7 (issue 13, batch 15): words for diagnoses, re-checks and alert switches, per language.

- Checking asked other ways: "diagnose" as a verb in Russian (продиагностируй), "I need to know
  if / whether" (saber se, wiedzieć czy), "what's up with" (咋回事, sao thế, co się dzieje z),
  "look at it for me" (xem hộ, coi giúp); a token "active" or "valid", a sync "normal" or
  "running" is its status; something "blocking" the sync is a failure.
- A device reporting an error ("báo lỗi", "报错", "выдаёт ошибку", "dá erro", "throws an
  error") is a symptom the admin saw, not a message the admin asks the bot to send.
- Intune's field labels pasted into any language ("Last successful sync", "Expiration date")
  read a status off the token's pane.
- Alerts turned off by complaint or slang: "kill the alerts", "замьють", "too many pings",
  "za dużo powiadomień", "đừng spam"; "well before it runs out" asks ahead of time.
- A re-check by its other verbs: recompute (пересчитай, przelicz, recalcula, tính lại, 重新计算);
  a renewal told as done ("swapped the token", "renew xong", "podmieniłem") is a fix, so with
  "check again" the bot looks again.
- Writing to the admin in the infinitive ("можешь писать мне"), not the admin's own "пишу из
  банка" (I am writing from), which tells who writes, not what to send.
- Vietnamese syllables that fold onto a cue: "cá nhân" (personal), "nhân viên" (staff) are no
  "nhắn" (write to); "hiệu lực" (validity) is a status and "điện lực" (power utility) no
  "lúc" (when).

The format is described in `bot.core.understanding.words`.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

ROUND7B_WORDS: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.CHECK,): {
        "en": """know if, know whether, find out if, find out whether, take a look at,
            have a look at, look into, look at""",
        "ru": "диагностир*, продиагностир*, продиагностируй",
        "zh": "帮看下, 帮看看, 帮我看下, 帮忙看下, 诊断",
        "pl": "wiedzieć czy, sprawdzić czy, zdiagnozuj, zobacz co",
        "pt": "saber se, ver se, dá uma olhada, da uma olhada, diagnosticar",
        "vi": "xem hộ, coi giúp, coi hộ, kiểm tra hộ, check hộ, check giúp, chẩn đoán giúp",
    },
    (Cue.DIAGNOSE,): {
        "en": """what's up with, whats up with, what is up with, what's going on with,
            blocking, blocks, blocked, throws an error, throwing errors, gives an error""",
        "ru": "блокиру*, выдаёт ошибку, выдает ошибку, пишет ошибку, что там с",
        "zh": "咋回事, 怎么回事, 什么情况, 啥情况, 报错, 阻止, 挡住",
        "pl": "blokuje, blokują, zablokowa*, wyrzuca błąd, co się dzieje z, co jest z",
        "pt": """bloqueando, bloqueia, bloqueado, dá erro, da erro, dando erro, o que houve,
            que que tá pegando""",
        "vi": """báo lỗi, thông báo lỗi, hiện lỗi, sao thế, bị sao, bị gì, đang sao,
            bị chặn""",
    },
    (Cue.STATUS,): {
        "en": "active, still active, is active, valid, still valid, running normally",
        "ru": "активен, активный, действителен, действительный, нормально работает",
        "zh": "还有效, 有效吗, 正常吗, 是否正常, 正常不",
        "pl": "aktywny, aktywna, jest aktywny, ważny, sprawny, normalnie",
        "pt": """está ativo, tá ativo, esta ativa, tá ativa, ativo ainda, rodando, rodando normal,
            funcionando normal, tá normal, está normal""",
        "vi": "hiệu lực, còn hiệu lực, còn hoạt động, bình thường, còn mấy xxvingay",
    },
    (Cue.STATUS, Cue.CHECK): {  # "the current status of the token": asked as it stands now
        "en": "current status, current state",
        "ru": "текущее состояние, текущий статус, текущее состояние",
        "zh": "当前状态, 目前状态, 现在的状态",
        "pl": "obecny stan, aktualny stan, aktualny status",
        "pt": "estado atual, status atual, situação atual",
        "vi": "tình trạng hiện tại, trạng thái hiện tại",
    },
    (Cue.NEGATION,): {"en": "haven't, hasn't, hadn't, havent, hasnt"},
    # "tell me well ahead of time": told before, so an alert, and asked in advance (ADVANCE
    # outweighs a story that negates: "we didn't notice last year; tell me well before").
    (Cue.ALERT, Cue.ON, Cue.ADVANCE): {
        "en": """tell me well ahead, tell me ahead, tell me in advance, let me know ahead,
            let me know in advance, let me know well before, tell me well before""",
        "ru": "скажи заранее, сообщи заранее, напомни заранее",
        "zh": "提前告诉我, 提前通知我",
        "pl": "daj znać wcześniej, powiedz mi wcześniej",
        "pt": "me avisa antes, me fala antes, me avise antes",
        "vi": "báo trước cho mình, báo trước cho tôi",
    },
    (Cue.STATUS, Cue.DOMAIN): {  # field labels from Intune's token pane, pasted as they are
        "en": """last successful sync, last sync, last sync time, last sync date,
            expiration date, sync status""",
    },
    (Cue.ALERT, Cue.OFF): {
        "en": "kill the alerts, kill alerts, too many pings, too many alerts, stop spamming",
        "ru": """отпиши*, отписать, отписаться, otpishi, otpisat, замьют*, замьюти, мьют*,
            слишком много алертов, слишком много уведомлений""",
        "zh": "太多提醒, 提醒太多, 通知太多, 太吵",
        "pl": "za dużo powiadomień, za dużo alertów, wycisz*, zmutuj",
        "pt": "alerta demais, alertas demais, muta, mutar, silencia, silenciar",
        "vi": "đừng spam, quá nhiều cảnh báo, phiền quá, tắt tiếng",
    },
    (Cue.OFF,): {
        "en": "kill",
    },
    (Cue.ADVANCE,): {
        "en": "well before, well ahead",
        "ru": "задолго до",
        "pl": "na długo przed",
        "pt": "bem antes",
        "vi": "báo trước, trước xxvingay",
    },
    (Cue.ADVANCE, Cue.STATUS): {  # "before it runs out": ahead of the expiry it names
        "en": "before it runs out, before it expires, before it lapses, ahead of expiry",
        "ru": "до того как истечёт, пока не истёк",
        "zh": "过期以前, 到期以前",
        "pl": "zanim wygaśnie",
        "pt": "antes de expirar, antes que expire",
        "vi": "trước khi hết hạn",
    },
    # The phrases of other tables that hold "thấy" or "ngày", as cleaning.py now spells them.
    (Cue.SYMPTOM,): {"vi": "không xxvithay"},
    (Cue.RECHECK,): {
        "en": "recalculate, recompute, rerun, re-run",
        "ru": "пересчитай, пересчитать, перепроверить",
        "zh": "重新计算, 重算, 再算一下",
        "pl": "przelicz, przeliczyć, przelicz ponownie",
        "pt": "recalcula, recalcular, recalcule",
        "vi": "tính lại",
    },
    (Cue.FIXED,): {
        "en": "swapped, swapped the token, replaced the token, uploaded the new",
        "ru": "заменил*, поменял токен, загрузил*",
        "zh": "续订了, 已续订, 换好了, 上传了, 传好了",
        "pl": "podmieniłem, podmieniłam, wgrałem, wgrałam, wymieniłem, wymieniłam",
        "pt": "subi o novo, troquei o token, renovado",
        "vi": "renew xong, renew rồi, đã renew, gia hạn xong, gia hạn rồi, đã gia hạn, thay xong",
    },
    (Cue.NOTIFY,): {
        "ru": "писать, написать, писать мне",
        "pl": "pisać, napisać",
        "pt": "escrever, me escrever",
        "zh": "推给我, 推送给我, 发给我",
    },
    # 以后 ("from now on") is frames_b14.py's future word: "以后 ABM 同步失败了推给我" is an
    # alert, "以后跟我说中文" a language.
    (Cue.FILLER,): {
        "en": "noticed, i'm writing, im writing",
        "ru": "пишу",
        "pl": "piszę",
        "pt": "escrevo, estou escrevendo",
        # "ngày" (day) and "thấy" (see), told from "ngay" (now) and "thay" (replace) by tone
        # (cleaning.py)
        "vi": """cá nhân, nhân viên, nhân sự, điện lực, nhân lực, năng lực, áp lực, hiện tại,
            xxvingay, xxvithay""",
    },
}
