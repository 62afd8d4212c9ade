"""Cards of a bot that looks after several tenants (issue 15): which tenant an answer is
about, and the picker shown when a question names none.

An MSP engineer asking "why is ADE failing?" in a bot serving 200 customers must not get one
customer's data by guess: the picker offers the worst tenants as buttons, each answering the
same question for that tenant.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.cards.elements import CardDict, adaptive_card, submit, text
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb

PICKER_ID = "tenant-picker"
SCOPE_ID = "tenant-scope"
# The worst five: an MSP's engineer picks among the tenants that need a look, and types the
# name of any other.
PICKER_BUTTONS = 5


def tenant_picker(
    t: Translator,
    names: Sequence[str],
    total: int,
    verb: Verb = Verb.DIAGNOSE,
    *,
    serial: str | None = None,
) -> CardDict:
    """`names`: the tenants to offer, worst first; each button asks `verb` about one. One
    tenant per row: customer names are long ("Fabrikam Schools District 12") and Teams cuts
    a row of several at 480 px."""
    extra = {"serial": serial} if serial else {}
    rows = [
        {"type": "ActionSet", "actions": [submit(name, verb, tenant=name, **extra)]}
        for name in names[:PICKER_BUTTONS]
    ]
    title = t.gettext("Which tenant?")
    lines = [
        t.ngettext(
            "This bot looks after {count} tenant.", "This bot looks after {count} tenants.", total
        ).format(count=t.number(total)),
        # Translators: {tenant} is a customer's tenant name from the MSP's registry; the
        # quoted question is one the bot understands, so keep it a natural question.
        t.gettext(
            "Pick one, or name it in your question: “why is ADE failing at {tenant}?”"
        ).format(tenant=names[0] if names else "Contoso"),
    ]
    return adaptive_card(
        t,
        PICKER_ID,
        "emphasis",
        header=[text(title, size="Medium", weight="Bolder")],
        body=[*(text(line) for line in lines), *rows],
        actions=[submit(t.gettext("All tenants"), Verb.TENANTS)],
        fallback=" ".join([title, t.sentences(*lines)]),
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
