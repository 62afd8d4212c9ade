# ruff: noqa: RUF002
# (Cyrillic and Chinese characters are the point of this file, not look-alikes of ASCII.)
"""Which registry tenant a message is about, and whether it asks for all of them (issue 15).

An MSP's admin types "why is ADE failing at Contoso?", "почему не работает ADE у Contoso?" or
"Contoso的ADE为什么失败": the tenant's name is data (the registry's), so it is passed in, never
a word list of ours. Found names are taken out of the message before `recognize` reads it,
so an unknown customer name does not turn a diagnosis into "I did not understand".

    >>> names = TenantNames(["Contoso", "Fabrikam Schools"])
    >>> found = names.find("why is ADE failing at fabrikam  schools?")
    >>> found.name, found.rest
    ('Fabrikam Schools', 'why is ADE failing at  ?')
    >>> names.find("Contoso的ADE为什么失败").rest
    ' 的ADE为什么失败'
    >>> asks_for_tenants("show all tenants"), asks_for_tenants("покажи клиентов")
    (True, True)
    >>> asks_for_tenants("why is the tenant's token failing?")
    False

Linear: the message (capped like `recognize` caps it) is folded and split once; from each
word, the tree of the registry's names is walked at most one name's length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# A question sits at the start; a pasted log after it is not searched for customer names.
_MAX_CHARS = 2000
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# One Chinese character is one word (Chinese writes no spaces: "Contoso的ADE"); elsewhere a
# word is a run of letters and digits.
_WORDS = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")


def _fold_char(ch: str) -> str:
    """One character as names and messages are compared: case and accents away, so
    "Łódź Sp" and "lodz sp", "Café" and "cafe" are the same tenant."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", ch).casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return {"ł": "l", "ø": "o", "đ": "d"}.get(folded, folded)


def _folded(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index of the character of `text`
    it came from (folding may change lengths: "ß" is "ss")."""
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        piece = _fold_char(ch)
        pieces.append(piece)
        origin.extend([i] * len(piece))
    return "".join(pieces), origin


def _words(folded: str) -> list[re.Match[str]]:
    return list(_WORDS.finditer(folded))


@dataclass(frozen=True, slots=True)
class Mention:
    name: str  # as the registry spells it
    rest: str  # the message without it, for `recognize`


class TenantNames:
    """The registry's names as a tree of their words: from each word of a message, at most
    one name's length of words is walked (a name has at most 64 characters)."""

    def __init__(self, names: Iterable[str]) -> None:
        self._tree: _Node = {}
        for name in names:
            node = self._tree
            for word in (m.group() for m in _words(_folded(name)[0])):
                child = node.setdefault(word, {})
                assert isinstance(child, dict)
                node = child
            if node is not self._tree:
                node.setdefault(_END, name)

    def find(self, text: str) -> Mention | None:
        """The first registry tenant the message names, whole words only, or None; of two
        starting at the same word, the longer ("Contoso Schools" before "Contoso")."""
        text = text[:_MAX_CHARS]
        folded, origin = _folded(text)
        words = _words(folded)
        for i in range(len(words)):
            node, found = self._tree, None
            for j in range(i, len(words)):
                child = node.get(words[j].group())
                if not isinstance(child, dict):
                    break
                node = child
                if _END in node:
                    found = (str(node[_END]), j)
            if found is not None:
                name, last = found
                start = origin[words[i].start()]
                end = origin[words[last].end() - 1] + 1
                return Mention(name, f"{text[:start]} {text[end:]}")
        return None


# A name ends here; no word is empty, so "" is never a word of a name.
_END = ""
_Node = dict[str, "_Node | str"]


def _listed(words: str) -> frozenset[str]:
    return frozenset(words.split())


# "tenants" and its equivalents, as admins type them: each language's Microsoft term (see
# locales/<lang>/glossary.toml) and the words MSPs use for the same thing (customers,
# clients; Russian and Polish admins say "тенанты", "tenanty"). Folded, stems end in "*".
_TENANT_WORDS = _listed(
    "tenant* customer* client* тенант* клиент* заказчик* dzierzaw* klient* locatari* inquilin*"
)
# What may stand beside them in a request for the overview: show, list, all, my, which...
_OVERVIEW_WORDS = _listed(
    """show list all my our the me which overview every each status health of please view see
    get give whats what are how is doing
    покажи показать список все всех всё мои моих наши наших обзор статус какие как дела
    пожалуйста дай
    所 有 全 部 列 出 显 示 查 看 我 的 表 概 览 哪 些 一 请 些
    pokaz lista liste wszystkie wszystkich moje moich nasze naszych przeglad jakie prosze stan
    mostrar mostre mostra lista listar liste todos todas os as meus minhas nossos nossas visao
    geral quais por favor de dos das ver status
    danh sach tat ca cac xem hien thi cua toi chung nhung nao cho minh trang thai"""
)
_TENANT_STEMS = tuple(w[:-1] for w in _TENANT_WORDS if w.endswith("*"))
_TENANT_WHOLE = frozenset(w for w in _TENANT_WORDS if not w.endswith("*"))
# Terms of several words ("đối tượng thuê", "khách hàng"; one Chinese character is a word).
_TENANT_PHRASES = (
    ("doi", "tuong", "thue"),
    ("khach", "hang"),
    ("租", "户"),
    ("租", "戶"),
    ("客", "户"),
)


def asks_for_tenants(text: str) -> bool:
    """True when the message asks for the overview of all tenants and nothing else: "tenants",
    "show all tenants", "список клиентов", "所有租户", "pokaż dzierżawy", "meus locatários",
    "danh sách đối tượng thuê". A tenant word inside a question ("why is the tenant's token
    failing?") is a question, not the overview."""
    said = [m.group() for m in _words(_folded(text[:_MAX_CHARS])[0])]
    tenant_word = False
    i = 0
    while i < len(said):
        phrase = next((p for p in _TENANT_PHRASES if tuple(said[i : i + len(p)]) == p), None)
        if phrase is not None:
            tenant_word, i = True, i + len(phrase)
            continue
        word = said[i]
        if word in _TENANT_WHOLE or word.startswith(_TENANT_STEMS):
            tenant_word = True
        elif word not in _OVERVIEW_WORDS:
            return False
        i += 1
    return tenant_word
