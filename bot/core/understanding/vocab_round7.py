"""Round 7 (issue 13, batch 15): words for the unrelated, help, language and explain readings.

- PRODUCT: directory sync between on-premises Active Directory and Entra ID (Entra Connect,
  Azure AD Connect, Cloud Sync, password hash sync, pass-through authentication, AD FS, SCIM):
  a sync of its own, not Apple's. "Entra Connect sync is stuck" asks nothing of ADE. A website's
  certificate is frames_b14.py's (only our own site's: the push certificate lives on Apple's).
- FILLER: Polish "ze sobą" is no Portuguese "sobe" (a typo), Vietnamese "liên kết" no "kẹt".
- USAGE + HOW_TO_USE: what the bot can do for the admin ("no idea what you do", "你能帮什么忙",
  "в чём ты можешь помочь"): the help card, whatever Apple words the message also holds.
- RENEW: more forms of uploading the token file (загружать, subo, wrzucić, 传): with "where"
  the renewal steps (`explain_frames`).
- `KNOW`: "I don't know whether / where" (не знаю, 不知道, nie wiem, não sei, không biết) is an
  indirect question: in an explanation frame its negation is no failure.
`ROUND7_FRAMES` are frame words `explain_frames` looks for (no cue of their own):
- "difference": "the difference between ADE and <another enrollment>" asks what ADE is, even
  with ADE named once (`explain_frames._explanation`).
- "how": which screen / which menu of Intune, where the token file goes.
- "which account": the same / another Apple ID, part of the renewal.

The format is described in `bot.core.understanding.words`.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

ROUND7_WORDS: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.PRODUCT,): {
        "en": """entra connect, entra connect sync, azure ad connect, azure ad connect sync,
            aad connect, ad connect, azure ad sync, aad sync, adsync, dirsync, directory sync,
            entra cloud sync, azure ad cloud sync, password hash sync, password hash
            synchronization, password sync, password writeback, pass through authentication,
            seamless sso, ad fs, adfs, scim provisioning, ldap sync""",
        "ru": """синхронизация паролей, синхронизации паролей, синхронизацию паролей,
            синхронизация хэшей паролей, синхронизации хэшей паролей, хэшей паролей,
            синхронизация каталога, синхронизации каталога""",
        "zh": "密码哈希同步, 密码同步, 目录同步, 哈希同步, 直通身份验证",
        "pl": """synchronizacja haseł, synchronizacji haseł, synchronizację haseł,
            synchronizacja skrótów haseł, synchronizacja katalogu, synchronizacji katalogu""",
        "pt": """sincronização de senha, sincronização de senhas, sincronização de hash de senha,
            sincronização de hash, sincronização do diretório, sincronização de diretório,
            sync de senha, sync de senhas""",
        "vi": """đồng bộ mật khẩu, đồng bộ hóa mật khẩu, đồng bộ hash mật khẩu, đồng bộ thư mục,
            đồng bộ hóa thư mục""",
    },
    # Words that the folding or a typo turned into a cue: Polish "ze sobą" (with each other) is
    # no Portuguese "sobe" (upload); Vietnamese "liên kết" (link) no "kẹt" (stuck).
    (Cue.FILLER,): {
        "pl": "sobą, ze sobą, sobie, siebie",
        "vi": "liên kết, kết hợp",
    },
    (Cue.USAGE, Cue.HOW_TO_USE): {
        "en": """what you do, what you can do, what you can help with, what can you help with,
            what you can help me with, what can you help me with, what are you for,
            what youre for, what you are for, what you are able to do""",
        "ru": """чем ты можешь помочь, чем можешь помочь, чем вы можете помочь, в чём ты можешь
            помочь, что ты делаешь, что ты вообще умеешь, для чего ты нужен, зачем ты нужен""",
        "zh": """你能帮什么, 能帮什么忙, 能帮我什么, 你能帮我做什么, 你能做些什么, 你是干什么的,
            你是做什么的, 你能干什么, 你都能做什么""",
        "pl": """w czym możesz pomóc, w czym mi pomożesz, w czym pomożesz, co robisz, do czego
            służysz, co w ogóle potrafisz""",
        "pt": """no que você pode ajudar, em que você pode ajudar, o que você pode me ajudar,
            no que vc pode ajudar, o que vc faz, o que vc pode fazer, pra que você serve,
            para que você serve, pra que vc serve""",
        "vi": """bạn làm được gì, bạn giúp được gì, bạn có thể giúp gì, bạn giúp gì được,
            bot làm được gì, bot giúp được gì, bạn làm gì được""",
    },
    # Chinese is scanned character by character between keywords: "同一个账号" read whole, so
    # that the "which account" frame sees it.
    (Cue.ACCOUNTS,): {
        "zh": """同一个账号, 同一账号, 同一个帐号, 原来的账号, 原来那个账号, 别的账号,
            同一个苹果账号""",
    },
    # "talk to me in Chinese": the "to me" verb is beside the language name (`talk_in.py`).
    (Cue.LANG_CUE,): {
        "zh": "跟我说, 和我说, 对我说, 跟我讲, 和我讲",
    },
    (Cue.RENEW,): {
        "en": "upload the token, upload the p7m",
        "ru": "загруж*, заливать, закинуть, закидывать",
        "zh": "传上去, 上传到",
        "pl": "wrzucić, wrzucam, wrzuca",
        "pt": "subo, subi, subimos, suba, subindo, carregar o token, carrego",
        "vi": "up lên, đưa lên",
    },
}

# Russian typed in Latin letters (no typos: "kuda" is no Portuguese "muda"): where the token
# file (fajl, not "fail") is uploaded is the renewal.
ROUND7_LATIN_RUSSIAN: dict[Cue, str] = {
    Cue.RENEW: "zagruzh*, zagruz*, zalit, zalivat",
    Cue.REFRESH: "obnovlen*",
    Cue.FILLER: "kuda, fajl, fayl, fajla, fayla, faila",
}

ROUND7_FRAMES: dict[str, dict[str, str]] = {
    "difference": {
        "en": "difference, differences, differ, differs, different from",
        "ru": "разница, разницу, отличие, отличия, отличается, отличаются",
        "zh": "区别, 差别, 差异, 不一样, 不同",
        "pl": "różnica, różnicę, różnice, różni się, różnią się",
        "pt": "diferença, diferenças, difere, diferente de",
        "vi": "khác nhau, khác gì, khác biệt, sự khác nhau",
    },
    "compare": {
        "zh": "一回事, 同一回事, 同一个东西, 同一个",
    },
    # Which screen, and the "where do I upload" phrases `vocab_colloquial` reads whole (their
    # label is the phrase, not "where").
    "how": {
        "en": """where do i get, where do i download, where to download, where do i upload,
            where to upload, where does it go, which screen, what screen, which page,
            which blade, which menu, which tab, where in intune, where exactly""",
        "ru": """kuda, где взять, где скачать, куда загрузить, куда загружать, в каком разделе,
            какой раздел, на какой странице, в каком меню, в какой вкладке""",
        "zh": "到哪, 哪下载, 哪个页面, 哪个界面, 哪个菜单, 在哪个, 哪一页",
        "pl": """skąd wziąć, skąd pobrać, gdzie pobrać, gdzie wgrać, w którym miejscu,
            na której stronie, w jakiej zakładce, w której zakładce""",
        "pt": """onde baixo, onde pego, onde baixar, onde subo, onde eu baixo, onde eu pego,
            qual tela, em qual tela, em que tela, qual menu, em qual menu, em que parte""",
        "vi": "tải ở đâu, lấy ở đâu, tải lên ở đâu, màn hình nào, trang nào, mục nào, menu nào",
    },
    "which account": {
        "en": """same apple id, same account, same apple account, different apple id,
            another apple id, other apple id""",
        "ru": """тот же apple id, тем же apple id, тот же самый apple id, тот же аккаунт,
            тем же аккаунтом, той же учеткой, другой apple id, другим apple id""",
        "zh": "同一个账号, 同一账号, 同一个帐号, 原来的账号, 原来那个账号, 别的账号",
        "pl": """to samo apple id, tego samego apple id, tym samym apple id, inne apple id,
            innego apple id, to samo konto, tego samego konta""",
        "pt": "mesmo apple id, outro apple id, mesma conta, outra conta",
        "vi": "cùng apple id, cùng một apple id, apple id khác, cùng tài khoản, tài khoản khác",
    },
}

# The word after a negation that makes it "I don't know / I'm not sure" (folded).
KNOW = frozenset({
    "know", "sure", "idea", "understand", "знаю", "понимаю", "уверен", "уверена",
    "wiem", "rozumiem", "jestem", "mam", "sei", "tenho", "entendi", "entendo", "faco",
    "biet", "ro", "chac", "hieu",
})  # fmt: skip
KNOW_ZH = ("知道", "清楚", "确定", "懂", "明白")
