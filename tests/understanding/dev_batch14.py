# ruff: noqa: RUF001, E501
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII;
# each message is kept on one line as the writer typed it.)
"""Held-out batch 14 (issue 13, end of round 6): 50 messages per language, written blind.

Written by a fourth helper session (native-level in the six languages) after round 6 was
tuned, without seeing any earlier batch, the recogniser or the frozen set's messages: it read
only /work/shared/reference/domain.md, the localized seed articles and the frozen set's label
conventions. Committed before anything ran on it and run once, as the final code's honest
"unseen phrasings" figure; not tuned on. Admins: an insurer's field-sales iPads, a K-12
district's summer re-deployment, a film studio's Mac Pros, a pharmacy chain's shared iPhones,
an MSP's tier-2 engineer between calls, a formal and brief CISO, an intern who calls the token
a certificate or a licence and ABM the Apple portal, someone who writes only questions, only
commands, or complains first and asks last. The writer's difficulty tag ends each line; rows
with no language signal carry the reply language (English) as the fifth field.
"""

from __future__ import annotations

from tests.core.intent_phrases import PHRASES, Phrase
from tests.understanding.dev_batch8 import BATCH8
from tests.understanding.dev_batch9 import BATCH9
from tests.understanding.dev_batch10 import BATCH10
from tests.understanding.dev_batch11 import BATCH11
from tests.understanding.dev_batch12 import BATCH12
from tests.understanding.dev_batch13 import BATCH13

D, T, H, L = "DIAGNOSE", "TOKENS", "HELP", "LANGUAGE"
ON, OFF, R, U = "ALERTS_ON", "ALERTS_OFF", "RECHECK", "UNKNOWN"
XA, XR, DEV = "EXPLAIN_ADE", "EXPLAIN_RENEW", "DEVICE"

ENGLISH = [
    Phrase(
        "en",
        "new iPads for the field sales reps are stuck on the Hello screen and never show the Remote Management page. is our DEP token broken?",
        D,
    ),  # plain
    Phrase("en", "status?", D),  # short
    Phrase(
        "en", "Please confirm the current state of our Automated Device Enrollment token.", D
    ),  # polite
    Phrase(
        "en",
        "Third day of summer re-deployment and it's a mess. We wiped 400 district iPads this morning, half of them skip enrollment entirely and land on a plain home screen like a consumer device, no Intune profile, no restrictions, kids could walk off with them. In ASM they're still assigned to our MDM server and nobody touched anything. What is actually going on with the sync?",
        D,
    ),  # long-context
    Phrase(
        "en",
        "hi sorry, the certificate thing between the Apple portal and Intune, the one that makes new iPhones appear by themselves (not the push one), is it still valid?",
        D,
    ),  # informal
    Phrase("en", "When does our enrollment program token expire?", D),  # question-form
    Phrase(
        "en",
        "The 6 new Mac Pros for the color grading suite are assigned to our MDM server in ABM but never show up in Intune. What's blocking the sync?",
        D,
    ),  # plain
    Phrase(
        "en",
        "quick one between calls - customer says their ADE devices haven't synced since Monday, can u look at the token",
        D,
    ),  # informal
    Phrase("en", "why is dep sync faling, ipads not showng up in intune", D),  # typo
    Phrase("en", "Check ADE token health.", D),  # command
    Phrase("en", "yo is the abm -> intune sync borked or what", D),  # slang
    Phrase(
        "en",
        "Shared iPhones for the pharmacy counters: profile assignment keeps failing for the new batch from ABM. Is the token in an error state?",
        D,
    ),  # plain
    Phrase("en", "Did the last ABM sync actually succeed?", D),  # question-form
    Phrase("en", "list all our enrollment program tokens", T),  # command
    Phrase("en", "How many ADE tokens do we have, and which ones are expired?", T),  # question-form
    Phrase("en", "show me every DEP token w/ expiry dates", T),  # informal
    Phrase("en", "Provide an inventory of the ABM and ASM tokens in this tenant.", T),  # polite
    Phrase("en", "ok renewed it, check again", R),  # informal
    Phrase("en", "uploaded the new token, rerun the check pls", R),  # informal
    Phrase("en", "run that again", R),  # short
    Phrase("en", "ping me before the ADE token expires", ON),  # informal
    Phrase(
        "en", "Can you warn this channel 30 days before any enrollment program token runs out?", ON
    ),  # question-form
    Phrase("en", "Enable ADE token alerts.", ON),  # command
    Phrase(
        "en",
        "Last August the token lapsed two days before 2,000 iPads went back to the schools and I found out from a principal. I don't want to be surprised like that again, so tell me well ahead of time next time it's getting close.",
        ON,
    ),  # long-context
    Phrase("en", "stop the token expiry warnings", OFF),  # command
    Phrase("en", "Please unsubscribe me from the ADE alerts.", OFF),  # polite
    Phrase("en", "mute these DEP notifications, i'm on leave till the 20th", OFF),  # informal
    Phrase("en", "reply in Polish from now on", L, "pl"),  # command
    Phrase(
        "en", "can you answer in Vietnamese? my colleague in Da Nang reads these", L, "vi"
    ),  # question-form
    Phrase("en", "switch to Brazilian Portuguese please", L, "pt-BR"),  # polite
    Phrase("en", "hi! what can you do?", H),  # short
    Phrase("en", "how do I use this bot?", H),  # question-form
    Phrase("en", "commands?", H),  # short
    Phrase("en", "What exactly is Automated Device Enrollment?", XA),  # question-form
    Phrase(
        "en", "dumb intern question: is DEP the same thing as ADE or two different programs?", XA
    ),  # informal
    Phrase("en", "Explain how ABM, ADE and Intune fit together, in two sentences.", XA),  # command
    Phrase("en", "how do I renew the enrollment program token?", XR),  # question-form
    Phrase(
        "en",
        "Which Apple ID do I have to use to renew the DEP token? The guy who created it left the company.",
        XR,
    ),  # plain
    Phrase(
        "en", "where in Intune do I upload the .p7m I downloaded from Apple Business Manager?", XR
    ),  # plain
    Phrase("en", "why isn't serial DMPXK4Q7JF8J showing up in Intune?", DEV),  # question-form
    Phrase("en", "check Mac Pro H9TQ4WX27L", DEV),  # command
    Phrase(
        "en", "Autopilot devices aren't syncing after the hardware hash upload, any idea?", U
    ),  # hard-negative
    Phrase(
        "en", "our Managed Google Play token expired, how do I reconnect it?", U
    ),  # hard-negative
    Phrase(
        "en",
        "the Azure Monitor alert for the nightly sync job fired at 3am again, can you silence it?",
        U,
    ),  # hard-negative
    Phrase("en", "my GitHub personal access token expired, how do I renew it?", U),  # hard-negative
    Phrase(
        "en", "the SSL certificate on the intranet expires next week, who owns that?", U
    ),  # hard-negative
    Phrase("en", "how do I reset a Managed Apple ID password in ABM?", U),  # hard-negative
    Phrase(
        "en", "In Jamf Pro, how do I scope a PreStage enrollment to a smart group?", U
    ),  # hard-negative
    Phrase("en", "thanks, that's all", U),  # short
    Phrase("en", "lol what's the guest wifi password", U),  # informal
]

RUSSIAN = [
    Phrase(
        "ru",
        "Новые айпады для страховых агентов висят на экране настройки, удалённое управление так и не появляется. Что с токеном DEP?",
        D,
    ),  # plain
    Phrase("ru", "статус?", D),  # short
    Phrase(
        "ru", "Прошу сообщить текущее состояние токена автоматической регистрации устройств.", D
    ),  # polite
    Phrase(
        "ru",
        "Уже неделю это бесит. Перед сентябрём перепрошиваем 2000 школьных айпадов партиями, и половина после сброса проходит ассистент как обычный домашний планшет, без профиля Intune, без ограничений. В ASM они висят на нашем MDM-сервере, никто ничего не менял. Почему они не подтягиваются?",
        D,
    ),  # long-context
    Phrase(
        "ru",
        "а этот сертификат с эппловского портала, через который новые телефоны сами в интюн попадают, он ещё живой? не пуш, а другой",
        D,
    ),  # informal
    Phrase("ru", "Когда истекает наш токен программы регистрации?", D),  # question-form
    Phrase(
        "ru", "privet, ade token voobshe rabotaet? novye makbuki ne poyavlyayutsya v intune", D
    ),  # transliteration
    Phrase("ru", "синк с ABM походу отвалился, глянь чё там", D),  # slang
    Phrase("ru", "почему не синхронизируеться токен дэп, в консоли ошыбка", D),  # typo
    Phrase("ru", "Проверь токен ADE.", D),  # command
    Phrase(
        "ru",
        "между звонками: у клиента enrollment profile assignment failing на всех новых iPhone, токен вообще ок?",
        D,
    ),  # code-switch
    Phrase(
        "ru",
        "Mac Pro для монтажной пришли, в Apple Business Manager назначены на Intune, но экрана Remote Management при установке нет. В чём дело?",
        D,
    ),  # plain
    Phrase(
        "ru",
        "Общие айфоны в аптеках не доходят до регистрации ADE. Когда была последняя успешная синхронизация с ABM?",
        D,
    ),  # question-form
    Phrase("ru", "покажи список всех токенов ADE", T),  # command
    Phrase(
        "ru", "Сколько у нас токенов программы регистрации и какие из них просрочены?", T
    ),  # question-form
    Phrase("ru", "spisok dep tokenov s datami istecheniya", T),  # transliteration
    Phrase("ru", "Перечислите, пожалуйста, все токены ABM и ASM в тенанте.", T),  # polite
    Phrase("ru", "обновил токен, проверь ещё раз", R),  # plain
    Phrase("ru", "перепроверь плз", R),  # slang
    Phrase("ru", "zalil novyj token, proveri eshche raz", R),  # transliteration
    Phrase("ru", "предупреждай меня заранее, когда токен DEP будет подходить к концу", ON),  # plain
    Phrase("ru", "Включи уведомления об истечении токенов.", ON),  # command
    Phrase(
        "ru", "можно получать алерты в этот канал, если синхронизация с ABM упадёт?", ON
    ),  # question-form
    Phrase("ru", "поставь напоминалку за месяц до того как токен протухнет", ON),  # slang
    Phrase("ru", "Отключи уведомления про токены.", OFF),  # command
    Phrase("ru", "хватит спамить про истечение токена", OFF),  # slang
    Phrase("ru", "otpishi menya ot alertov po ADE", OFF),  # transliteration
    Phrase("ru", "ответь по-английски, пожалуйста", L, "en"),  # polite
    Phrase("ru", "давай на китайском, коллега из Шанхая тоже читает", L, "zh-Hans"),  # informal
    Phrase("ru", "pishi po-russki", L, "ru"),  # transliteration
    Phrase("ru", "привет, что ты умеешь?", H),  # informal
    Phrase("ru", "Как тобой пользоваться?", H),  # question-form
    Phrase("ru", "какие есть команды", H),  # plain
    Phrase(
        "ru", "Что такое автоматическая регистрация устройств Apple, если простыми словами?", XA
    ),  # question-form
    Phrase("ru", "DEP и ADE это одно и то же или разные вещи?", XA),  # question-form
    Phrase("ru", "объясни, как связаны Apple Business Manager, ADE и Intune", XA),  # command
    Phrase("ru", "Как продлить токен программы регистрации в Intune?", XR),  # question-form
    Phrase(
        "ru",
        "какой Apple ID нужен для продления токена DEP, если его создавал сотрудник, который уже уволился?",
        XR,
    ),  # plain
    Phrase("ru", "kuda zagruzhat fajl .p7m pri obnovlenii tokena?", XR),  # transliteration
    Phrase("ru", "серийник F9FXK2L8JF8K не появляется в Intune, почему?", DEV),  # plain
    Phrase("ru", "проверь устройство C02YW1ZXJGH5", DEV),  # command
    Phrase(
        "ru", "Autopilot не синхронизирует новые ноутбуки, профиль развертывания не назначается", U
    ),  # hard-negative
    Phrase("ru", "токен Managed Google Play слетел, как переподключить?", U),  # hard-negative
    Phrase("ru", "алерты Defender сыплются всю ночь, как их приглушить?", U),  # hard-negative
    Phrase("ru", "истёк API-токен для Jira, где его перевыпустить?", U),  # hard-negative
    Phrase(
        "ru", "сертификат на сайте компании истекает в пятницу, кто его продлевает?", U
    ),  # hard-negative
    Phrase("ru", "как добавить нового пользователя в Apple Business Manager?", U),  # hard-negative
    Phrase("ru", "в Kandji как настроить Blueprint для новых маков?", U),  # hard-negative
    Phrase("ru", "спасибо, выручил", U),  # short
    Phrase("ru", "какая завтра погода в Москве?", U),  # informal
]

CHINESE = [
    Phrase(
        "zh",
        "保险销售团队新到的 iPad 一直卡在设置助理，始终没有出现远程管理界面，是不是 DEP 令牌出问题了？",
        D,
    ),  # plain
    Phrase("zh", "状态？", D),  # short
    Phrase("zh", "请告知当前自动设备注册令牌的状态。", D),  # polite
    Phrase(
        "zh",
        "真的服了。暑假要把全区两千台 iPad 重新部署，分批抹掉之后一半都没走注册流程，直接进了主屏幕，跟家用平板一样，没有 Intune 配置，学生拿去随便装游戏。ASM 里明明分配给我们的 MDM 服务器了，也没人动过。到底是哪里同步出问题了？",
        D,
    ),  # long-context
    Phrase(
        "zh", "苹果后台那个授权（license？）是不是过期了？新 iPhone 都没有自动出现在 Intune 里", D
    ),  # informal
    Phrase("zh", "我们的注册计划令牌什么时候到期？", D),  # question-form
    Phrase(
        "zh", "刚挂完一个客户电话，他们 ABM sync 一直 fail，token 有没有问题？帮忙看下", D
    ),  # code-switch
    Phrase("zh", "ADE 同部一直报错，令排是不是过期了", D),  # typo
    Phrase("zh", "ABM 同步是不是挂了？新机一台都没进来", D),  # slang
    Phrase("zh", "检查 ADE 令牌。", D),  # command
    Phrase(
        "zh",
        "剪辑部新到的 Mac Pro 在 ABM 里已经分配给 Intune 服务器了，但开机没有远程管理提示，帮我看看原因",
        D,
    ),  # plain
    Phrase(
        "zh", "药房共享 iPhone 的注册配置文件分配一直失败，令牌是不是处于错误状态？", D
    ),  # plain
    Phrase("zh", "上次和 ABM 同步成功是什么时候？", D),  # question-form
    Phrase("zh", "列出所有注册计划令牌", T),  # command
    Phrase("zh", "我们租户里一共有几个 ADE token？哪些已经过期了？", T),  # question-form
    Phrase("zh", "把 ABM 和 ASM 的令牌清单发我一下，带上到期时间", T),  # informal
    Phrase("zh", "请提供本租户全部 DEP 令牌的清单。", T),  # polite
    Phrase("zh", "已经续订了，再检查一遍", R),  # plain
    Phrase("zh", "重新跑一下检查", R),  # command
    Phrase("zh", "新令牌传上去了，刷新一下看看好了没", R),  # informal
    Phrase("zh", "令牌快到期的时候提前提醒我", ON),  # plain
    Phrase("zh", "开启 ADE 令牌到期提醒。", ON),  # command
    Phrase("zh", "能不能在 token 过期前 30 天在这个频道里通知大家？", ON),  # question-form
    Phrase("zh", "以后 ABM 同步失败了直接推给我，别等我来问", ON),  # informal
    Phrase("zh", "关闭令牌到期提醒。", OFF),  # command
    Phrase("zh", "别再推 DEP 通知了，烦死了", OFF),  # slang
    Phrase("zh", "取消订阅 ADE 告警", OFF),  # plain
    Phrase("zh", "请用英文回复", L, "en"),  # polite
    Phrase("zh", "可以用越南语回答吗？胡志明市的同事要看", L, "vi"),  # question-form
    Phrase("zh", "换回中文吧", L, "zh-Hans"),  # short
    Phrase("zh", "你好，你能做什么？", H),  # plain
    Phrase("zh", "这个机器人怎么用？", H),  # question-form
    Phrase("zh", "有哪些命令", H),  # short
    Phrase("zh", "什么是自动设备注册（ADE）？", XA),  # question-form
    Phrase("zh", "DEP 和 ADE 是一回事吗？", XA),  # question-form
    Phrase("zh", "简单讲讲 ABM、ADE 和 Intune 之间是什么关系", XA),  # command
    Phrase("zh", "注册计划令牌怎么续订？", XR),  # question-form
    Phrase("zh", "续订 DEP 令牌要用哪个 Apple ID？原来创建的同事已经离职了", XR),  # plain
    Phrase("zh", "从 ABM 下载的 .p7m 文件要在 Intune 哪里上传？", XR),  # question-form
    Phrase("zh", "序列号 DMPYH3KLQ1GC 的 iPad 为什么没同步到 Intune？", DEV),  # question-form
    Phrase("zh", "查一下 C02FK8ZXMD6M 这台", DEV),  # command
    Phrase("zh", "Autopilot 设备同步不到 Intune，硬件哈希已经上传了", U),  # hard-negative
    Phrase("zh", "Managed Google Play 的绑定令牌过期了，怎么重新连接？", U),  # hard-negative
    Phrase("zh", "Azure Monitor 的告警太多了，怎么关掉？", U),  # hard-negative
    Phrase("zh", "微信公众号的 access token 过期了怎么刷新", U),  # hard-negative
    Phrase("zh", "公司官网的 SSL 证书下个月到期，谁负责续？", U),  # hard-negative
    Phrase("zh", "ABM 里怎么重置管理式 Apple ID 的密码？", U),  # hard-negative
    Phrase("zh", "Chromebook 注册到 Google Workspace 一直失败，怎么办", U),  # hard-negative
    Phrase("zh", "谢谢，辛苦了", U),  # short
    Phrase("zh", "今天中午吃啥", U),  # informal
]

POLISH = [
    Phrase(
        "pl",
        "Nowe iPady dla przedstawicieli ubezpieczeniowych wiszą na ekranie konfiguracji i w ogóle nie pokazują zdalnego zarządzania. Czy token DEP padł?",
        D,
    ),  # plain
    Phrase("pl", "jaki status?", D),  # short
    Phrase(
        "pl", "Proszę o informację, czy token automatycznej rejestracji urządzeń jest sprawny.", D
    ),  # polite
    Phrase(
        "pl",
        "Serio, mam już dość. Wakacyjne przezbrajanie 2000 iPadów w szkołach, czyścimy je partiami, a połowa po resecie przechodzi asystenta jak zwykły prywatny tablet, bez profilu Intune i bez żadnych ograniczeń. W ASM dalej są przypisane do naszego serwera MDM, nikt tam nic nie ruszał. Dlaczego to się nie synchronizuje?",
        D,
    ),  # long-context
    Phrase(
        "pl", "czy synchronizacja z ABM w ogole dziala? nowe maki sie nie pojawiaja w intune", D
    ),  # no-diacritics
    Phrase("pl", "Kiedy wygasa nasz token programu rejestracji?", D),  # question-form
    Phrase(
        "pl",
        "ten certyfikat z portalu Apple, przez ktory nowe iPhone'y same wpadaja do Intune, jest jeszcze wazny? chodzi mi o ten od rejestracji, nie push",
        D,
    ),  # informal
    Phrase("pl", "synchro z ABM sie wywalilo czy co? zero nowego sprzetu", D),  # slang
    Phrase("pl", "dlaczgo tokne ADE pokazuje bład synchronizacji?", D),  # typo
    Phrase("pl", "Sprawdź token ADE.", D),  # command
    Phrase(
        "pl",
        "między callami: u klienta enrollment profile assignment failuje na nowych iPhone'ach, token jest ok?",
        D,
    ),  # code-switch
    Phrase(
        "pl",
        "Mac Pro do montażowni są w Apple Business Manager przypisane do Intune, ale przy instalacji nie ma ekranu Remote Management. Co jest nie tak?",
        D,
    ),  # plain
    Phrase(
        "pl",
        "Wspólne iPhone'y w aptekach nie kończą rejestracji ADE. Kiedy była ostatnia udana synchronizacja z ABM?",
        D,
    ),  # question-form
    Phrase("pl", "pokaż listę wszystkich tokenów programu rejestracji", T),  # command
    Phrase("pl", "ile mamy tokenow ADE i ktore sa juz wygasle?", T),  # no-diacritics
    Phrase("pl", "lista tokenów ABM i ASM z datami ważności poproszę", T),  # informal
    Phrase("pl", "Proszę o zestawienie wszystkich tokenów DEP w dzierżawie.", T),  # polite
    Phrase("pl", "odnowiłem token, sprawdź jeszcze raz", R),  # plain
    Phrase("pl", "sprawdz ponownie", R),  # no-diacritics
    Phrase("pl", "Odśwież stan, już poprawione.", R),  # command
    Phrase("pl", "daj mi znać z wyprzedzeniem, zanim token DEP wygaśnie", ON),  # plain
    Phrase("pl", "Włącz alerty o wygasaniu tokenów.", ON),  # command
    Phrase(
        "pl", "Czy możesz ostrzegać ten kanał 30 dni przed końcem ważności tokena?", ON
    ),  # question-form
    Phrase(
        "pl", "chce dostawac powiadomienia jak synchronizacja z ABM padnie", ON
    ),  # no-diacritics
    Phrase("pl", "Wyłącz powiadomienia o tokenach.", OFF),  # command
    Phrase("pl", "przestań mnie spamować tymi alertami o DEP", OFF),  # slang
    Phrase("pl", "wypisz mnie proszę z alertów ADE", OFF),  # polite
    Phrase("pl", "odpowiadaj po angielsku", L, "en"),  # command
    Phrase(
        "pl", "możesz pisać po rosyjsku? kolega z zespołu lepiej to rozumie", L, "ru"
    ),  # question-form
    Phrase("pl", "wróć do polskiego", L, "pl"),  # short
    Phrase("pl", "cześć, co potrafisz?", H),  # informal
    Phrase("pl", "Jak się ciebie używa?", H),  # question-form
    Phrase("pl", "pomoc", H),  # short
    Phrase("pl", "Co to jest automatyczna rejestracja urządzeń Apple?", XA),  # question-form
    Phrase("pl", "DEP i ADE to to samo?", XA),  # question-form
    Phrase("pl", "wyjaśnij, jak ABM, ADE i Intune ze sobą współpracują", XA),  # command
    Phrase("pl", "Jak odnowić token programu rejestracji w Intune?", XR),  # question-form
    Phrase(
        "pl",
        "którego Apple ID użyć przy odnawianiu tokena DEP, jeśli osoba, która go zakładała, odeszła z firmy?",
        XR,
    ),  # plain
    Phrase("pl", "gdzie wgrac plik .p7m przy odnawianiu tokena?", XR),  # no-diacritics
    Phrase(
        "pl", "numer seryjny GG7XK2LMQ1GC nie pojawia się w Intune, czemu?", DEV
    ),  # question-form
    Phrase("pl", "sprawdź urządzenie C02DK4ZXMD6N", DEV),  # command
    Phrase("pl", "Autopilot nie synchronizuje nowych laptopów z Intune", U),  # hard-negative
    Phrase("pl", "token Managed Google Play wygasł, jak go podpiąć ponownie?", U),  # hard-negative
    Phrase("pl", "jak wyciszyć alerty z Defendera w nocy?", U),  # hard-negative
    Phrase("pl", "wygasł mi token do API GitHuba, gdzie wygenerować nowy?", U),  # hard-negative
    Phrase("pl", "certyfikat SSL na stronie firmowej wygasa w piątek", U),  # hard-negative
    Phrase("pl", "jak dodać nowego użytkownika w Apple Business Manager?", U),  # hard-negative
    Phrase("pl", "w Mosyle jak ustawić profil rejestracji dla nowych iPadów?", U),  # hard-negative
    Phrase("pl", "dzięki, ratujesz mi dzień", U),  # short
    Phrase("pl", "ktoś zamawia pizzę na dziś?", U),  # informal
]

PORTUGUESE = [
    Phrase(
        "pt",
        "Os iPads novos do time de vendas de seguros ficam travados na tela de configuração e não aparece o Gerenciamento Remoto. O token DEP tá com problema?",
        D,
    ),  # plain
    Phrase("pt", "e aí, como tá o status?", D),  # short
    Phrase(
        "pt", "Solicito o status atual do token de registro automático de dispositivos.", D
    ),  # polite
    Phrase(
        "pt",
        "Cara, tô de saco cheio. Reimplantação de férias de 2.000 iPads da rede municipal, a gente apaga em lote e metade passa pelo assistente como se fosse tablet doméstico, sem perfil do Intune, sem restrição nenhuma. No ASM continuam atribuídos ao nosso servidor MDM, ninguém mexeu em nada. Por que não sincroniza?",
        D,
    ),  # long-context
    Phrase(
        "pt", "a sincronizacao com o ABM ta funcionando? os macs novos nao aparecem no intune", D
    ),  # no-diacritics
    Phrase("pt", "Quando vence nosso token do programa de registro?", D),  # question-form
    Phrase(
        "pt",
        "aquela licença do portal da Apple que faz os iPhones novos aparecerem sozinhos no Intune ainda tá válida?",
        D,
    ),  # informal
    Phrase("pt", "o sync do ABM deu pau? nenhum aparelho novo entrou", D),  # slang
    Phrase("pt", "pq o tokem do ADE ta dando erro de sincornização?", D),  # typo
    Phrase("pt", "Verifique o token ADE.", D),  # command
    Phrase(
        "pt",
        "entre uma call e outra: cliente com enrollment profile assignment failing nos iPhones novos, o token tá ok?",
        D,
    ),  # code-switch
    Phrase(
        "pt",
        "Os Mac Pro da ilha de edição estão atribuídos ao Intune no Apple Business Manager, mas na instalação não aparece a tela de Remote Management. O que tá errado?",
        D,
    ),  # plain
    Phrase(
        "pt",
        "Os iPhones compartilhados das farmácias não terminam o registro ADE. Quando foi a última sincronização com sucesso?",
        D,
    ),  # question-form
    Phrase("pt", "lista todos os tokens do programa de registro", T),  # command
    Phrase("pt", "Quantos tokens ADE a gente tem e quais estão vencidos?", T),  # question-form
    Phrase("pt", "me manda a lista de tokens ABM e ASM com a data de validade", T),  # informal
    Phrase("pt", "Por gentileza, apresente o inventário de tokens DEP do locatário.", T),  # polite
    Phrase("pt", "renovei o token, verifica de novo", R),  # plain
    Phrase("pt", "checa de novo ai", R),  # no-diacritics
    Phrase("pt", "Atualiza o status, já corrigi.", R),  # command
    Phrase("pt", "me avisa antes do token DEP vencer", ON),  # plain
    Phrase("pt", "Ativa os alertas de expiração de token.", ON),  # command
    Phrase(
        "pt", "Dá pra avisar este canal 30 dias antes de algum token expirar?", ON
    ),  # question-form
    Phrase(
        "pt", "quero receber notificacao quando a sincronizacao com o ABM falhar", ON
    ),  # no-diacritics
    Phrase("pt", "Desativa as notificações de token.", OFF),  # command
    Phrase("pt", "para de mandar esses alertas de DEP, pelo amor", OFF),  # slang
    Phrase("pt", "me descadastra dos alertas de ADE, por favor", OFF),  # polite
    Phrase("pt", "responde em inglês", L, "en"),  # command
    Phrase("pt", "pode responder em chinês? é pro colega de Xangai", L, "zh-Hans"),  # question-form
    Phrase("pt", "volta pro português", L, "pt-BR"),  # short
    Phrase("pt", "oi, o que você faz?", H),  # informal
    Phrase("pt", "Como eu uso esse bot?", H),  # question-form
    Phrase("pt", "ajuda", H),  # short
    Phrase("pt", "O que é o Registro Automático de Dispositivos da Apple?", XA),  # question-form
    Phrase("pt", "DEP e ADE são a mesma coisa?", XA),  # question-form
    Phrase("pt", "explica como ABM, ADE e Intune se conectam", XA),  # command
    Phrase("pt", "Como renovo o token do programa de registro no Intune?", XR),  # question-form
    Phrase(
        "pt", "qual Apple ID usar pra renovar o token DEP se quem criou saiu da empresa?", XR
    ),  # plain
    Phrase("pt", "onde faço o upload do arquivo .p7m na renovação do token?", XR),  # plain
    Phrase(
        "pt", "o número de série DMPZL7KXQ1GD não aparece no Intune, por quê?", DEV
    ),  # question-form
    Phrase("pt", "verifica o aparelho C02GL3ZXMD6P", DEV),  # command
    Phrase("pt", "o Autopilot não tá sincronizando os notebooks novos", U),  # hard-negative
    Phrase("pt", "o token do Managed Google Play expirou, como reconecto?", U),  # hard-negative
    Phrase("pt", "como silencio os alertas do Azure Monitor de madrugada?", U),  # hard-negative
    Phrase(
        "pt", "o token da API do WhatsApp Business expirou, onde gero outro?", U
    ),  # hard-negative
    Phrase("pt", "o certificado SSL do site vence sexta", U),  # hard-negative
    Phrase("pt", "como redefinir a senha de um Apple ID gerenciado no ABM?", U),  # hard-negative
    Phrase("pt", "no Kandji como faço um Blueprint pros macs novos?", U),  # hard-negative
    Phrase("pt", "valeu, salvou meu dia", U),  # short
    Phrase("pt", "bora almoçar?", U),  # informal
]

VIETNAMESE = [
    Phrase(
        "vi",
        "iPad mới của đội bán bảo hiểm cứ kẹt ở màn hình thiết lập, không hiện Quản lý từ xa. Token DEP có vấn đề gì không?",
        D,
    ),  # plain
    Phrase("vi", "trạng thái sao rồi?", D),  # short
    Phrase(
        "vi", "Đề nghị cho biết tình trạng hiện tại của token đăng ký thiết bị tự động.", D
    ),  # polite
    Phrase(
        "vi",
        "Mệt thật sự. Hè này phải triển khai lại 2.000 iPad cho các trường, xóa theo đợt mà một nửa vào thẳng màn hình chính như máy cá nhân, không có hồ sơ Intune, không bị giới hạn gì hết. Trong ASM vẫn gán cho máy chủ MDM của mình, không ai đụng vào. Sao không đồng bộ được?",
        D,
    ),  # long-context
    Phrase(
        "vi", "dong bo voi ABM co chay khong? may mac moi khong hien trong intune", D
    ),  # no-diacritics
    Phrase("vi", "Token chương trình đăng ký của mình khi nào hết hạn?", D),  # question-form
    Phrase(
        "vi",
        "anh ơi cái chứng chỉ trên cổng Apple để iPhone mới tự vào Intune còn hạn không? không phải cái push đâu ạ",
        D,
    ),  # informal
    Phrase("vi", "sync ABM toang rồi à? chả có máy mới nào vào", D),  # slang
    Phrase("vi", "sao tokne ADE bao lỗi đồg bộ hoài vậy", D),  # typo
    Phrase("vi", "Kiểm tra token ADE.", D),  # command
    Phrase(
        "vi",
        "giữa 2 cuộc call: khách bị enrollment profile assignment failed trên iPhone mới, token ổn không?",
        D,
    ),  # code-switch
    Phrase(
        "vi",
        "Mấy con Mac Pro cho phòng dựng phim đã gán cho Intune trong Apple Business Manager mà lúc cài không hiện màn hình Remote Management. Bị gì vậy?",
        D,
    ),  # plain
    Phrase(
        "vi",
        "iPhone dùng chung ở nhà thuốc không hoàn tất đăng ký ADE. Lần đồng bộ thành công gần nhất với ABM là khi nào?",
        D,
    ),  # question-form
    Phrase("vi", "liệt kê tất cả token chương trình đăng ký", T),  # command
    Phrase("vi", "minh co bao nhieu token ADE, cai nao het han roi?", T),  # no-diacritics
    Phrase("vi", "gửi mình danh sách token ABM và ASM kèm ngày hết hạn nha", T),  # informal
    Phrase("vi", "Vui lòng cung cấp danh sách toàn bộ token DEP của tenant.", T),  # polite
    Phrase("vi", "gia hạn token rồi, kiểm tra lại đi", R),  # plain
    Phrase("vi", "check lai giup em voi", R),  # no-diacritics
    Phrase("vi", "Làm mới trạng thái đi, sửa xong rồi.", R),  # command
    Phrase("vi", "báo trước cho mình khi token DEP sắp hết hạn", ON),  # plain
    Phrase("vi", "Bật cảnh báo hết hạn token.", ON),  # command
    Phrase(
        "vi", "Có thể nhắc kênh này trước 30 ngày khi token sắp hết hạn không?", ON
    ),  # question-form
    Phrase("vi", "muon nhan thong bao khi dong bo ABM bi loi", ON),  # no-diacritics
    Phrase("vi", "Tắt thông báo về token.", OFF),  # command
    Phrase("vi", "đừng spam cảnh báo DEP nữa, phiền quá trời", OFF),  # slang
    Phrase("vi", "cho mình hủy đăng ký cảnh báo ADE nhé, cảm ơn", OFF),  # polite
    Phrase("vi", "trả lời bằng tiếng Anh nhé", L, "en"),  # informal
    Phrase(
        "vi", "có thể trả lời bằng tiếng Ba Lan không? sếp mình ở Warszawa", L, "pl"
    ),  # question-form
    Phrase("vi", "quay lại tiếng Việt đi", L, "vi"),  # short
    Phrase("vi", "chào bot, bạn làm được gì?", H),  # informal
    Phrase("vi", "Dùng bot này thế nào?", H),  # question-form
    Phrase("vi", "trợ giúp", H),  # short
    Phrase("vi", "Đăng ký thiết bị tự động của Apple là gì?", XA),  # question-form
    Phrase("vi", "DEP với ADE có giống nhau không?", XA),  # question-form
    Phrase("vi", "giải thích giúp ABM, ADE và Intune liên kết với nhau ra sao", XA),  # command
    Phrase("vi", "Gia hạn token chương trình đăng ký trong Intune thế nào?", XR),  # question-form
    Phrase("vi", "dùng Apple ID nào để gia hạn token DEP khi người tạo đã nghỉ việc?", XR),  # plain
    Phrase("vi", "file .p7m tai o dau va upload vao cho nao trong Intune?", XR),  # no-diacritics
    Phrase("vi", "số serial F9GXM2L8JF8L không hiện trong Intune, tại sao?", DEV),  # question-form
    Phrase("vi", "kiểm tra máy C02HM5ZXMD6Q", DEV),  # command
    Phrase("vi", "Autopilot không đồng bộ laptop mới về Intune", U),  # hard-negative
    Phrase("vi", "token Managed Google Play hết hạn, kết nối lại sao?", U),  # hard-negative
    Phrase("vi", "tắt cảnh báo Defender ban đêm thế nào?", U),  # hard-negative
    Phrase("vi", "access token API Zalo hết hạn rồi, lấy lại ở đâu?", U),  # hard-negative
    Phrase("vi", "chứng chỉ SSL của website công ty sắp hết hạn", U),  # hard-negative
    Phrase("vi", "làm sao đặt lại mật khẩu Apple ID được quản lý trong ABM?", U),  # hard-negative
    Phrase("vi", "Chromebook đăng ký vào Google Workspace bị lỗi hoài", U),  # hard-negative
    Phrase("vi", "cảm ơn nhiều nha", U),  # short
    Phrase("vi", "trưa nay ăn gì đây", U),  # informal
]

BATCH14: tuple[Phrase, ...] = (*ENGLISH, *RUSSIAN, *CHINESE, *POLISH, *PORTUGUESE, *VIETNAMESE)

_SEEN = {p.text for p in (*PHRASES, *BATCH8, *BATCH9, *BATCH10, *BATCH11, *BATCH12, *BATCH13)}
NEW: tuple[Phrase, ...] = tuple(p for p in BATCH14 if p.text not in _SEEN)
