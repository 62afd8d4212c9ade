# ruff: noqa: RUF001, E501
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII;
# each message is kept on one line as the writer typed it.)
"""Held-out batch 13 (issue 13, round 5): 60 messages per language, written blind.

Written by a third helper session (native-level in the six languages) while round 5 was being
tuned on batches 11 and 12, without seeing them, the recogniser or the frozen set's messages:
it read only /work/shared/reference/domain.md, the localized seed articles and the frozen
set's label conventions. Committed before anything ran on it, and run once at the end of the
round as its honest "unseen phrasings" figure; it is not tuned on in round 5. Admins: a
public agency's helpdesk (formal, long), a startup's only IT person (short, emoji, sarcasm),
a hotel chain's reception iPads, a research lab's Mac Studios, a bilingual admin mixing two of
our languages, voice dictation (no punctuation, homophones), answers to the bot's previous
card ("done, what next"), a colleague's or customer's tenant, a question followed by a long
log excerpt; AppleCare questions with a serial as traps for the device reading. The writer's
difficulty tag ends each line; rows with no language signal carry the reply language (English)
as the fifth field.
"""

from __future__ import annotations

from tests.core.intent_phrases import PHRASES, Phrase
from tests.understanding.dev_batch8 import BATCH8
from tests.understanding.dev_batch9 import BATCH9
from tests.understanding.dev_batch10 import BATCH10
from tests.understanding.dev_batch11 import BATCH11
from tests.understanding.dev_batch12 import BATCH12

D, T, H, L = "DIAGNOSE", "TOKENS", "HELP", "LANGUAGE"
ON, OFF, R, U = "ALERTS_ON", "ALERTS_OFF", "RECHECK", "UNKNOWN"
XA, XR, DEV = "EXPLAIN_ADE", "EXPLAIN_RENEW", "DEVICE"

ENGLISH = [
    Phrase(
        "en",
        "Good morning. On behalf of the Department of Transport service desk, I would be grateful if you could confirm whether our Apple Automated Device Enrollment setup is functioning correctly, as several newly issued iPads have not received their enrollment profile since Monday and our field officers are unable to begin work.",
        D,
    ),  # polite
    Phrase("en", "new ipads stuck on setup AGAIN 🙃 what broke this time", D),  # slang
    Phrase(
        "en",
        "So the front desk at our Lisbon property rang me twice this morning, then the duty manager emailed, then the GM cc'd my boss. Two replacement reception iPads arrived Friday, they were ordered through the reseller on our ABM account like always, but when the night team unboxed them they went straight to the home screen with no company setup at all, no kiosk app, nothing. Is our ABM sync to Intune broken or what? Same thing happened in Porto in March and nobody ever told me why.",
        D,
    ),  # long-context
    Phrase(
        "en",
        "The Mac Studios we ordered for the imaging lab boot into a plain consumer setup and never show the Remote Management screen. They are listed in Apple School Manager under our MDM server. What's wrong on the Intune side?",
        D,
    ),  # plain
    Phrase("en", "when does our enrollment program token expire", D),  # question-form
    Phrase("en", "status?", D),  # short
    Phrase(
        "en",
        "ok so i was just in the intune portal and their is a red banner saying one or more ADE DEP tokens are in an error state can you tell me if the sync is actually broken for us or if its just a false alarm because i have a meeting at ten",
        D,
    ),  # typo
    Phrase(
        "en",
        "Why are our iPads not pulling the enrollment profile? Log from a test device below:\n\nMar 12 09:14:02 iPad mdmclient[412] <Notice>: Cloud configuration: not found\nMar 12 09:14:02 iPad ManagedConfiguration[88] <Error>: Failed to retrieve cloud configuration\nMar 12 09:14:05 iPad Setup[57] <Notice>: Skipping Remote Management pane, device has no assigned server\nMar 12 09:14:11 iPad Setup[57] <Notice>: Continuing standard setup\nMar 12 09:15:40 iPad mdmclient[412] <Notice>: No enrollment profile, exiting",
        D,
    ),  # long-context
    Phrase(
        "en",
        "Not asking about Autopilot this time. Is the Apple side OK, i.e. is our ADE token still syncing with ABM?",
        D,
    ),  # question-form
    Phrase(
        "en",
        "Sync error on the enrollment program token in Intune, last successful sync 9 days ago. Why?",
        D,
    ),  # plain
    Phrase(
        "en",
        "that didn't help. I accepted the new terms in ABM like your card said and the iPads in the Porto hotel still aren't showing up in Intune. what else could be wrong?",
        D,
    ),  # informal
    Phrase(
        "en",
        "Our new iPads in the São Paulo office are stuck, o pessoal disse que não aparece a tela de gerenciamento remoto. Is the ADE token the problem?",
        D,
    ),  # code-switch
    Phrase("en", "Check our ADE token.", D),  # command
    Phrase(
        "en",
        "I'm covering Contoso Legal's tenant for a customer this week. Their new MacBooks aren't getting auto-enrolled, can you see why the DEP sync isn't working?",
        D,
    ),  # informal
    Phrase(
        "en",
        "Devices aren't syncing from Apple Business Manager into Intune since yesterday and profile assignment fails for everything new. Diagnose it.",
        D,
    ),  # command
    Phrase("en", "which enrollment program tokens do we have?", T),  # question-form
    Phrase("en", "how many ADE tokns do we hve in this tenant", T),  # typo
    Phrase("en", "list tokens", T),  # short
    Phrase(
        "en",
        "I don't need alerts, just show me every DEP token we've got (ABM and ASM) and what state each one is in.",
        T,
    ),  # plain
    Phrase("en", "check again", R),  # short
    Phrase(
        "en", "ok renewed it and uploaded the new token, run the check again pls", R
    ),  # informal
    Phrase("en", "done, what next? can you re-run it and see if it's green now", R),  # informal
    Phrase(
        "en", "Refresh the token status now that I've accepted the updated Apple terms.", R
    ),  # command
    Phrase("en", "Warn me 30 days before any ADE token expires.", ON),  # command
    Phrase(
        "en",
        "Could you please notify this channel whenever the enrollment program token fails to sync?",
        ON,
    ),  # polite
    Phrase("en", "turn on alerts", ON),  # short
    Phrase(
        "en",
        "give me a heads up before the DEP token runs out so we don't get ambushed again like last year 🙄",
        ON,
    ),  # slang
    Phrase(
        "en",
        "i want a ping every time the apple sync breaks so the front desks stop calling me first",
        ON,
    ),  # informal
    Phrase("en", "stop the token alerts", OFF),  # command
    Phrase(
        "en", "mute these expiry warnings, we're retiring that ASM token anyway", OFF
    ),  # informal
    Phrase("en", "unsubscribe", OFF),  # short
    Phrase(
        "en",
        "Please stop sending proactive ADE notifications to me personally; the service desk shared mailbox already receives them.",
        OFF,
    ),  # polite
    Phrase(
        "en",
        "can you answer in Russian from now on? my colleague in Almaty is taking over the Apple stuff",
        L,
        "ru",
    ),  # informal
    Phrase(
        "en", "Please reply in Simplified Chinese for the Shenzhen team.", L, "zh-Hans"
    ),  # polite
    Phrase("en", "switch to polish", L, "pl"),  # command
    Phrase("en", "Vietnamese please, the Hanoi office reads this channel too", L, "vi"),  # informal
    Phrase("en", "hi! first time using this, what can you do?", H),  # question-form
    Phrase("en", "commands?", H),  # short
    Phrase(
        "en",
        "How do I use this bot to troubleshoot Apple enrollment? Is there a list of things I can ask it?",
        H,
    ),  # question-form
    Phrase(
        "en", "what is ADE actually, and how is it different from the old DEP?", XA
    ),  # question-form
    Phrase(
        "en",
        "Could you explain in plain terms how Automated Device Enrollment works between Apple and Intune? I'm preparing a slide for senior management.",
        XA,
    ),  # polite
    Phrase("en", "eli5 automated device enrollment", XA),  # slang
    Phrase("en", "how do I renew the enrollment program token?", XR),  # question-form
    Phrase(
        "en", "where do i get the .p7m file from again and where does it go in intune", XR
    ),  # informal
    Phrase(
        "en",
        "Which Apple ID do we have to use when renewing the ADE token, the one that created it or any ABM admin?",
        XR,
    ),  # question-form
    Phrase("en", "is iPad DMPXK2ABJF8J assigned to our ADE token?", DEV),  # question-form
    Phrase(
        "en",
        "serial F9FYG3Q1JMVR, why isn't this one getting the enrollment profile? rest of the batch is fine",
        DEV,
    ),  # informal
    Phrase(
        "en",
        "Mac Studio K4X7WJ2QFN in lab 3.12 never shows Remote Management. Look up that specific one.",
        DEV,
    ),  # command
    Phrase(
        "en",
        "Autopilot profile isn't assigning to the new Surface laptops, hashes were uploaded yesterday",
        U,
    ),  # hard-negative
    Phrase(
        "en", "how do I reset a teacher's Managed Apple ID password in ABM?", U
    ),  # hard-negative
    Phrase("en", "my GitHub personal access token expired, how do I renew it", U),  # hard-negative
    Phrase("en", "turn off the Azure Monitor alerts for the dev subscription", U),  # hard-negative
    Phrase(
        "en", "Android Enterprise zero-touch devices aren't enrolling into Intune, any idea why?", U
    ),  # hard-negative
    Phrase("en", "Is C02VL7ZZHV2Q still covered by AppleCare?", U),  # hard-negative
    Phrase(
        "en", "the SSL cert on our intranet expires next week, who renews that", U
    ),  # hard-negative
    Phrase("en", "Jamf PreStage isn't picking up the new Macs, any ideas?", U),  # hard-negative
    Phrase("en", "thanks, that fixed it 🙏", U),  # plain
    Phrase("en", "lol this bot knows more than our vendor", U),  # slang
    Phrase("en", "asdfjkl", U),  # short
    Phrase("en", "what's the wifi password on the 4th floor", U),  # plain
]

RUSSIAN = [
    Phrase(
        "ru",
        "Добрый день. Просим Вас проверить, корректно ли работает автоматическая регистрация устройств Apple (ADE) в нашем клиенте Intune: с понедельника новые планшеты, выданные сотрудникам управления социальной защиты, не получают профиль регистрации, и специалисты не могут приступить к приёму граждан.",
        D,
    ),  # polite
    Phrase("ru", "опять айпады висят на активации, токен протух что ли? 🙃", D),  # slang
    Phrase(
        "ru", "novye aipady na resepshene ne pokazyvayut udalyonnoe upravlenie, chto s DEP?", D
    ),  # transliteration
    Phrase(
        "ru",
        "Mac Studio в лаборатории после стирания не показывают экран «Удалённое управление». В ASM они привязаны к нашему MDM-серверу. Что не так со стороны Intune?",
        D,
    ),  # plain
    Phrase("ru", "когда истекает наш токен ADE?", D),  # question-form
    Phrase("ru", "статус?", D),  # short
    Phrase(
        "ru",
        "слушай проверь пожалуйста синхронизацию с эпл бизнес менеджер а то у меня в интюне какая то красная плашка про то что токены в состоянии ошибки и я не понимаю то ли правда что то сломалось то ли так ложная тревога",
        D,
    ),  # typo
    Phrase(
        "ru",
        "Почему новые маки не регистрируются автоматически? Кусок лога ниже:\n\n2024-11-05 10:22:41 mdmclient[311]: Failed to fetch activation record\n2024-11-05 10:22:41 cloudconfigurationd[97]: Cloud configuration retrieval failed: device not assigned to a server\n2024-11-05 10:22:43 Setup Assistant: skipping Remote Management pane\n2024-11-05 10:22:50 Setup Assistant: proceeding with standard setup\n2024-11-05 10:31:02 mdmclient[311]: No MDM enrollment profile found",
        D,
    ),  # long-context
    Phrase(
        "ru",
        "Коллеги, у нас опять новые iPads stuck на Setup Assistant, а в Intune last successful sync неделю назад. Что с токеном?",
        D,
    ),  # code-switch
    Phrase("ru", "Проверь наш токен ADE.", D),  # command
    Phrase(
        "ru",
        "Это не помогло. Условия в ABM я принял, как было написано на карточке, а устройства всё равно не подтягиваются в Intune. Куда ещё смотреть?",
        D,
    ),  # informal
    Phrase(
        "ru",
        "Я не про Autopilot, а про Apple: синхронизация токена программы регистрации вообще работает?",
        D,
    ),  # question-form
    Phrase(
        "ru",
        "Смотрю тенант клиента, ООО «Вектор». У них в пятницу пришла партия макбуков, их закупили через авторизованного реселлера, номер организации в ABM указали, но ни один не проходит автоматическую регистрацию, после активации сразу рабочий стол. Раньше всё работало, токен они вроде ставили в прошлом году. Можешь глянуть, почему не работает синхронизация DEP?",
        D,
    ),  # long-context
    Phrase(
        "ru", "В Intune у токена программы регистрации написано «Ошибка синхронизации». Почему?", D
    ),  # plain
    Phrase("ru", "ade token norm ili net", D),  # transliteration
    Phrase("ru", "какие у нас есть токены программы регистрации?", T),  # question-form
    Phrase("ru", "сколько токенов ADE в тенанте", T),  # plain
    Phrase("ru", "Покажи все токены DEP и их состояние.", T),  # command
    Phrase("ru", "алерты не нужны, просто выведи список всех токенов, и ABM, и ASM", T),  # informal
    Phrase("ru", "проверь ещё раз", R),  # short
    Phrase("ru", "продлил токен, залил новый .p7m, перепроверь", R),  # informal
    Phrase("ru", "Готово, что дальше? Запустите, пожалуйста, проверку повторно.", R),  # polite
    Phrase("ru", "obnovi status tokena", R),  # transliteration
    Phrase("ru", "Предупреди меня за 30 дней до истечения токена ADE.", ON),  # command
    Phrase(
        "ru",
        "Будьте добры, присылайте уведомление в этот канал, если синхронизация токена завершится ошибкой.",
        ON,
    ),  # polite
    Phrase("ru", "включи оповещения", ON),  # short
    Phrase(
        "ru",
        "хочу, чтобы ты сам маякнул, когда токен скоро протухнет, а не я узнавал от ресепшена 🙄",
        ON,
    ),  # slang
    Phrase("ru", "подпиши меня на алерты по DEP", ON),  # informal
    Phrase("ru", "хватит слать уведомления", OFF),  # informal
    Phrase("ru", "Отключи алерты по токенам.", OFF),  # command
    Phrase("ru", "отписаться", OFF),  # short
    Phrase(
        "ru",
        "Прошу прекратить отправку мне предупреждений об истечении токенов: их уже получает общий ящик службы поддержки.",
        OFF,
    ),  # polite
    Phrase(
        "ru", "отвечай по-английски, пожалуйста, к чату подключился коллега из Дублина", L, "en"
    ),  # polite
    Phrase(
        "ru", "можешь отвечать на китайском (упрощённом)? это для команды в Шэньчжэне", L, "zh-Hans"
    ),  # question-form
    Phrase("ru", "давай на польском", L, "pl"),  # short
    Phrase(
        "ru",
        "Переключись на португальский, бразильский вариант: отчёт пойдёт в офис в Сан-Паулу.",
        L,
        "pt-BR",
    ),  # command
    Phrase("ru", "привет! что ты умеешь?", H),  # question-form
    Phrase("ru", "какие есть команды?", H),  # short
    Phrase(
        "ru", "Как тобой пользоваться, чтобы разобраться с регистрацией айпадов?", H
    ),  # question-form
    Phrase("ru", "что такое ADE и чем оно отличается от DEP?", XA),  # question-form
    Phrase(
        "ru",
        "Объясните, пожалуйста, простыми словами, как работает автоматическая регистрация устройств между Apple и Intune. Готовлю служебную записку для руководства.",
        XA,
    ),  # polite
    Phrase("ru", "объясни на пальцах, зачем вообще нужен этот DEP", XA),  # slang
    Phrase("ru", "как продлить токен программы регистрации?", XR),  # question-form
    Phrase("ru", "откуда скачать .p7m и куда его загружать в Intune", XR),  # informal
    Phrase(
        "ru",
        "Какой Apple ID нужен для продления токена ADE: того, кто его создавал, или подойдёт любой админ ABM?",
        XR,
    ),  # question-form
    Phrase("ru", "айпад DMQW72LKHP4N привязан к нашему токену ADE?", DEV),  # question-form
    Phrase(
        "ru",
        "серийник GG7ZK3ZJMF3M, почему именно он не получает профиль регистрации? остальные из партии нормально",
        DEV,
    ),  # informal
    Phrase(
        "ru",
        "Mac Studio с серийным номером V9PLM3T6XR в лаборатории не показывает «Удалённое управление», проверь конкретно его.",
        DEV,
    ),  # command
    Phrase(
        "ru", "профиль Autopilot не назначается новым ноутбукам Lenovo, хэши загрузили вчера", U
    ),  # hard-negative
    Phrase("ru", "как сбросить пароль управляемого Apple ID учителю в ASM?", U),  # hard-negative
    Phrase("ru", "истёк токен доступа GitLab, как выпустить новый?", U),  # hard-negative
    Phrase("ru", "отключи алерты Azure Monitor по подписке dev", U),  # hard-negative
    Phrase(
        "ru", "устройства Android Enterprise с zero-touch не регистрируются в Intune, есть идеи?", U
    ),  # hard-negative
    Phrase("ru", "C02ZL4XJMD6T ещё на гарантии AppleCare?", U),  # hard-negative
    Phrase(
        "ru", "SSL-сертификат на сайте истекает через неделю, кто его продлевает?", U
    ),  # hard-negative
    Phrase("ru", "в Jamf PreStage не появляются новые маки, куда смотреть?", U),  # hard-negative
    Phrase("ru", "спасибо, всё заработало 👍", U),  # plain
    Phrase("ru", "ахаха, бот шарит лучше нашего интегратора", U),  # slang
    Phrase("ru", "ывапролд", U),  # short
    Phrase("ru", "кто сегодня дежурит по поддержке?", U),  # plain
]

CHINESE = [
    Phrase(
        "zh",
        "您好，我们是市政务服务中心信息科。近期新配发给窗口工作人员的 iPad 在激活后未能进入远程管理界面，烦请协助确认我单位的 Apple 自动设备注册（ADE）是否运行正常，以免影响下周的业务上线，谢谢。",
        D,
    ),  # polite
    Phrase("zh", "新 iPad 又卡在激活界面了 😅 这回又是哪儿坏了", D),  # slang
    Phrase(
        "zh", "前台那两台新换的 iPad 开机直接进主屏幕了，没走公司配置，ABM 同步是不是挂了？", D
    ),  # informal
    Phrase(
        "zh",
        "实验室新到的 Mac Studio 抹掉重装后一直不出现“远程管理”页面，ASM 里已经分配给我们的 MDM 服务器了，Intune 这边哪里有问题？",
        D,
    ),  # plain
    Phrase("zh", "我们的注册计划令牌什么时候到期？", D),  # question-form
    Phrase("zh", "状态？", D),  # short
    Phrase(
        "zh",
        "帮我看下那个ADE令牌是不是出问题了 intune里有个红色提示说一个或多个令牌处于错误状太 我也不知道是真坏了还是误报 同不还正常吗",
        D,
    ),  # typo
    Phrase(
        "zh",
        "为什么新 Mac 不走自动注册？日志贴在下面：\n\n2024-11-05 10:22:41 mdmclient[311]: Failed to fetch activation record\n2024-11-05 10:22:41 cloudconfigurationd[97]: Cloud configuration retrieval failed: device not assigned to a server\n2024-11-05 10:22:43 Setup Assistant: skipping Remote Management pane\n2024-11-05 10:22:50 Setup Assistant: continuing standard setup\n2024-11-05 10:31:02 mdmclient[311]: No MDM enrollment profile found",
        D,
    ),  # long-context
    Phrase(
        "zh",
        "新到的一批 iPad 全都 stuck 在 Setup Assistant，Intune 里 token 的 last successful sync 还是上周的，这是什么情况？",
        D,
    ),  # code-switch
    Phrase("zh", "检查一下我们的 ADE 令牌。", D),  # command
    Phrase(
        "zh",
        "没用啊。按卡片上说的在 ABM 里接受了新条款，设备还是同步不到 Intune，还可能是什么原因？",
        D,
    ),  # informal
    Phrase(
        "zh", "不是问 Autopilot，是 Apple 那边：注册计划令牌现在同步正常吗？", D
    ),  # question-form
    Phrase(
        "zh",
        "我这周在帮一个客户看他们的租户。他们上个月通过经销商买了四十台 MacBook Air，经销商说已经绑定到他们的 ABM 组织 ID 了，ABM 里也能看到这些序列号，但是开机激活后直接进桌面，完全没有远程管理那一步。去年同样的流程是好的，中间换过一次 IT 负责人。能帮忙看看 DEP 同步为什么不工作吗？",
        D,
    ),  # long-context
    Phrase("zh", "Intune 里注册计划令牌显示同步错误，为什么？", D),  # plain
    Phrase("zh", "ADE lingpai hai neng yong ma", D),  # transliteration
    Phrase("zh", "我们一共有哪些注册计划令牌？", T),  # question-form
    Phrase("zh", "租户里有几个 ADE 令牌", T),  # plain
    Phrase("zh", "列出所有 DEP 令牌及其状态。", T),  # command
    Phrase("zh", "不用提醒，就把 ABM 和 ASM 的令牌全列出来给我看看", T),  # informal
    Phrase("zh", "再查一次", R),  # short
    Phrase("zh", "令牌续好了，新的 .p7m 也传上去了，重新跑一下检查", R),  # informal
    Phrase("zh", "好了，接下来呢？麻烦再诊断一遍，看看是不是正常了。", R),  # polite
    Phrase("zh", "刷新一下状态", R),  # command
    Phrase("zh", "令牌到期前 30 天提醒我。", ON),  # command
    Phrase("zh", "烦请在令牌同步失败时于本频道发送通知，谢谢。", ON),  # polite
    Phrase("zh", "开启提醒", ON),  # short
    Phrase("zh", "以后令牌快过期了你主动吱一声，别又等前台打电话来骂 🙃", ON),  # slang
    Phrase("zh", "帮我订阅 DEP 告警", ON),  # informal
    Phrase("zh", "别再发通知了", OFF),  # informal
    Phrase("zh", "关闭令牌到期提醒。", OFF),  # command
    Phrase("zh", "取消订阅", OFF),  # short
    Phrase(
        "zh", "请停止向我个人发送令牌到期的主动提醒，服务台的公共邮箱已经会收到了。", OFF
    ),  # polite
    Phrase("zh", "以后请用英文回复，新来的同事看不懂中文", L, "en"),  # polite
    Phrase("zh", "能用俄语回答吗？莫斯科那边的同事要看", L, "ru"),  # question-form
    Phrase("zh", "切换成葡萄牙语（巴西）", L, "pt-BR"),  # command
    Phrase("zh", "请用越南语回复，河内办公室也会看这些消息", L, "vi"),  # polite
    Phrase("zh", "你好，你能做什么？", H),  # question-form
    Phrase("zh", "有哪些命令？", H),  # short
    Phrase("zh", "第一次用，怎么用你来排查 iPad 注册的问题？", H),  # question-form
    Phrase("zh", "ADE 到底是啥？跟以前的 DEP 有什么区别？", XA),  # question-form
    Phrase(
        "zh",
        "能否用通俗的话解释一下 Apple 和 Intune 之间的自动设备注册是怎么运作的？我要给领导做个汇报。",
        XA,
    ),  # polite
    Phrase("zh", "简单科普一下自动设备注册呗", XA),  # informal
    Phrase("zh", "注册计划令牌怎么续订？", XR),  # question-form
    Phrase("zh", ".p7m 文件从哪下载，又要传到 Intune 哪里？", XR),  # informal
    Phrase(
        "zh", "续订 ADE 令牌要用哪个 Apple ID？必须是当初创建令牌的那个吗？", XR
    ),  # question-form
    Phrase("zh", "序列号 DMQT9ZK2HP7C 这台 iPad 分配到我们的 ADE 令牌了吗？", DEV),  # question-form
    Phrase("zh", "F4KZQ8N1JMVR 这台为啥收不到注册配置文件？同一批其他的都正常", DEV),  # informal
    Phrase(
        "zh", "实验室那台 Mac Studio（序列号 H7WQ4K9L2V）一直不出现远程管理，单独查一下这台。", DEV
    ),  # command
    Phrase(
        "zh", "Autopilot 配置文件分配不到新的 Surface 上，硬件哈希昨天已经导入了", U
    ),  # hard-negative
    Phrase("zh", "ABM 里怎么给老师重置管理式 Apple ID 的密码？", U),  # hard-negative
    Phrase("zh", "微信小程序的 access token 过期了怎么刷新", U),  # hard-negative
    Phrase("zh", "把 Azure Monitor 的 CPU 告警关掉", U),  # hard-negative
    Phrase(
        "zh", "Android Enterprise 零接触注册的设备进不了 Intune，有思路吗？", U
    ),  # hard-negative
    Phrase("zh", "C02WP3HYJG5K 还在 AppleCare 保修期内吗？", U),  # hard-negative
    Phrase("zh", "官网的 SSL 证书下周到期，谁负责续？", U),  # hard-negative
    Phrase("zh", "Jamf 的 PreStage 里看不到新的 Mac，怎么回事？", U),  # hard-negative
    Phrase("zh", "谢谢，搞定了 👍", U),  # plain
    Phrase("zh", "哈哈哈你比我们的外包靠谱多了", U),  # slang
    Phrase("zh", "asdfghjk", U, None, "en"),  # short
    Phrase("zh", "今天谁值班？", U),  # plain
]

POLISH = [
    Phrase(
        "pl",
        "Dzień dobry. W imieniu działu wsparcia Urzędu Marszałkowskiego uprzejmie prosimy o sprawdzenie, czy automatyczna rejestracja urządzeń Apple (ADE) działa prawidłowo, ponieważ od poniedziałku nowo wydane iPady nie otrzymują profilu rejestracji, a pracownicy terenowi nie mogą rozpocząć pracy.",
        D,
    ),  # polite
    Phrase("pl", "znowu nowe ipady wiszą na aktywacji, co tym razem się wysypało 🙃", D),  # slang
    Phrase(
        "pl",
        "Recepcja w hotelu w Gdańsku dzwoniła dziś trzy razy, potem kierownik zmiany napisał maila, a dyrektor dał mojego szefa do wiadomości. W piątek przyszły dwa zastępcze iPady na recepcję, zamówione jak zawsze przez resellera na nasze konto ABM, ale po rozpakowaniu od razu lądują na ekranie głównym, zero konfiguracji firmowej, żadnej aplikacji kiosku. Synchronizacja z ABM padła czy co? W Sopocie w marcu było to samo i nikt mi nie powiedział dlaczego.",
        D,
    ),  # long-context
    Phrase(
        "pl",
        "Mac Studio w laboratorium po wymazaniu nie pokazują ekranu Zarządzanie zdalne. W ASM są przypisane do naszego serwera MDM. Co jest nie tak po stronie Intune?",
        D,
    ),  # plain
    Phrase("pl", "kiedy wygasa nasz token programu rejestracji?", D),  # question-form
    Phrase("pl", "stan tokenu?", D),  # short
    Phrase(
        "pl",
        "słuchaj sprawdź mi proszę tą synchronizację z apple biznes menedżer bo w intune jest jakiś czerwony komunikat że tokeny są w stanie błędu i nie wiem czy to serio coś nie działa czy tylko tak straszy",
        D,
    ),  # typo
    Phrase(
        "pl",
        "Dlaczego nowe iPady nie pobierają profilu rejestracji? Wklejam to, co widzę w Intune przy tokenie:\n\nNazwa tokenu: Szkoly-ASM-2024\nTyp programu: Apple School Manager\nStan: Błąd synchronizacji\nOstatnia pomyślna synchronizacja: 02.03.2025 06:14\nOstatnie żądanie synchronizacji: 11.03.2025 08:40\nData wygaśnięcia: 17.09.2025\nUrządzenia: 412",
        D,
    ),  # long-context
    Phrase(
        "pl", "czy z tokenem ADE wszystko ok? nowe maki nie przechodza automatycznej rejestracji", D
    ),  # no-diacritics
    Phrase("pl", "Sprawdź nasz token ADE.", D),  # command
    Phrase(
        "pl",
        "Nie pomogło. Zaakceptowałem nowe warunki w ABM, tak jak było na karcie, a urządzenia dalej nie synchronizują się z Intune. Co jeszcze może być nie tak?",
        D,
    ),  # informal
    Phrase(
        "pl",
        "Nie pytam o Autopilota, tylko o Apple: czy synchronizacja tokenu programu rejestracji w ogóle działa?",
        D,
    ),  # question-form
    Phrase(
        "pl",
        "Patrzę na tenanta klienta, u nich nowe MacBooki nie rejestrują się automatycznie. Możesz zobaczyć, czemu nie działa synchronizacja DEP?",
        D,
    ),  # informal
    Phrase(
        "pl",
        "Hej, nowe iPady są stuck na Setup Assistant, a w Intune last successful sync był tydzień temu. Co jest z tokenem?",
        D,
    ),  # code-switch
    Phrase(
        "pl", "W Intune przy tokenie programu rejestracji wisi błąd synchronizacji. Dlaczego?", D
    ),  # plain
    Phrase("pl", "jakie mamy tokeny programu rejestracji?", T),  # question-form
    Phrase("pl", "ile tokenow ADE jest w tenancie", T),  # no-diacritics
    Phrase("pl", "Pokaż wszystkie tokeny DEP i ich stan.", T),  # command
    Phrase(
        "pl", "alertów nie potrzebuję, po prostu wylistuj wszystkie tokeny, i z ABM, i z ASM", T
    ),  # informal
    Phrase("pl", "sprawdź jeszcze raz", R),  # short
    Phrase("pl", "odnowiłem token i wrzuciłem nowy .p7m, przeleć to jeszcze raz", R),  # slang
    Phrase("pl", "Zrobione, co dalej? Proszę uruchomić diagnostykę ponownie.", R),  # polite
    Phrase("pl", "odswiez status", R),  # no-diacritics
    Phrase("pl", "Ostrzeż mnie 30 dni przed wygaśnięciem tokenu ADE.", ON),  # command
    Phrase(
        "pl",
        "Uprzejmie proszę o wysyłanie powiadomień na ten kanał, gdy synchronizacja tokenu zakończy się błędem.",
        ON,
    ),  # polite
    Phrase("pl", "włącz alerty", ON),  # short
    Phrase(
        "pl",
        "daj znać zawczasu, zanim token znowu wygaśnie, bo w zeszłym roku dowiedzieliśmy się od recepcji 🙄",
        ON,
    ),  # slang
    Phrase("pl", "zapisz mnie na powiadomienia o DEP", ON),  # informal
    Phrase("pl", "przestań wysyłać te powiadomienia", OFF),  # informal
    Phrase("pl", "Wyłącz alerty o tokenach.", OFF),  # command
    Phrase("pl", "wypisz mnie", OFF),  # short
    Phrase(
        "pl",
        "Proszę o zaprzestanie wysyłania mi ostrzeżeń o wygasaniu tokenów, ponieważ otrzymuje je już wspólna skrzynka service desku.",
        OFF,
    ),  # polite
    Phrase("pl", "odpowiadaj proszę po angielsku, dołączył kolega z Dublina", L, "en"),  # polite
    Phrase("pl", "możesz pisać po rosyjsku? to dla zespołu w Wilnie", L, "ru"),  # question-form
    Phrase("pl", "przełącz na portugalski (brazylijski)", L, "pt-BR"),  # command
    Phrase("pl", "odpowiadaj po wietnamsku, biuro w Hanoi też to czyta", L, "vi"),  # informal
    Phrase("pl", "cześć! co potrafisz?", H),  # question-form
    Phrase("pl", "jakie są komendy?", H),  # short
    Phrase(
        "pl", "Jak z Ciebie korzystać przy problemach z rejestracją iPadów?", H
    ),  # question-form
    Phrase("pl", "czym właściwie jest ADE i czym się różni od DEP?", XA),  # question-form
    Phrase(
        "pl",
        "Czy mógłby Pan wyjaśnić prostymi słowami, jak działa automatyczna rejestracja urządzeń między Apple a Intune? Przygotowuję notatkę dla zarządu.",
        XA,
    ),  # polite
    Phrase("pl", "wytłumacz jak krowie na rowie, o co chodzi z tym DEP", XA),  # slang
    Phrase("pl", "jak odnowić token programu rejestracji?", XR),  # question-form
    Phrase("pl", "skąd pobrać plik .p7m i gdzie go wgrać w Intune", XR),  # informal
    Phrase(
        "pl",
        "Jakiego Apple ID trzeba użyć przy odnawianiu tokenu ADE: tego, kto go tworzył, czy dowolnego admina ABM?",
        XR,
    ),  # question-form
    Phrase(
        "pl", "czy iPad DMPYL3BCKF9K jest przypisany do naszego tokenu ADE?", DEV
    ),  # question-form
    Phrase(
        "pl",
        "numer seryjny GG8ZK4ZJMF5N, czemu akurat on nie dostaje profilu rejestracji? reszta z dostawy działa",
        DEV,
    ),  # informal
    Phrase(
        "pl",
        "Mac Studio o numerze seryjnym R2TN8XK4QD w pracowni nie pokazuje Zarządzania zdalnego, sprawdź konkretnie ten jeden.",
        DEV,
    ),  # command
    Phrase(
        "pl", "profil Autopilot nie przypisuje się do nowych laptopów Dell, hashe wgrane wczoraj", U
    ),  # hard-negative
    Phrase(
        "pl", "jak zresetować hasło zarządzanego Apple ID nauczycielce w ASM?", U
    ),  # hard-negative
    Phrase(
        "pl", "wygasł mi token dostępu do Azure DevOps (PAT), jak wygenerować nowy?", U
    ),  # hard-negative
    Phrase("pl", "wycisz alerty z Defendera dla serwerów testowych", U),  # hard-negative
    Phrase(
        "pl", "Chromebooki nie chcą się zarejestrować w Google Workspace, jakieś pomysły?", U
    ),  # hard-negative
    Phrase("pl", "czy C02YJ2KXLVCF ma jeszcze AppleCare?", U),  # hard-negative
    Phrase(
        "pl", "certyfikat SSL na stronie wygasa za tydzień, kto go odnawia?", U
    ),  # hard-negative
    Phrase(
        "pl", "w Kandji nowe Maki nie pojawiają się w Blueprintach, co sprawdzić?", U
    ),  # hard-negative
    Phrase("pl", "dzięki, działa 👍", U),  # plain
    Phrase("pl", "haha, bot ogarnia lepiej niż nasz integrator", U),  # slang
    Phrase("pl", "jdhfkjsdhf", U, None, "en"),  # short
    Phrase("pl", "kto ma dziś dyżur na helpdesku?", U),  # plain
]

PORTUGUESE = [
    Phrase(
        "pt",
        "Bom dia. Em nome da central de atendimento da Secretaria Municipal de Educação, solicitamos, por gentileza, a verificação do funcionamento do Registro Automático de Dispositivos (ADE), uma vez que os iPads recém-entregues às escolas não estão recebendo o perfil de registro desde segunda-feira e as aulas começam na próxima semana.",
        D,
    ),  # polite
    Phrase(
        "pt", "os iPads novos travaram na ativação de novo 🙃 o que deu ruim dessa vez", D
    ),  # slang
    Phrase(
        "pt",
        "a recepção do hotel em Salvador disse que os dois iPads novos vão direto pra tela inicial, sem configuração da empresa nenhuma. a sincronização com o ABM caiu?",
        D,
    ),  # informal
    Phrase(
        "pt",
        "Os Mac Studio do laboratório, depois de apagados, não mostram a tela de Gerenciamento Remoto. No ASM eles estão atribuídos ao nosso servidor MDM. O que está errado do lado do Intune?",
        D,
    ),  # plain
    Phrase("pt", "quando vence o nosso token do programa de registro?", D),  # question-form
    Phrase("pt", "e o token, como tá?", D),  # short
    Phrase(
        "pt",
        "seguinte da uma olhada na sincronização com o apple business manager porque no intune tem um aviso vermelho dizendo que os tokens tão em estado de erro mais eu não sei se quebrou mesmo ou se é só alarme falso",
        D,
    ),  # typo
    Phrase(
        "pt",
        'Por que os iPads novos não recebem o perfil de registro? Colei abaixo o retorno da Graph:\n\n{\n  "tokenName": "ABM-Matriz",\n  "tokenType": "dep",\n  "tokenExpirationDateTime": "2025-08-14T13:02:11Z",\n  "lastSuccessfulSyncDateTime": "2025-03-02T06:14:55Z",\n  "lastSyncTriggeredDateTime": "2025-03-11T08:40:03Z",\n  "lastSyncErrorCode": 3,\n  "syncedDeviceCount": 268\n}',
        D,
    ),  # long-context
    Phrase(
        "pt", "o token ADE ta ok? os macs novos nao estao fazendo o registro automatico", D
    ),  # no-diacritics
    Phrase("pt", "Verifique nosso token ADE.", D),  # command
    Phrase(
        "pt",
        "Não adiantou. Aceitei os novos termos no ABM como o card falou e os dispositivos continuam sem sincronizar com o Intune. O que mais pode ser?",
        D,
    ),  # informal
    Phrase(
        "pt",
        "Não é sobre o Autopilot, é sobre a Apple: a sincronização do token do programa de registro tá funcionando?",
        D,
    ),  # question-form
    Phrase(
        "pt",
        "Tô dando suporte pro tenant de um cliente essa semana. Eles compraram quarenta MacBook Air pela revenda no mês passado, a revenda jura que vinculou ao ID da organização no ABM e os números de série aparecem lá, mas depois da ativação cai direto na área de trabalho, sem a etapa de gerenciamento remoto. Ano passado o mesmo processo funcionou, só que trocaram o responsável de TI no meio do caminho. Consegue ver pq a sincronização do DEP não funciona?",
        D,
    ),  # long-context
    Phrase(
        "pt",
        "Galera, os iPads novos tão stuck no Setup Assistant e o last successful sync no Intune foi semana passada. O que rolou com o token?",
        D,
    ),  # code-switch
    Phrase(
        "pt",
        "No Intune aparece erro de sincronização no token do programa de registro. Por quê?",
        D,
    ),  # plain
    Phrase("pt", "quais tokens do programa de registro a gente tem?", T),  # question-form
    Phrase("pt", "quantos tokens ADE existem no tenant", T),  # plain
    Phrase("pt", "Liste todos os tokens DEP e o estado de cada um.", T),  # command
    Phrase(
        "pt", "não quero alerta, só me mostra a lista de todos os tokens, do ABM e do ASM", T
    ),  # informal
    Phrase("pt", "verifica de novo", R),  # short
    Phrase("pt", "renovei o token e subi o .p7m novo, roda a checagem de novo aí", R),  # informal
    Phrase("pt", "Pronto, e agora? Pode rodar o diagnóstico novamente, por favor?", R),  # polite
    Phrase("pt", "atualiza o status ai", R),  # no-diacritics
    Phrase("pt", "Me avise 30 dias antes de qualquer token ADE vencer.", ON),  # command
    Phrase(
        "pt",
        "Por gentileza, enviem uma notificação neste canal sempre que a sincronização do token falhar.",
        ON,
    ),  # polite
    Phrase("pt", "ativar alertas", ON),  # short
    Phrase(
        "pt",
        "me dá um toque antes do token expirar, pq ano passado quem descobriu foi a recepção 🙄",
        ON,
    ),  # slang
    Phrase("pt", "quero receber aviso quando o DEP parar de sincronizar", ON),  # informal
    Phrase("pt", "para de mandar essas notificações", OFF),  # informal
    Phrase("pt", "Desative os alertas de token.", OFF),  # command
    Phrase("pt", "cancelar inscrição", OFF),  # short
    Phrase(
        "pt",
        "Solicito que deixem de me enviar avisos de expiração de tokens, pois a caixa compartilhada do service desk já os recebe.",
        OFF,
    ),  # polite
    Phrase(
        "pt", "responde em inglês, por favor, o pessoal de Dublin entrou no canal", L, "en"
    ),  # polite
    Phrase(
        "pt", "dá pra responder em chinês simplificado? é pra equipe de Shenzhen", L, "zh-Hans"
    ),  # question-form
    Phrase("pt", "muda pra polonês", L, "pl"),  # command
    Phrase(
        "pt",
        "Por favor, responda em vietnamita a partir de agora, a filial de Hanói acompanha este canal.",
        L,
        "vi",
    ),  # polite
    Phrase("pt", "oi! o que você sabe fazer?", H),  # question-form
    Phrase("pt", "quais são os comandos?", H),  # short
    Phrase(
        "pt", "Como eu uso você pra investigar problema de registro de iPad?", H
    ),  # question-form
    Phrase("pt", "o que é ADE afinal e qual a diferença pro DEP?", XA),  # question-form
    Phrase(
        "pt",
        "Poderia explicar de forma simples como funciona o Registro Automático de Dispositivos entre a Apple e o Intune? Estou preparando uma apresentação para a diretoria.",
        XA,
    ),  # polite
    Phrase("pt", "me explica o DEP como se eu tivesse 5 anos", XA),  # slang
    Phrase("pt", "como renovo o token do programa de registro?", XR),  # question-form
    Phrase("pt", "onde baixo o arquivo .p7m e onde subo ele no Intune", XR),  # informal
    Phrase(
        "pt",
        "Qual ID Apple tenho que usar pra renovar o token ADE? Tem que ser o de quem criou?",
        XR,
    ),  # question-form
    Phrase("pt", "o iPad DMPXR4GHJF7K está atribuído ao nosso token ADE?", DEV),  # question-form
    Phrase(
        "pt",
        "número de série F9GZH2Q3JMVT, pq só ele não recebe o perfil de registro? o resto do lote tá ok",
        DEV,
    ),  # informal
    Phrase(
        "pt",
        "O Mac Studio de série M3KD7QW9PX no laboratório não mostra Gerenciamento Remoto, verifica só esse.",
        DEV,
    ),  # command
    Phrase(
        "pt",
        "o perfil do Autopilot não está sendo atribuído aos notebooks novos, o hash foi importado ontem",
        U,
    ),  # hard-negative
    Phrase(
        "pt", "como redefinir a senha do ID Apple gerenciado de uma professora no ASM?", U
    ),  # hard-negative
    Phrase(
        "pt", "meu token de acesso da API do WhatsApp Business expirou, como gero outro?", U
    ),  # hard-negative
    Phrase("pt", "desliga os alertas do Azure Monitor da assinatura de dev", U),  # hard-negative
    Phrase(
        "pt",
        "os aparelhos Android Enterprise com registro zero-touch não entram no Intune, alguma ideia?",
        U,
    ),  # hard-negative
    Phrase("pt", "o C02ZT3LKMD6R ainda tá na garantia AppleCare?", U),  # hard-negative
    Phrase(
        "pt", "o certificado SSL do site vence semana que vem, quem renova?", U
    ),  # hard-negative
    Phrase("pt", "no Mosyle os Macs novos não aparecem, o que eu confiro?", U),  # hard-negative
    Phrase("pt", "valeu, funcionou 👍", U),  # plain
    Phrase("pt", "kkkkkk esse bot resolve mais que o fornecedor", U),  # slang
    Phrase("pt", "sdfsdfsdf", U, None, "en"),  # short
    Phrase("pt", "quem tá de plantão hoje?", U),  # plain
]

VIETNAMESE = [
    Phrase(
        "vi",
        "Kính gửi bộ phận hỗ trợ, Trung tâm Công nghệ thông tin của Sở kính đề nghị quý bộ phận kiểm tra giúp tình trạng Đăng ký thiết bị tự động của Apple (ADE) trên hệ thống Intune, do từ thứ Hai đến nay các iPad mới cấp phát cho cán bộ một cửa không nhận được hồ sơ đăng ký. Xin trân trọng cảm ơn.",
        D,
    ),  # polite
    Phrase(
        "vi", "iPad mới lại kẹt ở màn hình kích hoạt rồi 🙃 lần này toang cái gì nữa đây", D
    ),  # slang
    Phrase(
        "vi",
        "lễ tân khách sạn ở Đà Nẵng báo hai cái iPad mới vào thẳng màn hình chính, không có cấu hình công ty gì hết. đồng bộ ABM bị lỗi à?",
        D,
    ),  # informal
    Phrase(
        "vi",
        "Mấy máy Mac Studio trong phòng lab sau khi xóa sạch thì không hiện màn hình Quản lý từ xa. Trên ASM đã gán cho máy chủ MDM của mình rồi. Bên Intune sai chỗ nào?",
        D,
    ),  # plain
    Phrase("vi", "token chương trình đăng ký của mình khi nào hết hạn?", D),  # question-form
    Phrase("vi", "trạng thái sao rồi?", D),  # short
    Phrase(
        "vi",
        "kiểm tra giúp anh cái đồng bộ với apple business manager với trong intune có cái thông báo đỏ nói token đang ở chạng thái lỗi anh không biết là hư thiệt hay chỉ là báo động giả thôi",
        D,
    ),  # typo
    Phrase(
        "vi",
        "Tại sao iPad mới không nhận hồ sơ đăng ký? Log từ máy test dán bên dưới:\n\nMar 12 09:14:02 iPad mdmclient[412] <Notice>: Cloud configuration: not found\nMar 12 09:14:02 iPad ManagedConfiguration[88] <Error>: Failed to retrieve cloud configuration\nMar 12 09:14:05 iPad Setup[57] <Notice>: Skipping Remote Management pane, device has no assigned server\nMar 12 09:14:11 iPad Setup[57] <Notice>: Continuing standard setup\nMar 12 09:15:40 iPad mdmclient[412] <Notice>: No enrollment profile, exiting",
        D,
    ),  # long-context
    Phrase("vi", "token ADE con ok khong? may mac moi khong tu dang ky duoc", D),  # no-diacritics
    Phrase("vi", "Kiểm tra token ADE của chúng ta.", D),  # command
    Phrase(
        "vi",
        "Không được. Mình đã chấp nhận điều khoản mới trong ABM như thẻ hướng dẫn, mà thiết bị vẫn không đồng bộ về Intune. Còn nguyên nhân nào nữa?",
        D,
    ),  # informal
    Phrase(
        "vi",
        "Không hỏi về Autopilot, mà là bên Apple: đồng bộ token chương trình đăng ký có đang chạy bình thường không?",
        D,
    ),  # question-form
    Phrase(
        "vi",
        "Tuần này mình hỗ trợ tenant của một khách hàng. Tháng trước họ mua bốn mươi máy MacBook Air qua đại lý, đại lý nói đã gán vào ID tổ chức trên ABM và số sê-ri cũng hiện trong đó, nhưng kích hoạt xong là vào thẳng màn hình desktop, không có bước Quản lý từ xa. Năm ngoái quy trình y hệt vẫn chạy, chỉ là giữa chừng đổi người phụ trách IT. Xem giúp tại sao đồng bộ DEP không chạy được?",
        D,
    ),  # long-context
    Phrase(
        "vi",
        "Mấy iPad mới bị stuck ở Setup Assistant hết, mà last successful sync trên Intune là từ tuần trước, token bị gì vậy?",
        D,
    ),  # code-switch
    Phrase(
        "vi", "Trong Intune token chương trình đăng ký báo lỗi đồng bộ. Tại sao vậy?", D
    ),  # plain
    Phrase("vi", "mình đang có những token chương trình đăng ký nào?", T),  # question-form
    Phrase("vi", "tenant có bao nhiêu token ADE", T),  # plain
    Phrase("vi", "Liệt kê tất cả token DEP và trạng thái của từng cái.", T),  # command
    Phrase(
        "vi", "khong can canh bao, chi can liet ke het token ABM va ASM thoi", T
    ),  # no-diacritics
    Phrase("vi", "kiểm tra lại đi", R),  # short
    Phrase(
        "vi", "gia hạn token rồi, up file .p7m mới lên rồi, chạy lại kiểm tra giùm", R
    ),  # informal
    Phrase("vi", "Xong rồi, giờ sao nữa? Chạy chẩn đoán lại giúp mình nhé.", R),  # polite
    Phrase("vi", "lam moi trang thai", R),  # no-diacritics
    Phrase("vi", "Báo mình trước 30 ngày khi token ADE sắp hết hạn.", ON),  # command
    Phrase(
        "vi", "Xin vui lòng gửi thông báo vào kênh này mỗi khi đồng bộ token bị lỗi.", ON
    ),  # polite
    Phrase("vi", "bật cảnh báo", ON),  # short
    Phrase(
        "vi",
        "nhắc trước giùm khi token sắp hết hạn nha, năm ngoái lễ tân phát hiện trước cả IT 🙄",
        ON,
    ),  # slang
    Phrase("vi", "đăng ký nhận thông báo về DEP cho mình", ON),  # informal
    Phrase("vi", "đừng gửi thông báo nữa", OFF),  # informal
    Phrase("vi", "Tắt cảnh báo token.", OFF),  # command
    Phrase("vi", "hủy đăng ký", OFF),  # short
    Phrase(
        "vi",
        "Kính đề nghị ngừng gửi cho tôi các cảnh báo về việc token hết hạn, vì hộp thư chung của bộ phận hỗ trợ đã nhận được rồi.",
        OFF,
    ),  # polite
    Phrase(
        "vi", "trả lời bằng tiếng Nga được không? đồng nghiệp ở Moskva cần đọc", L, "ru"
    ),  # question-form
    Phrase("vi", "chuyển sang tiếng Trung giản thể giúp mình", L, "zh-Hans"),  # command
    Phrase("vi", "tra loi bang tieng Ba Lan nhe", L, "pl"),  # no-diacritics
    Phrase(
        "vi",
        "Vui lòng trả lời bằng tiếng Bồ Đào Nha (Brazil), báo cáo sẽ gửi cho văn phòng São Paulo.",
        L,
        "pt-BR",
    ),  # polite
    Phrase("vi", "chào bạn! bạn làm được gì?", H),  # question-form
    Phrase("vi", "có những lệnh nào?", H),  # short
    Phrase("vi", "Dùng bot này thế nào để xử lý lỗi đăng ký iPad?", H),  # question-form
    Phrase("vi", "ADE là gì vậy, khác gì DEP?", XA),  # question-form
    Phrase(
        "vi",
        "Bạn có thể giải thích đơn giản giúp cách Đăng ký thiết bị tự động hoạt động giữa Apple và Intune không? Mình đang soạn báo cáo cho sếp.",
        XA,
    ),  # polite
    Phrase("vi", "giải thích nhanh DEP là cái gì", XA),  # informal
    Phrase("vi", "gia hạn token chương trình đăng ký như thế nào?", XR),  # question-form
    Phrase("vi", "tải file .p7m ở đâu và up lên chỗ nào trong Intune", XR),  # informal
    Phrase(
        "vi",
        "Gia hạn token ADE thì phải dùng Apple ID nào? Có bắt buộc là tài khoản đã tạo token không?",
        XR,
    ),  # question-form
    Phrase(
        "vi", "iPad số sê-ri DMPWQ7HKJF2L đã được gán vào token ADE của mình chưa?", DEV
    ),  # question-form
    Phrase(
        "vi",
        "serial F9HZJ5Q2JMVW, sao riêng máy này không nhận hồ sơ đăng ký? mấy máy cùng lô thì bình thường",
        DEV,
    ),  # informal
    Phrase(
        "vi",
        "Mac Studio số sê-ri P7QX2LM4WK trong phòng lab không hiện Quản lý từ xa, kiểm tra riêng máy này giúp.",
        DEV,
    ),  # command
    Phrase(
        "vi", "hồ sơ Autopilot không gán được cho laptop mới, hash đã import hôm qua", U
    ),  # hard-negative
    Phrase(
        "vi", "làm sao đặt lại mật khẩu Apple ID được quản lý cho giáo viên trong ASM?", U
    ),  # hard-negative
    Phrase("vi", "token truy cập Zalo OA hết hạn rồi, làm sao lấy token mới?", U),  # hard-negative
    Phrase("vi", "tắt cảnh báo Windows Update cho nhóm máy test", U),  # hard-negative
    Phrase(
        "vi",
        "máy Android Enterprise đăng ký zero-touch không vào được Intune, có ý tưởng gì không?",
        U,
    ),  # hard-negative
    Phrase("vi", "máy C02XR8DKJG5J còn bảo hành AppleCare không?", U),  # hard-negative
    Phrase("vi", "chứng chỉ SSL của website tuần sau hết hạn, ai gia hạn vậy?", U),  # hard-negative
    Phrase(
        "vi", "Chromebook không đăng ký vào Google Workspace được, kiểm tra gì?", U
    ),  # hard-negative
    Phrase("vi", "cảm ơn nha, chạy rồi 👍", U),  # plain
    Phrase("vi", "haha bot này xịn hơn bên đối tác", U),  # slang
    Phrase("vi", "fghjfghj", U, None, "en"),  # short
    Phrase("vi", "hôm nay ai trực helpdesk?", U),  # plain
]

BATCH13: tuple[Phrase, ...] = (*ENGLISH, *RUSSIAN, *CHINESE, *POLISH, *PORTUGUESE, *VIETNAMESE)

_SEEN = {p.text for p in (*PHRASES, *BATCH8, *BATCH9, *BATCH10, *BATCH11, *BATCH12)}
NEW: tuple[Phrase, ...] = tuple(p for p in BATCH13 if p.text not in _SEEN)
