"""The short cards outside a diagnosis (button outcomes, refusals, alert subscriptions, the
tokens list): valid Adaptive Cards, and fully translated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.catalogs import translator
from bot.core.alerting import notices as alert_notices
from bot.core.cards import explain, notices
from bot.core.cards.tokens import tokens_card
from bot.core.diagnosis.diagnose import diagnose
from bot.core.i18n.languages import ENGLISH, LANGUAGES, POLISH, Language
from bot.core.i18n.translator import Translator
from bot.core.understanding.verbs import Verb
from tests.core.card_checks import button_rows, texts, validator
from tests.gallery import NOW, troubled_tenant

NAME = "Contoso iPads"
Build = Callable[[Translator], dict[str, Any]]
CARDS: dict[str, Build] = {
    "apology": notices.apology,
    "other-tenant": notices.other_tenant,
    "sync-requested": lambda t: notices.sync_requested(t, NAME),
    "sync-unavailable": notices.sync_unavailable,
    "sync-not-allowed": notices.sync_not_allowed,
    "sync-failed-forbidden": lambda t: notices.sync_failed(t, NAME, "forbidden", "X.ReadWrite"),
    "sync-failed-not-found": lambda t: notices.sync_failed(t, NAME, "not-found", None),
    "sync-failed-throttled": lambda t: notices.sync_failed(t, NAME, "throttled", None),
    "sync-failed-timeout": lambda t: notices.sync_failed(t, NAME, "timeout", None),
    "unknown-token": notices.unknown_token,
    "unknown-action": notices.unknown_action,
    "language-set": lambda t: notices.language_set(t, POLISH),
    "alerts-unavailable": notices.alerts_unavailable,
    "alerts-on-chat": lambda t: alert_notices.alerts_on(t, channel=False),
    "alerts-on-channel": lambda t: alert_notices.alerts_on(t, channel=True),
    "alerts-off": lambda t: alert_notices.alerts_off(t, was_on=True),
    "alerts-off-was-off": lambda t: alert_notices.alerts_off(t, was_on=False),
    "alerts-not-allowed": alert_notices.channel_alerts_not_allowed,
    "snoozed": lambda t: alert_notices.snoozed(t, NAME),
    "acknowledged": lambda t: alert_notices.acknowledged(t, NAME),
    "explain-ade": explain.explain_ade,
    "explain-renew": explain.explain_renew,
    "not-ade": explain.not_ade,
    "clarify": lambda t: explain.clarify(t, (Verb.DIAGNOSE, Verb.HELP)),
    "clarify-renew": lambda t: explain.clarify(t, (Verb.EXPLAIN_RENEW, Verb.TOKENS)),
    "tokens": lambda t: tokens_card(troubled_tenant(), diagnose(troubled_tenant(), NOW), t, NOW),
}


def _words(card: dict[str, Any]) -> set[str]:
    titles = {title for row in button_rows(card) for title in row}
    return set(texts(card)) | titles


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lang: lang.code)
def test_every_notice_is_a_valid_adaptive_card(language: Language) -> None:
    schema = validator()
    for name, build in CARDS.items():
        card = build(translator(language))
        errors = [e.message for e in schema.iter_errors(card)]
        assert errors == [], name
        assert card["body"][0]["type"] == "Container"


@pytest.mark.parametrize("language", LANGUAGES[1:], ids=lambda lang: lang.code)
def test_no_english_leaks_into_a_translated_notice(language: Language) -> None:
    for name, build in CARDS.items():
        english = _words(build(translator(ENGLISH)))
        translated = _words(build(translator(language)))
        # Token names, Apple IDs and language names are the same in every language.
        leaked = {
            s
            for s in english & translated
            if not s.startswith(("Contoso", "Polski")) and "@" not in s
        }
        assert leaked == set(), name
