# ruff: noqa: RUF001, E501
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII;
# each message is kept on one line as the writer typed it.)
"""Held-out batch 16 (issue 13, end of round 7): 90 messages in each of ru, zh, pl and pt, written blind.

Written by two helper sessions (ru/zh and pl/pt, native-level) after round 7's tuning, for the
four languages still under 97 % on the frozen set (ru, zh, pl) or under 98 % in reply language
(pl, pt), without seeing any earlier batch, the recogniser or the frozen set's messages: they
read only /work/shared/reference/domain.md, the localized seed articles and the frozen set's
label and kind conventions, and followed the frozen set's counts per label and kind. Committed
before anything ran on it. Admins: a hotel chain's front desk, a cautious ministry or city
hall, a game studio's device farm, a car dealership, a clinic receptionist who is also the IT
person, a veteran who says DEP and Configurator, a contractor's jargon, a phone's autocorrect,
replies to the bot's last card, a bubble-tea or gym chain, a training centre, agribusiness
iPads in the field. The writer's difficulty tag ends each line.
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
from tests.understanding.dev_batch15 import BATCH15

D, T, H, L = "DIAGNOSE", "TOKENS", "HELP", "LANGUAGE"
ON, OFF, R, U = "ALERTS_ON", "ALERTS_OFF", "RECHECK", "UNKNOWN"
XA, XR, DEV = "EXPLAIN_ADE", "EXPLAIN_RENEW", "DEVICE"

ENGLISH: list[Phrase] = []

RUSSIAN = [
    Phrase(
        "ru",
        "У нас сеть отелей, на ресепшене стоят iPad'ы. Вчера привезли 15 новых для филиала в Казани, включаем — экрана «Удалённое управление» нет, настраиваются как обычные домашние. В ABM они назначены на сервер Intune, я проверял. Что не так с синхронизацией?",
        D,
    ),  # long-context
    Phrase(
        "ru",
        "Коллеги, ситуация следующая: с понедельника новые служебные iPhone не появляются в Intune, хотя поставщик подтвердил, что добавил их в Apple Business Manager. Руководство запросило письменное объяснение причин. Проверьте, пожалуйста, в порядке ли наш токен программы регистрации и когда была последняя успешная синхронизация.",
        D,
    ),  # long-context
    Phrase(
        "ru",
        "Ферма тестовых девайсов: 40 айпадов и 60 айфонов, после каждого билда стираем и они заново проходят ADE. Сегодня с утра половина после стирания встаёт на обычный экран настройки без профиля компании, а вчера всё было норм. Есть подозрение, что токен отвалился, глянь, что там?",
        D,
    ),  # long-context
    Phrase(
        "ru",
        "В автосалоне у менеджеров по продажам iPad-ы, партию брали через дилера, он клянётся, что всё передал в наш ABM. В Intune в списке ADE-устройств их нет уже четвёртый день, кнопку «Синхронизировать» жал раз пять. Это у нас что-то с токеном или косяк на стороне дилера?",
        D,
    ),  # long-context
    Phrase(
        "ru",
        "чекни плиз enrollment program token, в консоли висит sync error и last successful sync был позавчера",
        D,
    ),  # code-switch
    Phrase("ru", "у нас DEP token реально в статусе expired или это UI глючит?", D),  # code-switch
    Phrase(
        "ru",
        "Profile assignment failed на всех новых девайсах из ABM, хотя sync вроде прошёл. Где косяк?",
        D,
    ),  # code-switch
    Phrase(
        "ru", "4to s sinhronizaciej ABM? uzhe 2 dnya novye ajfony ne poyavlyayutsya v intune", D
    ),  # transliteration
    Phrase(
        "ru", "tam token DEP ewe ne istek? u menja napominalka visit 4to skoro srok", D
    ),  # transliteration
    Phrase(
        "ru", "prover' token ABM pozhalujsta, v intune visit oshibka sinhronizacii", D
    ),  # transliteration
    Phrase("ru", "токен жив?", D),  # short
    Phrase("ru", "ABM синк ок?", D),  # short
    Phrase("ru", "Проверьте пожалуйста тоекн ДЕП, ноаые айпады не регистрируютя", D),  # typo
    Phrase("ru", "токен деп когда истеает? срлчно надо, я с телефона", D),  # typo
    Phrase(
        "ru", "Слушай, яблочный токен походу протух, айпады в интюн не заезжают. Глянь чё там", D
    ),  # slang
    Phrase("ru", "синк с ABM опять отвалился, девайсы висят как неродные, чё за дела", D),  # slang
    Phrase("ru", "Когда истекает срок действия нашего токена ADE?", D),  # question-form
    Phrase(
        "ru",
        "Почему новый айпад для регистратуры при первом включении не показывает экран удалённого управления, как раньше?",
        D,
    ),  # question-form
    Phrase("ru", "Проверь токен программы регистрации Apple.", D),  # command
    Phrase("ru", "Проведи диагностику ADE по нашему тенанту.", D),  # command
    Phrase(
        "ru",
        "Покажи, когда последний раз прошла успешная синхронизация с Apple Business Manager.",
        D,
    ),  # command
    Phrase(
        "ru", "Новые MacBook не появляются в Intune после добавления в Apple Business Manager.", D
    ),  # plain
    Phrase("ru", "В Intune у токена DEP висит ошибка синхронизации.", D),  # plain
    Phrase("ru", "Назначение профиля регистрации не проходит для iPhone из ABM.", D),  # plain
    Phrase(
        "ru",
        "На кассовых айпадах в ресторанах после сброса перестал прилетать профиль автоматической регистрации.",
        D,
    ),  # plain
    Phrase(
        "ru",
        "Ребят, старый DEP-токен ещё живой? Я его заливал, когда мы ещё через Configurator 2 всё ставили",
        D,
    ),  # informal
    Phrase(
        "ru", "в карточке написано «ошибка синхронизации», а какая именно ошибка-то?", D
    ),  # informal
    Phrase(
        "ru",
        "Добрый день! Не могли бы вы проверить, корректно ли работает синхронизация с Apple School Manager?",
        D,
    ),  # polite
    Phrase("ru", "Покажи список всех токенов ADE.", T),  # command
    Phrase(
        "ru", "Выведи все токены ADE/DEP, которые есть в тенанте, со сроками действия.", T
    ),  # command
    Phrase("ru", "Сколько у нас заведено токенов программы регистрации?", T),  # question-form
    Phrase("ru", "выведи list of enrollment program tokens с датами expiry", T),  # code-switch
    Phrase(
        "ru", "pokazhi spisok vseh tokenov ADE kotorye est' u nas v tenante", T
    ),  # transliteration
    Phrase(
        "ru", "Нужен перечень токенов Apple Business Manager, подключённых к Intune.", T
    ),  # plain
    Phrase("ru", "кинь списком все яблочные токены, чё у нас там навешано", T),  # slang
    Phrase("ru", "Перезапусти проверку.", R),  # command
    Phrase("ru", "залил новый токен, обнови результат плз", R),  # informal
    Phrase(
        "ru", "perezapusti proverku pls, ya uzhe prinyal novye usloviya v ABM", R
    ),  # transliteration
    Phrase("ru", "Перепроверь.", R),  # short
    Phrase("ru", "Включи оповещения об истечении токена ADE.", ON),  # command
    Phrase(
        "ru", "Можешь написать мне за месяц до того, как закончится срок токена DEP?", ON
    ),  # question-form
    Phrase("ru", "если синк с ABM опять ляжет — маякни сюда, лады?", ON),  # slang
    Phrase(
        "ru", "vkljuchi uvedomlenija esli token skoro istekaet, hochu znat' zaranee", ON
    ),  # transliteration
    Phrase(
        "ru",
        "Прошу настроить уведомления в этот канал о приближении окончания срока действия токена программы регистрации.",
        ON,
    ),  # polite
    Phrase("ru", "Хочу получать алерты, когда с токеном ADE что-то не так.", ON),  # plain
    Phrase("ru", "подпиши наш канал на proactive alerts по ADE токену", ON),  # code-switch
    Phrase("ru", "Отключи уведомления по токенам.", OFF),  # command
    Phrase("ru", "хорош спамить про токен, я в курсе, выруби", OFF),  # slang
    Phrase("ru", "otpiwi menja ot etih opovewenij pro DEP, nadoelo", OFF),  # transliteration
    Phrase(
        "ru", "эти предупреждения про истечение больше не присылай, токен уже продлили", OFF
    ),  # informal
    Phrase("ru", "Отписаться от алертов.", OFF),  # short
    Phrase(
        "ru", "Отвечай на английском, пожалуйста, буду пересылать ответы шефу-иностранцу.", L, "en"
    ),  # plain
    Phrase(
        "ru", "Пиши мне дальше по-русски, а то ты мне на английском отвечаешь", L, "ru"
    ),  # informal
    Phrase("ru", "Переключись на китайский язык.", L, "zh-Hans"),  # command
    Phrase(
        "ru", "Давай ответы на польском, коллеги из Варшавы тоже читают этот чат.", L, "pl"
    ),  # plain
    Phrase(
        "ru", "Можешь отвечать на португальском, бразильском варианте?", L, "pt-BR"
    ),  # question-form
    Phrase("ru", "Смени язык на вьетнамский.", L, "vi"),  # short
    Phrase("ru", "Что ты вообще умеешь?", H),  # question-form
    Phrase(
        "ru",
        "Здравствуйте, я в клинике администратор на ресепшене и по совместительству айтишник. Сказали спросить у вас про айпады — с чего начать, как вами пользоваться?",
        H,
    ),  # informal
    Phrase("ru", "Список команд", H),  # short
    Phrase("ru", "Нужна справка по командам этого бота.", H),  # plain
    Phrase("ru", "privet! 4em ty voobwe mozhesh pomo4? kakie komandy?", H),  # transliteration
    Phrase(
        "ru", "Что такое ADE и чем он отличается от регистрации через Company Portal?", XA
    ),  # question-form
    Phrase("ru", "DEP и ADE — это одно и то же или Apple опять всё переименовала?", XA),  # informal
    Phrase(
        "ru", "Объясни простыми словами, что такое автоматическая регистрация устройств Apple.", XA
    ),  # command
    Phrase(
        "ru",
        "Не понимаю, зачем нужен Automated Device Enrollment, если можно просто поставить приложение на устройство.",
        XA,
    ),  # plain
    Phrase("ru", "Как продлить токен DEP в Intune?", XR),  # question-form
    Phrase(
        "ru", "где в ABM скачать новый .p7m для renew? не нахожу кнопку Download Token", XR
    ),  # code-switch
    Phrase(
        "ru",
        "При продлении токена нужен тот же Apple ID, под которым его создавали? Сотрудник, который его заводил, уволился.",
        XR,
    ),  # question-form
    Phrase("ru", "Распиши по шагам, как обновить токен программы регистрации.", XR),  # command
    Phrase("ru", "Autopilot на новых ноутбуках выдаёт 0x80180014, что делать?", U),  # hard-negative
    Phrase(
        "ru", "Как добавить пользователя в Apple Business Manager с ролью менеджера?", U
    ),  # hard-negative
    Phrase(
        "ru", "Сотрудник забыл пароль от управляемого Apple ID — где его сбросить?", U
    ),  # hard-negative
    Phrase(
        "ru", "Нужно купить 50 лицензий на приложение в ABM, как это оформить?", U
    ),  # hard-negative
    Phrase(
        "ru",
        "Managed Google Play перестал синхронизировать приложения в Intune, привязка слетела",
        U,
    ),  # hard-negative
    Phrase(
        "ru",
        "Android Enterprise: рабочий профиль на Samsung не создаётся, регистрация падает с ошибкой",
        U,
    ),  # hard-negative
    Phrase(
        "ru", "Хромбуки в учебном центре не получают политики из Google Admin, подскажешь?", U
    ),  # hard-negative
    Phrase(
        "ru", "У GitHub personal access token истёк срок, пайплайн упал. Как продлить?", U
    ),  # hard-negative
    Phrase("ru", "Отключи алерты Azure Monitor по загрузке CPU на виртуалках", U),  # hard-negative
    Phrase("ru", "Рутокен с ЭЦП главбуха просрочен, куда бежать?", U),  # hard-negative
    Phrase(
        "ru", "Ошибка синхронизации в Entra Connect, объекты не доезжают в облако", U
    ),  # hard-negative
    Phrase("ru", "Включи уведомления о Windows Update для пилотной группы", U),  # hard-negative
    Phrase("ru", "Спасибо, всё работает, девайсы подтянулись.", U),  # plain
    Phrase("ru", "как дела, бот? не устал за ночь?", U),  # informal
    Phrase("ru", "Расскажи анекдот про админов.", U),  # command
    Phrase("ru", "щшгнекуцйфыв", U),  # short
    Phrase("ru", "Принтер на ресепшене в отеле опять жуёт бумагу.", U),  # plain
    Phrase(
        "ru", "Как настроить переадресацию почты в Outlook на время отпуска?", U
    ),  # question-form
    Phrase("ru", "ок, понял, завтра гляну", U),  # short
    Phrase("ru", "бро, ты красава, с меня пиво", U),  # slang
]

CHINESE = [
    Phrase(
        "zh",
        "我们是连锁酒店，前台办理入住都用iPad。上周给杭州新店采购了20台，到货开机后直接进了普通激活流程，没有出现远程管理的界面。ABM里我看过了，设备已经分配给Intune的MDM服务器。是不是令牌同步出问题了？",
        D,
    ),  # long-context
    Phrase(
        "zh",
        "领导让我出个书面情况说明：最近两周新配发的工作手机一台都没出现在Intune里，供应商说早就录入Apple Business Manager了。麻烦确认一下我们的注册计划令牌状态是否正常，上次同步成功是什么时候。",
        D,
    ),  # long-context
    Phrase(
        "zh",
        "我们测试组有一百多台测试机，每次出新包都要抹掉重新走ADE。今天早上开始好多台抹完之后不自动装公司配置了，昨天还好好的。怀疑是令牌那边出了问题，能帮我查查吗？",
        D,
    ),  # long-context
    Phrase(
        "zh",
        "4S店销售顾问用的iPad是经销商那边买的，经销商说早就推到我们ABM账号了，可Intune的ADE设备列表里一直看不到，已经第五天了，手动点过同步也没用。到底是我们令牌的问题，还是经销商没弄好？",
        D,
    ),  # long-context
    Phrase(
        "zh", "帮我check一下ADE token，console里显示sync error，last successful sync停在上周五", D
    ),  # code-switch
    Phrase("zh", "DEP token是不是expired了？portal上status那栏是红的", D),  # code-switch
    Phrase(
        "zh", "新到的MacBook在ABM里都assign好了，Intune这边profile assignment一直failed，啥原因", D
    ),  # code-switch
    Phrase("zh", "ABM和Intune之间的sync是不是挂了？新iPad一台都没过来，urgent", D),  # code-switch
    Phrase("zh", "帮我看下令牌是不是过气了，苹果那边的同不一直失败", D),  # typo
    Phrase("zh", "ADE令牌什么时候到其？我在外面用手机，看不了后台", D),  # typo
    Phrase("zh", "令牌还有效吗", D),  # short
    Phrase("zh", "ADE现在啥状态", D),  # short
    Phrase("zh", "同步正常吗？", D),  # short
    Phrase("zh", "我们的ADE令牌什么时候过期？", D),  # question-form
    Phrase("zh", "为什么ABM里能看到设备，Intune里却没有？", D),  # question-form
    Phrase(
        "zh", "新买的iPad开机怎么不出现我们诊所的远程管理界面了？之前都有的", D
    ),  # question-form
    Phrase("zh", "注册计划令牌现在有没有同步错误？", D),  # question-form
    Phrase("zh", "上一次和Apple Business Manager同步成功是什么时候？", D),  # question-form
    Phrase(
        "zh", "Apple School Manager那个令牌是不是出问题了？培训学校新到的iPad都没同步进来", D
    ),  # question-form
    Phrase(
        "zh", "我记得DEP令牌还是当年用Apple Configurator那会儿传的，这么多年了还活着吗", D
    ),  # informal
    Phrase("zh", "卡片上就写了个“同步错误”，具体是啥错啊", D),  # informal
    Phrase("zh", "哥们儿帮我瞅瞅苹果那个注册令牌，感觉有点不对劲", D),  # informal
    Phrase("zh", "门店收银的iPad重置以后不走自动注册了，是令牌的事儿吗", D),  # informal
    Phrase("zh", "新的iPhone没有从ABM同步到Intune。", D),  # plain
    Phrase("zh", "Intune里的DEP令牌显示同步错误。", D),  # plain
    Phrase("zh", "ADE设备的注册配置文件分配一直失败。", D),  # plain
    Phrase("zh", "检查一下我们的Apple注册计划令牌。", D),  # command
    Phrase("zh", "对ADE做个全面诊断。", D),  # command
    Phrase("zh", "列出所有ADE令牌。", T),  # command
    Phrase("zh", "我们租户里一共配置了几个注册计划令牌？", T),  # question-form
    Phrase("zh", "把所有enrollment program token列一下，带上expiry date", T),  # code-switch
    Phrase("zh", "咱们到底有哪些苹果令牌啊？我记得ABM一个、ASM一个", T),  # informal
    Phrase("zh", "需要一份ADE令牌清单。", T),  # plain
    Phrase("zh", "令牌列表", T),  # short
    Phrase("zh", "麻烦您把目前所有DEP令牌及其状态列给我，谢谢。", T),  # polite
    Phrase("zh", "重新跑一遍检查。", R),  # command
    Phrase("zh", "新令牌我已经传上去了，你再刷新下结果", R),  # informal
    Phrase("zh", "重新检测", R),  # short
    Phrase("zh", "我刚在ABM里接受了新的条款，请重新检查。", R),  # plain
    Phrase("zh", "开启ADE令牌到期提醒。", ON),  # command
    Phrase("zh", "能不能在令牌过期前一个月提醒我？", ON),  # question-form
    Phrase("zh", "以后同步再失败就直接在这个群里说一声哈", ON),  # informal
    Phrase("zh", "烦请在注册计划令牌即将到期时通知本频道，谢谢。", ON),  # polite
    Phrase("zh", "我想订阅ADE令牌的异常通知。", ON),  # plain
    Phrase(
        "zh", "帮我们channel开一下proactive alert，token快expire的时候push一下", ON
    ),  # code-switch
    Phrase("zh", "令牌要是快凉了提前吱一声", ON),  # slang
    Phrase("zh", "关闭令牌到期提醒。", OFF),  # command
    Phrase("zh", "令牌已经续好了，这种提醒别在发了", OFF),  # informal
    Phrase("zh", "取消订阅提醒", OFF),  # short
    Phrase("zh", "别刷屏了，提醒先给我关了，烦死", OFF),  # slang
    Phrase("zh", "我不需要再收到ADE的主动通知。", OFF),  # plain
    Phrase("zh", "以后用英文回复我。", L, "en"),  # command
    Phrase("zh", "请用俄语回答，俄罗斯分公司的同事也要看。", L, "ru"),  # plain
    Phrase("zh", "我Teams是英文界面，你别回英文了，以后都用中文吧", L, "zh-Hans"),  # informal
    Phrase("zh", "切换成波兰语。", L, "pl"),  # command
    Phrase("zh", "可以用巴西葡萄牙语回复吗？", L, "pt-BR"),  # question-form
    Phrase("zh", "换越南语", L, "vi"),  # short
    Phrase("zh", "你能做哪些事？", H),  # question-form
    Phrase(
        "zh", "您好，我是诊所前台，顺便管一下电脑，不太懂这些，这个机器人怎么用啊？", H
    ),  # informal
    Phrase("zh", "帮助", H),  # short
    Phrase("zh", "列出你支持的所有命令。", H),  # command
    Phrase("zh", "您好，请问该如何使用这个机器人？", H),  # polite
    Phrase("zh", "ADE是什么？跟用公司门户手动注册有什么区别？", XA),  # question-form
    Phrase("zh", "DEP和ADE是一回事吗？", XA),  # question-form
    Phrase(
        "zh", "以前叫DEP，现在改叫自动设备注册了？给新来的同事讲讲这玩意儿是干嘛的", XA
    ),  # informal
    Phrase("zh", "想了解一下自动设备注册的原理。", XA),  # plain
    Phrase("zh", "DEP令牌怎么续期？", XR),  # question-form
    Phrase("zh", "renew token的时候要去ABM哪里下载新的.p7m文件？", XR),  # code-switch
    Phrase("zh", "续期令牌必须用当初创建时那个Apple ID吗？那个同事已经离职了", XR),  # question-form
    Phrase("zh", "把更新注册计划令牌的步骤一步步写出来。", XR),  # command
    Phrase("zh", "Autopilot部署报错0x80180014，怎么处理？", U),  # hard-negative
    Phrase("zh", "怎么在Apple Business Manager里添加一个新用户？", U),  # hard-negative
    Phrase("zh", "员工的管理式Apple ID密码忘了，在哪里重置？", U),  # hard-negative
    Phrase("zh", "在ABM里购买应用许可证的流程是什么？", U),  # hard-negative
    Phrase("zh", "Managed Google Play的应用同步不到Intune，绑定好像掉了", U),  # hard-negative
    Phrase("zh", "Android Enterprise工作资料注册失败怎么排查？", U),  # hard-negative
    Phrase("zh", "培训中心的Chromebook在Google管理后台里拉不到策略", U),  # hard-negative
    Phrase("zh", "GitHub的token过期了，CI全挂了，怎么续？", U),  # hard-negative
    Phrase("zh", "微信公众号的access_token老是过期，有什么办法？", U),  # hard-negative
    Phrase("zh", "企业微信通讯录同步一直报错", U),  # hard-negative
    Phrase("zh", "关掉Azure Monitor的CPU告警", U),  # hard-negative
    Phrase("zh", "开启Windows更新的通知提醒", U),  # hard-negative
    Phrase("zh", "谢谢，令牌恢复了，设备都进来了。", U),  # plain
    Phrase("zh", "前台的打印机又卡纸了。", U),  # plain
    Phrase("zh", "今天下午三点开周会。", U),  # plain
    Phrase("zh", "机器人你周末也上班啊，辛苦了哈哈", U),  # informal
    Phrase("zh", "好嘞，明天再弄", U),  # informal
    Phrase("zh", "讲个程序员的笑话。", U),  # command
    Phrase("zh", "帮我订一间明天下午的会议室。", U),  # command
    Phrase("zh", "哈哈哈哈哈哈", U),  # short
]

POLISH = [
    Phrase(
        "pl",
        "Mamy czterdzieści hoteli i na każdej recepcji stoją iPady do meldowania gości. Od poniedziałku nowe sztuki od dystrybutora w ogóle nie pojawiają się w Intune, chociaż w ABM są przypisane do naszego serwera MDM. Czy z tokenem ADE wszystko w porządku?",
        D,
    ),  # long-context
    Phrase("pl", "sprawdz czy token ade jeszcze dziala", D),  # no-diacritics
    Phrase("pl", "Kiedy wygasa nasz token programu rejestracji?", D),  # question-form
    Phrase("pl", "Jaki jest teraz stan tokenu ADE?", D),  # plain
    Phrase("pl", "sync z ABM leży od rana, zobacz co jest grane", D),  # slang
    Phrase("pl", "Czy synchronizacja z Apple Business Manager działa poprawnie?", D),  # plain
    Phrase(
        "pl",
        "Dzień dobry, przed kontrolą z wydziału potrzebuję potwierdzenia, czy token DEP jest ważny i czy ostatnia synchronizacja przeszła bez błędów. Z góry dziękuję.",
        D,
    ),  # polite
    Phrase(
        "pl",
        "Po staremu w DEP-ie: macbooki wrzucone Configuratorem do ABM, a w Intune pusto. Token padł czy co?",
        D,
    ),  # slang
    Phrase(
        "pl",
        "w salonie nowe ipady dla doradcow nie dostaja profilu rejestracji, sprawdz co z tokenem",
        D,
    ),  # no-diacritics
    Phrase(
        "pl",
        "Na farmie testowej jest 30 nowych iPhone'ów w ABM, a w Intune widać tylko 12. Zobacz, co blokuje synchronizację.",
        D,
    ),  # plain
    Phrase(
        "pl",
        "Jestem z rejestracji w przychodni i przy okazji robię tu za informatyka. Pan od sprzętu Apple mówi, że jakiś token nam wygasł i nowe iPady się nie zarejestrują, a ja nawet nie wiem, gdzie to sprawdzić. Możesz zobaczyć, czy u nas wszystko jest ok?",
        D,
    ),  # long-context
    Phrase("pl", "czy tokem ade jest ważmy??", D),  # typo
    Phrase(
        "pl", "Enrollment program token ma status error w konsoli, check it pls", D
    ),  # code-switch
    Phrase(
        "pl", "Dlaczego urządzenia z Apple Business Manager nie synchronizują się z Intune?", D
    ),  # question-form
    Phrase("pl", "Sprawdź nasz token DEP", D),  # command
    Phrase("pl", "Zdiagnozuj problem z rejestracją ADE", D),  # command
    Phrase(
        "pl",
        "Nowe iPady dla agronomów po resecie nie pokazują ekranu Zdalne zarządzanie, tylko zwykłą konfigurację jak ze sklepu. Jeździmy z nimi po polach i nie mam jak ich podpiąć kablem do komputera. Czy Intune w ogóle widzi je z ABM?",
        D,
    ),  # long-context
    Phrase("pl", "czy wszystko gra z DEP?", D),  # informal
    Phrase("pl", "Token ważny?", D),  # short
    Phrase("pl", "Ile dni zostało do wygaśnięcia tokenu ADE?", D),  # question-form
    Phrase("pl", "Pokaż stan synchronizacji z ASM", D),  # command
    Phrase("pl", "kiedy byl ostatni sync z abm?", D),  # no-diacritics
    Phrase(
        "pl", "Profile assignment wisi na Not assigned dla całej nowej partii, token jest ok?", D
    ),  # code-switch
    Phrase(
        "pl",
        "Czy Apple mogło zablokować nam token, bo nikt nie zaakceptował nowych warunków w ABM?",
        D,
    ),  # question-form
    Phrase("pl", "Diagnoza ADE", D),  # short
    Phrase(
        "pl", "ten 'Hotele-Południe' z karty wyżej ma Sync status: Error, o co chodzi?", D
    ),  # code-switch
    Phrase(
        "pl",
        "sprawdzcie prosze czy synchronizacja tokenu dziala, nowe ipady radnych nie wchodza do intune",
        D,
    ),  # no-diacritics
    Phrase("pl", "czemu ade nie dziala?", D),  # no-diacritics
    Phrase("pl", "Pokaż listę tokenów ADE", T),  # command
    Phrase("pl", "Ile mamy tokenów programu rejestracji?", T),  # question-form
    Phrase("pl", "Jakie tokeny DEP są podpięte do naszego tenanta?", T),  # plain
    Phrase("pl", "lista tokenow", T),  # no-diacritics
    Phrase(
        "pl", "Daj listę enrollment program tokens z expiration date i sync status", T
    ),  # code-switch
    Phrase(
        "pl",
        "Uprzejmie proszę o zestawienie wszystkich tokenów ADE w naszym tenancie wraz z ich stanem.",
        T,
    ),  # polite
    Phrase("pl", "mamy osobne tokeny dla QA i dla biura? rzuć okiem, jakie tam są", T),  # informal
    Phrase("pl", "Jeszcze raz sprawdź", R),  # short
    Phrase("pl", "odnowilem token w intune, sprawdz ponownie", R),  # no-diacritics
    Phrase("pl", "Zaakceptowałem warunki w ABM, możesz odświeżyć diagnozę?", R),  # question-form
    Phrase("pl", "kliknąłem Sync, powtórz sprawdzenie", R),  # command
    Phrase("pl", "Włącz alerty o wygasaniu tokenu", ON),  # command
    Phrase("pl", "Daj znać 30 dni przed wygaśnięciem tokenu ADE", ON),  # command
    Phrase(
        "pl", "Możesz mnie powiadomić, gdyby synchronizacja z ABM znowu padła?", ON
    ),  # question-form
    Phrase("pl", "wlacz powiadomienia o tokenie", ON),  # no-diacritics
    Phrase("pl", "subscribe mnie do token expiry alerts", ON),  # code-switch
    Phrase(
        "pl",
        "W zeszłym roku token wygasł w sierpniu i cała dostawa iPadów do hoteli stała tydzień, bo nikt tego nie zauważył. Nie chcę powtórki. Ostrzeż mnie zawczasu, zanim token znowu wygaśnie.",
        ON,
    ),  # long-context
    Phrase("pl", "tak, włącz te przypomnienia", ON),  # informal
    Phrase("pl", "Wyłącz alerty", OFF),  # short
    Phrase("pl", "Przestań mi wysyłać powiadomienia o tokenie.", OFF),  # plain
    Phrase("pl", "wylacz przypomnienia o wygasaniu tokena, juz odnowiony", OFF),  # no-diacritics
    Phrase("pl", "Wypisz mnie z ostrzeżeń o ADE", OFF),  # plain
    Phrase("pl", "daj mute na alerty ADE, mam już dość", OFF),  # slang
    Phrase("pl", "Odpowiadaj po angielsku, muszę to przesłać do centrali", L, "en"),  # command
    Phrase("pl", "Przełącz się na rosyjski", L, "ru"),  # command
    Phrase(
        "pl",
        "Możesz pisać po chińsku? Kolega z oddziału w Szanghaju też z ciebie korzysta",
        L,
        "zh-Hans",
    ),  # question-form
    Phrase("pl", "Od teraz odpowiadaj mi po polsku, proszę", L, "pl"),  # plain
    Phrase("pl", "zmien jezyk na portugalski (brazylijski)", L, "pt-BR"),  # no-diacritics
    Phrase("pl", "Odpowiedzi po wietnamsku poproszę, to dla ekipy z Hanoi", L, "vi"),  # plain
    Phrase("pl", "Co potrafisz?", H),  # short
    Phrase(
        "pl", "Cześć, jestem nowy w dziale IT i nie wiem, jak z tobą gadać. Od czego zacząć?", H
    ),  # informal
    Phrase("pl", "pomoc", H),  # short
    Phrase("pl", "Jakie komendy obsługujesz?", H),  # question-form
    Phrase("pl", "Pokaż, co umiesz", H),  # command
    Phrase("pl", "Co to właściwie jest ADE i do czego służy?", XA),  # question-form
    Phrase(
        "pl", "Wytłumacz mi po ludzku, o co chodzi z automatyczną rejestracją urządzeń Apple", XA
    ),  # command
    Phrase(
        "pl",
        "Kiedyś to się nazywało DEP, a teraz Automated Device Enrollment – to jest to samo?",
        XA,
    ),  # question-form
    Phrase(
        "pl", "na czym polega ade? szef pyta a ja nie wiem co mu powiedziec", XA
    ),  # no-diacritics
    Phrase("pl", "Jak odnowić token ADE?", XR),  # question-form
    Phrase("pl", "Gdzie w Intune wgrywa się nowy plik .p7m?", XR),  # question-form
    Phrase(
        "pl", "Czy do odnowienia tokenu potrzebuję tego samego Apple ID co przy tworzeniu?", XR
    ),  # question-form
    Phrase("pl", "krok po kroku jak odnowic token dep", XR),  # no-diacritics
    Phrase(
        "pl", "Autopilot na nowych laptopach Della wywala błąd 0x80180014, co z tym zrobić?", U
    ),  # hard-negative
    Phrase(
        "pl",
        "Managed Google Play przestał się synchronizować z Intune, telefony z Androidem nie dostają aplikacji",
        U,
    ),  # hard-negative
    Phrase("pl", "Jak dodać Chromebooki ze szkoły muzycznej do Google Admin?", U),  # hard-negative
    Phrase(
        "pl", "Dodaj nowego użytkownika w Apple Business Manager dla kierownika salonu", U
    ),  # hard-negative
    Phrase("pl", "Jak zresetować hasło do Managed Apple ID pracownika?", U),  # hard-negative
    Phrase(
        "pl", "Chcę kupić 50 licencji na aplikację do meldunku w ABM, jak to zrobić?", U
    ),  # hard-negative
    Phrase("pl", "Token GitHuba w pipeline wygasł i build się sypie", U),  # hard-negative
    Phrase("pl", "Wyłącz alerty z Azure Monitor dla serwera rezerwacji", U),  # hard-negative
    Phrase("pl", "Jak wyłączyć powiadomienia o Windows Update na kasach?", U),  # hard-negative
    Phrase(
        "pl",
        "Certyfikat SSL na stronie rezerwacji hotelu wygasa za tydzień, kto się tym zajmuje?",
        U,
    ),  # hard-negative
    Phrase("pl", "Zgubiłem token sprzętowy do MFA, co teraz?", U),  # hard-negative
    Phrase("pl", "Knox Mobile Enrollment nie widzi nowych tabletów Samsunga", U),  # hard-negative
    Phrase(
        "pl", "Synchronizacja kalendarza Outlooka na iPhonie prezesa nie działa", U
    ),  # hard-negative
    Phrase("pl", "dzięki, wszystko śmiga", U),  # slang
    Phrase("pl", "jak tam weekend?", U),  # informal
    Phrase("pl", "opowiedz dowcip o adminach", U),  # command
    Phrase("pl", "ok, dzięki", U),  # short
    Phrase("pl", "Kto wygrał wczoraj mecz Legii?", U),  # plain
    Phrase("pl", "zanów pizzę do serwerowni", U),  # typo
    Phrase("pl", "Nieważne, już sam to ogarnąłem.", U),  # plain
]

PORTUGUESE = [
    Phrase(
        "pt",
        "Aqui na concessionária os consultores usam iPad pro test drive e pra fechar proposta. Chegou um lote novo semana passada e nenhum aparece no Intune, mas no ABM tá tudo atribuído pro servidor MDM certo. O token do ADE tá com problema?",
        D,
    ),  # long-context
    Phrase("pt", "verifica se o token do ade ainda ta valido", D),  # no-diacritics
    Phrase("pt", "Quando vence o nosso token do programa de registro?", D),  # question-form
    Phrase("pt", "o DEP sync tá ok ou deu fail de novo?", D),  # code-switch
    Phrase("pt", "a sync com o ABM deu pau de novo, vê o que rolou", D),  # slang
    Phrase(
        "pt", "A sincronização com o Apple Business Manager está funcionando normalmente?", D
    ),  # plain
    Phrase(
        "pt",
        "Bom dia. Por gentileza, poderia confirmar se o token ADE da prefeitura está válido e se a última sincronização ocorreu sem erros? Preciso anexar a informação ao processo.",
        D,
    ),  # polite
    Phrase(
        "pt",
        "no meu tempo era só DEP e Apple Configurator... os MacBooks que joguei no ABM pelo Configurator não aparecem no Intune. será o token?",
        D,
    ),  # informal
    Phrase(
        "pt",
        "Os iPhones novos da nossa device farm de QA não estão sincronizando do ABM pro Intune.",
        D,
    ),  # plain
    Phrase(
        "pt",
        "Oi, sou da recepção da clínica mas acabo sendo a pessoa do TI também. O técnico da Apple disse que tem um token vencido e que os iPads novos não vão entrar. Eu nem sei onde olhar isso, você consegue ver se está tudo certo?",
        D,
    ),  # long-context
    Phrase("pt", "o tolen do ADE tá válido??", D),  # typo
    Phrase(
        "pt", "O enrollment program token tá com sync error no console, dá um check aí", D
    ),  # code-switch
    Phrase("pt", "Por que os dispositivos do ABM não aparecem no Intune?", D),  # question-form
    Phrase("pt", "Confere o token do ADE pra mim", D),  # command
    Phrase("pt", "Faz um diagnóstico do ADE", D),  # command
    Phrase(
        "pt",
        "Os iPads dos agrônomos lá na fazenda no Mato Grosso foram resetados e não mostram a tela de Gerenciamento Remoto, só o setup normal. Não tem como trazer eles pro escritório agora. O Intune está recebendo esses aparelhos do ABM?",
        D,
    ),  # long-context
    Phrase("pt", "tá tudo certo com o ADE?", D),  # informal
    Phrase("pt", "Token tá válido?", D),  # short
    Phrase("pt", "Quantos dias faltam pro token do ADE expirar?", D),  # question-form
    Phrase("pt", "Mostra o status da sincronização com o ASM", D),  # command
    Phrase("pt", "quando foi a ultima sincronizacao com o abm?", D),  # no-diacritics
    Phrase(
        "pt", "Profile assignment tá travado em Not assigned pro lote inteiro, o token tá ok?", D
    ),  # code-switch
    Phrase(
        "pt", "A Apple pode ter bloqueado o token porque ninguém aceitou os novos termos no ABM?", D
    ),  # question-form
    Phrase("pt", "Diagnóstico do ADE", D),  # short
    Phrase("pt", "esse token 'Lojas-Sul' do card aí tá vermelho, por quê?", D),  # informal
    Phrase("pt", "Checa aí se o DEP tá sincronizando", D),  # command
    Phrase(
        "pt", "Os iPhones dos garçons não recebem o perfil de registro do ADE desde ontem.", D
    ),  # plain
    Phrase("pt", "Tem algum erro de sincronização no nosso token?", D),  # plain
    Phrase("pt", "Lista os tokens do ADE", T),  # command
    Phrase("pt", "Quantos tokens de programa de registro a gente tem?", T),  # plain
    Phrase("pt", "Quero ver todos os tokens DEP configurados no tenant.", T),  # plain
    Phrase("pt", "mostra meus tokens", T),  # short
    Phrase(
        "pt", "Me manda a lista dos enrollment program tokens com expiration date", T
    ),  # code-switch
    Phrase(
        "pt", "Poderia, por favor, listar os tokens ADE cadastrados com o status de cada um?", T
    ),  # polite
    Phrase(
        "pt", "a gente tem token separado pras academias de SP e do RJ? mostra aí quais são", T
    ),  # informal
    Phrase("pt", "Verifica de novo", R),  # command
    Phrase("pt", "renovei o token agora, roda de novo aí", R),  # informal
    Phrase("pt", "Aceitei os termos no ABM, pode refazer a verificação?", R),  # question-form
    Phrase("pt", "Cliquei em Sync, roda o check de novo", R),  # code-switch
    Phrase("pt", "Ativa os alertas de vencimento do token", ON),  # command
    Phrase("pt", "Me avisa 30 dias antes do token do ADE vencer", ON),  # command
    Phrase(
        "pt", "Você pode me avisar se a sincronização com o ABM falhar de novo?", ON
    ),  # question-form
    Phrase("pt", "liga as notificacoes do token", ON),  # no-diacritics
    Phrase("pt", "subscribe me nos token expiry alerts pfv", ON),  # code-switch
    Phrase(
        "pt",
        "Ano passado o token venceu no meio da safra e os iPads novos ficaram parados duas semanas porque ninguém viu. Não quero passar por isso de novo. Me avisa com antecedência antes de vencer.",
        ON,
    ),  # long-context
    Phrase("pt", "sim, pode ligar esses lembretes", ON),  # informal
    Phrase("pt", "Desativa os alertas", OFF),  # short
    Phrase("pt", "para de me mandar essas notificações do token", OFF),  # informal
    Phrase("pt", "desliga os lembretes de vencimento, ja renovei", OFF),  # no-diacritics
    Phrase("pt", "Quero cancelar a inscrição nos avisos do ADE.", OFF),  # plain
    Phrase("pt", "silencia esses alertas do ADE, tô de saco cheio", OFF),  # slang
    Phrase("pt", "Responde em inglês, vou encaminhar pro time global", L, "en"),  # command
    Phrase("pt", "Muda o idioma pra russo", L, "ru"),  # command
    Phrase(
        "pt",
        "Consegue responder em chinês? Tenho um colega da filial de Xangai usando o bot",
        L,
        "zh-Hans",
    ),  # question-form
    Phrase("pt", "Prefiro as respostas em polonês a partir de agora", L, "pl"),  # plain
    Phrase("pt", "de agora em diante fala comigo em português, beleza?", L, "pt-BR"),  # informal
    Phrase("pt", "Por favor, responda em vietnamita.", L, "vi"),  # polite
    Phrase("pt", "O que você sabe fazer?", H),  # question-form
    Phrase(
        "pt",
        "Oi! Sou novo no time de TI e não faço ideia de como usar esse bot, por onde começo?",
        H,
    ),  # informal
    Phrase("pt", "ajuda", H),  # short
    Phrase("pt", "Quais comandos você aceita?", H),  # question-form
    Phrase("pt", "Me mostra o que você faz", H),  # command
    Phrase("pt", "O que é ADE e pra que serve?", XA),  # question-form
    Phrase(
        "pt",
        "Explica de um jeito simples o que é o registro automático de dispositivos da Apple",
        XA,
    ),  # command
    Phrase(
        "pt",
        "Antigamente era DEP, agora chamam de Automated Device Enrollment. É a mesma coisa?",
        XA,
    ),  # question-form
    Phrase("pt", "meu chefe perguntou o que é ADE e eu travei kkk me explica", XA),  # informal
    Phrase("pt", "Como renovo o token do ADE?", XR),  # question-form
    Phrase("pt", "Onde eu faço upload do arquivo .p7m novo no Intune?", XR),  # question-form
    Phrase(
        "pt", "Preciso usar o mesmo Apple ID que criou o token pra renovar?", XR
    ),  # question-form
    Phrase(
        "pt", "como e o passo a passo pra renovar o token dep? nao lembro mais", XR
    ),  # no-diacritics
    Phrase(
        "pt", "O Autopilot tá dando erro 0x80180014 nos notebooks Lenovo novos, o que eu faço?", U
    ),  # hard-negative
    Phrase(
        "pt", "O Managed Google Play parou de sincronizar e os Android não recebem os apps", U
    ),  # hard-negative
    Phrase("pt", "Como cadastro os Chromebooks da escolinha no Google Admin?", U),  # hard-negative
    Phrase(
        "pt", "Cria um usuário novo no Apple Business Manager pro gerente da loja", U
    ),  # hard-negative
    Phrase(
        "pt", "Como redefino a senha do Managed Apple ID de um funcionário?", U
    ),  # hard-negative
    Phrase("pt", "Quero comprar 100 licenças de um app no ABM, como faço?", U),  # hard-negative
    Phrase("pt", "O token do GitHub expirou e a pipeline quebrou", U),  # hard-negative
    Phrase(
        "pt", "Desativa os alertas do Azure Monitor do servidor de reservas", U
    ),  # hard-negative
    Phrase("pt", "Como desligo as notificações do Windows Update nos PDVs?", U),  # hard-negative
    Phrase(
        "pt", "O certificado SSL do site vence semana que vem, quem cuida disso?", U
    ),  # hard-negative
    Phrase(
        "pt", "O Knox Mobile Enrollment não está puxando os tablets Samsung novos", U
    ),  # hard-negative
    Phrase("pt", "A agenda do Outlook não sincroniza no iPhone do diretor", U),  # hard-negative
    Phrase("pt", "valeu, resolveu aqui", U),  # informal
    Phrase("pt", "Bom dia, tudo bem com você?", U),  # plain
    Phrase("pt", "kkkkkkkk", U),  # informal
    Phrase("pt", "Conta uma piada de TI", U),  # command
    Phrase("pt", "Quem ganhou o jogo do Flamengo ontem?", U),  # plain
    Phrase("pt", "pede uma pozza pro pessoal do plantão", U),  # typo
    Phrase("pt", "Beleza, obrigado pela ajuda.", U),  # plain
    Phrase("pt", "Deixa pra lá, já resolvi sozinho.", U),  # plain
]

VIETNAMESE: list[Phrase] = []

BATCH16: tuple[Phrase, ...] = (*ENGLISH, *RUSSIAN, *CHINESE, *POLISH, *PORTUGUESE, *VIETNAMESE)

_SEEN = {
    p.text
    for p in (
        *PHRASES,
        *BATCH8,
        *BATCH9,
        *BATCH10,
        *BATCH11,
        *BATCH12,
        *BATCH13,
        *BATCH14,
        *BATCH15,
    )
}
NEW: tuple[Phrase, ...] = tuple(p for p in BATCH16 if p.text not in _SEEN)
