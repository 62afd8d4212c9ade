"""Issue 13's words, per language: ADE and Apple by name, other platforms and other Apple Business
tasks (not ADE), "what is ADE?", "how do I renew?", try, thanks.

The format is described in `bot.core.understanding.words`.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

# Issue 13. Product names go to ADE (explicit) or APPLE (devices only); both are also DOMAIN.
ADE_WORDS: dict[Cue, dict[str, str]] = {}
# The Remote Management pane of Setup Assistant shows only on an ADE device: naming it names ADE.
ADE_WORDS[Cue.ADE] = {
    "en": """ade, dep, abm, asm, business manager, school manager, automated device enrollment,
        device enrollment program, apple business, apple school, remote management""",
    "ru": """деп, дэп, аде, удаленное управление, удаленного управления, удаленным управлением,
        удалённое управление""",
    "zh": "自动设备注册, 商务管理, 校园教务管理, 设备注册计划, 远程管理",
    "pl": """automatyczna rejestracja urządzeń, automatycznej rejestracji, zdalne zarządzanie,
        zdalnego zarządzania, zdalnym zarządzaniem""",
    "pt": "registro automatizado de dispositivos, gerenciamento remoto, gestão remota",
    "vi": "đăng ký thiết bị tự động, quản lý từ xa",
}
ADE_WORDS[Cue.APPLE] = {
    "en": """apple, iphone*, ipad*, mac, macs, macbook*, imac*, ios, ipados, macos, apple tv,
        vision pro""",
    "ru": "айфон*, айпад*, макбук*, маки, эппл, эпл",
    "zh": "苹果",
    "pl": "", "pt": "", "vi": "",
}  # fmt: skip
ADE_WORDS[Cue.OTHER] = {
    "en": """windows, win10, win11, autopilot, android*, aosp, google, gmail, chromebook*, chrome,
        chromeos, samsung, knox, zebra, linux, ubuntu, hololens, surface, sccm, configmgr,
        co management, comanagement, gpo, wsus, bitlocker, hybrid join, entra join, azure ad join,
        aad join, oobe, esp, enrollment status page, xxhresult""",
    "ru": "виндовс*, винд*, андроид*, гугл*, хромбук*, автопилот*, хромос*",
    "zh": "安卓, 谷歌, 微软电脑",
}
# A service used ON the Apple device (mail, Wi-Fi, a printer): the device is only where the
# problem shows, so "Outlook on her iPhone doesn't sync" is not ADE, where "Android and iPhone
# enrollment fails" could be (CLARIFY). Compiled with OTHER as well (words.py).
# Another MDM managing the Apple device (Apple's list of MDM vendors: Jamf, Kandji, Mosyle...)
# is likewise not Intune's ADE, even beside "Mac" or "prestage enrollment".
ADE_WORDS[Cue.SERVICE] = {
    "en": """outlook, exchange, sharepoint, onedrive, vpn, wifi, wi fi, printer, printers, gmail,
        emails, inbox, mailbox, calendar,
        jamf, kandji, mosyle, addigy, hexnode, simplemdm, airwatch, workspace one, mobileiron,
        filewave, miradore, manageengine, jumpcloud, meraki, prestage, prestages""",
    "ru": """принтер*, почт*, аутлук*, календар*, вайфай*, вай фай, вифи, эксчейндж*, джамф*,
        впн""",
    "zh": "打印机, 邮箱, 邮件, 收件箱, 日历, 无线网, 无线网络",
    "pl": "drukark*, poczt*, skrzynk*, kalendarz*",
    "pt": "impressora*, caixa de entrada, calendário",
    "vi": "máy in, hộp thư",
}
ADE_WORDS[Cue.ACCOUNTS] = {
    "en": """user, users, users, password*, passcode, managed apple id, managed apple ids,
        apple account, federat*, sso, license*, licence*, app, apps, application*,
        company portal, ios update, software update, update ios, update ipados, update macos,
        os update""",
    "ru": "пользовател*, пароль*, парол*, учётн*, учетн*, лицензи*, приложени*, прилож*",
    "zh": "用户, 密码, 账号, 帐号, 帐户, 账户, 许可证, 应用, 软件, 公司门户",
    "pl": "użytkownik*, hasł*, konto, konta, licencj*, aplikacj*, portal firmy",
    "pt": "usuário*, usuario*, senha*, conta, contas, licença*, aplicativo*, portal da empresa",
    "vi": "người dùng, mật khẩu, tài khoản, giấy phép, ứng dụng, phần mềm, cổng công ty",
}
ADE_WORDS[Cue.EXPLAIN] = {
    "en": """what is, what does, whats, whats a, whats an, what is a, what is an, explain*, meaning,
        mean, means, stand for, stands for, definition, define, tell me about, what exactly is,
        how does ade work, how does dep work, used for, what is it for, whats it for, purpose,
        whats the point of""",
    "ru": """что такое, что значит, что это, что означает, объясни*, поясни*, расскажи, что за,
        chto takoe, для чего, зачем нужен, зачем нужна, зачем нужно, chto znachit, zachem,
        dlya chego""",
    "zh": """是什么, 什么是, 是啥, 啥是, 啥叫, 什么叫, 什么意思, 啥意思, 解释, 介绍一下, 介绍,
        是干什么的, 干什么的, 是做什么的, 做什么的, 有什么用, 干嘛的, 干啥的""",
    "pl": """co to jest, co to, czym jest, co znaczy, co oznacza, wyjaśnij, wytłumacz, czym są,
        do czego służy, po co jest""",
    "pt": """o que é, o que e, o que significa, que é, explica*, significa, o que seria,
        pra que serve, para que serve, serve pra que""",
    "vi": "là gì, nghĩa là gì, có nghĩa là, giải thích, là cái gì, để làm gì, dùng để làm gì",
}
ADE_WORDS[Cue.RENEW] = {
    "en": "renew*, renewal, replac*, reissue, rotate, upload*, reupload*, download*",
    "ru": "продл*, замен*, перевыпус*, перегенер*, скача*, скачив*, загруз*, залить, залей, prodl*",
    "zh": "续订, 续期, 续约, 续, 替换, 换新, 上传, 下载",
    "pl": "odnow*, odnawia*, wymien*, wymian*, przedłuż*, wgra*, wgryw*, prześl*, pobierz*, pobra*",
    "pt": "renov*, substitu*, trocar, troca, subir, sobe, upload, baixar, baixo, baixe",
    "vi": "gia hạn, thay, thay thế, tải, tải lên, tải xuống, tải về",
}
# "обнови", "atualiza" alone re-check; with "token" they are a renewal ("как обновить токен").
ADE_WORDS[Cue.REFRESH] = {
    "en": "",
    "ru": "обнови, обновить, обновите, обнова, obnovi, obnovit",
    "zh": "更新",
    "pl": "aktualizuj*, zaktualizuj*",
    "pt": "atualiz*",
    "vi": "cập nhật",
}
# What admins see go wrong: a failure only beside an ADE or Apple word ("iPads skip Remote
# Management"); "skip it", "nothing, thanks" ask nothing.
ADE_WORDS[Cue.SYMPTOM] = {
    "en": """skip*, bypass*, missing, disappear*, vanish*, not showing, not appearing, cant see,
        cannot see, nothing, unmanaged, unassigned, pending, need to be accepted,
        needs to be accepted, must be accepted, dropped, dropping,
        drop out, fell off, gone, removed, kicked out, none, none of them""",
    "ru": """пропуска*, пропуст*, пропал*, исчез*, завис*, висит, висят, ничего, глюч*,
        propal*, ischez*, ни один, ни одного, ни одно""",
    "zh": """跳过, 看不到, 不显示, 没显示, 找不到, 不见了, 消失, 没出现, 卡在, 卡着, 卡了, 卡死""",
    "pl": """pomija*, pomin*, znika*, zniknę*, brak, brakuje, wisi, wiszą, zawiesz*, nic,
        stoi, stoją, żaden, żadne, żadna, żadnego""",
    "pt": """pula, pulam, pulando, pulou, pular, sumiu, sumiram, somem, sumindo, faltando, travou,
        travando, nada, nenhum, nenhuma""",
    "vi": "bỏ qua, không thấy, không hiện, biến mất, treo, kẹt",
}
ADE_WORDS[Cue.TRY] = {
    "en": "try, tried, run, rerun",
    "ru": "попробуй*, попробуем, пробуй, запусти*, прогони, zapusti*",
    "zh": "试, 试试, 运行, 跑",
    "pl": "spróbuj*, próbuj, uruchom*, odpal*, puść",
    "pt": "tenta, tente, tentar, roda, rodar, rode, executa, executar",
    "vi": "thử, chạy",
}
ADE_WORDS[Cue.THANKS] = {
    "en": """thanks, thank you, thx, ty, cheers, fixed, solved, resolved, works now, great, awesome,
        perfect, nice, cool, got it, show up now, shows up now, showing up now, appeared""",
    "ru": """спасибо, спс, благодарю, заработал*, решено, получилось, отлично, супер, понял,
        spasibo, появились, появилось, появился""",
    "zh": "谢谢, 多谢, 感谢, 解决了, 好了, 可以了, 明白了, 太好了, 出现了",
    "pl": """dzięki, dziękuję, dziena, rozwiązane, naprawione, super, świetnie, git, jasne,
        pojawiły się, już są""",
    "pt": """obrigado, obrigada, valeu, vlw, brigado, resolveu, resolvido, funcionou, beleza,
        apareceram, apareceu""",
    "vi": "cảm ơn, cám ơn, được rồi, xong rồi, tuyệt, ok rồi, hiện rồi, hiện lên rồi",
}
