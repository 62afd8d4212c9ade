"""What a card posted through Workflows keeps: links yes, buttons that post back to the bot no
(the Flow bot, not ADE Doctor, would receive them)."""

from __future__ import annotations

import json
from typing import Any

from bot.catalogs import translator
from bot.core.alerting.cards import alert_card
from bot.core.alerting.problems import find_problems
from bot.core.diagnosis.diagnose import Thresholds, diagnose
from bot.core.i18n.languages import by_code
from bot.core.tenant.snapshot import PushCertificate, TenantSnapshot
from bot.webhooks.cards import for_webhook
from bot.webhooks.sender import payload
from tests.core.card_checks import validator, walk
from tests.gallery import NOW, token
from tests.webhooks.conftest import DAY

SUBMIT = {"type": "Action.Submit", "title": "Snooze 1 day", "data": {"action": "snooze"}}
EXECUTE = {"type": "Action.Execute", "title": "Check again", "verb": "check"}
LINK = {"type": "Action.OpenUrl", "title": "Intune", "url": "https://intune.microsoft.com"}


def _types(card: dict[str, Any]) -> set[str]:
    return {str(node.get("type")) for node in walk(card)}


def test_submit_and_execute_buttons_go_everywhere_and_links_stay() -> None:
    card = {
        "type": "AdaptiveCard",
        "version": "1.5",
        "refresh": {"action": EXECUTE},
        "body": [
            {"type": "Container", "selectAction": SUBMIT, "items": [{"type": "TextBlock"}]},
            {"type": "ActionSet", "actions": [SUBMIT, EXECUTE]},
            {"type": "ActionSet", "actions": [SUBMIT, LINK]},
        ],
        "actions": [
            SUBMIT,
            {"type": "Action.ShowCard", "title": "More", "card": {"actions": [EXECUTE, LINK]}},
        ],
    }
    original = json.dumps(card)
    stripped = for_webhook(card)
    assert not _types(stripped) & {"Action.Submit", "Action.Execute"}
    assert "refresh" not in stripped
    assert stripped["body"] == [
        {"type": "Container", "items": [{"type": "TextBlock"}]},
        {"type": "ActionSet", "actions": [LINK]},
    ]
    assert stripped["actions"] == [
        {"type": "Action.ShowCard", "title": "More", "card": {"actions": [LINK]}}
    ]
    assert json.dumps(card) == original  # the Teams conversations' card is untouched


def test_the_alert_card_sent_to_a_webhook_has_no_snooze_or_acknowledge_and_stays_valid() -> None:
    expiring = token("7", name="Contoso iPads", expires=NOW + 20 * DAY)
    snapshot = TenantSnapshot((expiring,), PushCertificate(NOW + 300 * DAY, "a@b.c", "x"), True)
    problems = find_problems(snapshot, diagnose(snapshot, NOW, Thresholds()), NOW)
    (problem,) = problems.problems.values()
    language = by_code("pl")
    assert language is not None
    card = alert_card(problem.finding, problem.subject, translator(language), NOW)
    assert "Action.Submit" in _types(card)  # what Teams conversations get
    message = payload([card])
    assert message["type"] == "message"
    (attachment,) = message["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    sent = attachment["content"]
    assert not _types(sent) & {"Action.Submit", "Action.Execute"}
    assert sent["body"] == card["body"]  # the facts and links as Teams conversations see them
    assert list(validator().iter_errors(sent)) == []
