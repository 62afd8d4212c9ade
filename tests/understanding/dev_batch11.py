# ruff: noqa: RUF001, E501
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII;
# each message is kept on one line as the writer typed it.)
"""Development batch 11 (issue 13, round 5): 60 messages per language, written blind.

Written by a helper session (native-level in the six languages) before any round-5 change and
committed before anything was run on it. The writer read only /work/shared/reference/domain.md,
the localized seed articles and the frozen set's label conventions (not its messages), never
the recogniser, the tests or earlier batches. New admins: a school district's tech coordinator
on a phone, an airline's cockpit-iPad (EFB) fleet manager, a logistics company's rugged
iPhones, a law firm's solo IT, a consultant pasting Graph fields, resellers' support engineers
(pl, pt-BR, vi), a construction company's site iPads, a factory floor, a gym chain's manager,
Russian typed in Latin letters. The writer's difficulty tag ends each line. Unlike batches 8-10
the reply language follows the frozen set's convention: a message with no language signal
("ADE token status?" in the Polish file, "haha") is answered in English, so such rows carry
the reply language as the fifth field.
"""

from __future__ import annotations

from tests.core.intent_phrases import PHRASES, Phrase
from tests.understanding.dev_batch8 import BATCH8
from tests.understanding.dev_batch9 import BATCH9
from tests.understanding.dev_batch10 import BATCH10

D, T, H, L = "DIAGNOSE", "TOKENS", "HELP", "LANGUAGE"
ON, OFF, R, U = "ALERTS_ON", "ALERTS_OFF", "RECHECK", "UNKNOWN"
XA, XR, DEV = "EXPLAIN_ADE", "EXPLAIN_RENEW", "DEVICE"

ENGLISH = [
    Phrase(
        "en",
        "new ipads for the middle school r all stuck on hello, no remote mgmt screen at all. 300 kids tmrw morning. whats broken??",
        D,
    ),  # typo
    Phrase(
        "en",
        "The 40 EFB iPads we took over from the lessor were assigned to our MDM server in ABM on Monday, but none of them show up in Intune yet and the pilots pick them up Thursday. Is the ADE sync actually running on our side?",
        D,
    ),  # long-context
    Phrase("en", "is our DEP token ok", D),  # short
    Phrase("en", "When does the Apple enrollment token run out?", D),  # question-form
    Phrase(
        "en",
        "Fwd from our ops manager: “Drivers collected 25 replacement iPhones in the rugged cases this morning and not one of them auto-enrolled, they went straight to the home screen. Third time this quarter.” Can you figure out what's wrong with our Apple enrollment before I get yelled at again?",
        D,
    ),  # long-context
    Phrase(
        "en",
        "Pretty sure it's not the token, we renewed it in March. But Macs straight out of the box skip the Remote Management screen entirely. Can you check anyway?",
        D,
    ),  # long-context
    Phrase(
        "en",
        "Client tenant: GET /beta/deviceManagement/depOnboardingSettings returns lastSyncErrorCode 3 and lastSuccessfulSyncDateTime from nine days ago. What's the actual state of ADE here?",
        D,
    ),  # long-context
    Phrase("en", "Run an ADE health check.", D),  # command
    Phrase(
        "en",
        "Could you please verify whether our Apple Business Manager sync is healthy? Thank you.",
        D,
    ),  # polite
    Phrase("en", "abm sync borked again?", D),  # slang
    Phrase(
        "en", "why the hell are the cockpit ipads not pulling the enrollment profile", D
    ),  # slang
    Phrase("en", "Intune shows Sync error next to our ABM token, what's going on", D),  # plain
    Phrase("en", "Macs from CDW show up in ABM but never land in Intune", D),  # question-form
    Phrase("en", "profile assigment keeps failing for every new iPhone, is DEP broken", D),  # typo
    Phrase("en", "ade status", D),  # short
    Phrase("en", "list our enrollment program tokens", T),  # command
    Phrase(
        "en", "How many ADE tokens do we have, and which ones are ASM vs ABM?", T
    ),  # question-form
    Phrase("en", "which DEP tokens are set up in this tenant", T),  # plain
    Phrase("en", "gimme the whole token inventory w/ expiry dates, audit wants it", T),  # informal
    Phrase("en", "ok uploaded the new .p7m, check again", R),  # informal
    Phrase(
        "en", "Just accepted the new terms in ABM. Could you re-run the check, please?", R
    ),  # polite
    Phrase("en", "try again", R),  # short
    Phrase("en", "renewed it, refresh pls", R),  # short
    Phrase("en", "Tell me before the Apple token expires, like a month ahead.", ON),  # plain
    Phrase("en", "ping this channel if the ABM sync breaks", ON),  # command
    Phrase(
        "en",
        "Last year our DEP token lapsed and we found out from a captain whose iPad wouldn't set up at the gate. Can you keep an eye on it and warn us well before it expires?",
        ON,
    ),  # long-context
    Phrase("en", "subscribe me to token expiry alerts", ON),  # command
    Phrase(
        "en", "I'd appreciate a heads-up here whenever ADE syncing stops working.", ON
    ),  # polite
    Phrase("en", "stop the token alerts", OFF),  # command
    Phrase("en", "mute these warnings, we're decommissioning that tenant anyway", OFF),  # informal
    Phrase("en", "unsubscribe", OFF),  # short
    Phrase("en", "Please stop posting ADE expiry reminders in this channel.", OFF),  # polite
    Phrase(
        "en", "can you answer in Russian, our Almaty office reads this channel", L, "ru"
    ),  # plain
    Phrase("en", "Reply in Vietnamese from now on please", L, "vi"),  # polite
    Phrase("en", "switch to portuguese", L, "pt-BR"),  # command
    Phrase("en", "respond in simplified chinese for the Shenzhen team", L, "zh-Hans"),  # command
    Phrase("en", "hi, what can you do?", H),  # plain
    Phrase("en", "how do I use this bot", H),  # question-form
    Phrase("en", "commands?", H),  # short
    Phrase(
        "en",
        "What is Automated Device Enrollment, in plain English? The managing partner asked and I'd rather not wing it.",
        XA,
    ),  # long-context
    Phrase("en", "ELI5 DEP vs ADE, same thing or not?", XA),  # informal
    Phrase(
        "en", "How does ADE actually work between Apple Business Manager and Intune?", XA
    ),  # question-form
    Phrase(
        "en", "How do I renew the enrollment program token? Which Apple ID do I sign in with?", XR
    ),  # question-form
    Phrase("en", "where do i grab the .p7m from in ABM", XR),  # informal
    Phrase(
        "en", "Steps to replace the ADE token when the person who created it has left the firm?", XR
    ),  # plain
    Phrase("en", "why won't DMPXL3ABJF8K enroll? it's the first officer's iPad", DEV),  # plain
    Phrase(
        "en", "serial F17ZQ8HLN72P isn't getting the enrollment profile, can you look", DEV
    ),  # informal
    Phrase(
        "en",
        "Check C02FK4YXMD6T please, the new associate's MacBook skipped remote management.",
        DEV,
    ),  # command
    Phrase(
        "en", "Autopilot fails with 0x80180014 on the new Surface laptops, any idea?", U
    ),  # hard-negative
    Phrase("en", "my GitHub token expired, how do I make a new one", U),  # hard-negative
    Phrase(
        "en", "How do I turn off Defender for Endpoint alerts for a single test machine?", U
    ),  # hard-negative
    Phrase(
        "en", "where's the Android Enterprise enrollment token for zero-touch in Intune?", U
    ),  # hard-negative
    Phrase(
        "en", "need to reset a Managed Apple ID password for one of the paralegals", U
    ),  # hard-negative
    Phrase(
        "en", "Outlook on the iPhones stopped syncing calendars after the iOS update", U
    ),  # hard-negative
    Phrase(
        "en", "Is Jamf Pro's prestage enrollment any better than what Intune does?", U
    ),  # hard-negative
    Phrase("en", "thanks, that sorted it 🙏", U),  # informal
    Phrase("en", "lol", U),  # short
    Phrase("en", "what's the wifi password on floor 3", U),  # plain
    Phrase("en", "tell me a joke about printers", U),  # informal
    Phrase("en", "asdkjh qwe", U),  # short
]

RUSSIAN = [
    Phrase(
        "ru",
        "Почему новые айфоны для курьеров не регаются в Intune? Достали из коробки, включили — и сразу рабочий стол, никакого удалённого управления.",
        D,
    ),  # informal
    Phrase(
        "ru", "pochemu ipady na obektah ne podtyagivayut profil registracii? vchera vse rabotalo", D
    ),  # transliteration
    Phrase("ru", "Проверь наш токен ADE", D),  # command
    Phrase("ru", "когда истекает токен DEP?", D),  # question-form
    Phrase(
        "ru", "Синхронизация с ABM вообще работает? В консоли последний синк был неделю назад", D
    ),  # plain
    Phrase("ru", "статус?", D),  # short
    Phrase(
        "ru",
        "Пересылаю от начальника склада: «Опять 15 новых терминалов в защищённых чехлах не встали в систему, люди стоят без сканеров». Что у нас сломалось с регистрацией Apple? Ответ нужен до обеда.",
        D,
    ),  # long-context
    Phrase(
        "ru",
        "Уверен, что дело не в токене — продлевали в январе. Но маки из новой поставки всё равно не показывают экран Remote Management. Глянешь, что не так?",
        D,
    ),  # long-context
    Phrase(
        "ru", "Будьте добры, проверьте состояние автоматической регистрации устройств Apple.", D
    ),  # polite
    Phrase("ru", "DEP опять отвалился походу", D),  # slang
    Phrase("ru", "в Intune напротив токена висит Sync error, чё за дела", D),  # code-switch
    Phrase(
        "ru", "назначение профилей регистрации падает на всех новых iPad, в чём причина", D
    ),  # plain
    Phrase("ru", "токин ADE нормальнй или нет?", D),  # typo
    Phrase(
        "ru", "Девайсы в Apple Business Manager есть, а в Intune не приезжают", D
    ),  # question-form
    Phrase("ru", "sinhronizaciya s ABM slomalas chto li", D),  # transliteration
    Phrase("ru", "Покажи все токены программы регистрации", T),  # command
    Phrase("ru", "сколько у нас токенов ADE и какие из них от ASM?", T),  # question-form
    Phrase("ru", "kakie u nas est DEP tokeny?", T),  # transliteration
    Phrase("ru", "список токенов", T),  # short
    Phrase("ru", "Загрузил новый .p7m, проверь ещё раз", R),  # plain
    Phrase("ru", "перепроверь", R),  # short
    Phrase(
        "ru", "Приняли новые условия в ABM. Можно, пожалуйста, повторить проверку?", R
    ),  # polite
    Phrase("ru", "ну чё, теперь норм? глянь снова", R),  # informal
    Phrase("ru", "Предупреди заранее, когда токен Apple начнёт истекать", ON),  # plain
    Phrase("ru", "пиши в этот канал, если синхронизация с ABM сломается", ON),  # command
    Phrase("ru", "vklyuchi opoveshcheniya ob istechenii tokena", ON),  # transliteration
    Phrase(
        "ru",
        "В прошлом году проспали продление токена DEP, и курьеры неделю ездили с личными телефонами. Хочу получать уведомление хотя бы за месяц до окончания срока.",
        ON,
    ),  # long-context
    Phrase(
        "ru", "Не могли бы вы присылать оповещение, если ADE перестанет синхронизироваться?", ON
    ),  # polite
    Phrase("ru", "отключи оповещения", OFF),  # command
    Phrase("ru", "хватит спамить про токен", OFF),  # slang
    Phrase("ru", "Отпишите, пожалуйста, этот канал от предупреждений по ADE.", OFF),  # polite
    Phrase("ru", "zaglushi uvedomleniya pro token", OFF),  # transliteration
    Phrase("ru", "отвечай по-английски", L, "en"),  # command
    Phrase("ru", "давай на польском, коллега из Варшавы тоже читает", L, "pl"),  # informal
    Phrase("ru", "Ответьте, пожалуйста, по-китайски", L, "zh-Hans"),  # polite
    Phrase("ru", "mozhno po-vietnamski?", L, "vi"),  # transliteration
    Phrase("ru", "привет, что ты умеешь?", H),  # plain
    Phrase("ru", "как этим ботом пользоваться?", H),  # question-form
    Phrase("ru", "помощь", H),  # short
    Phrase("ru", "Что такое ADE и чем он отличается от DEP?", XA),  # question-form
    Phrase(
        "ru", "объясни на пальцах, как работает автоматическая регистрация устройств Apple", XA
    ),  # informal
    Phrase(
        "ru",
        "Зачем вообще нужен Automated Device Enrollment, если можно регистрировать через Company Portal?",
        XA,
    ),  # code-switch
    Phrase(
        "ru", "Как продлить токен программы регистрации? Под каким Apple ID заходить?", XR
    ),  # question-form
    Phrase("ru", "где в ABM скачать новый .p7m", XR),  # informal
    Phrase(
        "ru", "kak obnovit DEP token esli sotrudnik kotoryi ego sozdal uvolilsya", XR
    ),  # transliteration
    Phrase("ru", "почему айфон F4GXN2KLP7QD не проходит регистрацию?", DEV),  # plain
    Phrase(
        "ru", "Глянь серийник DMRZP1XCN5G7, планшет прораба не получает профиль", DEV
    ),  # informal
    Phrase("ru", "Мак H7QW2XK9VT не показывает Remote Management, проверь", DEV),  # command
    Phrase(
        "ru", "Autopilot на ноутбуках падает с ошибкой 0x80180014, что делать?", U
    ),  # hard-negative
    Phrase("ru", "истёк токен в GitHub, как перевыпустить?", U),  # hard-negative
    Phrase(
        "ru", "Как отключить оповещения Azure Monitor по CPU на тестовых виртуалках?", U
    ),  # hard-negative
    Phrase("ru", "Как сбросить пароль управляемого Apple ID сотруднику?", U),  # hard-negative
    Phrase(
        "ru", "Почта на iPhone перестала синхронизироваться после смены пароля", U
    ),  # hard-negative
    Phrase(
        "ru", "Android Enterprise: где взять токен регистрации для ТСД Zebra?", U
    ),  # hard-negative
    Phrase("ru", "в Mosyle Business как настроить автоматическую регистрацию?", U),  # hard-negative
    Phrase("ru", "спасибо, всё заработало", U),  # plain
    Phrase("ru", "ахаха", U),  # short
    Phrase("ru", "где заказать противоударные чехлы для iPad?", U),  # hard-negative
    Phrase("ru", "расскажи анекдот про админов", U),  # informal
    Phrase("ru", "фывапролдж", U),  # short
]

CHINESE = [
    Phrase(
        "zh", "产线上新到的50台iPad开机直接进主屏了，没有远程管理界面，ADE是不是出问题了？", D
    ),  # plain
    Phrase("zh", "帮我查一下我们的DEP令牌", D),  # command
    Phrase("zh", "ADE令牌什么时候到期", D),  # question-form
    Phrase("zh", "ABM那边设备都分配好了，但是Intune里一直看不到", D),  # question-form
    Phrase("zh", "同步挂了？", D),  # short
    Phrase("zh", "状态？", D),  # short
    Phrase(
        "zh",
        "转一下老板的原话：“新买的MacBook到了一周了，员工开机还得自己装软件，IT到底在干什么？”我看ABM里设备已经分给Intune的MDM服务器了。能帮我看看注册到底卡在哪吗？",
        D,
    ),  # long-context
    Phrase(
        "zh",
        "我觉得应该不是令牌的问题，上个月刚续过，但新iPhone的注册配置文件一直分配失败。还是帮忙查一下吧",
        D,
    ),  # long-context
    Phrase("zh", "麻烦您帮忙检查一下Apple自动设备注册的同步状态，谢谢！", D),  # polite
    Phrase("zh", "ADE sync又报错了 wtf", D),  # slang
    Phrase("zh", "Intune里enrollment program token那栏显示sync error，咋回事", D),  # code-switch
    Phrase(
        "zh",
        "客户租户里depOnboardingSettings返回lastSyncErrorCode=3，lastSuccessfulSyncDateTime停在上周二。这个租户的ADE现在什么情况？",
        D,
    ),  # long-context
    Phrase("zh", "新到的ipad不走DEP流程直接激活了，为啥", D),  # informal
    Phrase("zh", "检查下ABM同步是否正常", D),  # command
    Phrase("zh", "苹果自动注册好像坏了，帮看看", D),  # informal
    Phrase("zh", "列出所有注册计划令牌", T),  # command
    Phrase("zh", "我们一共有几个ADE令牌？哪些是ASM的？", T),  # question-form
    Phrase("zh", "现在租户里有哪些DEP token", T),  # code-switch
    Phrase("zh", "令牌清单", T),  # short
    Phrase("zh", "新的.p7m已经传上去了，再检查一次", R),  # plain
    Phrase("zh", "再查一遍", R),  # short
    Phrase("zh", "ABM里的新条款已经接受了，麻烦您重新检查一下", R),  # polite
    Phrase("zh", "这下好了吧？refresh一下", R),  # code-switch
    Phrase("zh", "令牌快过期的时候提前告诉我", ON),  # plain
    Phrase("zh", "ABM同步一出问题就在这个频道里@所有人", ON),  # command
    Phrase(
        "zh", "去年ADE令牌过期了没人发现，产线停了半天。能不能在到期前30天就提醒我们？", ON
    ),  # long-context
    Phrase("zh", "开启令牌到期提醒", ON),  # command
    Phrase("zh", "请在同步失败时主动通知我，谢谢", ON),  # polite
    Phrase("zh", "关闭提醒", OFF),  # short
    Phrase("zh", "别再发令牌到期的消息了，烦死了", OFF),  # slang
    Phrase("zh", "请取消本频道的ADE告警订阅", OFF),  # polite
    Phrase("zh", "把这些通知mute掉", OFF),  # code-switch
    Phrase("zh", "请用英文回答", L, "en"),  # polite
    Phrase("zh", "用俄语回复，莫斯科分公司的同事要看", L, "ru"),  # plain
    Phrase("zh", "切换成越南语", L, "vi"),  # command
    Phrase("zh", "回复改成巴西葡萄牙语吧", L, "pt-BR"),  # informal
    Phrase("zh", "你好，你能做什么？", H),  # plain
    Phrase("zh", "这个机器人怎么用？有哪些命令", H),  # question-form
    Phrase("zh", "帮助", H),  # short
    Phrase("zh", "ADE是什么？和DEP有什么区别？", XA),  # question-form
    Phrase("zh", "简单讲讲苹果自动设备注册的原理，老板要听", XA),  # informal
    Phrase("zh", "Apple Business Manager跟Intune之间ADE是怎么配合工作的？", XA),  # code-switch
    Phrase("zh", "注册计划令牌怎么续期？要用哪个Apple ID登录？", XR),  # question-form
    Phrase("zh", "新的p7m文件在ABM哪里下载", XR),  # plain
    Phrase("zh", "建令牌的同事离职了，ADE令牌要怎么更换？", XR),  # plain
    Phrase("zh", "序列号F9FXK2LMN1QC的iPad为什么注册不上？", DEV),  # plain
    Phrase("zh", "帮我看下DMPWQ7HN2J4K这台，一直收不到注册配置文件", DEV),  # informal
    Phrase("zh", "MacBook L4FJ9X2C7M开机没出现远程管理界面", DEV),  # question-form
    Phrase("zh", "Autopilot报错0x80180014怎么解决", U),  # hard-negative
    Phrase("zh", "Azure DevOps的PAT令牌过期了怎么续", U),  # hard-negative
    Phrase("zh", "Defender的告警太多了，怎么关掉一部分", U),  # hard-negative
    Phrase("zh", "企业微信在iPhone上消息不同步", U),  # hard-negative
    Phrase("zh", "Chromebook的企业注册一直卡住", U),  # hard-negative
    Phrase("zh", "怎么在ABM里给新同事加一个账号", U),  # hard-negative
    Phrase("zh", "Kandji的自动注册怎么配置", U),  # hard-negative
    Phrase("zh", "谢谢，搞定了", U),  # plain
    Phrase("zh", "哈哈哈", U),  # short
    Phrase("zh", "中午吃啥", U),  # informal
    Phrase("zh", "讲个笑话", U),  # short
    Phrase("zh", "啊啊啊sdfgh", U),  # short
]

POLISH = [
    Phrase(
        "pl",
        "czemu nowe ipady dla 3b nie pokazuja ekranu zdalnego zarzadzania? jutro rano lekcja",
        D,
    ),  # no-diacritics
    Phrase("pl", "Sprawdź nasz token ADE", D),  # command
    Phrase("pl", "Kiedy wygasa token DEP?", D),  # question-form
    Phrase(
        "pl",
        "Czy mógłbyś sprawdzić, czy synchronizacja z Apple Business Manager działa poprawnie?",
        D,
    ),  # polite
    Phrase(
        "pl",
        "Dzień dobry, tu wsparcie techniczne partnera Apple. Klient zgłasza, że 60 MacBooków z naszej dostawy jest przypisanych do jego serwera MDM w ABM, ale od trzech dni nie widać ich w Intune. Co jest nie tak z ADE po stronie tenanta?",
        D,
    ),  # long-context
    Phrase("pl", "ADE token status?", D, None, "en"),  # short
    Phrase(
        "pl",
        "Pewnie nie chodzi o token, bo odnawialem go w lutym, ale nowe iPhone'y dalej omijaja rejestracje. Zerkniesz?",
        D,
    ),  # long-context
    Phrase("pl", "synchro z ABM znowu sie wysypalo?", D),  # slang
    Phrase("pl", "W Intune przy tokenie wisi Sync error, o co chodzi?", D),  # code-switch
    Phrase(
        "pl", "Przypisanie profilu rejestracji nie działa dla żadnego nowego iPada. Dlaczego?", D
    ),  # plain
    Phrase("pl", "kurde, macbooki znowu nie łapią DEP-a", D),  # slang
    Phrase(
        "pl",
        "Przekazuję od wspólnika: „Nowy laptop leży od tygodnia i dalej nie ma na nim naszych programów, to jakiś żart”. Sprawdź proszę, co jest nie tak z automatyczną rejestracją Apple.",
        D,
    ),  # long-context
    Phrase("pl", "urządzenia są w ABM, a w Intune ich nie ma", D),  # question-form
    Phrase("pl", "zdiagnozuj ADE", D),  # command
    Phrase("pl", "czy tokne DEP jest wazny?", D),  # typo
    Phrase("pl", "Pokaż listę tokenów programu rejestracji", T),  # command
    Phrase("pl", "ile mamy tokenów ADE i które są z ASM?", T),  # question-form
    Phrase("pl", "jakie tokeny DEP sa skonfigurowane w tenancie", T),  # no-diacritics
    Phrase("pl", "lista tokenow", T),  # short
    Phrase("pl", "Wgrałem nowy plik .p7m, sprawdź jeszcze raz", R),  # plain
    Phrase("pl", "sprawdz ponownie", R),  # no-diacritics
    Phrase(
        "pl", "Zaakceptowałem nowe warunki w ABM. Czy mógłbyś powtórzyć sprawdzenie?", R
    ),  # polite
    Phrase("pl", "odśwież", R),  # short
    Phrase("pl", "Daj znać, zanim token Apple wygaśnie", ON),  # plain
    Phrase("pl", "pisz na ten kanał, jak synchronizacja z ABM padnie", ON),  # command
    Phrase("pl", "wlacz powiadomienia o wygasaniu tokena", ON),  # no-diacritics
    Phrase(
        "pl",
        "W zeszłym roku token wygasł i przez dwa tygodnie nikt tego nie zauważył. Chcę dostawać ostrzeżenie z miesięcznym wyprzedzeniem.",
        ON,
    ),  # long-context
    Phrase(
        "pl", "Czy mógłbyś informować nas na bieżąco, jeśli ADE przestanie się synchronizować?", ON
    ),  # polite
    Phrase("pl", "wyłącz alerty", OFF),  # command
    Phrase("pl", "dosc tych powiadomien o tokenie", OFF),  # no-diacritics
    Phrase("pl", "Proszę wypisać ten kanał z ostrzeżeń o ADE.", OFF),  # polite
    Phrase("pl", "cisza z tymi przypominajkami, serio", OFF),  # slang
    Phrase("pl", "odpowiadaj po angielsku", L, "en"),  # command
    Phrase("pl", "mów do mnie po wietnamsku", L, "vi"),  # informal
    Phrase("pl", "przejdź na rosyjski", L, "ru"),  # command
    Phrase(
        "pl", "czy mozesz pisac po portugalsku? kolega z Sao Paulo czyta kanal", L, "pt-BR"
    ),  # no-diacritics
    Phrase("pl", "cześć, co potrafisz?", H),  # plain
    Phrase("pl", "jak z ciebie korzystać?", H),  # question-form
    Phrase("pl", "pomoc", H),  # short
    Phrase("pl", "Co to jest ADE i czym się różni od DEP?", XA),  # question-form
    Phrase(
        "pl", "wytlumacz jak laikowi automatyczna rejestracje urzadzen Apple", XA
    ),  # no-diacritics
    Phrase("pl", "Jak działa Automated Device Enrollment między ABM a Intune?", XA),  # code-switch
    Phrase(
        "pl", "Jak odnowić token programu rejestracji? Na jakie Apple ID się logować?", XR
    ),  # question-form
    Phrase("pl", "skad pobrac nowy plik p7m w ABM", XR),  # no-diacritics
    Phrase(
        "pl", "Osoba, która zakładała token ADE, odeszła z firmy. Jak go podmienić?", XR
    ),  # plain
    Phrase("pl", "dlaczego iPad F6KZR3MQ9XLA nie chce się zarejestrować?", DEV),  # plain
    Phrase(
        "pl", "sprawdz numer seryjny C02GP8JLQ05N, macbook mecenasa nie dostaje profilu", DEV
    ),  # no-diacritics
    Phrase("pl", "iPhone DNPYT4HV0F2M — czemu nie przechodzi ADE?", DEV),  # question-form
    Phrase("pl", "Autopilot wywala błąd 0x80180014 na nowych Dellach", U),  # hard-negative
    Phrase("pl", "wygasł mi token w GitHubie, jak wygenerować nowy?", U),  # hard-negative
    Phrase("pl", "jak wyciszyć alerty z Windows Update dla jednej grupy?", U),  # hard-negative
    Phrase("pl", "Jak dodać nowego użytkownika w Apple Business Manager?", U),  # hard-negative
    Phrase(
        "pl", "Kalendarz na iPhonie przestał się synchronizować z Outlookiem", U
    ),  # hard-negative
    Phrase(
        "pl", "Managed Google Play nie pokazuje aplikacji na służbowych Androidach", U
    ),  # hard-negative
    Phrase("pl", "Jamf czy Intune do samych Maców?", U),  # hard-negative
    Phrase("pl", "dzięki wielkie!", U),  # plain
    Phrase("pl", "xD", U, None, "en"),  # short
    Phrase("pl", "jaka jutro pogoda w Krakowie", U),  # plain
    Phrase("pl", "opowiedz kawał o informatykach", U),  # informal
    Phrase("pl", "qwertyuiop", U, None, "en"),  # short
]

PORTUGUESE = [
    Phrase(
        "pt",
        "os iPads novos da cooperativa tão ligando direto na tela inicial, sem a tela de gerenciamento remoto. o q tá pegando?",
        D,
    ),  # informal
    Phrase("pt", "Verifica nosso token do ADE", D),  # command
    Phrase("pt", "quando vence o token DEP?", D),  # question-form
    Phrase(
        "pt", "vc consegue ver se a sincronizacao com o ABM ta funcionando?", D
    ),  # no-diacritics
    Phrase(
        "pt",
        "Bom dia, aqui é do suporte da revenda. O cliente diz que os 80 iPhones que entregamos já estão vinculados ao servidor MDM dele no ABM, mas até agora nada aparece no Intune. Pode ver o que está errado com o ADE desse tenant?",
        D,
    ),  # long-context
    Phrase("pt", "ADE sync status", D, None, "en"),  # short
    Phrase(
        "pt",
        "Tenho quase certeza que não é o token, renovamos em abril, mas os Macs novos pulam o Gerenciamento Remoto. Dá uma olhada mesmo assim?",
        D,
    ),  # long-context
    Phrase("pt", "o DEP deu pau de novo?", D),  # slang
    Phrase("pt", "No Intune aparece Sync error do lado do token, que que é isso", D),  # code-switch
    Phrase(
        "pt", "atribuição de perfil de registro falhando em todos os iPhones novos, por quê?", D
    ),  # plain
    Phrase(
        "pt",
        "Poderia, por gentileza, verificar o status do registro automático de dispositivos Apple?",
        D,
    ),  # polite
    Phrase(
        "pt",
        "Encaminhando reclamação do gerente da unidade Moema: “Chegaram 10 iPads pra recepção e ninguém consegue usar, tá tudo travado na configuração”. Me fala o que tá quebrado no registro Apple, pfv.",
        D,
    ),  # long-context
    Phrase("pt", "os aparelhos tao no ABM mas nao chegam no Intune", D),  # no-diacritics
    Phrase("pt", "roda um diagnóstico do ADE", D),  # command
    Phrase("pt", "o tokem do ADE ta valido?", D),  # typo
    Phrase("pt", "lista os tokens do programa de registro", T),  # command
    Phrase("pt", "quantos tokens ADE a gente tem? quais são do ASM?", T),  # question-form
    Phrase("pt", "quais tokens DEP estão configurados no tenant", T),  # plain
    Phrase("pt", "me mostra os tokens", T),  # short
    Phrase("pt", "subi o .p7m novo, checa de novo", R),  # informal
    Phrase("pt", "verifica de novo", R),  # short
    Phrase("pt", "Aceitamos os novos termos no ABM. Poderia refazer a verificação?", R),  # polite
    Phrase("pt", "e agora? atualiza ai", R),  # no-diacritics
    Phrase("pt", "me avisa antes do token da Apple vencer", ON),  # plain
    Phrase("pt", "manda msg nesse canal se a sincronização do ABM quebrar", ON),  # command
    Phrase("pt", "ativa os alertas de vencimento do token", ON),  # command
    Phrase(
        "pt",
        "Ano passado o token venceu e ninguém percebeu por duas semanas, os técnicos de campo ficaram sem iPad na safra. Quero ser avisado com um mês de antecedência.",
        ON,
    ),  # long-context
    Phrase("pt", "Vc poderia me notificar sempre que o ADE parar de sincronizar?", ON),  # polite
    Phrase("pt", "desliga os alertas", OFF),  # command
    Phrase("pt", "para de mandar aviso de token, pelo amor", OFF),  # slang
    Phrase("pt", "Por favor, cancele a inscrição deste canal nos avisos de ADE.", OFF),  # polite
    Phrase("pt", "silencia essas notificacoes", OFF),  # no-diacritics
    Phrase("pt", "responde em inglês", L, "en"),  # command
    Phrase("pt", "fala em polonês comigo", L, "pl"),  # informal
    Phrase("pt", "pode responder em vietnamita?", L, "vi"),  # question-form
    Phrase(
        "pt", "muda pra chinês simplificado, o pessoal de Shenzhen vai ler", L, "zh-Hans"
    ),  # informal
    Phrase("pt", "oi, o que vc faz?", H),  # informal
    Phrase("pt", "como eu uso esse bot?", H),  # question-form
    Phrase("pt", "ajuda", H),  # short
    Phrase("pt", "O que é ADE? É a mesma coisa que DEP?", XA),  # question-form
    Phrase(
        "pt",
        "me explica rapidinho como funciona o registro automático de dispositivos da Apple",
        XA,
    ),  # informal
    Phrase("pt", "Como o Automated Device Enrollment conversa com o Intune?", XA),  # code-switch
    Phrase(
        "pt", "Como renovo o token do programa de registro? Qual Apple ID eu uso?", XR
    ),  # question-form
    Phrase("pt", "onde baixo o arquivo p7m novo no ABM", XR),  # plain
    Phrase("pt", "O cara que criou o token ADE saiu da empresa. Como troco?", XR),  # informal
    Phrase("pt", "por que o iPad DMQW2LP8HN4R não registra?", DEV),  # plain
    Phrase(
        "pt", "olha o serial F2LXH7KQ1R9D pra mim, o iPhone do técnico não recebe o perfil", DEV
    ),  # informal
    Phrase("pt", "o Mac J9TX4KW2PM nao mostra o Gerenciamento Remoto", DEV),  # no-diacritics
    Phrase("pt", "Autopilot dando erro 0x80180014 nos notebooks novos", U),  # hard-negative
    Phrase("pt", "meu token do GitHub expirou, como gero outro?", U),  # hard-negative
    Phrase(
        "pt", "como desativo os alertas do Defender pra uma máquina de teste?", U
    ),  # hard-negative
    Phrase("pt", "como reseto a senha de um Apple ID gerenciado?", U),  # hard-negative
    Phrase("pt", "o WhatsApp Business não sincroniza no iPhone da recepção", U),  # hard-negative
    Phrase(
        "pt", "Chromebook travado no registro empresarial do Google Workspace", U
    ),  # hard-negative
    Phrase("pt", "Mosyle ou Intune pra escola?", U),  # hard-negative
    Phrase("pt", "valeu, resolveu!", U),  # informal
    Phrase("pt", "hahaha que bot esperto", U),  # informal
    Phrase("pt", "alguém sabe se tem café na copa?", U),  # plain
    Phrase("pt", "conta uma piada", U),  # short
    Phrase("pt", "asdfgh", U, None, "en"),  # short
]

VIETNAMESE = [
    Phrase(
        "vi",
        "Sao mấy con iPad mới của xưởng mở lên vào thẳng màn hình chính, không hiện Remote Management vậy?",
        D,
    ),  # informal
    Phrase("vi", "kiem tra token ADE giup minh", D),  # no-diacritics
    Phrase("vi", "Token DEP bao giờ hết hạn?", D),  # question-form
    Phrase(
        "vi", "Anh/chị kiểm tra giúp em đồng bộ với Apple Business Manager có ổn không ạ?", D
    ),  # polite
    Phrase(
        "vi",
        "Chào bot, mình bên đại lý. Khách báo 40 MacBook bọn mình giao đã gán vào MDM server trong ABM từ thứ Hai mà Intune vẫn chưa thấy. ADE của tenant này đang bị gì vậy?",
        D,
    ),  # long-context
    Phrase("vi", "ADE status", D, None, "en"),  # short
    Phrase(
        "vi",
        "Chắc không phải do token đâu, tháng trước mới gia hạn rồi, nhưng iPhone mới vẫn không nhận hồ sơ đăng ký. Xem giúp cái?",
        D,
    ),  # long-context
    Phrase("vi", "dong bo ABM lai toang roi a?", D),  # slang
    Phrase("vi", "Trong Intune chỗ token hiện Sync error, là sao?", D),  # code-switch
    Phrase("vi", "gán hồ sơ đăng ký bị lỗi trên tất cả iPad mới, tại sao?", D),  # plain
    Phrase(
        "vi",
        "Chuyển tiếp lời sếp: “Máy mới phát cho phòng kế toán cả tuần rồi mà vẫn chưa có app công ty, IT làm ăn kiểu gì vậy?”. Kiểm tra giúp xem đăng ký tự động của Apple đang hỏng chỗ nào.",
        D,
    ),  # long-context
    Phrase("vi", "thiet bi co trong ABM ma ben Intune khong thay", D),  # no-diacritics
    Phrase("vi", "chẩn đoán ADE", D),  # command
    Phrase("vi", "tokne DEP con han ko", D),  # typo
    Phrase("vi", "trạng thái?", D),  # short
    Phrase("vi", "Liệt kê các token chương trình đăng ký", T),  # command
    Phrase("vi", "mình có bao nhiêu token ADE, cái nào là ASM?", T),  # question-form
    Phrase("vi", "co nhung token DEP nao trong tenant", T),  # no-diacritics
    Phrase("vi", "danh sách token", T),  # short
    Phrase("vi", "Đã upload file .p7m mới, kiểm tra lại đi", R),  # code-switch
    Phrase("vi", "check lai di", R),  # no-diacritics
    Phrase(
        "vi",
        "Em đã chấp nhận điều khoản mới trong ABM rồi ạ, anh kiểm tra lại giúp em được không?",
        R,
    ),  # polite
    Phrase("vi", "thử lại", R),  # short
    Phrase("vi", "báo mình trước khi token Apple hết hạn nhé", ON),  # plain
    Phrase("vi", "nhan tin vao kenh nay neu dong bo ABM bi loi", ON),  # no-diacritics
    Phrase("vi", "bật cảnh báo hết hạn token", ON),  # command
    Phrase(
        "vi",
        "Năm ngoái token hết hạn mà không ai biết, cả tuần nhân viên mới không nhận được máy. Mình muốn được nhắc trước một tháng.",
        ON,
    ),  # long-context
    Phrase(
        "vi", "Bạn có thể thông báo cho mình mỗi khi ADE ngừng đồng bộ được không?", ON
    ),  # polite
    Phrase("vi", "tắt cảnh báo", OFF),  # command
    Phrase("vi", "dung gui thong bao token nua, phien qua", OFF),  # no-diacritics
    Phrase("vi", "Vui lòng hủy đăng ký nhận cảnh báo ADE cho kênh này.", OFF),  # polite
    Phrase("vi", "mute mấy cái thông báo này đi", OFF),  # code-switch
    Phrase("vi", "trả lời bằng tiếng Anh", L, "en"),  # command
    Phrase("vi", "noi tieng Nga duoc khong", L, "ru"),  # no-diacritics
    Phrase("vi", "chuyển sang tiếng Trung giản thể giúp mình", L, "zh-Hans"),  # polite
    Phrase(
        "vi", "trả lời bằng tiếng Bồ Đào Nha nhé, đồng nghiệp bên Brazil cũng đọc", L, "pt-BR"
    ),  # informal
    Phrase("vi", "chào bạn, bot này làm được gì?", H),  # plain
    Phrase("vi", "dung bot nay the nao", H),  # no-diacritics
    Phrase("vi", "trợ giúp", H),  # short
    Phrase("vi", "ADE là gì? Có giống DEP không?", XA),  # question-form
    Phrase(
        "vi", "giai thich giup dang ky thiet bi tu dong cua Apple hoat dong ra sao", XA
    ),  # no-diacritics
    Phrase(
        "vi", "Automated Device Enrollment kết nối ABM với Intune như thế nào?", XA
    ),  # code-switch
    Phrase(
        "vi", "Gia hạn token chương trình đăng ký như thế nào? Đăng nhập bằng Apple ID nào?", XR
    ),  # question-form
    Phrase("vi", "tai file p7m moi o dau trong ABM", XR),  # no-diacritics
    Phrase("vi", "Người tạo token ADE nghỉ việc rồi, giờ thay token kiểu gì?", XR),  # informal
    Phrase("vi", "sao iPad F4QNX9PL2KHD không đăng ký được?", DEV),  # plain
    Phrase(
        "vi", "kiem tra giup serial DMTV8JQ3LN5C, may cua ke toan khong nhan profile", DEV
    ),  # no-diacritics
    Phrase(
        "vi", "MacBook M3RX7QW4JK không hiện màn hình Remote Management, xem giúp", DEV
    ),  # code-switch
    Phrase("vi", "Autopilot báo lỗi 0x80180014 trên laptop mới", U),  # hard-negative
    Phrase("vi", "token Azure DevOps hết hạn, tạo lại sao?", U),  # hard-negative
    Phrase("vi", "tắt cảnh báo Azure Monitor cho môi trường test thế nào?", U),  # hard-negative
    Phrase("vi", "làm sao thêm user mới vào Apple Business Manager", U),  # hard-negative
    Phrase("vi", "Zalo trên iPhone không đồng bộ tin nhắn", U),  # hard-negative
    Phrase("vi", "dang ky Android Enterprise cho may quet ma vach bi loi", U),  # hard-negative
    Phrase("vi", "Kandji hỗ trợ ADE có tốt hơn Intune không?", U),  # hard-negative
    Phrase("vi", "cảm ơn nhé, được rồi", U),  # plain
    Phrase("vi", "haha", U, None, "en"),  # short
    Phrase("vi", "trưa nay ăn gì", U),  # informal
    Phrase("vi", "kể chuyện cười đi", U),  # short
    Phrase("vi", "jjjjkkkk", U, None, "en"),  # short
]

BATCH11: tuple[Phrase, ...] = (*ENGLISH, *RUSSIAN, *CHINESE, *POLISH, *PORTUGUESE, *VIETNAMESE)

_SEEN = {p.text for p in (*PHRASES, *BATCH8, *BATCH9, *BATCH10)}
NEW: tuple[Phrase, ...] = tuple(p for p in BATCH11 if p.text not in _SEEN)
