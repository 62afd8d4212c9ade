# ruff: noqa: RUF001
"""How often each Latin-script word is written in each language: the evidence `evidence.py`
weighs. Built once at import from two sources, in memory only (no file is read):

- `word_frequencies.TABLES`: the commonest words of each language, by wordfreq's Zipf value
  (log10 of uses per billion words). They carry everyday language an admin writes around the
  product words: "lista os tokens", "verifica de novo", "jakie mamy tokeny".
- the hand lists below: the words of this bot's own domain and of chat ("vlw", "siema"), which
  general text rarely has, at a fixed frequency.

Admins drop diacritics and tone marks, so each Polish, Portuguese, Vietnamese and English word
is also listed without them, a little less likely. Russian is also typed in Latin letters
("pochemu ne rabotaet"), in several spellings ("shch", "sch", "sh" for щ): Russian words are
kept as a lossy Latin skeleton that every common spelling reaches.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from bot.core.i18n.word_frequencies import TABLES

# Where a language's Zipf values sit in a word's row; ours first, then the decoys.
LANGS: tuple[str, ...] = tuple(TABLES)
OURS = {"en": "en", "pl": "pl", "pt": "pt-BR", "vi": "vi", "ru": "ru"}  # → Language.code
INDEX = {lang: i for i, lang in enumerate(LANGS)}

_FOLDED_COST = 5  # tenths of a Zipf: "nao" is written a little less often than "não"
_LATIN_RUSSIAN_COST = 10  # Russian in Latin letters is rarer than any language in its script
_LISTED = 50  # a hand-listed word: as common as "language" in English

# The bot's domain and chat words, which general text rarely has.
_HAND: dict[str, str] = {
    "en": """why what what's whats how is are isn't isnt was wasn't the not failing failed fails
        fail failure help show status list language english expire expired expires expiring
        expiry broken working work works my doesn't doesnt don't dont can't cant won't does did
        please check recheck again alert alerts notify notifications stop mute unsubscribe now
        when where which it it's its this that with error errors wrong issue problem devices
        device enrolling enrollment enrolment renew renewal hello hi hey thanks thank you me to
        all still anymore pls plz thx u r""",
    "pl": """dlaczego czemu nie działa działają czy jak jaki jaka mój moja moje mi mnie pokaż
        wyświetl stan status lista listę tokenu tokenów tokenem tokenie język języka polski
        polsku po pomoc pomocy pomóż wygasł wygasła wygasa wygaśnie wygasły synchronizacja
        synchronizacji synchronizuj zsynchronizuj teraz sprawdź ponownie powiadom powiadomienia
        powiadomienie alerty alertów zatrzymaj wyłącz włącz błąd błędy błędem urządzenia
        urządzeń się jest są co to na proszę dzięki cześć problem już wciąż gdzie kiedy który
        siema spoko elo nara ogarnij odśwież wycisz wyjaśnij wytłumacz odnów odnowić przedłuż
        wgraj wgrać pobierz plik czemu nie widać pomija
        zdiagnozuj zdiagnozować diagnozuj przeskanuj zweryfikuj sprawdźcie sprawdzisz
        diagnoza diagnozy diagnozę konsola konsoli konsolę""",
    "pt": """por que porque quê não está estão falhando falha falhou falhas erro erros
        sincronização sincronizar sincronizando sincronize como ajuda ajude mostrar mostre
        mostra exibir estado status lista listar idioma língua português expirado expirada
        expirou expira vencido venceu quebrado funcionando funciona funcionar meu minha meus
        minhas dispositivos dispositivo registro alerta alertas avise avisar me parar pare
        desativar agora verificar verifique verificação novamente obrigado obrigada olá você
        qual quando onde isso isto tem é na vlw valeu blz obg tmj pq vc tb tá atualiza
        atualizar atualize atualizei checa checar confere conferir cadê aparece aparecem sumiu
        renovar renovei renova mostra ver subir arquivo kkk kkkk kkkkk rsrs pfv pfvr""",
    "vi": """tại sao lỗi không bị đồng bộ giúp trạng thái hiển thị danh sách ngôn ngữ tiếng việt
        hết hạn hoạt động cảnh báo dừng ngừng kiểm tra lại ngay bây giờ của tôi được đang thiết
        gì làm xin chào cảm với mình nhé bật tắt thông ko k dc đc ntn""",
    # Decoys: common words of languages we don't ship, so their messages don't pass as ours.
    "es": """el los las qué cómo cuándo dónde ayuda ayúdame muestra muéstrame falla fallando
        funciona funcionando error sincronización caducado caducó también idioma porqué puedes""",
    "fr": """pourquoi ne pas le les est jeton jetons fonctionne marche mon mes aide afficher état
        synchronisation expiré langue arrêter vérifier maintenant je une des du c'est""",
    "de": """warum wieso funktioniert nicht ist der die das und mein meine zeige zeig hilfe
        sprache abgelaufen synchronisierung jetzt prüfen geht kein keine ich bitte läuft fehler""",
}
# Round 5 (batch 12): the bot's commands as a Moscow admin types them in Latin letters
# ("vklyuchi alerty", "vykluchi opoveshcheniya"): imperatives and IT slang that general
# text rarely has ("tokeny" is left to the endings: Polish writes it too). Latin skeletons only.
_HAND_LATIN_RUSSIAN = """включи выключи отключи проверь перепроверь покажи обнови алерты алертов
    оповещения оповещений уведомления уведомлений синк синхронизация порядке"""
_FOLDABLE = frozenset({"en", "pl", "pt", "vi"})  # admins type these without diacritics
_FOLD_EXTRA = str.maketrans({"ł": "l", "đ": "d"})  # letters NFD does not decompose

# Vietnamese writes one syllable a word: two that make a word together tell Vietnamese even
# without tone marks ("cam on" is "cảm ơn", thank you), where each alone is also English.
VIETNAMESE_PAIRS = frozenset(
    tuple(pair.split())
    for pair in """cam on|kiem tra|dong bo|het han|tai sao|danh sach|thiet bi|canh bao|trang thai
        |ngon ngu|giup do|xin chao|bay gio|the nao|la gi|gia han|dang ky|hoat dong|khong duoc
        |thong bao|cai dat|xem lai|chua duoc""".replace("\n", "").split("|")
)

_CYRILLIC_SKELETON = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "z",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
        "ч": "c", "ш": "s", "щ": "s", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "a",
    }
)  # fmt: skip
# Each common Latin spelling of a Russian letter, longest first: "shch", "sch", "sh" are щ/ш.
_LATIN_SKELETON = {
    "shch": "s", "sch": "s", "sh": "s", "zh": "z", "kh": "h", "ch": "c", "ts": "c", "tz": "c",
    "yu": "u", "ju": "u", "ya": "a", "ja": "a", "yo": "e", "jo": "e", "y": "i", "j": "i",
    "w": "v", "q": "k", "x": "ks", "'": "",
}  # fmt: skip
_LATIN_SPELLINGS = re.compile("|".join(sorted(_LATIN_SKELETON, key=len, reverse=True)))


def fold(word: str) -> str:
    """The word without diacritics or tone marks: "não" → "nao", "łącz" → "lacz"."""
    return without_marks(unicodedata.normalize("NFD", word.translate(_FOLD_EXTRA)))


# Characters with a combining class (accents, tone marks): those of the Basic Multilingual
# Plane as one character class, which `re` tests with a bitmap; the few beyond it (U+101FD to
# U+1E94A in Unicode 14) and anything past U+20000, which is not scanned, take the
# per-character path. Emoji (U+1F000 and up) are no marks and stay on the fast path.
_SCANNED = 0x20000


@cache
def _marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the BMP's marks, what needs the slow path), built on first use (8 ms): one C-level
    pass takes the marks out of a message, not a Python call per character."""
    marks = [point for point in range(_SCANNED) if unicodedata.combining(chr(point))]
    spans: list[list[int]] = []
    for point in (point for point in marks if point < 0x10000):
        if spans and spans[-1][1] == point - 1:
            spans[-1][1] = point
        else:
            spans.append([point, point])
    bmp = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in spans)
    beyond = [point for point in marks if point >= 0x10000] or [0x10000]
    slow = f"[\\U{min(beyond):08x}-\\U{max(beyond):08x}\\U{_SCANNED:08x}-\\U0010ffff]"
    return re.compile(f"[{bmp}]+"), re.compile(slow)


def without_marks(decomposed: str) -> str:
    """An NFD text without its combining marks (what `unicodedata.combining` says is one)."""
    if decomposed.isascii():
        return decomposed
    marks, slow = _marks()
    if not slow.search(decomposed):
        return marks.sub("", decomposed)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def latin_russian(word: str) -> str:
    """The skeleton a Latin spelling of a Russian word shares with the word itself:
    "pochemu", "potchemu"... and "почему" all give "pocemu"."""
    return _LATIN_SPELLINGS.sub(lambda match: _LATIN_SKELETON[match.group()], word)


def _build() -> dict[str, int]:
    rows: dict[str, int] = {}

    def note(word: str, lang: str, zipf: int) -> None:
        row, shift = rows.get(word, 0), _BITS * INDEX[lang]
        gain = max(zipf, 1) - ((row >> shift) & _MASK)
        if gain > 0:
            rows[word] = row + (gain << shift)

    for lang, table in TABLES.items():
        for line in table.split("\n"):
            if not line:
                continue
            zipf_text, *words = line.split(" ")
            zipf = int(zipf_text)
            for word in words:
                if lang == "ru":
                    skeleton = word.translate(_CYRILLIC_SKELETON)
                    if skeleton.isascii() and not any(ch.isascii() for ch in word):
                        note(skeleton, lang, zipf - _LATIN_RUSSIAN_COST)
                    continue
                note(word, lang, zipf)
                if lang in _FOLDABLE and (folded := fold(word)) != word:
                    note(folded, lang, zipf - _FOLDED_COST)
    for lang, listed in _HAND.items():
        for word in listed.split():
            note(word, lang, _LISTED)
            if lang in _FOLDABLE and len(folded := fold(word)) > 1:
                note(folded, lang, _LISTED - _FOLDED_COST)
    for word in _HAND_LATIN_RUSSIAN.split():
        note(word.translate(_CYRILLIC_SKELETON), "ru", _LISTED - _LATIN_RUSSIAN_COST)
    shared: dict[int, int] = {}  # most rows repeat: keep one copy of each
    return {word: shared.setdefault(row, row) for word, row in rows.items()}


def zipf(row: int, column: int) -> int:
    """A row's Zipf value (times ten) for the language in `column`; 0 when not listed."""
    return (row >> (_BITS * column)) & _MASK


_BITS, _MASK = 7, 0x7F  # a Zipf value times ten is at most 80 ("the" is 77)
_OURS_COLUMNS = tuple(INDEX[lang] for lang in OURS if lang != "ru")


def everyday(word: str) -> int:
    """How common a folded word is in the language its script says (Zipf times ten, the
    highest of ours): "словами" 47, "store" 50, "tokne" 0. Cyrillic is looked up in Russian
    only, Latin in our Latin languages only (a Russian skeleton is no English word)."""
    table = rows()
    if word.isascii():
        row = table.get(word, 0)
        return max(zipf(row, column) for column in _OURS_COLUMNS)
    skeleton = word.translate(_CYRILLIC_SKELETON)
    if not skeleton.isascii():
        return 0
    found = zipf(table.get(skeleton, 0), INDEX["ru"])
    return found + _LATIN_RUSSIAN_COST if found else 0


@cache
def rows() -> dict[str, int]:
    """word → its Zipf values (times ten) in every language, _BITS bits each, in LANGS order.
    Built on first use (0.4 s): `ade-doctor check` never needs it, `serve` builds it before
    it takes its first message (bot.app)."""
    return _build()
