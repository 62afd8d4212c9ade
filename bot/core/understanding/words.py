# ruff: noqa: RUF001, RUF003
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII.)
"""The words `bot.core.understanding.intents` looks for, per language, written as admins type them.

Entries are separated by commas. An entry may be several words ("not working", "tại sao"), which
then must appear in that order. A trailing `*` makes a single word a stem that matches every
word starting with it (Russian and Polish inflect: токен, токены, токенов). Chinese entries
are matched as substrings, because Chinese is written without spaces. Entries are written with
their accents; `intents` folds accents away on both sides, so "dziala" finds "działa".

A word may carry several cues ("me" is both an alert-on cue and filler-like). Filler words carry
no intent; listing them lets the recogniser tell "why is it failing?" (all words known) from
"why is the printer failing?" (an unknown subject: not our business).

The end of this file compiles the tables once, at import, into the look-up structures that
`bot.core.understanding.intents` uses.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple, TypeVar

from bot.core.i18n.languages import LANGUAGES


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
    THANKS = "thanks"  # thanks, it works now: small talk, nothing to answer with data


_LANGS = ("en", "ru", "zh", "pl", "pt", "vi")

# Vietnamese syllables are short and dense: one edit turns a real syllable into another
# ("dung" use / stop, "loi" word / error), so its words are matched exactly (tone marks
# dropped), never by edit distance. Chinese has no spelling typos to forgive.
NO_TYPOS = frozenset({"vi", "zh"})

WORDS: dict[Cue, dict[str, str]] = {
    Cue.DIAGNOSE: {
        "en": """why, wrong, whats wrong, what went wrong, what happened, whats going on,
            what is going on, fail*, fail, failing, failed, failure, broken, broke, error*,
            problem*, issue*, stuck, unable, stopped, dead, died, dying, borked, hosed, busted,
            kaput, acting up, messed up, screwed up, not working""",
        "ru": """почему, отчего, ошибк*, ошибок, сбой, сбои, сбоит, слома*, проблем*, не так,
            что случилось, что происходит, в чем дело, глючит, падает, перестал*, сдох*, сдыха*,
            помер, умер*, отвалил*, отвалива*, накрыл*, гавкнул*, не пашет, упал*, лёг, косяч*,
            pochemu, pochimu, pochemy, slomal*, oshibk*, ne rabotaet, problema""",
        "zh": """为什么, 为啥, 怎么回事, 什么原因, 失败, 错误, 报错, 出错, 问题, 故障, 异常, 坏,
            无法, 不行, 没法, 卡住, 怎么了, 挂了, 挂掉, 崩了, 凉了, 不灵, 罢工""",
        "pl": """dlaczego, czemu, błąd, błędu, błędy, błęd*, awari*, zepsu*, nie tak, co się stało,
            co się dzieje, przestał*, padł*, padło, zdechł*, umarł*, sypie się, wywala*,
            nie śmiga""",
        "pt": """por que, porque, pq, falh*, falhando, erro*, errado, problema*, quebrad*,
            o que houve, o que aconteceu, o que está acontecendo, travad*, parou, morreu, pifou,
            bug*, deu pau, caiu, quebrou""",
        "vi": """tại sao, vì sao, lỗi, bị lỗi, hỏng, sự cố, vấn đề, thất bại, ngừng hoạt động,
            có chuyện gì, chết, toang, tèo, bị treo, không chạy""",
    },
    Cue.CHECK: {
        "en": "check*, verify, scan, diagnose, diagnosis, diag, troubleshoot*, investigate",
        "ru": "провер*, чекни, диагност*, prover*, proverь",
        "zh": "检查, 检测, 查一下, 查查, 看看, 看一下, 诊断, 排查",
        "pl": "sprawdź, sprawdz*, zweryfikuj, weryfik*, diagnoz*",
        "pt": "verific*, checar, cheque, testar, diagnostic*",
        "vi": "kiểm tra, check, chẩn đoán",
    },
    Cue.AGAIN: {
        "en": "again, now, once more, one more time",
        "ru": "ещё раз, снова, заново, повтор*, сейчас",
        "zh": "再, 再次, 重新, 立即, 马上, 现在",
        "pl": "ponownie, jeszcze raz, znowu, teraz, od nowa",
        "pt": "novamente, de novo, outra vez, agora",
        "vi": "lại, ngay, bây giờ, lần nữa",
    },
    Cue.RECHECK: {
        "en": "recheck, re check, rerun, re run, refresh, retry, rescan",
        "ru": "перепровер*",
        "zh": "重新检查, 再检查, 再查, 复查, 刷新",
        "pl": "odśwież*",
        "pt": "reverific*",
        "vi": "làm mới",
    },
    Cue.STATUS: {
        "en": """status, state, health, healthy, expired, expire*, expiring, expiry, valid, working,
            last, latest, recent, recently,
            how is, hows, is everything ok, up to date""",
        "ru": """статус*, состояни*, истек*, истёк, истечет, просроч*, срок, работа*, что с,
            как там, последн*, действ*, rabota*, istek*""",
        "zh": "状态, 情况, 过期, 到期, 有效, 健康, 怎么样, 上次, 最近, 最后一次",
        "pl": """stan, stanu, status*, wygas*, wygaśnie, ważn*, działa*, co z, jak tam, aktualn*,
            ostatni*""",
        "pt": """status, estado, situação, expir*, venc*, válid*, funciona*, como está, saúde,
            últim*""",
        "vi": "trạng thái, tình trạng, hết hạn, hoạt động, thế nào, ra sao, gần nhất, lần cuối",
    },
    Cue.OK: {
        "en": "ok, okay, fine, good, alright",
        "ru": "нормально, в порядке, ок",
        "zh": "正常, 好吗, 还好吗",
        "pl": "ok, dobrze, w porządku",
        "pt": "ok, tudo certo, tudo bem, certo",
        "vi": "ổn, ổn không, ok",
    },
    Cue.NEGATION: {
        "en": "not, isnt, arent, doesnt, dont, didnt, cant, cannot, wont, no, never, no longer",
        "ru": "не, нет, никак, ne, net",
        "zh": "不, 没, 没有, 别, 不要, 不能, 不了",
        "pl": "nie",
        "pt": "não, nem, nunca",
        "vi": "không, chưa, ko, chẳng",
    },
    Cue.DOMAIN: {
        "en": """ade, dep, abm, asm, apple, intune, mdm, apns, vpp, enroll*, enrolment*, iphone*,
            ipad*, mac, macs, macbook*, device*, sync*, synchroni*, certificate*, cert, certs,
            business manager, school manager, automated device enrollment""",
        "ru": """устройств*, регистр*, зарегистр*, синхрониз*, синхр*, сертификат*, айфон*, айпад*,
            макбук*, маки, эппл, деп, дэп, аде, sinhroniz*, sinkhroniz*, ustroist*, ustroyst*""",
        "zh": "设备, 注册, 同步, 证书, 苹果, 商务管理, 校园教务管理, 自动设备注册",
        "pl": "urządze*, rejestr*, zarejestr*, synchroniz*, certyfikat*",
        "pt": "dispositiv*, registr*, inscri*, sincroniz*, certificad*",
        "vi": "thiết bị, đăng ký, đăng kí, đồng bộ, chứng chỉ",
    },
    Cue.TOKEN: {
        "en": "token*",
        "ru": "токен*, tokeny, tokenov, tokena, tokenom",
        "zh": "令牌",
        "pl": "token*",
        "pt": "token*",
        "vi": "mã thông báo, token",
    },
    Cue.LIST: {
        "en": "list*, list, show*, show, display, all, which, how many, view, enumerate",
        "ru": """список*, pokazhi, spisok, покаж*, показ*, выведи, вывести, все, всех, какие,
            сколько, перечисл*""",
        "zh": "列出, 列表, 显示, 查看, 给我看, 给我看看, 所有, 全部, 哪些, 多少, 几个, 清单",
        "pl": """lista, listę, listy, wylistuj, wypisz, pokaż, pokaz*, wyświetl*, wszystkie, które,
            jakie,
            ile""",
        "pt": "listar, liste, lista, mostr*, exib*, todos, todas, quais, quantos, ver",
        "vi": "danh sách, liệt kê, hiển thị, xem, tất cả, bao nhiêu, những, các",
    },
    Cue.HELP: {
        "en": """help*, help, commands, command, what can you do, how to use, how do i use, usage,
            menu, options, instructions, manual, how does this work, how does it work,
            how does this bot work, how do you work, what can i ask, what do you do""",
        "ru": """помощь, помог*, справк*, команд*, что ты умеешь, что умеешь, что можешь,
            что ты можешь, что вы умеете, что вы можете, хелп,
            пользоваться, пользоватся, юзать, pomosch, pomogi""",
        "zh": """帮助, 帮忙, 怎么用, 能干嘛, 能干什么, 可以干嘛, 干什么的, 如何使用, 命令, 指令,
            功能, 能做什么, 可以做什么, 会什么, 会做什么, 说明, 用法, 菜单""",
        "pl": """pomoc, pomocy, pomóż, pomóżcie, komend*, polece*, co potrafisz, co umiesz,
            jak używać, używać, korzystać""",
        "pt": """ajuda, ajude*, socorro, comandos, o que você faz, o que você pode fazer, como usar,
            como funciona, menu""",
        "vi": """trợ giúp, giúp, giúp đỡ, hướng dẫn, lệnh, làm được gì, làm được những gì,
            có thể làm gì, cách dùng,
            cách sử dụng""",
    },
    Cue.GREETING: {
        "en": """hi, hello, hey, heya, hiya, yo, howdy, greetings, good morning, good afternoon,
            how are you, whats up""",
        "ru": """привет, privet, здравствуй*, здрасте, добрый день, доброе утро, добрый вечер, хай,
            салют,
            как дела""",
        "zh": "你好, 您好, 你好吗, 嗨, 哈喽, 哈啰, 早上好, 下午好, 在吗",
        "pl": "cześć, hej, dzień dobry, siema, witam, witaj, co słychać",
        "pt": "olá, oi, bom dia, boa tarde, boa noite, e aí",
        "vi": "xin chào, chào, alo, bạn khỏe không",
    },
    Cue.ALERT: {
        "en": """alert*, notif*, warn*, remind*, let me know, ping, ping me, subscribe*,
            unsubscribe*""",
        "ru": """оповещ*, уведом*, предупре*, напомин*, напомни*, алерт*, подпиш*, отпиш*,
            сообщи*, сообщай*, дай знать, дайте знать, opoveshch*, uvedoml*""",
        "zh": "提醒, 通知, 警报, 告警, 报警, 预警",
        "pl": "alert*, powiadom*, powiadamia*, ostrzeg*, ostrzeż*, przypomn*, przypomina*",
        "pt": "alert*, avis*, notific*, lembr*",
        "vi": "cảnh báo, thông báo, nhắc, nhắc nhở",
    },
    Cue.ON: {
        "en": """on, enable*, turn on, switch on, subscribe*, start, send, me, us, channel, chat,
            here, want""",
        "ru": """вкл, включ*, подпиш*, подпис*, присыла*, присылай, отправля*, меня, сюда, канал*,
            чат*, хочу""",
        "zh": "开启, 打开, 启用, 开, 订阅, 发送, 发到, 我, 我们, 这里, 频道, 聊天, 群, 想",
        "pl": "włącz, włączyć, wysyłaj, mnie, nam, tutaj, kanał*, czat*, chcę",
        "pt": "ativ*, ligar, ligue, habilit*, enviar, envie, me, aqui, canal, chat, quero",
        "vi": "bật, gửi, tôi, cho tôi, kênh, mở, muốn",
    },
    Cue.OFF: {
        "en": """off, stop, stopping, disable*, mute*, unsubscribe*, cancel*, no more, silence,
            pause, quiet, turn off, enough""",
        "ru": """выкл, выключ*, отключ*, останов*, прекрат*, стоп, хватит, отпиш*, отпис*,
            не надо, не нужно, убери*""",
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
        "ru": "на, по, отвечай*, ответ*, говори*, пиши*, переключи*, смени*, перейди*, давай",
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
            mail, notice, lift, lint, mist, fist, lust, before, after, phone, phones""",
        "ru": """и, в, у, о, к, за, мы, мне, мой, моя, мои, моё, наш, наша, наши, нас, нам, ты, вы,
            я, это, этот, эта, эти, что, как, где, когда, ли, же, бы, ну, там, тут, уже, еще,
            опять, пожалуйста, плиз, пжл, спасибо, есть, был, была, были, было, будет, можешь,
            можно, бот, новые, новый, очень, просто, тоже, а, но, или, да, до, от, для, при, про,
            из, со, во, делать, у нас, тобой, тебя, тебе""",
        "zh": """的, 了, 吗, 呢, 吧, 啊, 呀, 是, 你, 他, 一下, 下, 请, 在, 有, 个, 这, 那, 都,
            还, 要, 能, 会, 和, 跟, 给, 把, 就, 又, 也, 很, 一, 次, 们, 么, 什么, 时候, 时, 快,
            新, 谢谢,
            关于, 一直, 能不能, 可不可以, 可以, 帮我""",
        "pl": """i, o, a, do, się, jest, są, co, to, ten, ta, te, mi, mój, moje, moja, nasz, nasze,
            nasza, naszych, my, mamy, mam, czy, jak, już, proszę, pls, dzięki, dziękuję, bo, ale,
            tak, no, nowe, nowy, nowych, wciąż, dalej, od, ze, że, by, może, możesz, bot, tym,
            tego, tych, kiedy, gdzie""",
        "pt": """o, a, os, as, um, uma, do, da, dos, das, no, na, nos, nas, e, é, esta, está, estão,
            estou, meu, minha, meus, minhas, nosso, nossa, nossos, você, vc, eu, que, isso, isto,
            com, por favor, favor, pfv, pf, obrigado, obrigada, valeu, ainda, já, sobre, se,
            qual, tem, temos, há, foi, ser, pode, poderia, novo, novos, hoje, bot, quando, for,
            deu, neste, nesse, esse, este""",
        "vi": """của, bạn, mình, là, và, có, được, đang, đã, gì, nhé, ạ, với, cho, vào, mới, bị,
            thì, này, ơi, vậy, rồi, xin, vui lòng, làm ơn, cảm ơn, khi nào, khi, nào, tiếng, đi""",
    },
}

# Issue 13. Product names go to ADE (explicit) or APPLE (devices only); both are also DOMAIN.
WORDS[Cue.ADE] = {
    "en": """ade, dep, abm, asm, business manager, school manager, automated device enrollment,
        device enrollment program, apple business, apple school""",
    "ru": "деп, дэп, аде",
    "zh": "自动设备注册, 商务管理, 校园教务管理, 设备注册计划",
    "pl": "automatyczna rejestracja urządzeń, automatycznej rejestracji",
    "pt": "registro automatizado de dispositivos",
    "vi": "đăng ký thiết bị tự động",
}
WORDS[Cue.APPLE] = {
    "en": """apple, iphone*, ipad*, mac, macs, macbook*, imac*, ios, ipados, macos, apple tv,
        vision pro""",
    "ru": "айфон*, айпад*, макбук*, маки, эппл, эпл",
    "zh": "苹果",
    "pl": "", "pt": "", "vi": "",
}  # fmt: skip
WORDS[Cue.OTHER] = {
    "en": """windows, win10, win11, autopilot, android*, aosp, google, gmail, chromebook*, chrome,
        chromeos, samsung, knox, zebra, linux, ubuntu, hololens, surface, sccm, configmgr,
        co management, comanagement, gpo, wsus, bitlocker, hybrid join, entra join, azure ad join,
        aad join, oobe, esp, enrollment status page, xxhresult, outlook, exchange, sharepoint,
        onedrive, vpn, wifi, printer, printers, jamf""",
    "ru": "виндовс*, винд*, андроид*, гугл*, хромбук*, принтер*, почт*",
    "zh": "安卓, 谷歌, 微软电脑, 打印机, 邮箱, 邮件",
    "pl": "drukark*, poczt*",
    "pt": "impressora*",
    "vi": "máy in",
}
WORDS[Cue.ACCOUNTS] = {
    "en": """user, users, users, password*, passcode, managed apple id, managed apple ids,
        apple account, federat*, sso, license*, licence*""",
    "ru": "пользовател*, пароль*, парол*, учётн*, учетн*, лицензи*",
    "zh": "用户, 密码, 账号, 帐号, 帐户, 账户, 许可证",
    "pl": "użytkownik*, hasł*, konto, konta, licencj*",
    "pt": "usuário*, usuario*, senha*, conta, contas, licença*",
    "vi": "người dùng, mật khẩu, tài khoản, giấy phép",
}
WORDS[Cue.EXPLAIN] = {
    "en": """what is, what does, whats, whats a, whats an, what is a, what is an, explain*, meaning,
        mean, means, stand for, stands for, definition, define, tell me about, what exactly is,
        how does ade work, how does dep work""",
    "ru": """что такое, что значит, что это, что означает, объясни*, поясни*, расскажи, что за,
        chto takoe""",
    "zh": "是什么, 什么是, 是啥, 啥是, 啥叫, 什么叫, 什么意思, 解释, 介绍一下, 介绍",
    "pl": "co to jest, co to, czym jest, co znaczy, co oznacza, wyjaśnij, wytłumacz, czym są",
    "pt": "o que é, o que e, o que significa, que é, explica*, significa, o que seria",
    "vi": "là gì, nghĩa là gì, có nghĩa là, giải thích, là cái gì",
}
WORDS[Cue.RENEW] = {
    "en": "renew*, renewal, replac*, reissue, rotate",
    "ru": "продл*, обнов*, замен*, перевыпус*, перегенер*",
    "zh": "续订, 续期, 续约, 更新, 替换, 换新",
    "pl": "odnow*, odnawia*, wymien*, wymian*, przedłuż*",
    "pt": "renov*, substitu*, trocar, troca",
    "vi": "gia hạn, thay, thay thế",
}
WORDS[Cue.TRY] = {
    "en": "try, tried",
    "ru": "попробуй*, попробуем, пробуй",
    "zh": "试, 试试",
    "pl": "spróbuj*, próbuj",
    "pt": "tenta, tente, tentar",
    "vi": "thử",
}
WORDS[Cue.THANKS] = {
    "en": """thanks, thank you, thx, ty, cheers, fixed, solved, resolved, works now, great, awesome,
        perfect, nice, cool, got it""",
    "ru": """спасибо, спс, благодарю, заработал*, решено, получилось, отлично, супер, понял,
        spasibo""",
    "zh": "谢谢, 多谢, 感谢, 解决了, 好了, 可以了, 明白了, 太好了",
    "pl": "dzięki, dziękuję, dziena, rozwiązane, naprawione, super, świetnie, git, jasne",
    "pt": "obrigado, obrigada, valeu, vlw, brigado, resolveu, resolvido, funcionou, beleza",
    "vi": "cảm ơn, cám ơn, được rồi, xong rồi, tuyệt, ok rồi",
}

# Two cues at once: an alert request without the word "alert" ("tell me when the token is about
# to expire", "báo cho tôi khi...").
BOTH: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.ALERT, Cue.ON): {
        "en": """tell me when, tell me before, tell us when, tell us before, heads up, give me a
            heads up""",
        "ru": "сообщи мне, сообщите мне, дай мне знать, напиши мне когда",
        "zh": "告诉我, 提前告诉, 通知我",
        "pl": "daj znać, daj mi znać, dajcie znać, napisz mi, powiedz mi gdy, powiedz mi kiedy",
        "pt": "me avisa, me avise, me fala quando, me diga quando, me lembra, manda alerta",
        "vi": """báo cho tôi, báo tôi, báo cho mình, báo mình, báo cho nhóm, báo trước, báo giúp,
            báo cho chúng tôi, nhắn tôi, nhắn cho tôi""",
    },
    (Cue.ALERT, Cue.OFF): {
        "vi": "dung canh bao, dung thong bao, dung nhac, dung gui",
    },
}

# The language a request names, keyed by `bot.core.i18n.languages` code: English names, names in
# each of our languages (with their inflections), and native names as the picker shows them.
LANGUAGE_NAMES: dict[str, str] = {
    "en": """english, англ*, 英语, 英文, angielsk*, inglês, tiếng anh""",
    "ru": """russian, русск*, 俄语, 俄文, rosyjsk*, russo, tiếng nga""",
    "zh-Hans": """chinese, mandarin, китайск*, 中文, 汉语, 简体中文, 简体, 普通话, chińsk*, chinês,
        mandarim, tiếng trung, tiếng hoa, tiếng trung quốc""",
    "pl": """polish, польск*, 波兰语, 波兰文, 波兰, polsk*, polonês, polaco, tiếng ba lan""",
    "pt-BR": """portuguese, brazilian, португальск*, 葡萄牙语, 葡萄牙文, 葡语, 巴西葡萄牙语,
        portugalsk*, português, brasileiro, brasil, tiếng bồ đào nha""",
    "vi": """vietnamese, вьетнамск*, 越南语, 越南文, 越南, wietnamsk*, vietnamita, tiếng việt""",
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


# --- the tables compiled for look-up, once at import ----------------------------------------

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
IS_CHINESE = re.compile(f"[{CJK}]")
_UNFOLDED = str.maketrans({"ł": "l", "đ": "d", "'": None, "\u2019": None, "`": None})
# A locale tag in a message (pt-BR, zh-CN) becomes one of these words before matching.
TAG_WORD = {lang.code: "xxlang" + lang.code.lower().replace("-", "") for lang in LANGUAGES}


def fold(text: str) -> str:
    """Lower case without accents or tone marks, apostrophes dropped: "Działa" -> "dziala",
    "lỗi" -> "loi", "isn't" -> "isnt". Keywords and messages both go through it."""
    text = text.casefold().translate(_UNFOLDED)
    if text.isascii():
        return text
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare)


class Entry(NamedTuple):
    cues: frozenset[Cue]
    name: str | None = None  # the language a language name stands for
    weak: bool = False  # an ISO code: a choice only where a request is clear


FILLER = Entry(frozenset({Cue.FILLER}))
_K = TypeVar("_K", str, tuple[str, ...])

WORD: dict[str, Entry] = {}
STEM: dict[str, Entry] = {}
PHRASE: defaultdict[str, list[tuple[tuple[str, ...], Entry]]] = defaultdict(list)  # by 1st word
CHINESE: defaultdict[str, list[tuple[str, Entry]]] = defaultdict(list)  # by first character
KNOWN: set[str] = set()  # every word of every table: never "corrected" into another one
TYPO_WORDS: defaultdict[str, set[str]] = defaultdict(set)  # deletion variant -> keywords
TYPO_STEMS: defaultdict[str, set[str]] = defaultdict(set)


def merge(old: Entry | None, new: Entry | None) -> Entry | None:
    if old is None or new is None:
        return old or new
    return Entry(old.cues | new.cues, old.name or new.name, old.weak and new.weak)


def deletes(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


def _index_typos(index: defaultdict[str, set[str]], word: str, *, min_len: int) -> None:
    if len(word) >= min_len:
        for variant in (word, *deletes(word)):
            index[variant].add(word)


def _append(table: list[tuple[_K, Entry]], key: _K, entry: Entry) -> None:
    """One entry per key: a phrase listed under two cues carries both."""
    for i, (old_key, old) in enumerate(table):
        if old_key == key:
            table[i] = (key, merge(old, entry) or entry)
            return
    table.append((key, entry))


def _add(text: str, entry: Entry, *, typos: bool) -> None:
    for raw in text.split(","):
        key = " ".join(fold(raw).split())
        if not key:
            continue
        if IS_CHINESE.search(key):
            _append(CHINESE[key[0]], key, entry)
        elif " " in key:
            words = tuple(key.split())
            _append(PHRASE[words[0]], words, entry)
            KNOWN.update(words)
            for word in words if typos else ():
                _index_typos(TYPO_WORDS, word, min_len=4)
        elif key.endswith("*"):
            STEM[key[:-1]] = merge(STEM.get(key[:-1]), entry) or entry
            if typos:  # a 4-letter stem would forgive too much: "fail*" ~ "fair"
                _index_typos(TYPO_STEMS, key[:-1], min_len=5)
        else:
            WORD[key] = merge(WORD.get(key), entry) or entry
            KNOWN.add(key)
            if typos and Cue.FILLER not in entry.cues:
                _index_typos(TYPO_WORDS, key, min_len=4)


for _cue, _by_lang in WORDS.items():
    for _lang, _text in _by_lang.items():
        _add(_text, Entry(frozenset({_cue})), typos=_lang not in NO_TYPOS)
for _cues, _by_lang in BOTH.items():
    for _lang, _text in _by_lang.items():
        _add(_text, Entry(frozenset(_cues)), typos=_lang not in NO_TYPOS)
for _code, _text in LANGUAGE_NAMES.items():
    _add(_text, Entry(frozenset(), _code), typos=True)
for _iso, _code in LANGUAGE_CODES.items():
    _add(_iso, Entry(frozenset(), _code, weak=True), typos=False)
for _code, _text in TAG_WORD.items():
    _add(_text, Entry(frozenset(), _code), typos=False)
for _phrases in PHRASE.values():
    _phrases.sort(key=lambda pair: -len(pair[0]))  # longest first
for _keywords in CHINESE.values():
    _keywords.sort(key=lambda pair: -len(pair[0]))
MAX_STEM = max(map(len, STEM))
