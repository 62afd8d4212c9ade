"""Cards of a bot that looks after several tenants (issue 15): which tenant an answer is
about, and the picker shown when a question names none.

An MSP engineer asking "why is ADE failing?" in a bot serving 200 customers must not get one
customer's data by guess: the picker offers the worst tenants as buttons, each answering the
same question for that tenant.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.cards.elements import CardDict, adaptive_card, submit, text
from bot.core.cards.notices import notice_card
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb

PICKER_ID = "tenant-picker"
SCOPE_ID = "tenant-scope"
# Teams shows about six buttons in a row before folding them into "…": five tenants and
# "All tenants".
PICKER_BUTTONS = 5


def tenant_picker(
    t: Translator,
    names: Sequence[str],
    total: int,
    verb: Verb = Verb.DIAGNOSE,
    *,
    serial: str | None = None,
) -> CardDict:
    """`names`: the tenants to offer, worst first; each button asks `verb` about one."""
    extra = {"serial": serial} if serial else {}
    buttons = [submit(name, verb, tenant=name, **extra) for name in names[:PICKER_BUTTONS]]
    buttons.append(submit(t.gettext("All tenants"), Verb.TENANTS))
    example = names[0] if names else "Contoso"
    return notice_card(
        t,
        PICKER_ID,
        t.gettext("Which tenant?"),
        [
            t.ngettext(
                "This bot looks after {count} tenant.",
                "This bot looks after {count} tenants.",
                total,
            ).format(count=t.number(total)),
            # Translators: {tenant} is a customer's tenant name from the MSP's registry; the
            # quoted question is one the bot understands, so keep it a natural question.
            t.gettext(
                "Pick one, or name it in your question: “why is ADE failing at {tenant}?”"
            ).format(tenant=example),
        ],
        actions=buttons,
    )


def tenant_scope(t: Translator, name: str) -> CardDict:
    """One line above a tenant's answer: in an MSP's chat every reply must say whose it is."""
    line = t.gettext("About {tenant}.").format(tenant=name)
    hint = t.gettext("Name another tenant to switch, or type “tenants” to see them all.")
    return adaptive_card(
        t,
        SCOPE_ID,
        "default",
        header=[text(line, weight="Bolder")],
        body=[text(hint, isSubtle=True, size="Small")],
        actions=[],
        fallback=f"{line} {hint}",
    )
