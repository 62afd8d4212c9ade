"""Apple serial numbers in what an admin types: "why won't C02XK1ZZJG5H enroll?", "序列号
F9FXYZ12AB 的状态", or a serial pasted alone.

Apple's serials are 12 characters (Macs and iPhones before 2021: C02XK1ZZJG5H) or 10 (random
since 2021: F9FXYZ12AB), upper-case letters and digits mixed. Words that look like that but are
not serials (Windows HRESULTs 0x80180014, GUIDs of tokens, product names like Microsoft365) are
left out. With a word for "serial" in the message, 8 to 14 characters are accepted: an admin
who says "serial" means it, and older or other vendors' serials vary in length.

    >>> serials("why won't C02XK1ZZJG5H enroll?")
    ('C02XK1ZZJG5H',)
    >>> serials("numer seryjny dmpxk2ab, nie działa")
    ('DMPXK2AB',)
    >>> serials("error 0x80180014 on Windows11 with Microsoft365")
    ()
"""

from __future__ import annotations

import re

# Answered per message: more serials than this are a pasted list, not a question.
MAX_SERIALS = 3
# Only the start of a message is searched (like the recogniser): linear and length-capped.
_MAX_CHARS = 2000
# ASCII letters and digits only: a serial inside Chinese or Vietnamese text has no spaces
# around it ("序列号C02XK1ZZJG5H的"), so word boundaries (\b) would miss it.
_CANDIDATE = re.compile(r"(?<![0-9A-Za-z_\-./\\])[0-9A-Za-z]{8,14}(?![0-9A-Za-z_\-/\\]|\.\w)")
# What looks like a serial but is an id: GUIDs (tokens, profiles), URLs, e-mail addresses.
# The scheme and the address's local part are bounded (RFC 5321 allows 64 characters): an
# unbounded run tried from every start made 2000 letters without "@" quadratic (40 ms).
_GUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_URL = r"(?:[a-z][a-z0-9+.-]{0,31}://|www\.)\S+"
_ADDRESS = r"[^\s@]{1,64}@\S+"
# The three as one pattern, without the alternatives a message cannot match (no "-": no GUID;
# no "://" nor "www.": no URL; no "@": no address): each alternative tried at every character
# made a pasted log cost 0.1 ms here; one that cannot match anywhere changes nothing.
_ID_PARTS = {
    (guid, url, address): re.compile(
        "|".join(part for part, kept in ((_GUID, guid), (_URL, url), (_ADDRESS, address)) if kept),
        re.IGNORECASE,
    )
    for guid in (False, True)
    for url in (False, True)
    for address in (False, True)
    if guid or url or address
}
_WWW = re.compile(r"www\.", re.IGNORECASE)
# "serial" in the six languages, with and without diacritics, and the usual abbreviations.
_SERIAL_WORD = re.compile(
    r"serial|s/n|\bsn\b|серийн|серийник|серия|序列号|序號|seryjn|numer ser|número de s[ée]rie"
    r"|n[ºo°]\s*de\s*s[ée]rie|\bs[ée]rie\b|s[ốo]\s*s[êe]-?ri|s[êe]-?ri\b",
    re.IGNORECASE,
)
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"[0-9]")


def _plausible(word: str, *, said_serial: bool) -> bool:
    if not _DIGIT.search(word) or word.isdigit():
        return False
    if word[:2].lower() == "0x":
        return False  # a Windows HRESULT or a hex value
    longest = max((len(run) for run in _LETTER_RUN.findall(word)), default=0)
    if said_serial:
        return 8 <= len(word) <= 14 and longest <= 6
    if not 10 <= len(word) <= 12:
        return False
    # Typed in lower case, a serial still mixes letters and digits in short runs; a word
    # with a long run of letters is a name ("windows10pro", "Microsoft365").
    if word.isupper() or word.isdigit():
        return longest <= 6
    # An iPad's "dmpxk2ab1234": five letters in a run, but most of the rest digits.
    digits = len(_DIGIT.findall(word))
    return (longest <= 4 and digits >= 2) or (longest == 5 and digits >= 4)


def serials(text: str) -> tuple[str, ...]:
    """The serial numbers in a message, upper-cased, first seen first, at most MAX_SERIALS."""
    text = text[:_MAX_CHARS]
    # A serial holds a digit, and taking ids out adds none: most messages have no digit and
    # skip the three passes below (a fifth of recognition).
    if not _DIGIT.search(text):
        return ()
    parts = ("-" in text, "://" in text or _WWW.search(text) is not None, "@" in text)
    if any(parts):
        text = _ID_PARTS[parts].sub(" ", text)
    said_serial: bool | None = None  # looked up once a word needs it: most messages have none
    found: list[str] = []
    for match in _CANDIDATE.finditer(text):
        word = match.group()
        if not _DIGIT.search(word) or word.isdigit() or word[:2].lower() == "0x":
            continue  # no serial, whatever the message says (_plausible)
        if said_serial is None:
            said_serial = _SERIAL_WORD.search(text) is not None
        if _plausible(word, said_serial=said_serial):
            serial = word.upper()
            if serial not in found:
                found.append(serial)
                if len(found) == MAX_SERIALS:
                    break
    return tuple(found)


def without_serials(text: str, found: tuple[str, ...]) -> str:
    """The message with its serials blanked, so the recogniser reads the words around them
    ("why won't … enroll?") and not the serial's letter runs as unknown words."""
    if not found:
        return text
    pattern = re.compile("|".join(re.escape(s) for s in found), re.IGNORECASE)
    return pattern.sub(" ", text)
