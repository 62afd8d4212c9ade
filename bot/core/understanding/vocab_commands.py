# ruff: noqa: RUF001
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII.)
"""Words of what admins tell the bot to do, per language: alerts on/off, the reply language,
and the filler words that carry no intent.

The format is described in `bot.core.understanding.words`.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

COMMAND_WORDS: dict[Cue, dict[str, str]] = {
    Cue.ALERT: {
        "en": """alert*, notif*, warn*, remind*, let me know, ping*, ping me, spam*, subscribe*,
            unsubscribe*""",
        "ru": """оповещ*, уведом*, предупре*, напомин*, напомни*, алерт*, подпиш*, отпиш*,
            сообщи*, сообщай*, дай знать, дайте знать, opoveshch*, uvedoml*""",
        "zh": "提醒, 通知, 警报, 告警, 报警, 预警, 订阅",
        "pl": """alert*, powiadom*, powiadamia*, ostrzeg*, ostrzeż*, przypomn*, przypomina*,
            subskryb*, zasubskrybuj*, subskrypcj*""",
        "pt": "alert*, avis*, notific*, lembr*",
        "vi": "cảnh báo, thông báo, nhắc, nhắc nhở",
    },
    Cue.ON: {
        "en": """on, enable*, turn on, switch on, subscribe*, start, send, me, us, channel, chat,
            here, want""",
        "ru": """вкл, включ*, подпиш*, подпис*, присыла*, присылай, отправля*, меня, мне, нам, сюда,
            канал*, чат*, хочу, кидай, кинь, скидывай, шли, пришли, vkluch*, vklyuch*, vkljuch*""",
        "zh": "开启, 打开, 启用, 开, 订阅, 发送, 发到, 我, 我们, 这里, 频道, 聊天, 群, 想",
        "pl": """włącz, włączyć, wysyłaj, mnie, nam, tutaj, kanał*, czat*, chcę, subskryb*,
            zasubskrybuj*""",
        "pt": "ativ*, ligar, ligue, habilit*, enviar, envie, me, aqui, canal, chat, quero",
        "vi": "bật, gửi, tôi, cho tôi, kênh, mở, muốn, mình, cho mình",
    },
    Cue.OFF: {
        "en": """off, stop, stopping, disable*, mute*, unsubscribe*, cancel*, no more, silence,
            pause, quiet, turn off, enough""",
        "ru": """выкл, выключ*, отключ*, останов*, прекрат*, стоп, хватит, отпиш*, отпис*,
            не надо, не нужно, убери*, перестань, перестаньте, перестать, otkluch*, otklyuch*,
            otkljuch*, vykluch*, vyklyuch*""",
        "zh": "关闭, 关掉, 关, 停止, 停用, 取消, 禁用, 不用, 暂停, 别再",
        "pl": """wycisz*, wyłącz*, zatrzymaj*, przestań*, wstrzymaj*, stop, koniec, dość,
            wypisz mnie,
            wypisz nas, wypisz ten, wypisz się, wypisać, wypisz nasz""",
        "pt": """parar, pare, para de, pare de, parar de, para com, desativ*, deslig*, cancel*,
            chega, silenci*, suspend*""",
        "vi": "tắt, ngừng, hủy, thôi",
    },
    Cue.LANGUAGE: {
        "en": "language*, lang",
        "ru": "язык*",
        "zh": "语言, 語言",
        "pl": "język*",
        "pt": "idioma*, língua",
        "vi": "ngôn ngữ",
    },
    Cue.LANG_CUE: {
        "en": "in, to, into, answer*, reply, respond, speak*, talk, write, switch, change, use",
        "ru": """на, по, отвечай*, ответ*, говори*, пиши*, переключи*, смени*, перейди*, давай,
            otvechai*, otvechay*, otvet*, govori*, pishi*, perekluch*, pereklyuch*""",
        "zh": """用, 说, 讲, 回答, 回复, 切换, 切换到, 切换成, 切换为, 换成, 换为, 改成, 改为,
            改用, 设为, 设置为, 使用, 到""",
        "pl": "po, w, na, odpowiadaj*, odpowiedz*, mów, mówi*, pisz, przełącz*, zmień*, zmienić",
        "pt": """em, para, pra, pro, responda*, responder, fale, falar, escreva, muda, mudar,
            mude*, troque, alterar""",
        "vi": "bằng, trả lời, nói, dùng, sang, chuyển sang, đổi, đổi sang, sử dụng",
    },
    Cue.LANG_FROM: {
        "en": "from, instead of",
        "ru": "с, вместо",
        "zh": "从",
        "pl": "z, zamiast",
        "pt": "de, em vez de",
        "vi": "từ",
    },
    Cue.FILLER: {
        "en": """a, an, the, i, is, are, was, were, be, been, do, does, did, we, you, my, our,
            your, it, its, this, that, these, those, they, them, please, pls, plz, can, could,
            would, will, should, have, has, had, get, got, for, of, at, with, about, and, or, so,
            still, anymore, any, some, there, what, whats, how, when, where, who, ade doctor,
            doctor, bot, just, tell, give, let, need, want, know, new, also, too, really, keeps,
            keep, since, today, yet, thanks, thank you, thx, ty, cheers, mate, guys, team, buddy,
            lost, fall, fair, taken, step, shop, snow, slow, held, hell, long, land, lane,
            mail, notice, lift, lint, mist, fist, lust, before, after, phone, phones,
            already, someone, something, anything, steps, step by step, file, files""",
        "ru": """и, в, у, о, к, за, мы, мне, мой, моя, мои, моё, наш, наша, наши, нас, нам, ты, вы,
            я, это, этот, эта, эти, что, как, где, когда, ли, же, бы, ну, там, тут, уже, еще,
            опять, пожалуйста, плиз, пжл, спасибо, есть, был, была, были, было, будет, можешь,
            можно, бот, новые, новый, очень, просто, тоже, а, но, или, да, до, от, для, при, про,
            из, со, во, делать, у нас, тобой, тебя, тебе,
            его, ее, их, куда, чё, че, то, что-то, шаги, пошагово, уже, файл, файлик""",
        "zh": """的, 了, 吗, 呢, 吧, 啊, 呀, 是, 你, 他, 一下, 下, 请, 在, 有, 个, 这, 那, 都,
            还, 要, 能, 会, 和, 跟, 给, 把, 就, 又, 也, 很, 一, 次, 们, 么, 什么, 时候, 时, 快,
            新, 谢谢,
            关于, 一直, 能不能, 可不可以, 可以, 帮我,
            已经, 已, 步骤, 一步一步, 文件, 继续, 手续""",
        "pl": """i, o, a, do, się, jest, są, co, to, ten, ta, te, mi, mój, moje, moja, nasz, nasze,
            nasza, naszych, my, mamy, mam, czy, jak, już, proszę, pls, dzięki, dziękuję, bo, ale,
            tak, no, nowe, nowy, nowych, wciąż, dalej, od, ze, że, by, może, możesz, bot, tym,
            tego, tych, kiedy, gdzie,
            ich, go, jej, krok po kroku, kroki, plik, pliku""",
        "pt": """o, a, os, as, um, uma, do, da, dos, das, no, na, nos, nas, e, é, esta, está, estão,
            estou, meu, minha, meus, minhas, nosso, nossa, nossos, você, vc, eu, que, isso, isto,
            com, por favor, favor, pfv, pf, obrigado, obrigada, valeu, ainda, já, sobre, se,
            qual, tem, temos, há, foi, ser, pode, poderia, novo, novos, hoje, bot, quando, for,
            deu, neste, nesse, esse, este,
            tá, tão, tava, tô, a gente, gente, aí, passo a passo, passos, arquivo""",
        "vi": """của, bạn, mình, là, và, có, được, đang, đã, gì, nhé, ạ, với, cho, vào, mới, bị,
            thì, này, ơi, vậy, rồi, xin, vui lòng, làm ơn, cảm ơn, khi nào, khi, nào, tiếng, đi,
            làm sao, như thế nào, các, bước, các bước, cách, nữa, vậy, thế, file, tệp""",
    },
}

# Two cues at once: an alert request without the word "alert" ("tell me when the token is about
# to expire", "báo cho tôi khi...").
BOTH: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.ALERT, Cue.ON): {
        "en": """tell me when, tell me before, tell us when, tell us before, heads up, give me a
            heads up, message me, text me, dm me, email me, ping us, keep me posted,
            keep me updated, keep me in the loop, keep us posted""",
        "ru": """сообщи мне, сообщите мне, дай мне знать, напиши мне когда, пиши мне, напиши мне,
            пишите мне, маякни, держи в курсе, держите в курсе, держи меня в курсе""",
        "zh": "告诉我, 提前告诉, 通知我, 提醒我, 跟我说, 告知我, 发消息给我",
        "pl": """daj znać, daj mi znać, dajcie znać, napisz mi, powiedz mi gdy, powiedz mi kiedy,
            pisz do mnie, napisz do mnie, daj cynk, informuj mnie, informuj nas, poinformuj mnie""",
        "pt": """me avisa, me avise, me fala quando, me diga quando, me lembra, manda alerta,
            me notifica, me informa, me avisar, me manda mensagem""",
        "vi": """báo cho tôi, báo tôi, báo cho mình, báo mình, báo cho nhóm, báo trước, báo giúp,
            báo cho chúng tôi, nhắn tôi, nhắn cho tôi, nhắn mình, nhắn cho mình, đăng ký nhận""",
    },
    # "where do I get a new token": the renewal.
    (Cue.RENEW, Cue.TOKEN): {
        "en": "new token, new server token, fresh token",
        "ru": "новый токен, нового токена, новым токеном",
        "zh": "新令牌, 新的令牌, 新token",
        "pl": "nowy token, nowego tokenu, nowego tokena, nowym tokenem",
        "pt": "novo token, token novo",
        "vi": "token mới",
    },
    (Cue.ALERT, Cue.OFF): {
        "en": "mute, silence, mute it",
        "ru": "заглуши*, без звука",
        "zh": "静音, 免打扰",
        "pl": "wycisz*",
        "pt": "silenci*",
        "vi": "dung canh bao, dung thong bao, dung nhac, dung gui, tắt tiếng, im lặng",
    },
}

# The language a request names, keyed by `bot.core.i18n.languages` code: English names, names in
# each of our languages (with their inflections), and native names as the picker shows them.
LANGUAGE_NAMES: dict[str, str] = {
    "en": """english, англ*, 英语, 英文, angielsk*, inglês, tiếng anh, anglijsk*, angliisk*,
        angliysk*""",
    "ru": """russian, русск*, 俄语, 俄文, rosyjsk*, russo, tiếng nga, russk*""",
    "zh-Hans": """chinese, mandarin, китайск*, kitaisk*, kitaysk*,
        中文, 汉语, 简体中文, 简体, 普通话, chińsk*, chinês,
        mandarim, tiếng trung, tiếng hoa, tiếng trung quốc""",
    "pl": """polish, польск*, 波兰语, 波兰文, 波兰, polsk*, polonês, polaco, tiếng ba lan""",
    "pt-BR": """portuguese, brazilian, португальск*, 葡萄牙语, 葡萄牙文, 葡语, 巴西葡萄牙语,
        portugalsk*, português, brasileiro, brasil, tiếng bồ đào nha""",
    "vi": """vietnamese, вьетнамск*, 越南语, 越南文, 越南, wietnamsk*, vietnamita, tiếng việt,
        vetnamsk*, vyetnamsk*""",
}

# ISO 639-1 codes: only a language choice after "language", a cue word, or on their own ("pl"),
# because "vi" is also Portuguese for "I saw".
LANGUAGE_CODES: dict[str, str] = {
    "en": "en",
    "ru": "ru",
    "zh": "zh-Hans",
    "pl": "pl",
    "pt": "pt-BR",
    "vi": "vi",
}
