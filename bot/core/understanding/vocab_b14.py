# ruff: noqa: RUF001
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII.)
"""Round 7 (issue 13, batch 14): more ways to ask, per language; each entry lists the cues its
words carry, as `vocab_commands.BOTH` does (format: `bot.core.understanding.words`).

- The current state, asked formally ("please advise the current status of the token",
  "прошу сообщить текущее состояние", "đề nghị cho biết tình trạng hiện tại"): a look at the
  tenant now (STATUS + CHECK), so the report verb (сообщить, informar) asks for no alerts;
  "in working order" (sprawny, исправен, operacional) is a status word.
- "Each other" (ze sobą, между собой, với nhau, entre si) and Vietnamese "liên kết" (link) are
  filler: "sobą" is no typo of a Portuguese upload verb, "kết" no "kẹt" (stuck).
- "Look at the token", "take a look": a check, as глянь / zerknij / dá uma olhada are.
- "Tell me" ahead of time ("tell me well ahead", "скажи заранее", "nói trước") asks for alerts
  (`frames_b14.py`); "tell me if the token is valid" stays a status question. 推给我 (push it to
  me) is a request to be written to.
- Our (the company's) website's certificate ("the certificate on our website", "сертификат на
  сайте компании", "certificado do nosso site"): another product's, as "website certificate";
  the certificate on Apple's site stays ours (the push certificate's portal).
- Russian typed in Latin letters for the renewal and the alerts' stop: "kuda zagruzhat fajl",
  "otpishi menya" (`LATIN_RUSSIAN_B14`, matched without typos).
- Vietnamese "đừng" (don't), which folds into "dùng" (use) and "đúng" (right):
  `cleaning` keeps the toned word apart as `xxvidung`, a negation; "đừng gửi / nhắn / báo"
  stop the alerts as they did.
- "ADE = ?" asks what ADE is, in any language (`cleaning` marks "= ?" as `xxwhatis`).
- "X instead of Y" (вместо, 而不是, zamiast, em vez de, thay vì) beside an Apple device: a
  screen shown in place of the expected one, a symptom.
- "From now on", "next time" (以后, 下次, в следующий раз, od teraz, daqui pra frente, lần
  sau) before a failure, with a request to be written to: an alert request (`frames_b14.py`).
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

B14_WORDS: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.STATUS, Cue.CHECK): {
        "en": """current status, current state, current health, current condition,
            status right now, state right now""",
        "ru": """текущее состояние, текущего состояния, текущем состоянии, текущий статус,
            текущего статуса, актуальное состояние, актуальный статус, состояние на данный
            момент, статус на данный момент""",
        "zh": "当前状态, 当前的状态, 目前状态, 目前的状态, 现在的状态, 现状",
        "pl": """obecny stan, obecnego stanu, obecnym stanie, aktualny stan, aktualnego stanu,
            aktualnym stanie, aktualny status, obecny status, bieżący stan, bieżący status""",
        "pt": """status atual, estado atual, situação atual, status no momento, status de agora,
            situação no momento""",
        "vi": """tình trạng hiện tại, trạng thái hiện tại, tình hình hiện tại, tình trạng hiện
            giờ, trạng thái hiện giờ""",
    },
    (Cue.STATUS,): {
        "en": "operational, in working order, functional",
        "ru": """исправен, исправна, исправно, исправны, работоспособен, работоспособна,
            работоспособно, в рабочем состоянии""",
        "zh": "可用吗, 能用吗, 还能用",
        "pl": "sprawny, sprawna, sprawne, sprawni, działający, działająca, w pełni sprawny",
        "pt": "operacional, funcional, em funcionamento, funcionando direito",
        "vi": "hoạt động tốt, hoạt động bình thường, còn dùng được, dùng được không",
    },
    (Cue.FILLER,): {
        "en": "each other, one another, together",
        "ru": "друг с другом, между собой, вместе",
        "pl": "ze sobą, z sobą, między sobą, nawzajem, razem",
        "pt": "entre si, um com o outro, uns com os outros, juntos",
        # hiện tại (now) is no tải (upload); đề nghị (I request) asks nothing; cá nhân (personal)
        # no nhắn (write to), hè (summer) no hễ (whenever), đụng (touch) no dùng (use): the
        # tones tell them apart, folded they collide.
        "vi": """với nhau, liên kết, hiện tại, hiện giờ, đề nghị, cho biết, cá nhân, nhân viên,
            hè này, mùa hè, đụng vào, đụng tới, đụng đến""",
    },
    (Cue.CHECK,): {
        "en": "look at, take a look, have a look, look into, peek at, glance at",
        "ru": "посмотрите, гляньте, взгляни, взгляните",
        "pl": "zerknij, zerknijcie, spójrz, spójrzcie, rzuć okiem",
        "pt": "dá uma olhada, da uma olhada, dê uma olhada, olha aí, verifica aí",
        "vi": "xem qua, nhìn qua, xem hộ",
    },
    # Pushed to me: a message sent to the speaker, as "发消息" is.
    (Cue.NOTIFY,): {"zh": "推给我, 推送给我, 发给我, 推我"},
    # Our own (the company's) website's certificate, or one "for the website"; "the certificate
    # on Apple's site" is the push certificate's portal, so a site it is "on" must be ours.
    (Cue.PRODUCT,): {
        "en": """certificate on our website, certificate for our website, cert on our site,
            certificate on our site, certificate of our website, our website certificate,
            our website cert, company website certificate, company website cert,
            certificate for the website, cert for the website, certificate for the site""",
        "ru": """сертификат на сайте компании, сертификат сайта компании, сертификат нашего сайта,
            сертификат на нашем сайте, сертификат для нашего сайта, сертификата нашего сайта,
            сертификат для сайта, сертификата для сайта""",
        "zh": "公司网站的证书, 公司网站证书, 我们网站的证书, 官网证书, 官网的证书",
        "pl": """certyfikat naszej strony, certyfikat na naszej stronie, certyfikat strony
            firmowej, certyfikat firmowej strony, certyfikatu naszej strony, certyfikat dla strony,
            certyfikatu dla strony""",
        "pt": """certificado do nosso site, certificado no nosso site, certificado do site da
            empresa, certificado no site da empresa, certificado pro site,
            certificado para o site""",
        "vi": """chứng chỉ website công ty, chứng chỉ trang web công ty, chứng chỉ của website
            công ty, chứng chỉ website của công ty, chứng chỉ cho website,
            chứng chỉ cho trang web""",
    },
    # Ahead of the expiry said as "well before it expires": an alert asked in advance, even
    # after a story that negates ("we found out when an iPad wouldn't set up").
    (Cue.ADVANCE,): {
        "en": """well before, long before, well ahead, before it expires, before they expire,
            before expiry, before expiration, before it runs out""",
        "ru": "задолго до, до истечения, до окончания срока, прежде чем истечет",
        "zh": "早点, 提早一点, 早一点",
        "pl": "na długo przed, dużo wcześniej, zanim wygaśnie, zanim wygasną",
        "pt": "bem antes, muito antes, antes do vencimento, antes da expiração, antes de vencer",
        "vi": "trước khi hết hạn, trước khi token hết hạn, từ sớm",
    },
    # A screen in place of the one expected ("the iPads ask for an Apple ID instead of Remote
    # Management"): a symptom, a failure beside an ADE or Apple word as "skip" is.
    (Cue.SYMPTOM,): {
        "en": "instead of",
        "ru": "вместо",
        "zh": "而不是, 却是",
        "pl": "zamiast",
        "pt": "em vez de, em vez da, em vez do, ao invés de, ao invés da, ao invés do",
        "vi": "thay vì",
    },
    # "ADE = ?": `cleaning` writes the asking equals sign as this word.
    (Cue.EXPLAIN,): {"en": "xxwhatis"},
    # The contractions the first table lacks: "devices haven't synced since Monday".
    (Cue.NEGATION,): {
        "en": "havent, hasnt, hadnt, wasnt, werent, wouldnt, couldnt",
        "vi": "xxvidung",
    },
    (Cue.ALERT, Cue.OFF): {
        "vi": "xxvidung gửi, xxvidung nhắn, xxvidung báo, xxvidung nhắc",
    },
}

# Read by `frames_b14.py` by their folded labels, filler to every other rule.
# "From now on" / "next time": what follows is awaited, a failure it names has not happened.
FUTURE_WORDS: dict[str, str] = {
    "en": "next time, from now on, going forward, in the future",
    "ru": "в следующий раз, впредь, в дальнейшем, в будущем, отныне",
    "zh": "以后, 下次, 今后, 往后",
    "pl": "następnym razem, od teraz, na przyszłość, w przyszłości",
    "pt": "da próxima vez, na próxima vez, daqui pra frente, daqui para frente, de agora em diante",
    "vi": "lần sau, lần tới, từ giờ, từ nay, sau này",
}
# "Tell me": with "ahead of time" an alert request, alone a question ("tell me if it is ok").
TELL_WORDS: dict[str, str] = {
    "en": "tell me, tell us",
    "ru": "скажи мне, скажите мне, скажи нам, скажите нам, скажи, скажите",
    "zh": "告诉一声, 说一下",
    "pl": "powiedz mi, powiedz nam, powiedz, powiedzcie",
    "pt": "me fala, me diz, me diga, me conta, nos diga",
    "vi": "nói tôi, nói mình, nói cho tôi, nói cho mình, nói trước",
}

LATIN_RUSSIAN_B14: dict[tuple[Cue, ...], str] = {
    (Cue.OFF,): "otpishi, otpishite, otpisat, otpiska, otpishis, otpisatsya",
    (Cue.RENEW,): "zagruzhat, zagruzit, zagruzi, zalit, zalivat, obnovlenii, obnovlenie, prodlit",
    (Cue.FILLER,): "fajl, fajla, fayl, fayla, pri, dlya, kuda, otkuda",
}

# The "how" of a renewal or an explanation in Latin Russian (explain_frames.FRAME_WORDS).
FRAME_WORDS_B14: dict[str, dict[str, str]] = {
    "how": {"ru": "kuda, otkuda"},
    "works": {
        "en": "work together, works together, play together",
        "ru": "работают вместе, работают между собой",
        "pl": "współgrają, współdziałają",
        "pt": "trabalham juntos, funcionam juntos, se conectam",
        "vi": "liên kết với nhau, phối hợp với nhau, kết hợp",
    },
    "compare": {
        "en": "one and the same, the same",
        "ru": "одно и тоже, одинаковые, одно и то же или нет",
        "zh": "一回事, 同一回事, 一码事, 同一个东西, 同一个",
        "pl": "jedno i to samo, tym samym, tym samym co",
        "pt": "o mesmo que, são iguais, a mesma coisa",
        "vi": "là một, cùng một, như nhau",
    },
}
