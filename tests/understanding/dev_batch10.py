# ruff: noqa: RUF001
# (Cyrillic and full-width characters are the point of this file, not look-alikes of ASCII.)
"""Development batch 10 (issue 13, round 4): 50 messages per language, written blind.

Written by a helper session (native-level in the six languages) before any round-4 change and
committed before anything was run on it. The writer looked only at `dev_batch9`'s format and
labelling conventions, not at the recogniser's word lists nor at earlier batches' messages.
Other admins than batches 8 and 9: an Intune admin at a hospital with shared iPads, a retail
chain's IT with kiosks, a university Mac-lab admin, an MSP's night-shift L1 technician reading
a ticket aloud, a CIO asking in one line, a new junior admin who doesn't know the terms. Typos,
missing diacritics / tone marks, chat slang, Russian in Latin letters, English Intune/Apple
terms inside the sentence, long messages with context, one- or two-word ones, questions
phrased as statements, negations ("it's not the token, right?"), hard negatives (Autopilot,
Android Enterprise, Chromebooks, Jamf, Apple Business Manager tasks, a user's Wi-Fi problem,
small talk, thanks), alert requests without the word "alert" and stop-alert requests, language
switches (some inside a diagnosis request), re-checks after a fix, token listings, and device
questions by an invented Apple serial number (DEVICE). Kinds as in `tests.core.intent_phrases`
(NOT_ADE / UNKNOWN = unrelated); the reply language is `language or lang`.
"""

from __future__ import annotations

from tests.core.intent_phrases import PHRASES, Phrase
from tests.understanding.dev_batch8 import BATCH8
from tests.understanding.dev_batch9 import BATCH9

D, T, H, L = "DIAGNOSE", "TOKENS", "HELP", "LANGUAGE"
ON, OFF, R, U = "ALERTS_ON", "ALERTS_OFF", "RECHECK", "UNKNOWN"
XA, XR, NA = "EXPLAIN_ADE", "EXPLAIN_RENEW", "NOT_ADE"
DEV = "DEVICE"

ENGLISH = [
    Phrase(
        "en",
        "shared ipads on the ICU floor stuck on the remote management screen after wipe, "
        "nurses cant sign in",
        D,
    ),
    Phrase(
        "en",
        "hospital IT here, we run shared iPad mode for the nurses. since monday every iPad we "
        "reset skips enrollment and lands on the home screen unmanaged. token? profile? pls check",
        D,
    ),
    Phrase("en", "kiosks in 14 stores not enrolling after factory reset", D),
    Phrase(
        "en",
        "ticket 48213 says: 'new ipad for store 207 does not show company setup, goes straight "
        "to hello screen then asks for apple id'. can you take a look",
        D,
    ),
    Phrase("en", "is the push cert about to expire", D),
    Phrase("en", "apns cert expired??", D),
    Phrase(
        "en",
        "mac lab imacs wont pick up the enrollment profile, ASM says theyre assigned to the "
        "intune server. answer in russian pls, my colleague will read it",
        D,
        "ru",
    ),
    Phrase("en", "its not the token, right? token looked fine last week", D),
    Phrase("en", "whats wrong with our dep setup", D),
    Phrase("en", "CIO here. Are we OK on Apple device enrollment, yes or no?", D),
    Phrase("en", "enrolment brokn for macs", D),
    Phrase("en", "last sync with apple business manager was 5 days ago, is that normal", D),
    Phrase(
        "en",
        "I'm new, sorry if this is dumb - the iPads we ordered don't show up anywhere in Intune. "
        "someone mentioned a token?",
        D,
    ),
    Phrase("en", "apps not pushing to the ipads, maybe the vpp token expired?", D),
    Phrase("en", "ade health check", D),
    Phrase("en", "devices assigned in ABM but not syncing into intune", D),
    Phrase("en", "pretty sure the dep token died over the weekend", D),
    Phrase("en", "kiosk ipads ask for wifi then skip the remote management part entirely, why", D),
    Phrase(
        "en",
        "night shift L1 here. ticket reads: 'Customer reports new iPhones are not receiving the "
        "enrollment profile, ABM shows devices assigned.' what do I check first?",
        D,
    ),
    Phrase("en", "why won't DMPYQ7H3KXF2 enroll", DEV),
    Phrase("en", "can you look up serial GG7XH2LMQ1, the ipad in pharmacy", DEV),
    Phrase("en", "show me our enrollment program tokens", T),
    Phrase("en", "which DEP tokens are in this tenant and when do they expire", T),
    Phrase("en", "token list", T),
    Phrase("en", "renewed the push cert, check again pls", R),
    Phrase("en", "ok fixed the profile assignment, recheck", R),
    Phrase("en", "try again now?", R),
    Phrase("en", "ping me here if anything with ADE breaks", ON),
    Phrase("en", "let me know a month before the apple token expires", ON),
    Phrase(
        "en", "can this channel get a heads-up when the push certificate is close to expiring", ON
    ),
    Phrase("en", "turn off the warnings", OFF),
    Phrase("en", "no more notifications from you pls", OFF),
    Phrase("en", "can you answer in chinese from now on", L, "zh-Hans"),
    Phrase("en", "switch to russian", L, "ru"),
    Phrase("en", "what can you do", H),
    Phrase("en", "uh how do i use this bot", H),
    Phrase("en", "what does DEP even mean", XA),
    Phrase("en", "explain automated device enrollment like I'm a CIO, 2 sentences", XA),
    Phrase("en", "how do I renew the enrollment program token?", XR),
    Phrase("en", "renewing the ADE token - where do I download the new one from?", XR),
    Phrase("en", "autopilot devices stuck on 'securing your hardware' step", NA),
    Phrase("en", "android enterprise dedicated devices for the kiosks, how to set up", NA),
    Phrase("en", "jamf pro: prestage enrollment isn't picking up the new macs", NA),
    Phrase(
        "en", "how do i add a new user to apple business manager with the people manager role", NA
    ),
    Phrase("en", "a nurse can't connect her iphone to the guest wifi", NA),
    Phrase("en", "need to buy 200 licenses of a paid app in ABM, how", NA),
    Phrase("en", "thanks, that fixed it", U),
    Phrase("en", "good night", U),
    Phrase("en", "👍", U),
    Phrase("en", "what's the weather like in Seattle", U),
]

RUSSIAN = [
    Phrase(
        "ru",
        "в больнице общие айпады после сброса не проходят регистрацию, медсёстры не могут войти",
        D,
    ),
    Phrase("ru", "киоски в магазинах после сброса не встают в Intune", D),
    Phrase(
        "ru",
        "тикет от клиента: «новые айпады не показывают экран удалённого управления, сразу "
        "просят Apple ID». что проверить?",
        D,
    ),
    Phrase("ru", "сертификат APNs не истёк случаем?", D),
    Phrase("ru", "это же не токен, да? на прошлой неделе всё было норм", D),
    Phrase(
        "ru",
        "маки в компьютерном классе универа не получают профиль регистрации, хотя в ASM "
        "назначены на сервер Intune",
        D,
    ),
    Phrase("ru", "что у нас с ADE", D),
    Phrase("ru", "я CIO. коротко и по-английски: с регистрацией эппл устройств всё ок?", D, "en"),
    Phrase("ru", "регистрация макбуков слмоалась", D),
    Phrase("ru", "последняя синхронизация с ABM была неделю назад, это нормально?", D),
    Phrase(
        "ru",
        "я тут новенький, извините если глупый вопрос — заказанные айпады вообще не появляются "
        "в интюне. мне сказали что-то про токен",
        D,
    ),
    Phrase("ru", "vpp токен не протух? приложения не ставятся на айпады", D),
    Phrase("ru", "prover ADE pozhalujsta, ipady ne registriruyutsya", D),
    Phrase("ru", "pochemu novye iphony ne vidyat profil", D),
    Phrase(
        "ru",
        "ночная смена, читаю тикет: «Клиент сообщает, что новые iPhone не получают enrollment "
        "profile, в ABM устройства назначены». С чего начать?",
        D,
    ),
    Phrase("ru", "в Apple Business Manager девайсы назначены, а в интюн не синкаются", D),
    Phrase("ru", "проверь всё по DEP на наличие проблем", D),
    Phrase("ru", "пуш сертификат", D),
    Phrase("ru", "киоск-айпады пропускают шаг remote management, почему так", D),
    Phrase("ru", "почему не регистрируется F4KZ9L2MN6PQ?", DEV),
    Phrase("ru", "глянь серийник HQ3VN8TR2J, это айпад из приёмного отделения", DEV),
    Phrase("ru", "покажи все токены enrollment program и когда истекают", T),
    Phrase("ru", "сколько у нас DEP токенов", T),
    Phrase("ru", "spisok tokenov pls", T),
    Phrase("ru", "обновил пуш сертификат, проверь снова", R),
    Phrase("ru", "исправил назначение профиля, перепроверь", R),
    Phrase("ru", "ну что, теперь норм? проверь", R),
    Phrase("ru", "пиши сюда, если что-то с ADE сломается", ON),
    Phrase("ru", "напомни за месяц до истечения токена", ON),
    Phrase("ru", "хочу получать предупреждения об истечении сертификата в этот канал", ON),
    Phrase("ru", "хватит уведомлений", OFF),
    Phrase("ru", "отключи напоминания", OFF),
    Phrase("ru", "отвечай по-английски", L, "en"),
    Phrase("ru", "можешь писать на польском?", L, "pl"),
    Phrase("ru", "что ты умеешь", H),
    Phrase("ru", "как тобой пользоваться?", H),
    Phrase("ru", "что такое DEP вообще", XA),
    Phrase(
        "ru",
        "объясни простыми словами, что такое автоматическая регистрация устройств Apple",
        XA,
    ),
    Phrase("ru", "как продлить токен ADE?", XR),
    Phrase(
        "ru",
        "токен истекает через неделю, где скачать новый файл в ABM и куда его загрузить?",
        XR,
    ),
    Phrase("ru", "автопилот завис на этапе подготовки устройства", NA),
    Phrase("ru", "как настроить android enterprise для киосков", NA),
    Phrase("ru", "в Jamf prestage не подхватывает новые маки", NA),
    Phrase("ru", "как добавить нового пользователя в Apple Business Manager", NA),
    Phrase("ru", "у врача на айфоне не работает вайфай", NA),
    Phrase("ru", "как купить приложения оптом через ABM для университета", NA),
    Phrase("ru", "спасибо, помогло", U),
    Phrase("ru", "спокойной ночи", U),
    Phrase("ru", "ок", U),
    Phrase("ru", "spasibo bro", U),
]

CHINESE = [
    Phrase("zh", "医院共享iPad重置后不走注册流程了，护士登不上", D),
    Phrase("zh", "门店的kiosk iPad恢复出厂后没进Intune", D),
    Phrase("zh", "工单：客户说新iPad开机没有远程管理界面，直接要Apple ID。先查什么？", D),
    Phrase("zh", "APNs证书是不是过期了", D),
    Phrase("zh", "应该不是令牌的问题吧？上周还好好的", D),
    Phrase("zh", "机房的iMac收不到注册配置文件，ASM里已经分配给Intune了", D),
    Phrase("zh", "ADE有问题吗？用英文回答，要转给总部", D, "en"),
    Phrase("zh", "我是CIO，简单说：苹果设备注册现在正常吗？", D),
    Phrase("zh", "mac注测失败", D),
    Phrase("zh", "跟ABM上次同步是一周前，正常吗", D),
    Phrase("zh", "我新来的，不太懂——买的iPad在Intune里根本看不到，同事说可能是token的问题", D),
    Phrase("zh", "vpp令牌过期了没？应用装不上", D),
    Phrase("zh", "帮我查一下DEP", D),
    Phrase("zh", "新iphone为啥收不到描述文件", D),
    Phrase(
        "zh",
        "夜班L1，念一下工单：“客户反映新iPhone收不到enrollment profile，ABM里设备已分配。”"
        "从哪开始排查？",
        D,
    ),
    Phrase("zh", "设备在苹果商务管理里分配了，但是没同步到intune", D),
    Phrase("zh", "推送证书", D),
    Phrase("zh", "全面检查一下苹果自动注册有没有问题", D),
    Phrase("zh", "kiosk iPad跳过了远程管理那一步，为什么", D),
    Phrase("zh", "序列号 DN6Q4RT7XK2M 为什么注册不了", DEV),
    Phrase("zh", "帮我看看 JX72KLP9QW 这台，药房那台iPad", DEV),
    Phrase("zh", "列出所有注册计划令牌和到期时间", T),
    Phrase("zh", "我们有几个DEP token", T),
    Phrase("zh", "token列表", T),
    Phrase("zh", "推送证书已经续了，再查一次", R),
    Phrase("zh", "配置文件分配改好了，重新检查", R),
    Phrase("zh", "现在呢？再跑一遍", R),
    Phrase("zh", "ADE出问题就在这里通知我", ON),
    Phrase("zh", "令牌到期前一个月提醒我", ON),
    Phrase("zh", "证书快过期的时候往这个频道发个消息", ON),
    Phrase("zh", "别再提醒了", OFF),
    Phrase("zh", "关掉通知", OFF),
    Phrase("zh", "用英文回答", L, "en"),
    Phrase("zh", "请用越南语回复", L, "vi"),
    Phrase("zh", "你能干嘛", H),
    Phrase("zh", "怎么用你", H),
    Phrase("zh", "DEP是什么意思", XA),
    Phrase("zh", "用两句话给领导解释一下什么是自动设备注册", XA),
    Phrase("zh", "ADE令牌怎么续期", XR),
    Phrase("zh", "token下周过期，在ABM哪里下载新的文件，上传到Intune哪里？", XR),
    Phrase("zh", "Autopilot卡在设备准备阶段", NA),
    Phrase("zh", "安卓企业专用设备怎么配置成kiosk", NA),
    Phrase("zh", "Jamf的prestage不识别新mac", NA),
    Phrase("zh", "怎么在苹果商务管理里添加新用户", NA),
    Phrase("zh", "医生的iPhone连不上医院wifi", NA),
    Phrase("zh", "在ABM里批量购买app怎么操作", NA),
    Phrase("zh", "谢谢，搞定了", U),
    Phrase("zh", "晚安", U),
    Phrase("zh", "好的", U),
    Phrase("zh", "哈哈", U),
]

POLISH = [
    Phrase(
        "pl",
        "wspoldzielone iPady na oddziale po resecie nie przechodza rejestracji, pielegniarki "
        "nie moga sie zalogowac",
        D,
    ),
    Phrase("pl", "kioski w sklepach po resecie do ustawien fabrycznych nie wpadaja do Intune", D),
    Phrase(
        "pl",
        "zgłoszenie od klienta: „nowe iPady nie pokazują ekranu zarządzania zdalnego, od razu "
        "pytają o Apple ID”. co sprawdzić?",
        D,
    ),
    Phrase("pl", "czy certyfikat APNs nie wygasł?", D),
    Phrase("pl", "to chyba nie token, co? tydzien temu bylo ok", D),
    Phrase(
        "pl",
        "imaki w pracowni na uczelni nie dostaja profilu rejestracji, w ASM sa przypisane do "
        "serwera Intune",
        D,
    ),
    Phrase("pl", "sprawdz DEP i odpowiedz po angielsku, przekaze szefowi", D, "en"),
    Phrase("pl", "Jestem CIO. Krótko: czy rejestracja urządzeń Apple działa?", D),
    Phrase("pl", "rejstracja makow nie dziala", D),
    Phrase("pl", "ostatnia synchronizacja z ABM tydzień temu, to normalne?", D),
    Phrase(
        "pl",
        "jestem nowy, sorry jesli glupie pytanie — zamowione iPady w ogole nie pojawiaja sie w "
        "Intune. ktos mowil cos o tokenie",
        D,
    ),
    Phrase("pl", "token VPP wygasl? aplikacje nie instaluja sie na ipadach", D),
    Phrase("pl", "co jest z ADE", D),
    Phrase("pl", "czemu nowe iphony nie dostaja profilu", D),
    Phrase(
        "pl",
        "nocna zmiana, czytam ticket: 'Klient zgłasza, że nowe iPhone'y nie dostają enrollment "
        "profile, w ABM urządzenia przypisane.' od czego zacząć?",
        D,
    ),
    Phrase(
        "pl",
        "urzadzenia przypisane w Apple Business Manager ale nie synchronizuja sie do intune",
        D,
    ),
    Phrase("pl", "certyfikat push", D),
    Phrase(
        "pl",
        "przeskanuj nasza konfiguracje automatycznej rejestracji Apple pod katem bledow",
        D,
    ),
    Phrase("pl", "ipady kioskowe pomijaja krok remote management, dlaczego", D),
    Phrase("pl", "dlaczego F2LXW9K3QH7N sie nie rejestruje?", DEV),
    Phrase("pl", "sprawdz numer seryjny KV93MTX2PD, to ipad z izby przyjec", DEV),
    Phrase("pl", "pokaż wszystkie tokeny programu rejestracji i daty wygaśnięcia", T),
    Phrase("pl", "ile mamy tokenow DEP", T),
    Phrase("pl", "lista tokenow", T),
    Phrase("pl", "odnowilem certyfikat push, sprawdz jeszcze raz", R),
    Phrase("pl", "poprawione przypisanie profilu, sprawdź ponownie", R),
    Phrase("pl", "a teraz? puść jeszcze raz", R),
    Phrase("pl", "pisz tu jak cos sie zepsuje z ADE", ON),
    Phrase("pl", "przypomnij mi miesiac przed wygasnieciem tokenu", ON),
    Phrase("pl", "chce dostawac ostrzezenia o wygasajacym certyfikacie na tym kanale", ON),
    Phrase("pl", "dosc powiadomien", OFF),
    Phrase("pl", "wylacz przypomnienia", OFF),
    Phrase("pl", "odpowiadaj po angielsku", L, "en"),
    Phrase("pl", "mozesz pisac po rosyjsku?", L, "ru"),
    Phrase("pl", "co potrafisz", H),
    Phrase("pl", "jak z ciebie korzystac?", H),
    Phrase("pl", "co to w ogole jest DEP", XA),
    Phrase("pl", "wyjasnij prostymi slowami czym jest automatyczna rejestracja urzadzen Apple", XA),
    Phrase("pl", "jak odnowic token ADE?", XR),
    Phrase(
        "pl",
        "token wygasa za tydzień, skąd pobrać nowy plik w ABM i gdzie go wgrać w Intune?",
        XR,
    ),
    Phrase("pl", "autopilot wisi na etapie przygotowania urzadzenia", NA),
    Phrase("pl", "jak skonfigurowac android enterprise dla kioskow", NA),
    Phrase("pl", "w Jamfie prestage nie lapie nowych makow", NA),
    Phrase("pl", "jak dodac nowego uzytkownika w Apple Business Manager", NA),
    Phrase("pl", "lekarzowi nie dziala wifi na iphonie", NA),
    Phrase("pl", "chromebooki w sali nie rejestruja sie w konsoli google", NA),
    Phrase("pl", "dzieki, pomoglo", U),
    Phrase("pl", "dobranoc", U),
    Phrase("pl", "spoko", U),
    Phrase("pl", "xD", U),
]

PORTUGUESE = [
    Phrase(
        "pt",
        "os iPads compartilhados da enfermaria nao passam pelo registro depois do reset, "
        "ninguem consegue logar",
        D,
    ),
    Phrase("pt", "quiosques das lojas nao entram no Intune depois de restaurar de fabrica", D),
    Phrase(
        "pt",
        "chamado do cliente: “iPads novos não mostram a tela de gerenciamento remoto, pedem "
        "Apple ID direto”. o que eu verifico?",
        D,
    ),
    Phrase("pt", "o certificado push da apple venceu?", D),
    Phrase("pt", "não é o token né? semana passada tava tudo certo", D),
    Phrase(
        "pt",
        "os imacs do laboratorio da faculdade nao recebem o perfil de registro, no ASM estao "
        "atribuidos ao servidor do Intune",
        D,
    ),
    Phrase("pt", "verifica o DEP e responde em inglês, vou mandar pro suporte lá de fora", D, "en"),
    Phrase("pt", "Sou o CIO. Resumindo: o registro de dispositivos Apple está funcionando?", D),
    Phrase("pt", "registo dos macs deu pau", D),
    Phrase("pt", "ultima sincronizacao com o ABM foi ha uma semana, normal isso?", D),
    Phrase(
        "pt",
        "sou novo aqui, desculpa se for pergunta boba — os iPads que compramos nem aparecem no "
        "Intune. falaram algo de token",
        D,
    ),
    Phrase("pt", "token do VPP expirou? os apps nao instalam nos ipads", D),
    Phrase("pt", "ta tudo certo com o ADE?", D),
    Phrase("pt", "pq os iphones novos nao pegam o perfil", D),
    Phrase(
        "pt",
        "turno da noite, lendo o chamado: 'Cliente relata que iPhones novos não recebem o "
        "enrollment profile, no ABM os aparelhos estão atribuídos.' por onde começo?",
        D,
    ),
    Phrase(
        "pt",
        "aparelhos atribuidos no Apple Business Manager mas nao sincronizam com o intune",
        D,
    ),
    Phrase("pt", "cert APNs", D),
    Phrase(
        "pt",
        "dá uma olhada geral na config de registro automático da Apple e vê se tem problema",
        D,
    ),
    Phrase("pt", "ipads de quiosque pulam a etapa de remote management, pq?", D),
    Phrase("pt", "por que o C39MZK4TQ1VR não registra?", DEV),
    Phrase("pt", "consulta o serial LM4X82PQZT, é o ipad da farmácia", DEV),
    Phrase("pt", "mostra todos os tokens do programa de registro e quando vencem", T),
    Phrase("pt", "quantos tokens DEP a gente tem", T),
    Phrase("pt", "lista de tokens", T),
    Phrase("pt", "renovei o certificado push, verifica de novo", R),
    Phrase("pt", "arrumei a atribuição do perfil, checa de novo", R),
    Phrase("pt", "e agora? roda de novo", R),
    Phrase("pt", "me avisa aqui se der problema no ADE", ON),
    Phrase("pt", "me lembra um mes antes do token vencer", ON),
    Phrase("pt", "quero receber aviso neste canal quando o certificado estiver pra vencer", ON),
    Phrase("pt", "chega de notificação", OFF),
    Phrase("pt", "desliga os lembretes", OFF),
    Phrase("pt", "responde em inglês", L, "en"),
    Phrase("pt", "pode falar em chinês?", L, "zh-Hans"),
    Phrase("pt", "o que vc faz?", H),
    Phrase("pt", "como eu uso esse bot", H),
    Phrase("pt", "o que diabos é DEP", XA),
    Phrase(
        "pt",
        "explica de um jeito simples o que é registro automático de dispositivos da Apple",
        XA,
    ),
    Phrase("pt", "como renovar o token do ADE?", XR),
    Phrase(
        "pt",
        "token vence semana que vem, onde baixo o arquivo novo no ABM e onde subo no Intune?",
        XR,
    ),
    Phrase("pt", "autopilot travado na preparação do dispositivo", NA),
    Phrase("pt", "como configurar android enterprise pros quiosques", NA),
    Phrase("pt", "no Jamf o prestage nao pega os macs novos", NA),
    Phrase("pt", "como adiciono um usuário novo no Apple Business Manager", NA),
    Phrase("pt", "o wifi do iphone do médico não conecta", NA),
    Phrase("pt", "chromebooks da sala nao registram no google admin", NA),
    Phrase("pt", "valeu, resolveu", U),
    Phrase("pt", "boa noite", U),
    Phrase("pt", "blz", U),
    Phrase("pt", "kkkk", U),
]

VIETNAMESE = [
    Phrase(
        "vi",
        "iPad dùng chung ở khoa sau khi reset không vào "
        "màn hình đăng ký, y tá không đăng nhập được",
        D,
    ),
    Phrase("vi", "may kiosk o cua hang reset xong khong vao Intune", D),
    Phrase(
        "vi",
        "ticket khách: “iPad mới không hiện màn hình quản lý từ xa, đòi Apple ID luôn”. kiểm "
        "tra gì trước?",
        D,
    ),
    Phrase("vi", "chứng chỉ APNs hết hạn chưa?", D),
    Phrase("vi", "không phải do token đúng không? tuần trước vẫn ổn mà", D),
    Phrase(
        "vi",
        "iMac phòng lab trường không nhận profile đăng ký, trên ASM đã gán cho server Intune rồi",
        D,
    ),
    Phrase("vi", "kiem tra DEP roi tra loi bang tieng Anh nhe, de gui sep", D, "en"),
    Phrase(
        "vi", "Tôi là CIO. Ngắn gọn: đăng ký thiết bị Apple có đang hoạt động bình thường không?", D
    ),
    Phrase("vi", "dang ki mac bi loi", D),
    Phrase("vi", "lần đồng bộ cuối với ABM là một tuần trước, vậy có bình thường không", D),
    Phrase(
        "vi",
        "em mới vào, hỏi hơi ngu — iPad công ty mua về không thấy trong Intune đâu cả. có "
        "người bảo do token",
        D,
    ),
    Phrase("vi", "token vpp het han chua? app khong cai duoc len ipad", D),
    Phrase("vi", "ADE có vấn đề gì không", D),
    Phrase("vi", "sao iphone moi khong nhan profile", D),
    Phrase(
        "vi",
        "ca đêm, đọc ticket: 'Khách báo iPhone mới không nhận enrollment profile, trên ABM đã "
        "gán thiết bị.' bắt đầu từ đâu?",
        D,
    ),
    Phrase("vi", "thiết bị đã gán trong Apple Business Manager nhưng không sync về intune", D),
    Phrase("vi", "push cert", D),
    Phrase("vi", "rà soát toàn bộ cấu hình đăng ký tự động của Apple xem có lỗi không", D),
    Phrase("vi", "ipad kiosk bo qua buoc remote management, tai sao", D),
    Phrase("vi", "tại sao máy G7HPQ2XNM4KD không đăng ký được?", DEV),
    Phrase("vi", "check serial NR5T8WQ3LX giúp, iPad ở quầy thuốc", DEV),
    Phrase("vi", "liệt kê tất cả token chương trình đăng ký và ngày hết hạn", T),
    Phrase("vi", "minh co bao nhieu token DEP", T),
    Phrase("vi", "danh sách token", T),
    Phrase("vi", "đã gia hạn push cert, kiểm tra lại đi", R),
    Phrase("vi", "sua gan profile roi, check lai", R),
    Phrase("vi", "giờ thì sao? chạy lại xem", R),
    Phrase("vi", "có gì hỏng với ADE thì nhắn vào đây", ON),
    Phrase("vi", "nhac minh truoc mot thang khi token het han", ON),
    Phrase("vi", "muốn nhận cảnh báo trong kênh này khi chứng chỉ sắp hết hạn", ON),
    Phrase("vi", "đừng nhắc nữa", OFF),
    Phrase("vi", "tat thong bao", OFF),
    Phrase("vi", "trả lời bằng tiếng Anh", L, "en"),
    Phrase("vi", "noi tieng Ba Lan duoc khong", L, "pl"),
    Phrase("vi", "m biết làm gì", H),
    Phrase("vi", "huong dan su dung", H),
    Phrase("vi", "DEP là cái gì vậy", XA),
    Phrase("vi", "giải thích đơn giản đăng ký thiết bị tự động của Apple là gì", XA),
    Phrase("vi", "gia hạn token ADE như thế nào?", XR),
    Phrase(
        "vi",
        "token tuan sau het han, tai file moi o dau tren ABM va up len cho nao trong Intune?",
        XR,
    ),
    Phrase("vi", "autopilot bị treo ở bước chuẩn bị thiết bị", NA),
    Phrase("vi", "cấu hình android enterprise cho kiosk thế nào", NA),
    Phrase("vi", "trên Jamf prestage không nhận mac mới", NA),
    Phrase("vi", "thêm user mới vào Apple Business Manager thế nào", NA),
    Phrase("vi", "iphone của bác sĩ không vào được wifi", NA),
    Phrase("vi", "chromebook trong lớp không đăng ký được vào google admin", NA),
    Phrase("vi", "cảm ơn, được rồi", U),
    Phrase("vi", "chúc ngủ ngon", U),
    Phrase("vi", "ok e", U),
    Phrase("vi", "haha", U),
]

BATCH10: tuple[Phrase, ...] = (
    *ENGLISH,
    *RUSSIAN,
    *CHINESE,
    *POLISH,
    *PORTUGUESE,
    *VIETNAMESE,
)
_SEEN = (
    {phrase.text for phrase in PHRASES}
    | {phrase.text for phrase in BATCH8}
    | {phrase.text for phrase in BATCH9}
)
NEW: tuple[Phrase, ...] = tuple(p for p in BATCH10 if p.text not in _SEEN)
