# ruff: noqa: RUF001
# (Cyrillic letters are the point of this file, not look-alikes of ASCII.)
"""Development phrasings for the REPLY LANGUAGE, with an English Teams locale (en-US).

Written before looking at what the detector does with them, as admins type in Teams: short
messages, no diacritics or tone marks, slang, Russian in Latin letters, code-switching with
English product words, a question followed by a pasted English error. `reply` is the
language the answer must come in when the Teams locale is en-US: a message with no sign of a
language (one product word, an error code) and a message in a language we don't ship
(Spanish, German, Ukrainian...) are answered in English.

This is a DEVELOPMENT set: the detector is tuned on it and on tests/core/intent_phrases.py,
never on tests/understanding/frozen/.
"""

from __future__ import annotations

from typing import NamedTuple


class Sample(NamedTuple):
    reply: str  # bot.core.i18n.languages code of the expected reply (en-US Teams locale)
    text: str


def _samples(reply: str, block: str) -> list[Sample]:
    return [Sample(reply, line.strip()) for line in block.strip().splitlines() if line.strip()]


ENGLISH = _samples(
    "en",
    """
    ADE
    DEP?
    tokens
    intune
    ABM token
    0x80180014
    <at>ADE Doctor</at>
    sync now pls
    thx, fixed
    ok thanks
    still broken
    nvm
    why r my ipads stuck on remote mgmt
    token expired again??
    can u check again
    lol it works now
    whats up with abm
    pls help
    status
    recheck
    any issues with dep
    macs not showing up in intune
    enrollment profile not assigned to new iphones
    hey
    yo
    stop alerts
    great, cheers
    devices stuck at awaiting configuration
    is the apns cert ok
    ADE token 7f3a expired?
    why is ade failng agian
    the tokens expire tomorrow, renew?
    what is ADE
    how do I renew the DEP token
    ping me when the token is about to expire
    mute
    """,
)

# Languages we don't ship: the Teams locale (English here) wins.
OTHERS = _samples(
    "en",
    """
    ¿por qué falla la sincronización de ADE?
    el token de ADE no funciona
    warum geht ADE nicht
    pourquoi le jeton ne marche pas
    perché il token non funziona
    чому не працює ADE?
    proč nefunguje token
    kenapa token ADE gagal
    """,
)

RUSSIAN = _samples(
    "ru",
    """
    почему ADE не работает
    токен сдох?
    токены
    проверь ещё раз
    еще раз проверь
    спасибо, заработало
    спс
    ок
    ДЕП опять отвалился
    чё с токеном
    глянь токены
    sync не проходит
    ADE token истёк?
    вот ошибка: Sync failed: the token has expired
    pochemu ADE ne rabotaet
    pochemu ne rabotaet dep
    chto s tokenom
    pokazhi tokeny
    kak prodlit token
    otkluchi opoveshcheniya
    privet
    pomogi
    ne rabotaet ADE
    token istek?
    spasibo, vse rabotaet
    sdoh token
    pochemu ipady ne registriruyutsya
    chto takoe ADE
    proveri eshe raz
    ostanovi alerty
    vklyuchi uvedomleniya
    """,
)

CHINESE = _samples(
    "zh-Hans",
    """
    ADE为什么失败
    令牌
    检查
    谢谢
    同步失败了
    token过期了吗
    帮助
    再查一次
    为啥DEP不行
    ABM 令牌 到期
    好的
    停止提醒
    ADE 是什么？
    怎么续订令牌
    iPad 注册不了
    """,
)

POLISH = _samples(
    "pl",
    """
    tokeny
    pokaż tokeny
    pokaz tokeny
    dlaczego ADE nie dziala
    czemu nie działa
    sprawdz jeszcze raz
    dzięki, działa
    dzieki dziala
    token wygasl?
    co z tokenem
    nie dziala synchronizacja z ABM
    ipady sie nie rejestrują
    cześć
    siema
    pomocy
    wylacz alerty
    wypisz mnie z alertów
    daj znać jak token wygaśnie
    co to jest ADE?
    jak odnowic token
    super, dzięki
    nadal nie działa
    urządzenia nie widać w intune
    ok, dzieki
    sprawdź
    lista tokenów
    jakie mamy tokeny
    ogarnij tokeny
    spoko, dziala
    znowu padł sync
    """,
)

PORTUGUESE = _samples(
    "pt-BR",
    """
    lista os tokens
    verifica de novo
    valeu, resolveu
    por que o ADE não funciona
    por que o ADE nao funciona
    tokens expirados?
    o token venceu?
    ajuda
    oi
    olá
    e ai, tudo certo com o ABM?
    checa de novo ai
    ainda nao funciona
    blz, obrigado
    vlw
    para de mandar alerta
    me avisa quando o token vencer
    o que é ADE?
    como renovo o token
    os ipads nao aparecem no intune
    deu erro na sincronização
    sincroniza agora
    mostra os tokens
    quais tokens temos
    tá funcionando?
    ta quebrado de novo
    beleza, funcionou
    desliga os alertas
    pq o token ta vencido
    vc pode checar?
    n funciona o sync
    o sync do ABM falhou de novo, segue o erro: Failed to sync: the token has expired
    """,
)

VIETNAMESE = _samples(
    "vi",
    """
    tai sao ADE khong hoat dong
    token het han chua
    token ADE hết hạn rồi
    kiem tra lai
    cam on
    cảm ơn nhé
    giúp với
    danh sach token
    xem token
    đồng bộ bị lỗi
    dong bo loi roi
    ADE là gì?
    lam sao gia han token
    tắt cảnh báo
    bao cho toi khi token sap het han
    ok, chạy rồi
    sao ipad khong dang ky duoc
    chào bot
    xin chao
    kiểm tra lại giúp mình
    vẫn lỗi
    van loi
    sao token ko chay
    token bi sao vay
    """,
)

SAMPLES: list[Sample] = [
    *ENGLISH,
    *OTHERS,
    *RUSSIAN,
    *CHINESE,
    *POLISH,
    *PORTUGUESE,
    *VIETNAMESE,
]
