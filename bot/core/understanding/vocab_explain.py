"""Round 5 (issue 13): the words of the two explanation frames, per language.

Two kinds of table:
- `EXPLAIN_WORDS`: more keywords for cues that exist (compiled by `words.py` with the others):
  ADE's own name in each language's words (автоматическая регистрация устройств, registro
  automático de dispositivos; "automatic enrollment" alone may be another MDM's), "ELI5" and
  原理 as explain words, podmienić and 更换 as renewals, and Chinese comparison words (区别,
  不一样) read whole, or their 别/不 would be read as a negation.
- `FRAME_WORDS`: folded words and phrases `explain_frames.py` looks for among the scanned
  items' labels, without giving them a cue: "how", "как", "jak", "como" are filler for every
  other rule and must stay so.
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

EXPLAIN_WORDS: dict[Cue, dict[str, str]] = {
    Cue.ADE: {
        "ru": """автоматическая регистрация устройств, автоматической регистрации устройств,
            автоматическую регистрацию устройств""",
        "zh": "设备自动注册, 自动注册设备, 苹果自动注册",
        "pl": "automatyczną rejestrację urządzeń, automatycznej rejestracji urządzeń",
        "pt": """registro automático de dispositivos, registro automatico de dispositivos,
            inscrição automatizada de dispositivos""",
    },
    Cue.EXPLAIN: {
        "en": "eli, eli5, explain like im five, in simple terms, in layman terms, in plain words",
        "ru": "на пальцах",
        "zh": "原理, 科普, 讲解, 通俗",
        "pl": "jak laikowi, po ludzku, prostymi słowami",
        "pt": "em português claro, em palavras simples, pra leigo, para leigos",
        "vi": "nói đơn giản, dễ hiểu",
    },
    Cue.RENEW: {
        "en": "swap, swap out, re upload, regenerate",
        "ru": "поменять, сменить, перезалить",
        "zh": "更换, 换掉, 重新上传, 重新下载",
        "pl": "podmień*, podmieni*, zmienić token",
        "pt": "troco, troque",
        "vi": "đổi token",
    },
    # Read whole, so that 别 in 区别 and 不 in 不一样 are no negations (不同 is not: 不同步).
    Cue.FILLER: {
        "zh": "区别, 差别, 差异, 不一样, 一样",
        # kết nối (connect) is no kẹt (stuck) + nói (speak) once its tones are folded away.
        "vi": "kết nối",
    },
}

FRAME_WORDS: dict[str, dict[str, str]] = {
    # How / where something is done: with a renewal, the question is the procedure.
    "how": {
        "en": """how, how do i, how to, how can i, how does, how do, how do we, steps to, where,
            where do i, where can i""",
        "ru": "как, каким образом, где, откуда, куда, kak, gde",
        "zh": "怎么, 如何, 怎样, 哪里, 在哪, 哪儿",
        "pl": "jak, w jaki sposób, gdzie, skąd, dokąd",
        "pt": "como, onde, de onde, aonde",
        "vi": """như thế nào, thế nào, ra sao, làm sao, làm thế nào, kiểu gì, cách nào,
            bằng cách nào, ở đâu, chỗ nào, cách""",
    },
    # ... works / connects / talks to: "how does ADE work between ABM and Intune".
    "works": {
        "en": """work, works, function, functions, connect, connects, talk, talks, integrate,
            integrates, interact, interacts, fit together, tie in, tie together""",
        "ru": """работает, работают, устроен, устроена, устроено, взаимодействует,
            взаимодействуют, связан, связаны, связывается, общается, общаются, rabotaet""",
        "zh": "工作, 运作, 配合, 对接, 连接, 协作, 衔接, 交互, 联动",
        "pl": """działa, działają, współpracuje, współpracują, łączy, łączą, komunikuje,
            integruje""",
        "pt": """funciona, funcionam, conversa, conversam, conecta, conectam, integra, integram,
            comunica, comunicam, interage""",
        "vi": "hoạt động, kết nối, liên kết, làm việc, tích hợp, vận hành, phối hợp",
    },
    # Both at once.
    "how works": {
        "en": "how does ade work, how does dep work",
        "pt": "como funciona",
    },
    # ADE vs DEP: in a comparison a negation is the question's "or not", no failure.
    "compare": {
        "en": """vs, versus, difference, differences, different, differ, same thing, same as,
            compared to, compare""",
        "ru": """отличается, отличаются, отличие, отличия, разница, разницу, то же самое,
            одно и то же, vs""",
        "zh": "区别, 差别, 差异, 不一样, 一样",
        "pl": "różni, różnią, różnica, różnicę, różnice, to samo, vs",
        "pt": "diferença, diferenças, mesma coisa, difere, diferente, igual, vs",
        "vi": "khác, khác nhau, khác gì, giống, giống nhau, so với, vs",
    },
    # The person who created the token left: it has to be replaced under another Apple ID.
    "left": {
        "en": """left the company, left the firm, left the org, left the organization,
            left the organisation, left the school, has left, who left, who quit, resigned,
            no longer with us, no longer works here, was let go, moved on""",
        "ru": """уволился, уволилась, уволили, уволен, уволена, uvolilsya, uvolilas, ушёл из,
            ушла из""",
        "zh": "离职, 辞职, 离开公司, 走人了, 跳槽",
        "pl": """odszedł, odeszła, odeszli, zwolnił się, zwolniła się, zwolniony, zwolniona,
            już nie pracuje, nie pracuje już""",
        "pt": """saiu da empresa, saiu da firma, saiu do time, foi desligado, foi desligada,
            pediu demissão, pediu as contas, não trabalha mais""",
        "vi": "nghỉ việc, nghỉ làm, rời công ty, thôi việc, không còn làm",
    },
    # Which Apple ID to sign in with: part of the renewal, not a list of tokens.
    "sign in": {
        "en": "sign in, signin, log in, login, sign into, log into, signed in, logged in",
        "ru": "заходить, зайти, войти, входить, логиниться, залогиниться, авторизоваться",
        "zh": "登录, 登陆",
        "pl": "logować, zalogować, zaloguj, logowania, logowanie",
        "pt": "entrar, logar, fazer login, login",
        "vi": "đăng nhập",
    },
    # Round 5, batch 12. Which Apple ID (account) the token is renewed under: the renewal.
    "which account": {
        "en": """which apple id, what apple id, which account, what account, which apple account,
            whose apple id""",
        "ru": """какой apple id, каким apple id, под каким apple id, какую учетку, под какой
            учеткой, какой учеткой, какой аккаунт, каким аккаунтом, под каким аккаунтом""",
        "zh": "哪个账号, 哪个帐号, 哪个账户, 什么账号, 哪个苹果账号",
        "pl": """który apple id, jaki apple id, jakiego apple id, jakim apple id, które konto,
            jakie konto, na jakie konto, na które konto, jakim kontem, którym kontem""",
        "pt": "qual apple id, com qual apple id, que apple id, qual conta, com qual conta",
        "vi": "apple id nào, tài khoản nào, id nào",
    },
    # "The guy who created the token left last month": who made it, then that they are gone.
    "creator": {
        "en": """who created, who set up, who made, who uploaded, who generated, who owned,
            who registered, who configured""",
        "ru": "кто создавал, кто создал, который создал, которая создала, кто настраивал",
        "zh": "创建的人, 建的人, 申请的人, 配置的人",
        "pl": "który założył, który utworzył, która utworzyła, który stworzył, który wygenerował",
        "pt": "que criou, quem criou, que configurou, que subiu, que gerou",
        "vi": "người tạo, người đã tạo, người cài",
    },
    "gone": {
        "en": "left, quit, gone, departed",
        "ru": "ушел, ушла, ушли, уволился, уволилась",
        "zh": "走了, 离开了, 不在了",
        "pl": "odszedł, odeszła, nie pracuje",
        "pt": "saiu, foi embora, não está mais",
        "vi": "nghỉ, nghỉ rồi, đi rồi",
    },
}
