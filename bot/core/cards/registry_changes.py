"""The answers to an operator's change of the tenant registry from chat (issue 15): a short
confirmation, or why nothing changed. The tenant's name and id are data, never translated."""

from __future__ import annotations

from bot.core.cards.elements import CardDict
from bot.core.cards.notices import notice_card
from bot.core.i18n.translator import Translator
from bot.core.tenant.changes import Action, Refusal, RegistryChange


def registry_changed(t: Translator, change: RegistryChange) -> CardDict:
    name = change.name
    if change.action is Action.ADD:
        title = t.gettext("Tenant {name} added").format(name=name)
        line = t.gettext(
            "Its Intune data is read from the next question on (tenant ID {tenant_id}, cloud "
            "{cloud}); the bot's app must be consented in that tenant."
        ).format(tenant_id=change.tenant_id, cloud=change.cloud)
    elif change.action is Action.REMOVE:
        title = t.gettext("Tenant {name} removed").format(name=name)
        line = t.gettext(
            "Its Intune data is no longer read, and a chat that was about it asks again which "
            "tenant it means; the change history keeps who removed it and when."
        )
    else:
        title = t.gettext("Tenant {name} renamed to {new_name}").format(
            name=name, new_name=change.new_name
        )
        # A chat remembers its tenant by name: one that was about the old name asks again.
        line = t.gettext(
            "Questions and cards use the new name from now on; a chat that was about {name} "
            "asks again which tenant it means."
        ).format(name=name)
    return notice_card(t, f"registry-{change.action.value}", title, [line], style="good")


def registry_refused(t: Translator, reason: Refusal, name: str, value: str = "") -> CardDict:
    """`value` is what was typed as the tenant id, for BAD_ID."""
    why = {
        Refusal.BAD_ID: t.gettext(
            "“{value}” is not a tenant ID: use the tenant's GUID or its domain ending in {domain}."
        ),
        Refusal.BAD_NAME: t.gettext(
            "A tenant name has 1 to 64 characters, without / or \\, and the new name follows "
            "the old one."
        ),
        Refusal.DUPLICATE: t.gettext(
            "A tenant with the name {name} or with that tenant ID is already registered."
        ),
        Refusal.UNKNOWN: t.gettext("No tenant named {name} was added in chat."),
        Refusal.IN_FILE: t.gettext(
            "The tenant {name} is defined in the registry file, which stays authoritative for "
            "its tenants: change it there."
        ),
        Refusal.UNAVAILABLE: t.gettext("This bot keeps no list of tenants of its own."),
    }[reason].format(name=name, value=value[:64], domain=".onmicrosoft.com")
    title = t.gettext("The list of tenants was not changed")
    # The overview is how an operator checks what the registry holds before trying again.
    see = t.gettext("Type **tenants** to see the list as it is now.")
    return notice_card(t, f"registry-{reason.value}", title, [why, see], style="warning")
