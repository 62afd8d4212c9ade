"""The six languages ADE Doctor speaks, and how the language of a reply is chosen.

A reply follows the admin: a language they chose, else the language their message is
clearly written in, else their Teams locale, else the bot's default, else English. Only
our six languages ever come out; anything else (German, Japanese, garbage) falls through.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby


@dataclass(frozen=True, slots=True)
class Language:
    """One language we ship, named the way each system that needs it names it."""

    code: str  # BCP 47 tag used in cards' "lang"
    babel: str  # Babel locale id
    catalog: str  # gettext catalog directory under locales/
    learn: str  # Microsoft Learn URL locale
    native_name: str  # for a language picker


ENGLISH = Language("en", "en", "en", "en-us", "English")
RUSSIAN = Language("ru", "ru", "ru", "ru-ru", "Русский")
CHINESE = Language("zh-Hans", "zh_Hans_CN", "zh_Hans", "zh-cn", "简体中文")
POLISH = Language("pl", "pl", "pl", "pl-pl", "Polski")
PORTUGUESE = Language("pt-BR", "pt_BR", "pt_BR", "pt-br", "Português (Brasil)")
VIETNAMESE = Language("vi", "vi", "vi", "vi-vn", "Tiếng Việt")
LANGUAGES: tuple[Language, ...] = (ENGLISH, RUSSIAN, CHINESE, POLISH, PORTUGUESE, VIETNAMESE)

_BY_CODE = {lang.code: lang for lang in LANGUAGES}
_BY_PRIMARY = {"en": ENGLISH, "ru": RUSSIAN, "pl": POLISH, "pt": PORTUGUESE, "vi": VIETNAMESE}
_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})


def _key(tag: str) -> str:
    return tag.strip().replace("_", "-").casefold()


_BY_ID = {
    _key(name): lang
    for lang in LANGUAGES
    for name in (lang.code, lang.babel, lang.catalog, lang.learn)
}


def by_code(code: str) -> Language | None:
    """Our language for one of its own ids (code, Babel id, catalog, Learn locale) or any
    tag `negotiate` accepts; None for anything else."""
    if not isinstance(code, str):
        return None
    return _BY_ID.get(_key(code)) or negotiate(code)


def negotiate(tag: str | None) -> Language | None:
    """Our language for a locale tag from Teams, or None when we don't ship one for it.

    Case-insensitive, `-` or `_` separated; a POSIX ".UTF-8" or "@euro" tail is ignored.

    >>> negotiate("ru-RU").code
    'ru'
    >>> negotiate("EN_gb").code
    'en'
    >>> negotiate("pt-PT").code
    'pt-BR'
    >>> [negotiate(tag).code for tag in ("zh", "zh-CN", "zh-SG", "zh_Hans_CN")]
    ['zh-Hans', 'zh-Hans', 'zh-Hans', 'zh-Hans']
    >>> negotiate("zh-TW") is None  # we ship Simplified Chinese only
    True
    >>> [negotiate(tag) for tag in ("de-DE", "ja-JP", "", None, "xx_!!")]
    [None, None, None, None, None]
    """
    if not isinstance(tag, str):
        return None
    parts = _key(tag.split(".", 1)[0].split("@", 1)[0]).split("-")
    if not all(part.isascii() and part.isalnum() and len(part) <= 8 for part in parts):
        return None  # also catches "" and "en--US"
    primary, rest = parts[0], set(parts[1:])
    if primary != "zh":
        return _BY_PRIMARY.get(primary)
    if "hant" in rest:
        return None
    if "hans" in rest or not rest & _TRADITIONAL_REGIONS:
        return CHINESE
    return None


# --- detect ----------------------------------------------------------------------------------

# A question sits at the start (as in `understanding.intents`); a log pasted after it is no
# more evidence, and every step below must cost the same for 255,000 characters as for 2,000.
_MAX_CHARS = 2000
# Each pattern can start only where the previous attempt could not have scanned, so a failed
# attempt never rescans: linear. `.*?</at>`, `<[^>]*>`, `\b[a-z][a-z0-9+.-]*://` and `\S+@`
# rescan the rest of the text from every `<at>`, `<`, word start or character: quadratic.
_MENTION = re.compile(r"<at\b[^<>]*>[^<]*</at\s*>", re.IGNORECASE)  # Teams: <at>Name</at>
_TAG = re.compile(r"<[^<>]*>")
_URL_OR_EMAIL = re.compile(
    r"(?:(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://|\bwww\.)\S+|(?<!\S)[^\s@]+@\S+", re.IGNORECASE
)
_WITH_DIGITS = re.compile(r"\b[a-z]*\d\w*", re.IGNORECASE | re.ASCII)  # 7f3a, iOS17, 0x80
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")

# Words every admin types whatever their language: no evidence of any.
_PRODUCT_WORDS = """ade dep abm asm intune apple mdm apns vpp token tokens tokeny iphone iphones
    ipad ipads mac macs macos ios ipados teams microsoft graph sync ok"""
_PRODUCT = frozenset(_PRODUCT_WORDS.split())

_WORDS: dict[str, str] = {
    "en": """why what what's whats how is are isn't isnt was wasn't the not failing failed fails
        fail failure help show status list language english expire expired expires expiring
        expiry broken working work works my doesn't doesnt don't dont can't cant won't does did
        please check recheck again alert alerts notify notifications stop mute unsubscribe now
        when where which it it's its this that with error errors wrong issue problem devices
        device enrolling enrollment enrolment renew renewal hello hi hey thanks thank you me to
        all still anymore""",
    "pl": """dlaczego czemu nie działa działają czy jak jaki jaka mój moja moje mi mnie pokaż
        wyświetl stan status lista listę tokenu tokenów tokenem tokenie język języka polski
        polsku po pomoc pomocy pomóż wygasł wygasła wygasa wygaśnie wygasły synchronizacja
        synchronizacji synchronizuj zsynchronizuj teraz sprawdź ponownie powiadom powiadomienia
        powiadomienie alerty alertów zatrzymaj wyłącz włącz błąd błędy błędem urządzenia
        urządzeń się jest są co to na proszę dzięki cześć problem już wciąż gdzie kiedy który""",
    "pt-BR": """por que porque quê não está estão falhando falha falhou falhas erro erros
        sincronização sincronizar sincronizando sincronize como ajuda ajude mostrar mostre
        mostra exibir estado status lista listar idioma língua português expirado expirada
        expirou expira vencido venceu quebrado funcionando funciona funcionar meu minha meus
        minhas dispositivos dispositivo registro alerta alertas avise avisar me parar pare
        desativar agora verificar verifique verificação novamente obrigado obrigada olá você
        qual quando onde isso isto tem é na""",
    "vi": """tại sao lỗi không bị đồng bộ giúp trạng thái hiển thị danh sách ngôn ngữ tiếng việt
        hết hạn hoạt động cảnh báo dừng ngừng kiểm tra lại ngay bây giờ của tôi được đang thiết
        gì làm xin chào cảm với mình nhé bật tắt thông""",
    # Decoys: common words of languages we don't ship, so their messages don't pass as ours.
    "es": """el los las qué cómo cuándo dónde ayuda ayúdame muestra muéstrame falla fallando
        funciona funcionando error sincronización caducado caducó también idioma porqué puedes""",
    "fr": """pourquoi ne pas le les est jeton jetons fonctionne marche mon mes aide afficher état
        synchronisation expiré langue arrêter vérifier maintenant je une des du c'est""",
    "de": """warum wieso funktioniert nicht ist der die das und mein meine zeige zeig hilfe
        sprache abgelaufen synchronisierung jetzt prüfen geht kein keine ich bitte läuft fehler""",
}
_FOLDABLE = frozenset({"en", "pl", "pt-BR", "vi"})  # admins type these without diacritics
_FOLD_EXTRA = str.maketrans({"ł": "l", "đ": "d"})  # letters NFD does not decompose


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.translate(_FOLD_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _owners() -> dict[str, tuple[str, ...]]:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for lang, words in _WORDS.items():
        for word in words.split():
            owners[word].add(lang)
            if lang in _FOLDABLE and len(_fold(word)) > 1:
                owners[_fold(word)].add(lang)
    return {word: tuple(sorted(langs)) for word, langs in owners.items()}


_OWNERS = _owners()

_VI_ONLY = frozenset("ơưăđĩũ" + "".join(chr(c) for c in range(0x1EA1, 0x1EFA, 2)))
_PL_ONLY = frozenset("ąćęłńśźż")
_PT_ONLY = frozenset("ç")
_PT_OR_VI = frozenset("ãõâêôà")  # Portuguese unless the message is Vietnamese
_VI_OR_OTHER = frozenset("èìòù")  # French/Italian unless the message is Vietnamese
_OTHER_LATIN = frozenset("äöüßñëîïûœæøåčšžřěůőűşğ")
_HINTS = frozenset("áéíóú")  # Portuguese, but Spanish, Czech, Vietnamese... too
_RU_ONLY = frozenset("ыэъё")
_OTHER_CYRILLIC = frozenset("іїєґўђћџљњјѓќѕ")  # Ukrainian, Belarusian, Serbian, Macedonian

_WORD, _STRONG, _WEAK = 1.0, 2.0, 0.25  # a listed word, a telling letter, a hint
_CLEAR_MARGIN = 2.0  # the winner needs more than twice the runner-up's score


def _script(ch: str) -> str:
    point = ord(ch)
    if ch.isascii() or 0xC0 <= point <= 0x24F or 0x1E00 <= point <= 0x1EFF:  # and "'"
        return "latin"
    if 0x400 <= point <= 0x52F:
        return "cyrillic"
    if 0x3040 <= point <= 0x30FF or 0x31F0 <= point <= 0x31FF or 0xFF66 <= point <= 0xFF9F:
        return "kana"
    if 0xAC00 <= point <= 0xD7AF or 0x1100 <= point <= 0x11FF or 0x3130 <= point <= 0x318F:
        return "hangul"
    if 0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF or 0xF900 <= point <= 0xFAFF:
        return "han"
    return "other"


def _clean(text: str) -> str:
    text = _TAG.sub(" ", _MENTION.sub(" ", text))
    text = unicodedata.normalize("NFKC", html.unescape(text))
    text = _WITH_DIGITS.sub(" ", _URL_OR_EMAIL.sub(" ", text))
    return text.replace("\u2019", "'").replace("`", "'").lower()


def _runs(text: str) -> Iterator[tuple[str, str]]:
    """(script, letters) for each single-script run of letters: "同步ade" is two runs."""
    for match in _LETTERS.finditer(text):
        for script, chars in groupby(match.group(), key=_script):
            yield script, "".join(chars)


def _scores(text: str) -> dict[str, float]:
    runs = [(script, run) for script, run in _runs(_clean(text)) if run.strip("'")]
    letters = set("".join(run for _, run in runs))
    scripts = {script for script, _ in runs}
    vietnamese = bool(letters & _VI_ONLY)
    han = "ja" if "kana" in scripts else "ko" if "hangul" in scripts else CHINESE.code
    cyrillic = "other" if letters & _OTHER_CYRILLIC and not letters & _RU_ONLY else RUSSIAN.code
    scores: defaultdict[str, float] = defaultdict(float)
    for script, run in runs:
        if script == "latin":
            _score_latin(run.strip("'"), scores, vietnamese=vietnamese)
        elif script == "cyrillic":
            scores[cyrillic] += _STRONG
        elif script in {"han", "kana", "hangul"}:  # no spaces: count characters, not words
            scores[han] += _WORD * len(run)
        else:
            scores["other"] += _STRONG
    return scores


def _score_latin(word: str, scores: defaultdict[str, float], *, vietnamese: bool) -> None:
    if word in _PRODUCT or word.removesuffix("'s") in _PRODUCT:
        return
    owners = _OWNERS.get(word, ())
    for owner in owners:
        scores[owner] += _WORD / len(owners)
    chars = set(word)
    if chars & _VI_ONLY:
        scores[VIETNAMESE.code] += _STRONG
    if chars & _PL_ONLY:
        scores[POLISH.code] += _STRONG
    if chars & _PT_ONLY or (chars & _PT_OR_VI and not vietnamese and "vi" not in owners):
        scores[PORTUGUESE.code] += _STRONG
    if chars & _OTHER_LATIN or (chars & _VI_OR_OTHER and not vietnamese):
        scores["other"] += _STRONG
    if chars & _HINTS:
        scores[PORTUGUESE.code] += _WEAK
    if "ó" in chars:
        scores[POLISH.code] += _WEAK


def detect(text: str | None) -> Language | None:
    """The language a message is written in, only when it is clearly one of ours.

    Mentions, markup, URLs, numbers and product words ("ADE", "DEP token") are no evidence of
    any language; a tie, a mixed message or a language we don't ship gives None.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    ranked = sorted(_scores(text[:_MAX_CHARS]).items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < _WORD:
        return None
    (best, score), runner_up = ranked[0], ranked[1][1] if len(ranked) > 1 else 0.0
    if score <= _CLEAR_MARGIN * runner_up:
        return None
    return _BY_CODE.get(best)


def reply_language(
    *,
    chosen: str | None = None,
    text: str | None = None,
    locales: Sequence[str | None] = (),
    default: str | None = None,
) -> Language:
    """The reply language: the admin's explicit choice > the language of their message >
    the first supported locale (activity.locale, then clientInfo's) > `default` > English."""
    if isinstance(locales, str):
        locales = (locales,)
    from_locales = (negotiate(locale) for locale in locales)
    return (
        (by_code(chosen) if chosen else None)
        or detect(text)
        or next((lang for lang in from_locales if lang), None)
        or (by_code(default) if default else None)
        or ENGLISH
    )
