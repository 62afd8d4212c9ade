# ruff: noqa: RUF001, E501
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII;
# each message is kept on one line as the writer typed it.)
"""Held-out batch 15 (issue 13, round 7): 90 messages per language, written blind.

Written by two helper sessions (en/ru/zh and pl/pt/vi, native-level) at the start of round 7,
without seeing any earlier batch, the recogniser or the frozen set's messages: they read only
/work/shared/reference/domain.md, the localized seed articles and the frozen set's label and kind
conventions, and followed the frozen set's counts per label and kind. Committed before anything
ran on it. Admins: a hospital's biomedical IT on night shift, retail store ops, an airline's EFB
iPad team, an MSP's NOC engineer pasting a ticket, a university Mac lab, a logistics company's
rugged iPhones, a bank before an audit, a construction firm, a garment factory, a power
utility's field technicians, an electronics chain, a new junior admin. The writer's difficulty
tag ends each line; rows with no language signal carry the reply language as the fifth field.
"""

from __future__ import annotations

from tests.core.intent_phrases import PHRASES, Phrase
from tests.understanding.dev_batch8 import BATCH8
from tests.understanding.dev_batch9 import BATCH9
from tests.understanding.dev_batch10 import BATCH10
from tests.understanding.dev_batch11 import BATCH11
from tests.understanding.dev_batch12 import BATCH12
from tests.understanding.dev_batch13 import BATCH13
from tests.understanding.dev_batch14 import BATCH14

D, T, H, L = "DIAGNOSE", "TOKENS", "HELP", "LANGUAGE"
ON, OFF, R, U = "ALERTS_ON", "ALERTS_OFF", "RECHECK", "UNKNOWN"
XA, XR, DEV = "EXPLAIN_ADE", "EXPLAIN_RENEW", "DEVICE"

ENGLISH = [
    Phrase(
        "en",
        "new ipads for the ward carts aren't showing up in intune, reseller says they were added to ABM last week. is the ADE token broken?",
        D,
    ),  # informal
    Phrase(
        "en", "Why are our new iPads not syncing from Apple Business Manager into Intune?", D
    ),  # question-form
    Phrase("en", "token status pls", D),  # short
    Phrase("en", "ADE health", D),  # short
    Phrase("en", "Run a diagnosis on our enrollment program token.", D),  # command
    Phrase(
        "en", "What's the expiry date on our Apple enrollment program token?", D
    ),  # question-form
    Phrase(
        "en",
        "Night shift in biomed here. We're swapping out 14 of the nurse-call iPhones and none of the replacements get the enrollment profile, they just go through the normal Hello screens with no Remote Management prompt. As far as I can see the serials are assigned to our Intune server in ABM. Is something wrong with ADE on the Intune side?",
        D,
    ),  # long-context
    Phrase(
        "en",
        "Ticket from store ops: three stores got their new register iPads yesterday and they skip our setup completely, no company sign-in, nothing. The same rollout worked fine last month. Did the DEP token lapse or is the ABM sync stuck?",
        D,
    ),  # long-context
    Phrase("en", "is our dep tokne still valid??", D),  # typo
    Phrase("en", "abm sync seems brokn, last sync was days ago, whats goin on", D),  # typo
    Phrase("en", "yo is DEP borked again? the lab macs aren't picking up the profile", D),  # slang
    Phrase("en", "quick one - is the ABM -> Intune sync actually working rn?", D),  # informal
    Phrase("en", "I need the last successful sync time for our ADE token.", D),  # plain
    Phrase(
        "en", "I need to know whether our Automated Device Enrollment token has any errors.", D
    ),  # plain
    Phrase("en", "Diagnose ADE for this tenant.", D),  # command
    Phrase("en", "Would you mind checking whether the DEP sync with ABM is failing?", D),  # polite
    Phrase(
        "en",
        "The enrollment profile isn't getting assigned to the new MacBooks we added in Apple School Manager.",
        D,
    ),  # plain
    Phrase("en", "Intune shows a sync error on the enrollment program token.", D),  # plain
    Phrase(
        "en",
        "Could you please check whether our Apple enrollment token is healthy? The EFB iPads for the new A320 crews have to be enrolled before Monday.",
        D,
    ),  # polite
    Phrase("en", "DEP token ok?", D),  # short
    Phrase("en", "ABM sync broken?", D),  # short
    Phrase(
        "en", "devices assigned in ABM 2 days ago still not in intune, whats up with that", D
    ),  # informal
    Phrase("en", "Are we close to the expiry date on the ABM token?", D),  # question-form
    Phrase(
        "en",
        "The rugged iPhones for our delivery drivers are not appearing in the enrollment program device list.",
        D,
    ),  # plain
    Phrase("en", "Show me why ADE enrollment is failing.", D),  # command
    Phrase(
        "en",
        'NOC here, pasting from a client ticket: "Since Tuesday new iPhones skip Remote Management during Setup Assistant. Apple Business Manager shows them assigned to Intune." Can you see what\'s going on with their ADE token?',
        D,
    ),  # long-context
    Phrase("en", "hey, did the DEP token die? nothing new has synced since friday", D),  # informal
    Phrase(
        "en", "Could new Apple terms and conditions be blocking our ABM sync right now?", D
    ),  # question-form
    Phrase("en", "list our enrollment program tokens", T),  # command
    Phrase("en", "Which ADE tokens do we have configured?", T),  # question-form
    Phrase("en", "all DEP tokens", T),  # short
    Phrase(
        "en", "How many enrollment program tokens are set up in this tenant?", T
    ),  # question-form
    Phrase("en", "can u show me every ABM and ASM token we've got + their state", T),  # informal
    Phrase(
        "en",
        "We have separate tokens for the US and EU Apple Business Manager accounts. I'd like an overview of all of them.",
        T,
    ),  # plain
    Phrase("en", "pls list the dep tokens + expiry dates", T),  # informal
    Phrase("en", "run it again", R),  # short
    Phrase("en", "I just accepted the new terms in ABM, can you re-run the check?", R),  # plain
    Phrase("en", "Refresh the diagnosis.", R),  # command
    Phrase("en", "ok renewed it, try again now", R),  # informal
    Phrase("en", "Warn me a month before the DEP token expires.", ON),  # command
    Phrase("en", "Can you ping me if the ABM sync starts failing?", ON),  # question-form
    Phrase("en", "turn on alerts", ON),  # short
    Phrase(
        "en",
        "Please notify this channel whenever an enrollment program token gets close to expiring.",
        ON,
    ),  # polite
    Phrase("en", "I'd like to subscribe to token expiry warnings.", ON),  # plain
    Phrase(
        "en",
        "Last year our ADE token expired over Christmas and nobody noticed for two weeks. The airport ops team was not amused. Can you message me well before it runs out this time?",
        ON,
    ),  # long-context
    Phrase("en", "enable proactive notifications for ADE", ON),  # command
    Phrase("en", "stop the alerts", OFF),  # short
    Phrase("en", "mute the token expiry warnings, im on leave for 3 weeks", OFF),  # informal
    Phrase("en", "Unsubscribe me from ADE notifications.", OFF),  # command
    Phrase(
        "en", "Please stop sending me DEP token reminders, my colleague owns this now.", OFF
    ),  # polite
    Phrase("en", "ugh too many pings from you, kill the alerts", OFF),  # slang
    Phrase(
        "en",
        "Please keep replying in English from now on, even when my coworkers write to you in Polish.",
        L,
        "en",
    ),  # polite
    Phrase("en", "can you switch to Russian?", L, "ru"),  # question-form
    Phrase(
        "en", "Reply in Simplified Chinese for my colleague in Shenzhen.", L, "zh-Hans"
    ),  # command
    Phrase("en", "switch language to polish", L, "pl"),  # command
    Phrase("en", "Can you talk to me in Brazilian Portuguese?", L, "pt-BR"),  # question-form
    Phrase("en", "vietnamese pls", L, "vi"),  # short
    Phrase("en", "what can you do?", H),  # question-form
    Phrase("en", "help", H),  # short
    Phrase(
        "en",
        "Hi, I'm the new junior on the endpoint team, started Monday. My lead said to ask you about the Apple stuff but I honestly have no idea what you do. Where do I start?",
        H,
    ),  # long-context
    Phrase("en", "list your commands", H),  # command
    Phrase("en", "How do I use ADE Doctor?", H),  # question-form
    Phrase("en", "What is Automated Device Enrollment?", XA),  # question-form
    Phrase("en", "Explain what DEP is and how it fits with Intune.", XA),  # command
    Phrase("en", "eli5 ADE pls, my manager asked and I kinda don't get it", XA),  # slang
    Phrase("en", "ade vs company portal enrollment, whats the actual difference?", XA),  # informal
    Phrase("en", "What are the steps to renew our ADE token in Intune?", XR),  # question-form
    Phrase(
        "en", "Where in Intune do I upload the new token file from Apple Business Manager?", XR
    ),  # question-form
    Phrase(
        "en", "walk me through replacing the DEP token, the guy who set it up left the company", XR
    ),  # informal
    Phrase(
        "en",
        "When renewing the ABM token, which Apple account has to sign in to Apple Business Manager?",
        XR,
    ),  # plain
    Phrase(
        "en",
        "Autopilot pre-provisioning fails with 0x80180018 on the new Dells, what does that mean?",
        U,
    ),  # hard-negative
    Phrase(
        "en", "How do I renew the Managed Google Play binding for Android Enterprise?", U
    ),  # hard-negative
    Phrase(
        "en",
        "Our Chromebooks aren't showing up in the Google Admin console after re-enrollment.",
        U,
    ),  # hard-negative
    Phrase(
        "en", "Add a new user in Apple Business Manager for our new procurement hire.", U
    ),  # hard-negative
    Phrase(
        "en", "reset the managed apple id password for the night charge nurse account", U
    ),  # hard-negative
    Phrase(
        "en", "my GitHub personal access token expired, how do I generate a new one?", U
    ),  # hard-negative
    Phrase("en", "Turn off the Azure Monitor alerts for the staging VMs.", U),  # hard-negative
    Phrase(
        "en", "Windows Update notifications keep nagging users, how do I hide them?", U
    ),  # hard-negative
    Phrase(
        "en", "Is Entra Connect sync healthy? Password hash sync looked stuck this morning.", U
    ),  # hard-negative
    Phrase(
        "en", "How do we buy 50 more app licences in Apple Business Manager for the store iPads?", U
    ),  # hard-negative
    Phrase(
        "en",
        "Samsung Knox Mobile Enrollment isn't pushing the profile to our new Galaxy tablets.",
        U,
    ),  # hard-negative
    Phrase(
        "en", "The Wi-Fi certificate expired on a bunch of Windows laptops, how do I reissue it?", U
    ),  # hard-negative
    Phrase("en", "thanks, that sorted it", U),  # informal
    Phrase("en", "lol", U),  # short
    Phrase("en", "jkdfhg kjsdhf", U),  # short
    Phrase("en", "What's the weather like in Dublin today?", U),  # plain
    Phrase("en", "How do I share my screen in a Teams meeting?", U),  # plain
    Phrase("en", "tell me a joke about printers", U),  # command
    Phrase("en", "good night all, handing over to day shift", U),  # informal
    Phrase("en", "my laptop fan is realy loud since the updaet", U),  # typo
]

RUSSIAN = [
    Phrase(
        "ru",
        "Новые айпады для касс не появляются в Intune, хотя в ABM они назначены на наш MDM-сервер.",
        D,
    ),  # plain
    Phrase(
        "ru",
        "Почему устройства из Apple Business Manager перестали синхронизироваться с Intune?",
        D,
    ),  # question-form
    Phrase("ru", "Токен DEP вообще живой?", D),  # slang
    Phrase("ru", "Продиагностируй ADE", D),  # command
    Phrase(
        "ru",
        "У нас 200 айпадов у прорабов на объектах, если что-то отвалится, их потом месяц не соберёшь обратно. Прошлой весной уже было такое, не хочу повторения. До какого числа действует наш токен программы регистрации?",
        D,
    ),  # long-context
    Phrase(
        "ru", "privet, token DEP ne sdoh sluchayno? novye aifony ne vidny v intune", D
    ),  # transliteration
    Phrase(
        "ru", "u nas sinhronizaciya s ABM ne idet uzhe 3 dnya, chto sluchilos?", D
    ),  # transliteration
    Phrase("ru", "покаж что с токеном ADE, чтото не то", D),  # typo
    Phrase("ru", "чё там с DEP, опять отвалился?", D),  # slang
    Phrase("ru", "ABM синк походу сдох, глянь", D),  # slang
    Phrase("ru", "маки в аудитории не цепляют профиль, ADE опять глючит?", D),  # slang
    Phrase(
        "ru", "Enrollment profile не assign-ится на новые iPad, sync с ABM вообще работает?", D
    ),  # code-switch
    Phrase(
        "ru", "Чекни lastSuccessfulSync по ADE token, есть ощущение, что он stale", D
    ),  # code-switch
    Phrase(
        "ru", "В Intune на enrollment program token висит sync error, что это значит?", D
    ),  # code-switch
    Phrase(
        "ru",
        "Ночная смена, реанимация. Привезли замену для десяти iPhone медсестёр, и все проходят Setup Assistant как обычные личные телефоны, без экрана удалённого управления. В ABM серийники привязаны к Intune, я проверил. Что сломалось с ADE?",
        D,
    ),  # long-context
    Phrase(
        "ru",
        "Пишу из банка, на следующей неделе аудит ИТ. Мне нужно понимать, в порядке ли наш токен автоматической регистрации Apple и когда была последняя успешная синхронизация. Можете проверить?",
        D,
    ),  # long-context
    Phrase("ru", "синхронизацыя с ABM не праходит, токен норм?", D),  # typo
    Phrase("ru", "Проверь, работает ли синхронизация с Apple School Manager.", D),  # command
    Phrase("ru", "Покажи, что не так с ADE.", D),  # command
    Phrase("ru", "Устройства не завершают регистрацию через ADE.", D),  # plain
    Phrase("ru", "Похоже, токен DEP просрочен.", D),  # plain
    Phrase("ru", "статус ADE", D),  # short
    Phrase("ru", "ADE токен ок?", D),  # short
    Phrase("ru", "Есть ли ошибки у токена программы регистрации?", D),  # question-form
    Phrase(
        "ru", "слушай, а синк с ABM вообще живой? с пятницы ни одного нового устройства", D
    ),  # informal
    Phrase("ru", "Новые MacBook для бухгалтерии не получают профиль регистрации.", D),  # plain
    Phrase(
        "ru",
        "Подскажите, пожалуйста, всё ли в порядке с нашим токеном DEP? Не хотелось бы сорвать выдачу планшетов пилотам.",
        D,
    ),  # polite
    Phrase("ru", "skoro istekaet token ADE? ne pomnyu kogda prodlevali", D),  # transliteration
    Phrase("ru", "список токенов", T),  # short
    Phrase("ru", "Какие токены ADE у нас настроены?", T),  # question-form
    Phrase("ru", "Сколько у нас DEP-токенов и в каком они состоянии?", T),  # question-form
    Phrase("ru", "Покажи все токены ABM и ASM", T),  # command
    Phrase("ru", "pokazhi vse tokeny DEP", T),  # transliteration
    Phrase("ru", "Дай overview по всем enrollment program tokens", T),  # code-switch
    Phrase("ru", "а можно списком все наши токены Apple-регистрации, с датами?", T),  # informal
    Phrase("ru", "перепроверь", R),  # short
    Phrase("ru", "Я принял новые условия в ABM, прогони проверку заново", R),  # command
    Phrase("ru", "Хочу повторную проверку.", R),  # plain
    Phrase(
        "ru", "prover eshche raz pozhaluysta, ya tolko chto obnovil token", R
    ),  # transliteration
    Phrase("ru", "Предупреди меня за месяц до истечения токена DEP", ON),  # command
    Phrase("ru", "включи уведомления", ON),  # short
    Phrase(
        "ru", "Можешь писать мне, если синхронизация с ABM снова начнёт падать?", ON
    ),  # question-form
    Phrase("ru", "Подпиши этот канал на оповещения об истечении токенов ADE", ON),  # command
    Phrase("ru", "кидай алерты, если токен начнёт протухать", ON),  # slang
    Phrase("ru", "Включи proactive alerts по ADE token", ON),  # code-switch
    Phrase("ru", "vklyuchi opoveshcheniya po tokenu ADE", ON),  # transliteration
    Phrase("ru", "выключи уведомления", OFF),  # short
    Phrase(
        "ru", "Хватит слать напоминания про токен, этим теперь занимается коллега", OFF
    ),  # informal
    Phrase("ru", "Отпиши меня от оповещений ADE", OFF),  # command
    Phrase("ru", "замьюти алерты на пару недель, я в отпуске", OFF),  # slang
    Phrase("ru", "Отключите, пожалуйста, проактивные предупреждения о токене.", OFF),  # polite
    Phrase(
        "ru",
        "давай дальше отвечай только по-русски, даже если я вставляю английские термины",
        L,
        "ru",
    ),  # informal
    Phrase("ru", "Переключись на английский", L, "en"),  # command
    Phrase(
        "ru", "Для коллеги из Шанхая нужны ответы на упрощённом китайском.", L, "zh-Hans"
    ),  # plain
    Phrase("ru", "Можешь отвечать по-польски?", L, "pl"),  # question-form
    Phrase("ru", "Перейди на бразильский португальский", L, "pt-BR"),  # command
    Phrase("ru", "otvechay po-vietnamski", L, "vi"),  # transliteration
    Phrase("ru", "Что ты умеешь?", H),  # question-form
    Phrase("ru", "помощь", H),  # short
    Phrase("ru", "Привет! Меня только добавили в команду, как с тобой работать?", H),  # informal
    Phrase("ru", "Покажи список команд", H),  # command
    Phrase("ru", "Не понимаю, как тобой пользоваться.", H),  # plain
    Phrase("ru", "Что такое ADE?", XA),  # question-form
    Phrase("ru", "Объясни, что такое DEP и зачем он нужен в Intune", XA),  # command
    Phrase(
        "ru", "В чём разница между ADE и обычным enrollment через Company Portal?", XA
    ),  # code-switch
    Phrase("ru", "Расскажи простыми словами про Automated Device Enrollment.", XA),  # plain
    Phrase("ru", "Как продлить токен программы регистрации в Intune?", XR),  # question-form
    Phrase("ru", "Не могу найти, куда в Intune загружать новый файл токена .p7m.", XR),  # plain
    Phrase("ru", "Какой Apple ID нужен, чтобы обновить токен DEP?", XR),  # question-form
    Phrase(
        "ru",
        "Человек, который создавал токен ADE, уволился, а пароль от его Apple ID никто не знает. Сейчас всё работает, но через пару месяцев срок подойдёт. Распиши по шагам, как заменить токен.",
        XR,
    ),  # long-context
    Phrase("ru", "Autopilot падает с ошибкой 0x80180018, что делать?", U),  # hard-negative
    Phrase(
        "ru", "Как привязать Managed Google Play к Intune для Android Enterprise?", U
    ),  # hard-negative
    Phrase("ru", "Хромбуки не регистрируются в Google Admin", U),  # hard-negative
    Phrase(
        "ru", "Добавь пользователя в Apple Business Manager для нового сотрудника склада", U
    ),  # hard-negative
    Phrase("ru", "Сбрось пароль управляемого Apple ID у Петровой", U),  # hard-negative
    Phrase("ru", "Токен GitLab протух, где выпустить новый?", U),  # hard-negative
    Phrase("ru", "Отключи алерты Azure Monitor по тестовым ВМ", U),  # hard-negative
    Phrase("ru", "Как убрать у пользователей уведомления Windows Update?", U),  # hard-negative
    Phrase("ru", "Синхронизация Entra Connect ночью упала, посмотри, что там", U),  # hard-negative
    Phrase("ru", "Нужно купить лицензии на приложения в ABM, как это сделать?", U),  # hard-negative
    Phrase(
        "ru", "Samsung Knox Mobile Enrollment не применяет профиль к новым планшетам", U
    ),  # hard-negative
    Phrase(
        "ru", "На ноутбуках с Windows истёк сертификат для Wi-Fi, как его перевыпустить?", U
    ),  # hard-negative
    Phrase("ru", "спасибо, всё ожило", U),  # informal
    Phrase("ru", "ывфаопрл", U),  # short
    Phrase("ru", "Где взять переходник с USB-C на HDMI?", U),  # plain
    Phrase("ru", "Какая погода в Новосибирске?", U),  # plain
    Phrase("ru", "spasibo bolshoe, vyruchil", U),  # transliteration
    Phrase("ru", "ну расскажи анекдот про сисадминов, скучно", U),  # informal
    Phrase("ru", "Как расшарить экран в Teams?", U),  # plain
    Phrase("ru", "принтер опять жуёт бумагу, задолбал", U),  # informal
]

CHINESE = [
    Phrase(
        "zh",
        "新到的 iPad 在 Intune 里一直看不到，ABM 里已经 assign 给我们的 MDM server 了，是 token 出问题了？",
        D,
    ),  # code-switch
    Phrase("zh", "为什么 ABM 里的设备同步不到 Intune？", D),  # question-form
    Phrase("zh", "ADE 状态", D),  # short
    Phrase("zh", "DEP 令牌还有效吗？", D),  # question-form
    Phrase("zh", "帮我诊断一下 ADE", D),  # command
    Phrase("zh", "我们的注册计划令牌什么时候到期？", D),  # question-form
    Phrase(
        "zh",
        "我是航司 EFB 组的，新一批飞行员 iPad 开机后直接进了普通设置流程，没有出现远程管理界面。ABM 那边显示已经分配给 Intune 了。想确认一下是不是自动设备注册令牌出问题了？",
        D,
    ),  # long-context
    Phrase(
        "zh",
        "物流这边，上周给司机配的三防 iPhone 到了三十台，到现在 Intune 里一台都没出来。以前一般第二天就能看到。ABM 同步是不是卡住了？",
        D,
    ),  # long-context
    Phrase("zh", "DEP 领牌是不是过期了", D),  # typo
    Phrase("zh", "ABM 同布好像失败了", D),  # typo
    Phrase("zh", "DEP 又挂了？新机全都没上来", D),  # slang
    Phrase("zh", "enrollment program token 那边显示 sync error，帮忙看下", D),  # code-switch
    Phrase("zh", "新 Mac 没拿到 enrollment profile，ADE sync 正常吗？", D),  # code-switch
    Phrase("zh", "token 是不是快 expire 了？", D),  # code-switch
    Phrase("zh", "check 一下 ABM 到 Intune 的 sync 状态", D),  # code-switch
    Phrase("zh", "哎 苹果那边的同步是不是又不动了，三天没新设备了", D),  # informal
    Phrase("zh", "ADE 令牌有啥问题没", D),  # informal
    Phrase("zh", "帮看下 DEP 咋回事呗", D),  # informal
    Phrase("zh", "设备无法完成自动设备注册。", D),  # plain
    Phrase("zh", "注册配置文件分配失败了。", D),  # plain
    Phrase("zh", "Intune 里的注册计划令牌显示同步错误。", D),  # plain
    Phrase("zh", "检查 Apple School Manager 的同步是否正常。", D),  # command
    Phrase("zh", "查一下我们的 ADE 令牌有没有问题。", D),  # command
    Phrase(
        "zh", "麻烦帮忙确认一下我们的 DEP 令牌是否正常，下周医院要上线一批护士站 iPad，谢谢。", D
    ),  # polite
    Phrase("zh", "令牌正常吗", D),  # short
    Phrase("zh", "同步状态？", D),  # short
    Phrase("zh", "最近一次 ABM 同步成功是什么时候？", D),  # question-form
    Phrase("zh", "我怀疑苹果更新了条款，ABM 同步因此失败了。", D),  # plain
    Phrase("zh", "列出所有注册计划令牌", T),  # command
    Phrase("zh", "我们一共配置了几个 ADE 令牌？", T),  # question-form
    Phrase("zh", "有哪些 DEP 令牌？", T),  # question-form
    Phrase("zh", "令牌列表", T),  # short
    Phrase("zh", "把所有 ABM/ASM 的 token 列一下，带上 status", T),  # code-switch
    Phrase("zh", "我们各个区域的苹果令牌都有哪些呀，给我看看", T),  # informal
    Phrase("zh", "显示全部令牌及其到期时间。", T),  # plain
    Phrase("zh", "再查一次", R),  # short
    Phrase(
        "zh", "刚才你说是条款没接受。我已经用管理员账号登录 ABM 点了同意，现在能再检查一遍吗？", R
    ),  # long-context
    Phrase("zh", "诊断结果需要刷新一下。", R),  # plain
    Phrase("zh", "令牌换好了，你再跑一遍看看", R),  # informal
    Phrase("zh", "令牌到期前一个月提醒我", ON),  # command
    Phrase("zh", "开启提醒", ON),  # short
    Phrase("zh", "如果 ABM 同步又失败，能第一时间通知我吗？", ON),  # question-form
    Phrase("zh", "请在任何注册计划令牌快到期时通知这个频道。", ON),  # polite
    Phrase("zh", "帮我开一下 ADE 的 proactive alert", ON),  # code-switch
    Phrase("zh", "以后令牌快过期了记得叫我一声哈", ON),  # informal
    Phrase("zh", "订阅 DEP 令牌到期预警。", ON),  # plain
    Phrase("zh", "关闭提醒", OFF),  # short
    Phrase("zh", "别再发令牌到期的消息了，这事现在同事在管", OFF),  # informal
    Phrase("zh", "取消订阅 ADE 通知", OFF),  # command
    Phrase("zh", "你的令牌提醒太多了，先给我静音", OFF),  # informal
    Phrase("zh", "我休假两周，暂停令牌预警。", OFF),  # plain
    Phrase("zh", "以后都用中文回复我吧", L, "zh-Hans"),  # informal
    Phrase("zh", "改成英文回复", L, "en"),  # command
    Phrase("zh", "切换成俄语", L, "ru"),  # command
    Phrase("zh", "能用波兰语回答吗？", L, "pl"),  # question-form
    Phrase("zh", "麻烦以后用巴西葡萄牙语回复，谢谢", L, "pt-BR"),  # polite
    Phrase("zh", "用越南语跟我说", L, "vi"),  # command
    Phrase("zh", "你能做什么？", H),  # question-form
    Phrase("zh", "帮助", H),  # short
    Phrase(
        "zh",
        "你好，我是新来的，领导让我负责公司所有 iPhone 和 Mac 的管理，说苹果设备有问题先问你。可我完全不知道你能帮什么忙，该从哪里开始？",
        H,
    ),  # long-context
    Phrase("zh", "列出你支持的命令", H),  # command
    Phrase("zh", "hi，你都有啥功能？", H),  # informal
    Phrase("zh", "什么是 ADE？", XA),  # question-form
    Phrase("zh", "解释一下 DEP 和 Intune 的关系", XA),  # command
    Phrase("zh", "自动设备注册跟用公司门户注册有什么区别？", XA),  # question-form
    Phrase("zh", "用大白话讲讲 Automated Device Enrollment 是干嘛的", XA),  # slang
    Phrase("zh", "注册计划令牌怎么续订？", XR),  # question-form
    Phrase("zh", "新的令牌文件在 Intune 里传到哪里？", XR),  # question-form
    Phrase("zh", "续订 DEP 令牌要用哪个 Apple ID 登录？", XR),  # question-form
    Phrase("zh", "建令牌的同事离职了，想知道替换 ADE 令牌的步骤。", XR),  # plain
    Phrase("zh", "Autopilot 注册报 0x80180018 怎么办？", U),  # hard-negative
    Phrase("zh", "Android Enterprise 怎么绑定 Managed Google Play？", U),  # hard-negative
    Phrase("zh", "Chromebook 在 Google 管理控制台里注册不上", U),  # hard-negative
    Phrase("zh", "在 Apple Business Manager 里给新同事加个账号", U),  # hard-negative
    Phrase("zh", "帮我重置一个管理式 Apple ID 的密码", U),  # hard-negative
    Phrase("zh", "GitHub 的 token 过期了，怎么重新生成？", U),  # hard-negative
    Phrase("zh", "把测试环境的 Azure Monitor 告警关掉", U),  # hard-negative
    Phrase("zh", "怎么关掉用户电脑上的 Windows 更新通知？", U),  # hard-negative
    Phrase("zh", "Entra Connect 同步昨晚失败了，看看怎么回事", U),  # hard-negative
    Phrase("zh", "在 ABM 里买应用许可证怎么操作？", U),  # hard-negative
    Phrase("zh", "三星 Knox Mobile Enrollment 不给新平板下发配置", U),  # hard-negative
    Phrase("zh", "企业微信的 access_token 老是过期，怎么处理？", U),  # hard-negative
    Phrase("zh", "谢谢，搞定了", U),  # informal
    Phrase("zh", "公司年会是几号？", U),  # plain
    Phrase("zh", "的了是在吗哦", U),  # short
    Phrase("zh", "今天深圳天气怎么样？", U),  # plain
    Phrase("zh", "Teams 怎么共享屏幕？", U),  # plain
    Phrase("zh", "讲个程序员笑话", U),  # command
    Phrase("zh", "打印机又卡纸了，烦死", U),  # informal
    Phrase("zh", "下班了，明天见", U),  # informal
]

POLISH = [
    Phrase("pl", "Sprawdź stan tokenu ADE w Intune.", D),  # command
    Phrase(
        "pl",
        "Mamy nocny dyżur na bloku i przyszły 4 nowe iPady do pomp infuzyjnych, żaden nie łapie profilu rejestracji. W ABM są przypisane do serwera Intune, ale w konsoli nie ma ich od wczoraj. Co jest nie tak z synchronizacją?",
        D,
    ),  # long-context
    Phrase("pl", "kiedy wygasa nasz token DEP?", D),  # question-form
    Phrase("pl", "Chcę wiedzieć, czy token ADE jest w porządku.", D),  # plain
    Phrase("pl", "stan ADE?", D),  # short
    Phrase(
        "pl", "czy synchronizacja z ABM w ogole dziala? w intune ostatni sync byl 3 dni temu", D
    ),  # no-diacritics
    Phrase(
        "pl", "token dep wygasl czy co? urzadzenia nie wchodza w rejestracje", D
    ),  # no-diacritics
    Phrase("pl", "sprawdz czemu macbooki z pracowni nie dostaja profilu ADE", D),  # no-diacritics
    Phrase(
        "pl", "ej, ten ADE znowu się sypie? ajfony z magazynu nie chcą się zenrollować", D
    ),  # slang
    Phrase(
        "pl", "Mamy sync error na enrollment program tokenie, co tam się dzieje?", D
    ),  # code-switch
    Phrase(
        "pl", "Last successful sync pokazuje zeszły tydzień, czy token jest broken?", D
    ),  # code-switch
    Phrase("pl", "czy tokne ADE nie wygsał? nowe ipady nie przychodzą do intune", D),  # typo
    Phrase("pl", "hej, zerkniesz czemu DEP nie synchronizuje od rana?", D),  # informal
    Phrase(
        "pl",
        "Dzień dobry, uprzejmie proszę o weryfikację, czy synchronizacja z Apple Business Manager przebiega prawidłowo.",
        D,
    ),  # polite
    Phrase("pl", "ADE nie działa", D),  # short
    Phrase("pl", "token DEP ważny?", D),  # short
    Phrase("pl", "Urządzenia nie synchronizują się z ABM do Intune.", D),  # plain
    Phrase("pl", "Przypisania profili rejestracji nie działają dla nowych iPhone'ów.", D),  # plain
    Phrase(
        "pl",
        "Na uczelni mamy pracownię Maców i przed semestrem dokupiliśmy 25 sztuk. W ASM są widoczne, ale w Intune ani jednego, a sync odpalałem ręcznie dwa razy. Co się dzieje z tokenem ASM?",
        D,
    ),  # long-context
    Phrase(
        "pl",
        'Wklejam ticket od klienta (sieć drogerii): "od poniedziałku nowe iPhone\'y w sklepach nie przechodzą automatycznej rejestracji, resetowaliśmy po trzy razy". U nas w Intune nic nie widać. Możesz sprawdzić token ADE i sync tego tenanta?',
        D,
    ),  # long-context
    Phrase("pl", "Dlaczego token ADE ma w konsoli Intune status błędu?", D),  # question-form
    Phrase("pl", "Ile dni zostało do wygaśnięcia tokenu ADE?", D),  # question-form
    Phrase(
        "pl",
        "Szykujemy 30 iPadów EFB dla pilotów na sezon letni i po resecie żaden nie pokazuje ekranu Remote Management. Numery seryjne są w ABM i przypisane do Intune, profil ustawiony jako domyślny. Czy coś jest nie tak z tokenem albo synchronizacją?",
        D,
    ),  # long-context
    Phrase("pl", "kiedy byla ostatnia udana synchronizacja ADE", D),  # no-diacritics
    Phrase("pl", "token od Aple chyba padł, zobaczysz?", D),  # typo
    Phrase(
        "pl", "Nowe skanery na iPhone'ach dla kurierów nie kończą automatycznej rejestracji.", D
    ),  # plain
    Phrase("pl", "Sprawdź, czy token z ASM nie jest przeterminowany.", D),  # command
    Phrase("pl", "czemu token dep ma blad synchronizacji w konsoli", D),  # no-diacritics
    Phrase("pl", "Pokaż listę tokenów programu rejestracji.", T),  # command
    Phrase("pl", "jakie mamy tokeny ADE?", T),  # question-form
    Phrase("pl", "Ile tokenów DEP jest skonfigurowanych w tenancie?", T),  # question-form
    Phrase("pl", "lista tokenow", T),  # no-diacritics
    Phrase("pl", "wylistuj wszystkie enrollment program tokeny z expiry date", T),  # code-switch
    Phrase("pl", "Które tokeny mamy podpięte, z ABM i z ASM?", T),  # question-form
    Phrase("pl", "Wypisz wszystkie tokeny DEP.", T),  # plain
    Phrase("pl", "Sprawdź ponownie, teraz.", R),  # command
    Phrase("pl", "odśwież", R),  # short
    Phrase("pl", "podmieniłem token, przelicz jeszcze raz", R),  # informal
    Phrase("pl", "puść ten check jeszcze raz", R),  # slang
    Phrase("pl", "Włącz powiadomienia o wygasaniu tokenu ADE.", ON),  # command
    Phrase("pl", "Daj mi znać, zanim token DEP wygaśnie.", ON),  # command
    Phrase(
        "pl", "Możesz mnie ostrzegać, jak synchronizacja z ABM zacznie się wywalać?", ON
    ),  # question-form
    Phrase("pl", "wlacz alerty", ON),  # no-diacritics
    Phrase(
        "pl", "Chcę dostawać ostrzeżenia o problemach z tokenem ADE na tym kanale.", ON
    ),  # plain
    Phrase("pl", "zasubskrybuj mnie na alerty ADE", ON),  # code-switch
    Phrase(
        "pl", "Prosiłbym o proaktywne ostrzeżenia na 30 dni przed wygaśnięciem tokenu.", ON
    ),  # polite
    Phrase("pl", "Wyłącz alerty.", OFF),  # short
    Phrase("pl", "przestań mi wysyłać te powiadomienia o tokenie", OFF),  # informal
    Phrase("pl", "wycisz ostrzezenia o ADE", OFF),  # no-diacritics
    Phrase("pl", "Wypisz mnie z alertów ADE.", OFF),  # command
    Phrase("pl", "dość tego spamu z alertami, wyłączaj", OFF),  # slang
    Phrase("pl", "Odpowiadaj po angielsku.", L, "en"),  # command
    Phrase("pl", "mozesz pisac po rosyjsku?", L, "ru"),  # no-diacritics
    Phrase("pl", "Przełącz język na chiński.", L, "zh-Hans"),  # command
    Phrase("pl", "Od teraz pisz do mnie po polsku.", L, "pl"),  # command
    Phrase(
        "pl", "Czy możesz odpowiadać po portugalsku, w wersji brazylijskiej?", L, "pt-BR"
    ),  # question-form
    Phrase("pl", "zmien jezyk na wietnamski", L, "vi"),  # no-diacritics
    Phrase("pl", "Cześć, co potrafisz?", H),  # question-form
    Phrase("pl", "pomoc", H),  # short
    Phrase("pl", "Jakie komendy obsługujesz?", H),  # question-form
    Phrase("pl", "Hej, jestem nowy w zespole, jak się z tobą gada?", H),  # informal
    Phrase("pl", "jak cie uzywac", H),  # no-diacritics
    Phrase("pl", "Co to jest ADE?", XA),  # question-form
    Phrase("pl", "czym sie rozni DEP od ADE", XA),  # no-diacritics
    Phrase("pl", "Wyjaśnij mi, jak działa Automated Device Enrollment.", XA),  # code-switch
    Phrase("pl", "Na czym polega automatyczna rejestracja urządzeń Apple?", XA),  # plain
    Phrase("pl", "Jak odnowić token programu rejestracji?", XR),  # question-form
    Phrase("pl", "W którym miejscu Intune wgrywa się nowy plik .p7m?", XR),  # question-form
    Phrase(
        "pl", "Nie wiem, czy do odnowienia tokenu potrzebne jest to samo Apple ID.", XR
    ),  # plain
    Phrase("pl", "odnowienie tokenu ADE krok po kroku", XR),  # short
    Phrase("pl", "Autopilot na nowych Dellach wywala 0x80180014, co robić?", U),  # hard-negative
    Phrase(
        "pl", "Jak zarejestrować telefony z Androidem przez Managed Google Play?", U
    ),  # hard-negative
    Phrase(
        "pl", "Chromebooki w szkole nie chcą się zapisać do konsoli Google, pomocy", U
    ),  # hard-negative
    Phrase("pl", "Jak dodać nowego użytkownika w Apple Business Manager?", U),  # hard-negative
    Phrase(
        "pl", "Zresetuj hasło do Managed Apple ID kierownika sklepu w Gdańsku.", U
    ),  # hard-negative
    Phrase("pl", "Chcę kupić 50 licencji na aplikację w ABM, jak to zrobić?", U),  # hard-negative
    Phrase("pl", "Token GitHuba wygasł i pipeline stoi.", U),  # hard-negative
    Phrase("pl", "Wyłącz alerty Azure Monitor dla subskrypcji testowej.", U),  # hard-negative
    Phrase(
        "pl", "Windows Update ciągle wysyła powiadomienia o restarcie, da się to wyciszyć?", U
    ),  # hard-negative
    Phrase("pl", "Synchronizacja Entra Connect stoi od rana.", U),  # hard-negative
    Phrase("pl", "Android Enterprise zero-touch, jak to podpiąć pod Intune?", U),  # hard-negative
    Phrase("pl", "Jak odnowić certyfikat SSL na firmowej stronie?", U),  # hard-negative
    Phrase(
        "pl", "Rejestracja laptopów z Windowsem przez Autopilota nie przypisuje profilu.", U
    ),  # hard-negative
    Phrase("pl", "dzięki, działa!", U),  # informal
    Phrase("pl", "Dziękuję za pomoc.", U),  # plain
    Phrase("pl", "jaka jutro pogoda w Krakowie?", U),  # question-form
    Phrase("pl", "Zamów pizzę dla nocnej zmiany.", U),  # command
    Phrase("pl", "Opowiedz kawał o adminach.", U),  # command
    Phrase("pl", "Ciekawe, kto wczoraj wygrał mecz Legii.", U),  # plain
    Phrase("pl", "sztos, wielkie dzięki", U),  # slang
]

PORTUGUESE = [
    Phrase("pt", "O token do ADE tá ok?", D),  # informal
    Phrase(
        "pt",
        "Por que os iPads novos não aparecem no Intune se no ABM eles já estão atribuídos ao servidor MDM?",
        D,
    ),  # question-form
    Phrase("pt", "quando vence o token do DEP?", D),  # question-form
    Phrase("pt", "A sincronização com o Apple Business Manager parou de funcionar.", D),  # plain
    Phrase("pt", "Os dispositivos não estão sincronizando do ABM para o Intune.", D),  # plain
    Phrase(
        "pt", "A atribuição do perfil de registro tá falhando nos iPhones novos, o que houve?", D
    ),  # informal
    Phrase(
        "pt",
        "O pessoal da loja de Curitiba abriu chamado: 12 iPads de PDV chegaram ontem, foram resetados e nenhum mostrou a tela de gerenciamento remoto. No ABM eles estão atribuídos ao Intune certinho. Será que o token de registro deu problema?",
        D,
    ),  # long-context
    Phrase(
        "pt",
        'Chamado 48213 do cliente Agro Sul: "Macs novos não fazem o registro automático desde segunda". Olhei no portal e o último sync bem-sucedido foi há 5 dias. Consegue diagnosticar o token ADE desse tenant?',
        D,
    ),  # long-context
    Phrase(
        "pt", "o enrollment program token tá com sync error, consegue ver o que é?", D
    ),  # code-switch
    Phrase(
        "pt", "Last successful sync tá mostrando semana passada, o token expirou?", D
    ),  # code-switch
    Phrase("pt", "o token do ade ta valido ainda?", D),  # no-diacritics
    Phrase("pt", "sincronizacao com o ABM parou, ve pra mim o que aconteceu", D),  # no-diacritics
    Phrase("pt", "o tokem do DEP espirou?", D),  # typo
    Phrase(
        "pt", "mano, o ADE deu ruim de novo, os iPhones não registram de jeito nenhum", D
    ),  # slang
    Phrase("pt", "status do ADE", D),  # short
    Phrase("pt", "token ADE expirou?", D),  # short
    Phrase(
        "pt",
        "Bom dia! Poderia, por gentileza, verificar se o nosso token de registro automático da Apple está funcionando corretamente?",
        D,
    ),  # polite
    Phrase("pt", "Quantos dias faltam pro token do ADE vencer?", D),  # question-form
    Phrase("pt", "Diagnostica o ADE.", D),  # command
    Phrase(
        "pt", "Checa o sync do token do Apple School Manager, o last sync tá estranho.", D
    ),  # code-switch
    Phrase("pt", "Os MacBooks do laboratório não completam o registro automático.", D),  # plain
    Phrase(
        "pt",
        "cara, os celulares robustos da frota não tão entrando no Intune, dá uma olhada no DEP?",
        D,
    ),  # informal
    Phrase("pt", "Quero ver se tem algum erro no token de registro da Apple.", D),  # plain
    Phrase("pt", "Preciso saber se o token DEP está ativo.", D),  # plain
    Phrase(
        "pt",
        "Sou do TI de uma rede de hotéis e os iPads novos da recepção ficaram parados na tela de ativação. O console do Intune mostra o token com erro em vermelho. Por que isso tá acontecendo?",
        D,
    ),  # long-context
    Phrase("pt", "e aí, o sync do ABM tá rodnado normal?", D),  # typo
    Phrase("pt", "Quero saber quando foi a última sincronização bem-sucedida do ADE.", D),  # plain
    Phrase(
        "pt",
        "A auditoria interna pediu evidência de que o registro automático dos iPhones corporativos está íntegro. Não tenho certeza se o token foi renovado depois da troca de fornecedor. O token ADE está dentro da validade e sincronizando?",
        D,
    ),  # long-context
    Phrase("pt", "Lista os tokens de registro.", T),  # command
    Phrase("pt", "quais tokens ADE a gente tem?", T),  # informal
    Phrase("pt", "Quantos tokens do programa de registro estão configurados?", T),  # question-form
    Phrase("pt", "mostra todos os tokens com a expiration date", T),  # code-switch
    Phrase("pt", "listar tokens", T),  # short
    Phrase("pt", "Quais enrollment program tokens existem no tenant?", T),  # code-switch
    Phrase("pt", "Temos token do ABM e do ASM cadastrados? Quais são?", T),  # question-form
    Phrase("pt", "verifica de novo", R),  # command
    Phrase("pt", "Atualiza o diagnóstico, já renovei o token.", R),  # command
    Phrase("pt", "roda a checagem de novo pfv", R),  # informal
    Phrase("pt", "refaz o check aí", R),  # code-switch
    Phrase("pt", "Ativa os alertas de expiração do token.", ON),  # command
    Phrase("pt", "Me avisa antes do token do ADE vencer.", ON),  # command
    Phrase(
        "pt", "Tem como me notificar se a sincronização com o ABM começar a falhar?", ON
    ),  # question-form
    Phrase(
        "pt", "quero receber alerta aqui no canal quando o token estiver perto de expirar", ON
    ),  # informal
    Phrase("pt", "Quero ligar os alertas do token.", ON),  # plain
    Phrase(
        "pt", "Gostaria de receber avisos proativos sobre o token de registro, por favor.", ON
    ),  # polite
    Phrase("pt", "ativa notificacao do token dep", ON),  # no-diacritics
    Phrase("pt", "Desativa os alertas.", OFF),  # command
    Phrase("pt", "para de me mandar aviso do token", OFF),  # informal
    Phrase(
        "pt", "Por favor, poderia desativar os avisos sobre o token do ADE para mim?", OFF
    ),  # polite
    Phrase("pt", "nao quero mais receber alertas", OFF),  # no-diacritics
    Phrase("pt", "chega de alerta, desliga isso aí", OFF),  # slang
    Phrase("pt", "Responde em inglês a partir de agora.", L, "en"),  # command
    Phrase("pt", "Pode falar comigo em russo?", L, "ru"),  # question-form
    Phrase("pt", "muda o idioma pra chinês", L, "zh-Hans"),  # informal
    Phrase("pt", "Daqui pra frente responde em português.", L, "pt-BR"),  # command
    Phrase("pt", "Troca o idioma para polonês.", L, "pl"),  # command
    Phrase("pt", "Quero as respostas em vietnamita.", L, "vi"),  # plain
    Phrase("pt", "Oi! Como eu uso esse bot?", H),  # informal
    Phrase("pt", "ajuda", H),  # short
    Phrase("pt", "Queria ver a lista de comandos do bot.", H),  # plain
    Phrase("pt", "O que você sabe fazer?", H),  # question-form
    Phrase("pt", "Olá, sou novo no time de TI, por onde começo com você?", H),  # informal
    Phrase("pt", "O que é ADE?", XA),  # question-form
    Phrase("pt", "Qual a diferença entre DEP e ADE?", XA),  # question-form
    Phrase(
        "pt", "Quero entender como funciona o Registro Automático de Dispositivos da Apple.", XA
    ),  # plain
    Phrase("pt", "pra que serve o ADE na pratica?", XA),  # no-diacritics
    Phrase("pt", "Como renovo o token do programa de registro?", XR),  # question-form
    Phrase("pt", "Em qual tela do Intune eu subo o .p7m novo?", XR),  # question-form
    Phrase("pt", "Preciso usar o mesmo Apple ID pra renovar o token?", XR),  # question-form
    Phrase("pt", "Passo a passo pra renovar o token do ADE.", XR),  # command
    Phrase(
        "pt", "O Autopilot tá dando erro 0x80180014 nos notebooks novos, o que eu faço?", U
    ),  # hard-negative
    Phrase("pt", "Como registro celulares Android pelo Managed Google Play?", U),  # hard-negative
    Phrase(
        "pt", "Os Chromebooks da escola não aparecem no console do Google Admin.", U
    ),  # hard-negative
    Phrase("pt", "Como adiciono um usuário novo no Apple Business Manager?", U),  # hard-negative
    Phrase(
        "pt", "Preciso resetar a senha do Managed Apple ID de um gerente de loja.", U
    ),  # hard-negative
    Phrase("pt", "Como compro licenças de app no ABM pra 200 iPads?", U),  # hard-negative
    Phrase("pt", "Meu token do GitHub expirou, como gero outro?", U),  # hard-negative
    Phrase(
        "pt", "Desativa os alertas do Azure Monitor da assinatura de produção.", U
    ),  # hard-negative
    Phrase(
        "pt",
        "As notificações do Windows Update estão enchendo o saco dos usuários, dá pra desligar?",
        U,
    ),  # hard-negative
    Phrase("pt", "O sync do Entra Connect tá travado desde ontem.", U),  # hard-negative
    Phrase(
        "pt", "O registro dos notebooks Windows pelo Autopilot não tá aplicando o perfil.", U
    ),  # hard-negative
    Phrase("pt", "Como renovar o certificado SSL do nosso site?", U),  # hard-negative
    Phrase("pt", "valeu, resolveu aqui!", U),  # informal
    Phrase("pt", "Obrigado pela ajuda.", U),  # plain
    Phrase("pt", "Quem ganhou o jogo do Flamengo ontem?", U),  # question-form
    Phrase("pt", "Pede uma pizza pro plantão.", U),  # command
    Phrase("pt", "Conta uma piada de TI.", U),  # command
    Phrase("pt", "kkkkkk boa", U),  # short
    Phrase("pt", "Que calor hoje em Cuiabá, hein", U),  # informal
    Phrase("pt", "A impressora do terceiro andar está sem toner.", U),  # plain
]

VIETNAMESE = [
    Phrase("vi", "Kiểm tra token ADE giúp mình.", D),  # command
    Phrase("vi", "Token DEP khi nào hết hạn?", D),  # question-form
    Phrase("vi", "Token ADE có ổn không?", D),  # question-form
    Phrase(
        "vi",
        "Đội kỹ thuật điện lực đi hiện trường vừa được cấp 25 iPhone mới, bật lên là vào thẳng màn hình chính như máy cá nhân, không bị quản lý gì cả. Mình đã kiểm tra ABM thì serial vẫn nằm đúng MDM server Intune. Tại sao máy không nhận profile, hay token đồng bộ có vấn đề?",
        D,
    ),  # long-context
    Phrase("vi", "Thiết bị không đồng bộ từ ABM sang Intune.", D),  # plain
    Phrase("vi", "Việc gán hồ sơ đăng ký cho iPhone mới bị lỗi.", D),  # plain
    Phrase(
        "vi",
        "Xưởng may ở Bình Dương vừa nhận 40 iPad để quét mã hàng, reset xong không cái nào hiện màn hình Remote Management. Serial đã có trong Apple Business Manager và gán cho Intune rồi. Token hay đồng bộ đang có vấn đề gì không?",
        D,
    ),  # long-context
    Phrase(
        "vi",
        "Chuỗi điện máy bên mình vừa mở thêm 3 chi nhánh, 6 iPhone bán hàng mới không đăng ký được, cứ báo lỗi khi tải profile. Trên portal thấy lần đồng bộ thành công cuối cùng là 4 ngày trước. Bạn xem giúp token ADE đang bị gì vậy?",
        D,
    ),  # long-context
    Phrase(
        "vi", "Enrollment program token đang báo sync error, check giúp em với", D
    ),  # code-switch
    Phrase("vi", "Last successful sync hiện từ tuần trước, token bị expired à?", D),  # code-switch
    Phrase("vi", "ADE fail hết rồi, devices không enroll được, check giùm", D),  # code-switch
    Phrase("vi", "token ade con han khong?", D),  # no-diacritics
    Phrase("vi", "dong bo voi ABM bi loi roi, kiem tra giup minh", D),  # no-diacritics
    Phrase("vi", "tai sao macbook moi khong tu dong dang ky vao intune", D),  # no-diacritics
    Phrase("vi", "khi nao token dep het han vay", D),  # no-diacritics
    Phrase("vi", "kiem tra trang thai ADE", D),  # no-diacritics
    Phrase("vi", "token ADE bị lôi đồng bô hả?", D),  # typo
    Phrase("vi", "ADE toang rồi hả? iPhone ở kho không vô Intune được", D),  # slang
    Phrase("vi", "trạng thái ADE?", D),  # short
    Phrase("vi", "token hết hạn chưa?", D),  # short
    Phrase("vi", "ê, sync ABM có chạy bình thường không vậy?", D),  # informal
    Phrase("vi", "bạn ơi xem hộ cái tokn DEP đang sao thế", D),  # typo
    Phrase(
        "vi",
        "Bên kiểm toán nội bộ của ngân hàng yêu cầu bằng chứng là quy trình đăng ký iPhone công ty vẫn hoạt động đúng. Mình không chắc token đã được gia hạn sau khi đổi Apple ID quản trị. Lần đồng bộ thành công gần nhất với Apple Business Manager là khi nào, token còn hạn không?",
        D,
    ),  # long-context
    Phrase("vi", "Chẩn đoán đồng bộ với Apple School Manager.", D),  # command
    Phrase("vi", "Xem token đăng ký Apple có lỗi gì không.", D),  # command
    Phrase("vi", "Thiết bị không hoàn tất đăng ký ADE.", D),  # plain
    Phrase("vi", "Còn bao nhiêu ngày nữa thì token ADE hết hạn?", D),  # question-form
    Phrase(
        "vi",
        "Chào anh/chị, nhờ bot kiểm tra giúp em token đăng ký thiết bị tự động của công ty còn hoạt động bình thường không ạ.",
        D,
    ),  # polite
    Phrase("vi", "Liệt kê các token đăng ký.", T),  # command
    Phrase("vi", "Mình đang có những token ADE nào?", T),  # question-form
    Phrase("vi", "co bao nhieu token DEP trong tenant", T),  # no-diacritics
    Phrase("vi", "danh sách token", T),  # short
    Phrase("vi", "Show hết enrollment program token kèm ngày hết hạn", T),  # code-switch
    Phrase("vi", "Cho xem danh sách token ABM và ASM.", T),  # command
    Phrase("vi", "tenant này có mấy token vậy?", T),  # informal
    Phrase("vi", "Kiểm tra lại lần nữa.", R),  # command
    Phrase("vi", "làm mới đi", R),  # informal
    Phrase("vi", "mình vừa renew xong, check lại giúp", R),  # code-switch
    Phrase("vi", "chay lai kiem tra", R),  # no-diacritics
    Phrase("vi", "Bật cảnh báo hết hạn token.", ON),  # command
    Phrase("vi", "Báo mình trước khi token ADE hết hạn nhé.", ON),  # informal
    Phrase("vi", "Có thể nhắc mình khi đồng bộ với ABM bắt đầu lỗi không?", ON),  # question-form
    Phrase("vi", "bat thong bao token", ON),  # no-diacritics
    Phrase("vi", "Mình cần nhận cảnh báo về token DEP trong kênh này.", ON),  # plain
    Phrase("vi", "Tôi muốn nhận cảnh báo chủ động về token đăng ký.", ON),  # plain
    Phrase("vi", "bật cảnh báo", ON),  # short
    Phrase("vi", "Tắt cảnh báo.", OFF),  # short
    Phrase("vi", "đừng gửi thông báo token cho mình nữa", OFF),  # informal
    Phrase("vi", "tat thong bao ADE di", OFF),  # no-diacritics
    Phrase("vi", "Hủy đăng ký nhận cảnh báo token.", OFF),  # command
    Phrase("vi", "spam quá, tắt alert giùm", OFF),  # slang
    Phrase("vi", "Trả lời bằng tiếng Anh nhé.", L, "en"),  # command
    Phrase("vi", "Chuyển sang tiếng Nga.", L, "ru"),  # command
    Phrase("vi", "Bạn nói tiếng Trung được không?", L, "zh-Hans"),  # question-form
    Phrase("vi", "doi ngon ngu sang tieng Ba Lan", L, "pl"),  # no-diacritics
    Phrase("vi", "Từ giờ trả lời bằng tiếng Bồ Đào Nha (Brazil) nhé.", L, "pt-BR"),  # command
    Phrase("vi", "Mình muốn bot trả lời bằng tiếng Việt.", L, "vi"),  # plain
    Phrase("vi", "Chào bot, bạn làm được gì?", H),  # question-form
    Phrase("vi", "trợ giúp", H),  # short
    Phrase("vi", "Có những lệnh nào?", H),  # question-form
    Phrase("vi", "huong dan su dung bot", H),  # no-diacritics
    Phrase("vi", "Em mới vào team IT, dùng bot này thế nào ạ?", H),  # informal
    Phrase("vi", "ADE là gì?", XA),  # question-form
    Phrase("vi", "DEP với ADE khác nhau thế nào?", XA),  # question-form
    Phrase("vi", "Giải thích Automated Device Enrollment cho mình với.", XA),  # code-switch
    Phrase("vi", "dang ky thiet bi tu dong cua Apple hoat dong ra sao", XA),  # no-diacritics
    Phrase("vi", "Làm sao để gia hạn token đăng ký?", XR),  # question-form
    Phrase("vi", "Upload file .p7m mới ở đâu trong Intune?", XR),  # code-switch
    Phrase("vi", "Gia hạn token có cần dùng đúng Apple ID cũ không?", XR),  # question-form
    Phrase("vi", "cách gia hạn token ADE", XR),  # short
    Phrase("vi", "Autopilot báo lỗi 0x80180014 trên laptop mới, xử lý sao?", U),  # hard-negative
    Phrase("vi", "Đăng ký điện thoại Android qua Managed Google Play thế nào?", U),  # hard-negative
    Phrase("vi", "Chromebook của trường không vào được Google Admin console.", U),  # hard-negative
    Phrase("vi", "Thêm user mới trong Apple Business Manager ở đâu?", U),  # hard-negative
    Phrase(
        "vi", "Reset mật khẩu Managed Apple ID cho cửa hàng trưởng chi nhánh Đà Nẵng.", U
    ),  # hard-negative
    Phrase("vi", "Mua license app trong ABM cho 100 iPad thế nào?", U),  # hard-negative
    Phrase("vi", "Token GitHub hết hạn, pipeline fail rồi.", U),  # hard-negative
    Phrase("vi", "Tắt cảnh báo Azure Monitor cho subscription test.", U),  # hard-negative
    Phrase("vi", "Thông báo Windows Update cứ hiện liên tục, tắt kiểu gì?", U),  # hard-negative
    Phrase("vi", "Entra Connect sync bị treo từ sáng.", U),  # hard-negative
    Phrase("vi", "Đăng ký laptop Windows bằng Autopilot không nhận profile.", U),  # hard-negative
    Phrase("vi", "Gia hạn chứng chỉ SSL cho website công ty thế nào?", U),  # hard-negative
    Phrase("vi", "cảm ơn, chạy rồi!", U),  # informal
    Phrase("vi", "Cảm ơn bạn nhiều.", U),  # plain
    Phrase("vi", "haha bot lầy ghê", U),  # informal
    Phrase("vi", "Tối nay ăn gì?", U),  # question-form
    Phrase("vi", "Kể chuyện cười về dân IT đi.", U),  # command
    Phrase("vi", "Đặt cơm trưa cho cả team.", U),  # command
    Phrase("vi", "Máy in tầng 3 hết mực rồi.", U),  # plain
    Phrase("vi", "hom nay ha noi co mua khong", U),  # no-diacritics
]

BATCH15: tuple[Phrase, ...] = (*ENGLISH, *RUSSIAN, *CHINESE, *POLISH, *PORTUGUESE, *VIETNAMESE)

_SEEN = {
    p.text for p in (*PHRASES, *BATCH8, *BATCH9, *BATCH10, *BATCH11, *BATCH12, *BATCH13, *BATCH14)
}
NEW: tuple[Phrase, ...] = tuple(p for p in BATCH15 if p.text not in _SEEN)
