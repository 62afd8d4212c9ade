"""Which tenant "alert me" is about (issue 15): "alert me about Contoso" names a registry
tenant, "alert me about all tenants" all of them, in any of the six languages.

The verb was already recognised (bot.core.understanding: ALERTS_ON); this only reads the
rest of the sentence. A tenant's name wins over "all" ("alerts for Contoso, not all
tenants" is about Contoso), and the longest name wins over a shorter one inside it
("Contoso Retail" over "Contoso").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.alerting.model import ALL_TENANTS

# "all tenants" as an admin types it after "alert me about"/"send alerts for", inflected as
# each language needs; the tenant words are each glossary's (ru «клиент», pl «dzierżawa»,
# pt-BR «locatário», vi «đối tượng thuê», zh-Hans «租户»).
ALL_PHRASES = (
    "all tenants", "all my tenants", "all the tenants", "every tenant", "each tenant",
    "все клиенты", "всех клиентов", "всем клиентам", "всех клиентах", "каждого клиента",
    "wszystkie dzierżawy", "wszystkich dzierżaw", "wszystkich dzierżawach", "każdej dzierżawy",
    "każdej dzierżawie",
    "todos os locatários", "todos os meus locatários", "todos locatários", "cada locatário",
    "tất cả đối tượng thuê", "tất cả các đối tượng thuê", "mọi đối tượng thuê",
    "所有租户", "全部租户", "每个租户",
)  # fmt: skip


_WORD = r"[^\W\u2e80-\u9fff\uf900-\ufaff]"  # a letter or digit, CJK ideographs excepted
# The request sits at the start (like `recognize`, which caps there too): each registry name
# is searched for, so a 256 KB message against hundreds of names cost seconds of the loop.
_MAX_CHARS = 2000
_LETTER = re.compile(_WORD)


def _named(folded: str, name: str) -> bool:
    """`name` in `folded`, not inside a longer word: "Contoso" is not in "Contosoville"; but
    Chinese writes no spaces, so a CJK character next to it ("开启Contoso的提醒") is a
    boundary. A plain search, not a regex per name: a registry of more names than `re`
    caches compiled every one of them again for each message."""
    start = folded.find(name)
    while start >= 0 and name:
        end = start + len(name)
        before, after = folded[start - 1 : start], folded[end : end + 1]
        if not _LETTER.fullmatch(before) and not _LETTER.fullmatch(after):
            return True
        start = folded.find(name, start + 1)
    return False


def alert_scope(text: str, tenants: Iterable[str]) -> str | None:
    """The registry tenant `text` names (as the registry spells it), ALL_TENANTS, or None
    when it names neither."""
    folded = text[:_MAX_CHARS].casefold()
    for name in sorted(tenants, key=len, reverse=True):
        if _named(folded, name.casefold()):
            return name
    if any(phrase in folded for phrase in ALL_PHRASES):
        return ALL_TENANTS
    return None
