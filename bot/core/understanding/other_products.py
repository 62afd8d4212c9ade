"""Round 5 (issue 13): whose token, alert or sync a message is about, and the Vietnamese "nào".

An admin's day holds many tokens, alerts, certificates and syncs that are not ADE's: a GitHub
personal access token, a YubiKey, a website's Let's Encrypt certificate, Defender's or Azure
Monitor's alerts, WhatsApp or WeChat not syncing on an iPhone. Named beside such a word, the
product owns it (`vocab_products.PRODUCT`): "my GitHub token expired" asks nothing of the
tenant, "turn off Defender alerts" must not turn ADE Doctor's alerts off. ADE named too
("alert me if the ADE token expires, not Defender") keeps the message ours, except when another
MDM is weighed against Intune ("is Kandji's ADE support better than Intune's?").
"""

from __future__ import annotations

from bot.core.i18n.evidence import message_language
from bot.core.understanding.collisions import Item, vietnamese_nao
from bot.core.understanding.cues import Cue


def about_another_product(cues: frozenset[Cue]) -> bool:
    """The message's token, alert, certificate or sync belongs to another product."""
    if Cue.ADE in cues:
        return Cue.PRODUCT in cues and Cue.COMPARE in cues
    # Another platform's alerts ("turn off the Autopilot alerts") are that platform's too; beside
    # an Apple device ("alert me when iPhones or Androids fail") they could be ours, and a
    # mailbox is where alerts go, not whose they are.
    other_alert = Cue.ALERT in cues and Cue.OTHER in cues and not cues & _OURS_OR_DESTINATION
    return Cue.PRODUCT in cues or other_alert


_OURS_OR_DESTINATION = frozenset({Cue.APPLE, Cue.SERVICE})


def vietnamese_which(items: list[Item], text: str) -> list[Item]:
    """In a message written in Vietnamese without the letters that give it away, "nao" read as
    Portuguese "não" ("co nhung token DEP nao", "cái nào là ASM") is "nào" (which): a question
    about which tokens, no failure. The reply-language detector decides, only when "nao" is
    there, so other messages pay nothing."""
    if not any(it.label == "nao" for it in items) or message_language(text) != "vi":
        return items
    return vietnamese_nao(items)
