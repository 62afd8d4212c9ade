"""The word and letter tables the language detector (`evidence.py`) weighs a message with.

Product words every Intune admin types whatever their language, endings that tell one of our
Latin-script languages, and letters that only one language has. Kept apart from the weighing
so the lists can grow round by round without the algorithm moving.
"""

from __future__ import annotations

import re

# Words every admin types whatever their language: no evidence of any.
PRODUCT_WORDS = """ade dep abm asm intune apple mdm apns vpp token tokens iphone iphones ipad
    ipads mac macs macos ios ipados teams microsoft graph sync ok android enterprise windows
    autopilot google chromebook entra azure jamf knox samsung outlook push cert certs"""
# Round 7 (batch 15): Intune's own English terms, typed in English inside any language ("Quais
# enrollment program tokens existem no tenant?"), tell no more than "token" does.
INTUNE_TERMS = "enrollment enrollments enrolment tenant tenants profile profiles program"
# Round 8 (batch 16): alerting and console jargon that Polish and Brazilian admins borrow in
# English inside their own grammar ("subscribe mnie do token expiry alerts", "ma status error
# w konsoli"): the grammar words around them tell the language, these tell none.
BORROWED_WORDS = "subscribe unsubscribe expiry alerts error errors status check pls plz"
BORROWED = frozenset(BORROWED_WORDS.split())
PRODUCT = frozenset(PRODUCT_WORDS.split()) | frozenset(INTUNE_TERMS.split()) | BORROWED
# A product word with a Polish or Russian ending: "tokeny", "tokenów", "ipady", "tokenom".
STEMS = ("token", "ipad", "iphone", "alert", "sync")
ENDINGS = {
    "pl": frozenset({"y", "u", "ów", "ow", "em", "ie", "ach", "ami", "a", "om"}),
    "ru": frozenset({"y", "a", "u", "om", "ov", "ami", "ah", "e", "i"}),
}
ENDING_WEIGHT = {"pl": 30, "ru": 20}  # Polish admins outnumber Russians writing in Latin
# A word no table knows ("expirados", "zsynchronizowane", "reenrolling") still shows its
# language by an ending that, of our Latin-script languages, only one has. Spanish shares
# "-ados", but no Spanish word that rare was the reason to answer in English.
UNKNOWN_ENDINGS = {
    "pt": ("ados", "adas", "idos", "idas", "ção", "ções", "cao", "coes", "ando", "endo", "ndo"),
    "pl": ("owane", "owany", "owana", "owanie", "ować", "ował", "ych", "ami", "ów", "ość"),
    "en": ("ing", "tion", "ness", "ed"),
}
UNKNOWN_ENDING = 30
# Round 5 (batch 12): Latin spellings of Russian letters that Polish, Portuguese and English
# words do not hold ("vklyuchi", "opoveshcheniya", "zhivoy"): in a word that is a Russian
# word's skeleton they tell Russian as a letter of its own would. "kh" is Vietnamese too.
RU_LATIN = re.compile("yu|ya|yo|zh|shch")

VI_ONLY = frozenset("ơưăđĩũ" + "".join(chr(c) for c in range(0x1EA1, 0x1EFA, 2)))
PL_ONLY = frozenset("ąćęłńśźż")
PT_ONLY = frozenset("çãõ")
RU_ONLY = frozenset("ыэъё")
OTHER_CYRILLIC = frozenset("іїєґўђћџљњјѓќѕ")  # Ukrainian, Belarusian, Serbian, Macedonian
