# ruff: noqa: RUF001, E501
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII;
# each message is kept on one line as the writer typed it.)
"""Development batch 12 (issue 13, round 5): 60 messages per language, written blind.

Written by another helper session (native-level in the six languages) at the same time as
batch 11, without seeing it, before any round-5 change; committed before anything ran on it.
The writer read only /work/shared/reference/domain.md, the localized seed articles and the
frozen set's label conventions (not its messages). Admins: a German-owned factory's IT in
Poland, a Ho Chi Minh City MSP engineer typing without tone marks, a São Paulo bank's mobility
team in pt-BR chat abbreviations, a Shenzhen admin mixing English, pinyin and full-width
punctuation, a Moscow school's sysadmin in translit and IT slang, terse lowercase ticket lines,
"@ADE Doctor" and greetings before the ask, two asks at once with one primary, error text
quoted from the Intune portal. The writer's difficulty tag ends each line; rows with no
language signal carry the reply language (English) as the fifth field, as in batch 11.
"""

from __future__ import annotations

from tests.core.intent_phrases import PHRASES, Phrase
from tests.understanding.dev_batch8 import BATCH8
from tests.understanding.dev_batch9 import BATCH9
from tests.understanding.dev_batch10 import BATCH10
from tests.understanding.dev_batch11 import BATCH11

D, T, H, L = "DIAGNOSE", "TOKENS", "HELP", "LANGUAGE"
ON, OFF, R, U = "ALERTS_ON", "ALERTS_OFF", "RECHECK", "UNKNOWN"
XA, XR, DEV = "EXPLAIN_ADE", "EXPLAIN_RENEW", "DEVICE"

ENGLISH = [
    Phrase(
        "en", "new ipads stuck on hello screen no remote mgmt prompt 🙃 dep broken?", D
    ),  # informal
    Phrase("en", "@ADE Doctor is our enrollment program token ok?", D),  # question-form
    Phrase("en", "status?", D),  # short
    Phrase("en", "when does our dep token expire", D),  # question-form
    Phrase(
        "en",
        "intune shows 'Expired or invalid token' on the enrollment program tokens blade. what broke",
        D,
    ),  # plain
    Phrase(
        "en",
        "Morning. Our reseller delivered 40 MacBook Airs on Monday. They're in Apple Business Manager under our MDM server, but none of them show up in Intune, and when users power them on they go straight through normal Setup Assistant with no Remote Management screen. Nothing changed on our side that I know of. Can you tell me what's wrong with ADE?",
        D,
    ),  # long-context
    Phrase(
        "en", "macs arent getting the remote managment screen anymore whats wrong w ade", D
    ),  # typo
    Phrase("en", "is abm actually syncing to intune or not", D),  # plain
    Phrase(
        "en", "last successful sync on the DEP token says 9 days ago — is that normal?", D
    ),  # question-form
    Phrase("en", "pls check our ADE token", D),  # command
    Phrase(
        "en",
        "Could you please check whether Automated Device Enrollment is healthy in our tenant? Thanks in advance.",
        D,
    ),  # polite
    Phrase("en", "token borked?? 😬 profile assignment failing for every new iphone", D),  # slang
    Phrase(
        "en",
        "two things, main one first: why are enrollment profile assignments failing on our ASM token? and unrelated, anyone know the guest wifi password for floor 3 lol",
        D,
    ),  # long-context
    Phrase(
        "en", "ticket 48213 device sync abm to intune broken since tue need root cause", D
    ),  # informal
    Phrase("en", "which enrollment program tokens do we have", T),  # plain
    Phrase("en", "how many ade tokens are in this tenant", T),  # question-form
    Phrase("en", "@ADE Doctor list all DEP tokens with their expiry dates", T),  # command
    Phrase("en", "show me every abm/asm token we've got + state", T),  # informal
    Phrase("en", "ok uploaded the new .p7m, check again", R),  # informal
    Phrase("en", "we accepted the new terms in ABM, can you re-run the check?", R),  # question-form
    Phrase("en", "try again now", R),  # short
    Phrase("en", "renewed it. refresh pls 🙏", R),  # short
    Phrase("en", "tell me before the token expires", ON),  # plain
    Phrase("en", "ping this channel if abm sync breaks", ON),  # command
    Phrase(
        "en",
        "@ADE Doctor could you warn us 30 days before any enrollment program token expires?",
        ON,
    ),  # polite
    Phrase("en", "turn on alerts for dep tokens", ON),  # command
    Phrase(
        "en",
        "I don't want to find out from angry users again. Give us a heads-up in here whenever ADE sync starts failing.",
        ON,
    ),  # informal
    Phrase("en", "stop the token alerts", OFF),  # command
    Phrase("en", "mute ade notifications in this channel, too noisy", OFF),  # informal
    Phrase("en", "please unsubscribe me from the token expiry warnings", OFF),  # polite
    Phrase("en", "no more dep pings thx", OFF),  # slang
    Phrase("en", "reply in polish from now on", L, "pl"),  # command
    Phrase(
        "en", "can you answer in Vietnamese? my colleague in HCMC reads this channel", L, "vi"
    ),  # question-form
    Phrase("en", "switch language to brazilian portuguese", L, "pt-BR"),  # command
    Phrase(
        "en", "answer in simplified chinese pls, for the shenzhen team", L, "zh-Hans"
    ),  # informal
    Phrase("en", "@ADE Doctor hi! what can you do?", H),  # question-form
    Phrase("en", "how do i use this bot", H),  # question-form
    Phrase("en", "commands?", H),  # short
    Phrase("en", "what is ADE exactly and how is it different from DEP", XA),  # question-form
    Phrase("en", "eli5 automated device enrollment", XA),  # slang
    Phrase(
        "en",
        "Can you explain how Automated Device Enrollment works between Apple Business Manager and Intune? I'm new to Apple management.",
        XA,
    ),  # polite
    Phrase("en", "how do i renew the enrollment program token", XR),  # question-form
    Phrase(
        "en",
        "the guy who created our dep token left last month. which apple id do i use to renew it?",
        XR,
    ),  # long-context
    Phrase("en", "where do i upload the .p7m in intune", XR),  # plain
    Phrase("en", "is serial C02XK1ZZJG5H assigned to our ADE token?", DEV),  # question-form
    Phrase(
        "en",
        "DMPXT3K9Q1GC stuck at setup, never got the enrollment profile. whats up with this one",
        DEV,
    ),  # informal
    Phrase("en", "check mac K7QW9XH2LM - not showing in intune", DEV),  # command
    Phrase("en", "autopilot failing with 0x80180014 on the new lenovos", U),  # hard-negative
    Phrase("en", "my github token expired how do i make a new PAT", U),  # hard-negative
    Phrase(
        "en", "can you add a new user in apple business manager for our new hire", U
    ),  # hard-negative
    Phrase(
        "en", "azure monitor alert for cpu keeps firing, how do i silence it", U
    ),  # hard-negative
    Phrase(
        "en",
        "android enterprise zero-touch phones not enrolling, managed google play says not bound",
        U,
    ),  # hard-negative
    Phrase(
        "en",
        "the wifi certificate profile on the iPads expires next week, how do I push a new one",
        U,
    ),  # hard-negative
    Phrase("en", "jamf prestage enrollment not showing any devices, any idea", U),  # hard-negative
    Phrase("en", "how do i reset a managed apple id password", U),  # hard-negative
    Phrase("en", "thanks!", U),  # short
    Phrase("en", "lol this bot is better than our helpdesk", U),  # informal
    Phrase("en", "tell me a joke about macs", U),  # command
    Phrase("en", "asdfgh", U),  # short
    Phrase("en", "outlook keeps asking for my password on windows 11", U),  # plain
]

RUSSIAN = [
    Phrase("ru", "токен протух что ли? новые айпады не цепляются к интюну", D),  # slang
    Phrase("ru", "статус?", D),  # short
    Phrase("ru", "Когда истекает наш токен ASM?", D),  # question-form
    Phrase(
        "ru",
        "pochemu novye ipady ne pokazyvayut udalennoe upravlenie pri nastroike? ADE slomalsya?",
        D,
    ),  # transliteration
    Phrase(
        "ru",
        "Добрый день! Закупили 30 iPad для пятых классов, в Apple School Manager они привязаны к нашему MDM-серверу, но в Intune так и не появились, уже третий день ждём. Раньше всё работало без проблем. Подскажите, что не так с синхронизацией?",
        D,
    ),  # long-context
    Phrase("ru", "синк с ASM вообще живой?", D),  # slang
    Phrase("ru", "проверь токен программы регистрации", D),  # command
    Phrase(
        "ru", "в интюне на токене висит «Terms and conditions not accepted», это чё вообще", D
    ),  # informal
    Phrase(
        "ru", "маки не получают экран удаленого управления, яблочники опять чтото поменяли?", D
    ),  # typo
    Phrase(
        "ru",
        "Назначение профилей регистрации падает на всех новых девайсах, проверьте, пожалуйста, DEP",
        D,
    ),  # polite
    Phrase("ru", "token ADE v poryadke?", D),  # transliteration
    Phrase("ru", "prover pzh DEP token, chto-to nichego ne sinkaetsya", D),  # transliteration
    Phrase(
        "ru", "с автоматической регистрацией всё ок? а то завтра раздаём планшеты", D
    ),  # question-form
    Phrase(
        "ru",
        "две вещи: главное — почему токен ASM не синхронизируется с Intune? и попутно, никто не знает, где взять лицензии Office для учителей?",
        D,
    ),  # long-context
    Phrase("ru", "какие у нас есть токены программы регистрации?", T),  # question-form
    Phrase("ru", "skolko u nas DEP tokenov?", T),  # transliteration
    Phrase("ru", "покажи список всех токенов ADE с датами", T),  # command
    Phrase("ru", "сколько токенов ASM/ABM заведено в тенанте и в каком они состоянии", T),  # plain
    Phrase("ru", "залил новый токен, проверь ещё раз", R),  # plain
    Phrase("ru", "prover snova", R),  # transliteration
    Phrase("ru", "Приняли новые условия в ASM, перепроверьте, пожалуйста", R),  # polite
    Phrase("ru", "ну чё, теперь норм? глянь повторно", R),  # slang
    Phrase("ru", "предупреждай заранее, когда токен начнёт протухать", ON),  # slang
    Phrase("ru", "включи оповещения по токенам DEP в этот канал", ON),  # command
    Phrase("ru", "пиши сюда, если синхронизация с ASM отвалится", ON),  # informal
    Phrase("ru", "Можно ли настроить уведомление за 30 дней до истечения токена?", ON),  # polite
    Phrase("ru", "vklyuchi alerty po ADE", ON),  # transliteration
    Phrase("ru", "хватит спамить про токены, отключи уведомления", OFF),  # informal
    Phrase("ru", "отпишите меня, пожалуйста, от предупреждений об истечении токена", OFF),  # polite
    Phrase("ru", "vykluchi opoveshcheniya pro tokeny", OFF),  # transliteration
    Phrase("ru", "больше не присылай алерты по DEP", OFF),  # command
    Phrase(
        "ru",
        "Отвечай, пожалуйста, по-английски — коллега из головного офиса не читает по-русски",
        L,
        "en",
    ),  # polite
    Phrase("ru", "можешь писать по-китайски? для подрядчика", L, "zh-Hans"),  # question-form
    Phrase("ru", "переключись на польский", L, "pl"),  # command
    Phrase(
        "ru", "для коллеги из Сан-Паулу ответь на бразильском португальском", L, "pt-BR"
    ),  # plain
    Phrase("ru", "@ADE Doctor привет, что ты умеешь?", H),  # question-form
    Phrase("ru", "как тобой пользоваться? какие команды есть", H),  # question-form
    Phrase("ru", "chto ty umeesh?", H),  # transliteration
    Phrase("ru", "объясни по-простому, что такое ADE и чем он отличается от DEP", XA),  # command
    Phrase(
        "ru", "Что такое автоматическая регистрация устройств Apple и зачем она школе?", XA
    ),  # question-form
    Phrase("ru", "chto takoe DEP voobshche?", XA),  # transliteration
    Phrase(
        "ru", "как продлить токен программы регистрации? куда в Intune загружать .p7m?", XR
    ),  # question-form
    Phrase(
        "ru",
        "Какой Apple ID нужен для продления токена? Прошлый админ уволился, доступа к его учётке нет.",
        XR,
    ),  # long-context
    Phrase("ru", "kak obnovit token ASM poshagovo", XR),  # transliteration
    Phrase(
        "ru", "посмотри айпад с серийником DMPXT3K9Q1GC, почему не регистрируется", DEV
    ),  # slang
    Phrase("ru", "seriinik F9FZL2QHJF8J — on voobshche est v ASM?", DEV),  # transliteration
    Phrase("ru", "макбук C02ZW4JNMD6R не получил профиль регистрации, проверь", DEV),  # command
    Phrase("ru", "токен для API электронного журнала протух, где взять новый?", U),  # hard-negative
    Phrase("ru", "Autopilot выдаёт 0x800705b4 на новых ноутах, что делать", U),  # hard-negative
    Phrase("ru", "как сбросить пароль управляемого Apple ID ученику в ASM?", U),  # hard-negative
    Phrase("ru", "Defender шлёт алерты на каждую флешку, как их отключить", U),  # hard-negative
    Phrase("ru", "хромбуки не регаются в Google Workspace", U),  # hard-negative
    Phrase(
        "ru", "сертификат на сайте школы истекает, как продлить Let's Encrypt?", U
    ),  # hard-negative
    Phrase("ru", "в Kandji как сделать blueprint для айпадов?", U),  # hard-negative
    Phrase(
        "ru", "Android-планшеты через Managed Google Play не ставят приложения", U
    ),  # hard-negative
    Phrase("ru", "спасибо, выручил", U),  # short
    Phrase("ru", "ахах, ну ты красавчик", U),  # slang
    Phrase("ru", "расскажи анекдот про сисадмина", U),  # command
    Phrase("ru", "ывапрол", U),  # short
    Phrase("ru", "принтер в учительской опять не печатает", U),  # plain
]

CHINESE = [
    Phrase("zh", "新到的 iPad 开机没有 Remote Management 界面，ADE 是不是挂了？", D),  # code-switch
    Phrase("zh", "我们的 enrollment program token 还正常吗？", D),  # code-switch
    Phrase("zh", "状态？", D),  # short
    Phrase("zh", "DEP token 什么时候过期？", D),  # question-form
    Phrase(
        "zh", "Intune 里 token 显示“Expired or invalid token”，到底哪里出问题了", D
    ),  # code-switch
    Phrase(
        "zh",
        "各位好，上周从经销商那边采购了 200 台 MacBook Pro 给研发部，ABM 里已经分配到我们的 MDM server 了，但是 Intune 里一台都没同步过来，员工开机直接走普通的设置流程，没有远程管理那一步。之前一直没问题。麻烦帮忙看看 ADE 这边是什么情况？",
        D,
    ),  # long-context
    Phrase("zh", "ABM 跟 Intune 的 sync 是不是断了，tongbu 一直失败", D),  # code-switch
    Phrase("zh", "帮我查一下 ADE token", D),  # command
    Phrase("zh", "注册配置文件分配一直失败，新 iPhone 全卡住了，急！！", D),  # informal
    Phrase("zh", "麻烦您帮忙确认一下自动设备注册是否正常，谢谢！", D),  # polite
    Phrase("zh", "token 是不是过期了？上次同步成功是两周前", D),  # question-form
    Phrase("zh", "zhege DEP token hai neng yong ma", D),  # transliteration
    Phrase(
        "zh",
        "两个问题：主要是 ABM 同步报错“Terms and conditions not accepted”是怎么回事？另外顺便问下，公司 Wi-Fi 密码改了没",
        D,
    ),  # long-context
    Phrase("zh", "Mac 不弹远程管理了，ADE 咋回事", D),  # slang
    Phrase("zh", "我们租户里有哪些 enrollment program token？", T),  # code-switch
    Phrase("zh", "一共有几个 ADE token？", T),  # question-form
    Phrase("zh", "列出所有 DEP token 和它们的状态", T),  # command
    Phrase("zh", "ABM/ASM 的 token 清单发我一下", T),  # informal
    Phrase("zh", "新的 token 已经上传了，再检查一次", R),  # plain
    Phrase("zh", "再查一遍", R),  # short
    Phrase("zh", "已经在 ABM 里接受了新条款，麻烦重新检查一下", R),  # polite
    Phrase("zh", "zai jiancha yixia", R),  # transliteration
    Phrase("zh", "token 快过期的时候提前通知我", ON),  # plain
    Phrase("zh", "ABM 同步失败的话在这个频道里提醒一下", ON),  # plain
    Phrase("zh", "开启 DEP token 到期提醒", ON),  # command
    Phrase("zh", "能不能在 token 过期前 30 天就发个告警？", ON),  # question-form
    Phrase("zh", "以后 ADE 一出问题就第一时间 @ 我", ON),  # informal
    Phrase("zh", "关掉 token 到期提醒", OFF),  # command
    Phrase("zh", "别再发 ADE 告警了，太吵", OFF),  # informal
    Phrase("zh", "取消订阅 token 过期通知", OFF),  # plain
    Phrase("zh", "DEP 的提醒先停掉吧", OFF),  # informal
    Phrase("zh", "请用英文回复", L, "en"),  # polite
    Phrase("zh", "用越南语回答，胡志明市的同事要看", L, "vi"),  # command
    Phrase("zh", "切换成俄语", L, "ru"),  # short
    Phrase("zh", "以后都用简体中文回复我", L, "zh-Hans"),  # plain
    Phrase("zh", "@ADE Doctor 你好，你能干什么？", H),  # question-form
    Phrase("zh", "这个 bot 怎么用？有哪些命令", H),  # question-form
    Phrase("zh", "帮助", H),  # short
    Phrase("zh", "ADE 和 DEP 有什么区别？", XA),  # question-form
    Phrase("zh", "简单讲讲 Automated Device Enrollment 的原理", XA),  # code-switch
    Phrase("zh", "自动设备注册是什么东西？跟 Apple Business Manager 啥关系", XA),  # informal
    Phrase("zh", "enrollment program token 怎么续期？", XR),  # code-switch
    Phrase("zh", ".p7m 文件在哪下载，传到 Intune 哪里", XR),  # question-form
    Phrase("zh", "续订 token 要用哪个 Apple ID？原来创建的同事已经离职了", XR),  # long-context
    Phrase("zh", "序列号 DMQW82HKQ1GC 的 iPad 为什么没同步到 Intune", DEV),  # question-form
    Phrase("zh", "帮我看下 C02FJ3ZKMD6M 这台 Mac 有没有分配配置文件", DEV),  # command
    Phrase("zh", "SN：H7V9XK2P4L 这台新 MacBook 在不在 ABM 里？", DEV),  # code-switch
    Phrase("zh", "Autopilot 报错 0x80180018，Windows 电脑注册不了", U),  # hard-negative
    Phrase("zh", "GitHub 的 personal access token 过期了怎么续", U),  # hard-negative
    Phrase("zh", "在 ABM 里怎么给新员工加账号", U),  # hard-negative
    Phrase("zh", "Azure Monitor 的告警规则怎么关", U),  # hard-negative
    Phrase("zh", "安卓手机 Managed Google Play 绑定失败", U),  # hard-negative
    Phrase("zh", "这台 iPad 屏幕裂了，AppleCare 保修怎么查", U),  # hard-negative
    Phrase("zh", "MFA 硬件令牌丢了怎么办", U),  # hard-negative
    Phrase("zh", "Mosyle 能不能和 Intune 一起用", U),  # hard-negative
    Phrase("zh", "谢谢啦", U),  # short
    Phrase("zh", "哈哈哈 你比我们 IT 热线靠谱多了", U),  # informal
    Phrase("zh", "讲个笑话", U),  # command
    Phrase("zh", "jkjkjk123", U, None, "en"),  # short
    Phrase("zh", "车间那台打印机又卡纸了", U),  # plain
]

POLISH = [
    Phrase(
        "pl",
        "Nowe iPady utknęły na ekranie powitalnym, nie pojawia się Remote Management. Co jest z ADE?",
        D,
    ),  # code-switch
    Phrase("pl", "sprawdź nasz token ADE", D),  # command
    Phrase("pl", "jaki status?", D),  # short
    Phrase("pl", "kiedy wygasa nasz token programu rejestracji?", D),  # question-form
    Phrase(
        "pl", "Cześć, w Intune przy tokenie mamy „Expired or invalid token” — co się stało?", D
    ),  # code-switch
    Phrase(
        "pl",
        "Dzień dobry, centrala ze Stuttgartu przysłała nam 25 MacBooków dla działu jakości. W ABM są przypisane do naszego MDM servera, ale w Intune ich nie widać, a przy pierwszym uruchomieniu nie ma ekranu zdalnego zarządzania. Wcześniej wszystko działało. Możecie sprawdzić, co jest nie tak z ADE?",
        D,
    ),  # long-context
    Phrase("pl", "sync z ABM w ogole dziala?", D),  # no-diacritics
    Phrase(
        "pl", "profile assignment failuje na wszystkich nowych iPhone'ach, DEP padł?", D
    ),  # code-switch
    Phrase(
        "pl",
        "Czy można prosić o sprawdzenie, czy automatyczna rejestracja urządzeń działa poprawnie?",
        D,
    ),  # polite
    Phrase("pl", "token nie wygasl przypadkiem? ostatni sync 10 dni temu", D),  # no-diacritics
    Phrase("pl", "enrollment program token jest ok czy nie?", D),  # code-switch
    Phrase(
        "pl", "Maki nie dostaja ekranu Remote Management, sync z ABM chyba lezy", D
    ),  # no-diacritics
    Phrase(
        "pl",
        "dwie sprawy: przede wszystkim czemu token DEP pokazuje błąd synchronizacji? a przy okazji, ktoś wie, czy stołówka jest dziś otwarta?",
        D,
    ),  # long-context
    Phrase("pl", "co jest z tym ADE, znowu nic się nie enrolluje", D),  # slang
    Phrase("pl", "jakie mamy tokeny programu rejestracji?", T),  # question-form
    Phrase("pl", "ile jest tokenów ADE w tenancie?", T),  # question-form
    Phrase("pl", "pokaż listę wszystkich tokenów DEP z datami wygaśnięcia", T),  # command
    Phrase("pl", "lista tokenow ABM/ASM plz", T),  # no-diacritics
    Phrase("pl", "wgrałem nowy token, sprawdź jeszcze raz", R),  # plain
    Phrase("pl", "sprawdz ponownie", R),  # no-diacritics
    Phrase("pl", "Zaakceptowałem nowe warunki w ABM, proszę o ponowne sprawdzenie.", R),  # polite
    Phrase("pl", "ok, poprawione — odpal checka jeszcze raz", R),  # slang
    Phrase("pl", "daj znać, zanim token wygaśnie", ON),  # plain
    Phrase("pl", "włącz alerty dla tokenów DEP na tym kanale", ON),  # command
    Phrase("pl", "jak sync z ABM padnie, to pingnij ten kanał", ON),  # code-switch
    Phrase("pl", "Czy mógłbyś ostrzegać nas 30 dni przed wygaśnięciem tokenu?", ON),  # polite
    Phrase("pl", "chcę dostawać powiadomienia, gdy coś się sypie z ADE", ON),  # informal
    Phrase("pl", "wyłącz alerty o tokenach", OFF),  # command
    Phrase("pl", "wypisz mnie z powiadomień o wygasaniu, dzięki", OFF),  # polite
    Phrase("pl", "za dużo tych pingów, wycisz ADE na tym kanale", OFF),  # informal
    Phrase("pl", "nie wysylaj juz ostrzezen o DEP", OFF),  # no-diacritics
    Phrase("pl", "odpowiadaj po angielsku, szef z Niemiec też to czyta", L, "en"),  # command
    Phrase(
        "pl", "przełącz język na portugalski (brazylijski), mamy zakład w Kurytybie", L, "pt-BR"
    ),  # plain
    Phrase(
        "pl", "proszę odpowiadać po chińsku, dostawca z Shenzhen dołącza do kanału", L, "zh-Hans"
    ),  # polite
    Phrase("pl", "odpowiadaj po polsku", L, "pl"),  # short
    Phrase("pl", "@ADE Doctor cześć, co potrafisz?", H),  # question-form
    Phrase("pl", "jak z ciebie korzystać? jakie są komendy?", H),  # question-form
    Phrase("pl", "pomoc", H),  # short
    Phrase("pl", "co to właściwie jest ADE i czym się różni od DEP?", XA),  # question-form
    Phrase(
        "pl", "wytłumacz mi, jak działa automatyczna rejestracja urządzeń Apple z Intune", XA
    ),  # command
    Phrase(
        "pl", "czym jest Automated Device Enrollment? jestem nowy w temacie Apple", XA
    ),  # code-switch
    Phrase("pl", "jak odnowić token programu rejestracji?", XR),  # question-form
    Phrase("pl", "gdzie wgrać plik .p7m w Intune i skąd go pobrać?", XR),  # question-form
    Phrase(
        "pl",
        "Którego Apple ID użyć do odnowienia tokenu? Osoba, która go zakładała, odeszła z firmy.",
        XR,
    ),  # long-context
    Phrase("pl", "sprawdź iPada o numerze seryjnym DMPYK4H7JF8K", DEV),  # command
    Phrase(
        "pl", "MacBook C02G81ZXML7H nie dostaje profilu rejestracji, co z nim?", DEV
    ),  # question-form
    Phrase("pl", "czy S/N L4RX9Q2MVN jest w ABM przypisany do nas?", DEV),  # question-form
    Phrase("pl", "Autopilot rzuca 0x80180014 na nowych Dellach", U),  # hard-negative
    Phrase("pl", "token do API SAP-a wygasł, kto ma do tego dostęp?", U),  # hard-negative
    Phrase("pl", "jak dodać nowego użytkownika w Apple Business Manager?", U),  # hard-negative
    Phrase("pl", "alerty z Defendera zalewają skrzynkę, jak je przefiltrować?", U),  # hard-negative
    Phrase(
        "pl", "Android Enterprise – skaner Zebra nie chce się zarejestrować", U
    ),  # hard-negative
    Phrase(
        "pl", "certyfikat Wi-Fi na iPadach wygasa w piątek, jak wypchnąć nowy profil?", U
    ),  # hard-negative
    Phrase("pl", "Jamf czy Intune do Maców — co polecasz?", U),  # hard-negative
    Phrase(
        "pl", "Windows Update nie instaluje poprawek na komputerach przy linii produkcyjnej", U
    ),  # plain
    Phrase("pl", "dzięki wielkie!", U),  # short
    Phrase("pl", "haha, lepszy niż nasz helpdesk", U),  # informal
    Phrase("pl", "opowiedz jakiś kawał", U),  # command
    Phrase("pl", "qwe qwe", U, None, "en"),  # short
    Phrase("pl", "drukarka na hali znowu nie drukuje etykiet", U),  # plain
]

PORTUGUESE = [
    Phrase(
        "pt",
        "os iPads novos tão travados na tela de ativação, não aparece o Gerenciamento Remoto. o ADE quebrou?",
        D,
    ),  # informal
    Phrase("pt", "vc consegue ver se o token do ADE tá ok?", D),  # slang
    Phrase("pt", "status do DEP?", D),  # short
    Phrase("pt", "quando vence nosso token de programa de registro?", D),  # question-form
    Phrase(
        "pt",
        "no Intune tá aparecendo 'Expired or invalid token' no token de programa de registro, pq?",
        D,
    ),  # code-switch
    Phrase(
        "pt",
        "Bom dia, pessoal. Recebemos 60 iPhones novos pro time das agências. Eles aparecem no ABM atribuídos ao nosso servidor MDM, mas nada chega no Intune, e quando liga o aparelho ele vai direto pra configuração normal, sem a tela de gerenciamento remoto. Até mês passado funcionava de boa. Dá pra ver o que tá errado com o ADE?",
        D,
    ),  # long-context
    Phrase("pt", "sync do ABM com o intune ta funcionando?", D),  # no-diacritics
    Phrase("pt", "atribuição de perfil de registro falhando em tudo, pq isso??", D),  # slang
    Phrase(
        "pt",
        "Poderia, por gentileza, verificar se o registro automático de dispositivos está funcionando?",
        D,
    ),  # polite
    Phrase("pt", "checa o token do DEP aí", D),  # command
    Phrase("pt", "o token expirou? último sync foi há 12 dias kkk", D),  # slang
    Phrase(
        "pt", "os mac nao tao pegando o perfil de registro, ADE ta com problema?", D
    ),  # no-diacritics
    Phrase(
        "pt",
        "duas coisas: o principal, pq o token do ABM tá com erro de sincronização? e tb, alguém sabe se o VR já caiu?",
        D,
    ),  # long-context
    Phrase("pt", "ADE ta de boa ou deu ruim?", D),  # slang
    Phrase("pt", "quais tokens de programa de registro a gente tem?", T),  # question-form
    Phrase("pt", "quantos tokens ADE tem no tenant?", T),  # question-form
    Phrase("pt", "lista todos os tokens DEP com a validade", T),  # command
    Phrase("pt", "manda a lista dos tokens ABM/ASM pfv", T),  # slang
    Phrase("pt", "subi o token novo, verifica de novo", R),  # plain
    Phrase("pt", "checa dnv", R),  # slang
    Phrase(
        "pt", "Aceitei os novos termos no ABM. Pode verificar novamente, por favor?", R
    ),  # polite
    Phrase("pt", "e agora, foi? roda de novo aí blz", R),  # informal
    Phrase("pt", "me avisa antes do token vencer", ON),  # plain
    Phrase("pt", "ativa alertas dos tokens DEP nesse canal", ON),  # command
    Phrase("pt", "se o sync com o ABM cair, manda msg aqui", ON),  # slang
    Phrase(
        "pt", "Seria possível receber um aviso 30 dias antes do vencimento do token?", ON
    ),  # polite
    Phrase("pt", "quero ser notificado qdo o ADE der pau", ON),  # slang
    Phrase("pt", "desativa os alertas de token", OFF),  # command
    Phrase("pt", "para de mandar aviso de vencimento pfv", OFF),  # slang
    Phrase("pt", "silencia as notificações do ADE aqui, tá muito barulho", OFF),  # informal
    Phrase("pt", "me tira dos alertas do DEP", OFF),  # informal
    Phrase("pt", "responde em inglês, o gerente global não lê português", L, "en"),  # command
    Phrase(
        "pt", "responde em vietnamita, o fornecedor de Ho Chi Minh tá no canal", L, "vi"
    ),  # command
    Phrase("pt", "responde em português, por favor", L, "pt-BR"),  # polite
    Phrase("pt", "troca pro chinês simplificado", L, "zh-Hans"),  # short
    Phrase("pt", "@ADE Doctor oi! o que vc faz?", H),  # slang
    Phrase("pt", "como uso esse bot? quais comandos tem?", H),  # question-form
    Phrase("pt", "ajuda", H),  # short
    Phrase("pt", "o que é ADE e qual a diferença pro DEP?", XA),  # question-form
    Phrase(
        "pt", "me explica como funciona o registro automático de dispositivos da Apple", XA
    ),  # command
    Phrase(
        "pt", "Automated Device Enrollment é o que exatamente? sou novo em Apple", XA
    ),  # code-switch
    Phrase("pt", "como renovo o token de programa de registro?", XR),  # question-form
    Phrase("pt", "onde baixo o .p7m e onde subo no Intune?", XR),  # question-form
    Phrase(
        "pt", "qual Apple ID tenho que usar pra renovar o token? o cara que criou saiu do banco", XR
    ),  # long-context
    Phrase("pt", "o iPad DMPZJ7T3KD6L não tá registrando, vê pra mim?", DEV),  # informal
    Phrase("pt", "serial C02DV3YHMD6T tá atribuído ao nosso token?", DEV),  # question-form
    Phrase("pt", "esse MacBook serial Q9HXW2JK7P não recebeu o perfil, pq?", DEV),  # slang
    Phrase("pt", "autopilot dando 0x801c03ed nos notebooks novos", U),  # hard-negative
    Phrase("pt", "o token do app do banco expirou, como gero outro?", U),  # hard-negative
    Phrase("pt", "como reseto a senha de um Apple ID gerenciado no ABM?", U),  # hard-negative
    Phrase(
        "pt", "o Service Health tá mandando alerta de incidente no Exchange, é com a gente?", U
    ),  # hard-negative
    Phrase("pt", "Android Enterprise: celular Samsung não registra pelo Knox", U),  # hard-negative
    Phrase(
        "pt", "o certificado SSL do internet banking vence semana que vem, quem renova?", U
    ),  # hard-negative
    Phrase("pt", "Kandji vale a pena pra Mac?", U),  # hard-negative
    Phrase("pt", "Chromebook não entra no Google Workspace", U),  # hard-negative
    Phrase("pt", "valeu!!", U),  # short
    Phrase("pt", "kkkkk muito bom", U),  # slang
    Phrase("pt", "conta uma piada de TI", U),  # command
    Phrase("pt", "asdasd", U, None, "en"),  # short
    Phrase("pt", "a impressora do 5º andar tá offline de novo", U),  # plain
]

VIETNAMESE = [
    Phrase(
        "vi",
        "ipad moi cua khach bi ket o man hinh setup, ko hien Remote Management, ADE loi ha?",
        D,
    ),  # no-diacritics
    Phrase("vi", "check token ADE cua tenant nay giup e", D),  # code-switch
    Phrase("vi", "trạng thái?", D),  # short
    Phrase("vi", "token DEP khi nao het han", D),  # no-diacritics
    Phrase(
        "vi",
        "Intune báo 'Expired or invalid token' ở mục mã thông báo chương trình đăng ký, bị gì vậy?",
        D,
    ),  # code-switch
    Phrase(
        "vi",
        "Chào anh, bên em là MSP, khách hàng vừa nhận 40 MacBook Air từ đại lý. Trên ABM đã gán vào MDM server rồi mà Intune không thấy máy nào, mở máy lên thì vào thẳng setup bình thường, không có màn hình quản lý từ xa. Tháng trước vẫn chạy ok. Anh xem giúp ADE đang bị gì với?",
        D,
    ),  # long-context
    Phrase("vi", "dong bo ABM voi intune co chay ko", D),  # no-diacritics
    Phrase("vi", "gan profile dang ky fail het, dep chet roi ha", D),  # slang
    Phrase(
        "vi", "Nhờ bạn kiểm tra giúp đăng ký thiết bị tự động có hoạt động bình thường không ạ.", D
    ),  # polite
    Phrase("vi", "token het han chua? lan sync cuoi 2 tuan truoc r", D),  # no-diacritics
    Phrase("vi", "mac ko len man hinh quan ly tu xa, ADE bi sao vay", D),  # no-diacritics
    Phrase("vi", "kiểm tra token ADE", D),  # command
    Phrase(
        "vi",
        "2 viec: chinh la sao token ABM bao loi dong bo? con phu thi ai biet pass wifi tang 5 ko",
        D,
    ),  # long-context
    Phrase("vi", "ADE on ko hay toang r", D),  # slang
    Phrase("vi", "tenant nay co nhung token chuong trinh dang ky nao", T),  # no-diacritics
    Phrase("vi", "có bao nhiêu token ADE?", T),  # question-form
    Phrase("vi", "liệt kê tất cả token DEP kèm ngày hết hạn", T),  # command
    Phrase("vi", "list token ABM/ASM cua khach giup e", T),  # code-switch
    Phrase("vi", "up token moi roi, check lai di", R),  # no-diacritics
    Phrase("vi", "kiểm tra lại", R),  # short
    Phrase(
        "vi", "Em đã chấp nhận điều khoản mới trên ABM, anh kiểm tra lại giúp em nhé", R
    ),  # polite
    Phrase("vi", "fix xong r, chay lai check di", R),  # no-diacritics
    Phrase("vi", "bao truoc khi token het han nha", ON),  # no-diacritics
    Phrase("vi", "bật cảnh báo token DEP cho kênh này", ON),  # command
    Phrase("vi", "neu sync ABM loi thi ping kenh nay", ON),  # no-diacritics
    Phrase("vi", "Có thể nhắc trước 30 ngày khi token sắp hết hạn được không ạ?", ON),  # polite
    Phrase("vi", "muon nhan thong bao moi khi ADE co van de", ON),  # no-diacritics
    Phrase("vi", "tắt cảnh báo token", OFF),  # command
    Phrase("vi", "dung gui canh bao het han nua", OFF),  # no-diacritics
    Phrase("vi", "tat thong bao ADE o kenh nay, spam qua", OFF),  # no-diacritics
    Phrase("vi", "hủy đăng ký nhận thông báo DEP giúp mình", OFF),  # polite
    Phrase("vi", "tra loi bang tieng anh nhe, khach nuoc ngoai doc", L, "en"),  # no-diacritics
    Phrase("vi", "trả lời bằng tiếng Việt", L, "vi"),  # command
    Phrase("vi", "đổi sang tiếng Trung giản thể", L, "zh-Hans"),  # command
    Phrase("vi", "tra loi bang tieng Ba Lan dc ko, khach o Warsaw", L, "pl"),  # no-diacritics
    Phrase("vi", "@ADE Doctor chao, bot lam duoc gi?", H),  # no-diacritics
    Phrase("vi", "dùng bot này thế nào? có những lệnh gì?", H),  # question-form
    Phrase("vi", "tro giup", H),  # short
    Phrase("vi", "ADE la gi, khac DEP cho nao?", XA),  # no-diacritics
    Phrase(
        "vi", "giải thích giúp đăng ký thiết bị tự động của Apple hoạt động ra sao", XA
    ),  # command
    Phrase("vi", "Automated Device Enrollment là gì vậy anh? em mới làm Apple", XA),  # code-switch
    Phrase("vi", "gia han token chuong trinh dang ky the nao", XR),  # no-diacritics
    Phrase("vi", "file .p7m tai o dau, up len intune cho nao", XR),  # no-diacritics
    Phrase(
        "vi", "gia hạn token phải dùng Apple ID nào? người tạo nghỉ việc rồi", XR
    ),  # long-context
    Phrase("vi", "ipad serial DMPW3KQ8HG7F ko dang ky duoc, check giup", DEV),  # no-diacritics
    Phrase("vi", "C02CK9ZZMD6N co trong ABM ko", DEV),  # short
    Phrase("vi", "macbook so serial P3K7VX9QWJ chua nhan profile, sao vay", DEV),  # no-diacritics
    Phrase("vi", "autopilot loi 0x80070774 tren may dell moi", U),  # hard-negative
    Phrase("vi", "token API cua Zalo OA het han roi, lam sao lay lai", U),  # hard-negative
    Phrase("vi", "them user moi trong Apple Business Manager sao vay", U),  # hard-negative
    Phrase("vi", "Azure Monitor alert CPU ban lien tuc, tat kieu gi", U),  # hard-negative
    Phrase(
        "vi", "Android Enterprise zero-touch khong dang ky duoc may Samsung", U
    ),  # hard-negative
    Phrase(
        "vi", "chromebook cua truong khong enroll vao Google Workspace duoc", U
    ),  # hard-negative
    Phrase("vi", "chứng chỉ SSL web của khách sắp hết hạn, gia hạn sao", U),  # hard-negative
    Phrase("vi", "mosyle voi jamf cai nao re hon", U),  # hard-negative
    Phrase("vi", "cam on nha", U),  # short
    Phrase("vi", "haha bot xin day", U),  # slang
    Phrase("vi", "ke chuyen cuoi di", U),  # no-diacritics
    Phrase("vi", "hjkl;;", U, None, "en"),  # short
    Phrase("vi", "may in tang 3 lai ket giay", U),  # no-diacritics
]

BATCH12: tuple[Phrase, ...] = (*ENGLISH, *RUSSIAN, *CHINESE, *POLISH, *PORTUGUESE, *VIETNAMESE)

_SEEN = {p.text for p in (*PHRASES, *BATCH8, *BATCH9, *BATCH10, *BATCH11)}
NEW: tuple[Phrase, ...] = tuple(p for p in BATCH12 if p.text not in _SEEN)
