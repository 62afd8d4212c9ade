"""ADE_ALERT_WEBHOOKS: what it accepts, and that a refusal names the entry, never the URL."""

from __future__ import annotations

import pytest

from bot.settings import Settings
from bot.webhooks.destinations import WebhookConfigError, parse_webhooks

SIG = "s3cr3t-signature-value"
URL = (
    "https://default0123.ab.environment.api.powerplatform.com:443/powerautomate/automations/"
    f"direct/workflows/9f/triggers/manual/paths/invoke?api-version=1&sv=1.0&sig={SIG}"
)


def test_names_urls_languages_and_zones_are_read_from_comma_separated_entries() -> None:
    found = parse_webhooks(f"ops={URL};lang=pl , helpdesk={URL}2;tz=Europe/Warsaw", "de")
    assert [(d.name, d.url, d.language, d.time_zone) for d in found] == [
        ("ops", URL, "pl", "UTC"),
        ("helpdesk", URL + "2", "de", "Europe/Warsaw"),
    ]
    assert found[0].fingerprint != found[1].fingerprint
    assert SIG not in repr(found)
    assert SIG not in found[0].label


def test_an_empty_setting_means_no_webhooks() -> None:
    assert parse_webhooks(None) == ()
    assert parse_webhooks(" , ") == ()


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (URL, "expected name=https://"),
        (f"ops={URL.replace('https', 'http')}", "must start with https://"),
        (f"ops={URL},OPS={URL}", "used twice"),
        (f"ops={URL};lang=tlh", "unknown language"),
        (f"ops={URL};tz=Mars/Olympus", "unknown time zone"),
        (f"ops={URL};color=red", "unknown option"),
        ("ops=not a url", "cannot be read"),
    ],
)
def test_a_bad_entry_is_refused_with_a_reason_and_without_its_signature(
    raw: str, says: str
) -> None:
    with pytest.raises(WebhookConfigError) as refused:
        parse_webhooks(raw)
    assert says in str(refused.value)
    assert "ADE_ALERT_WEBHOOKS entry" in str(refused.value)
    assert SIG not in str(refused.value)


def test_plain_http_is_allowed_only_to_this_machine() -> None:
    (local,) = parse_webhooks("relay=http://127.0.0.1:8080/invoke?sig=x")
    assert local.name == "relay"
    with pytest.raises(WebhookConfigError):
        parse_webhooks("relay=http://10.0.0.5:8080/invoke?sig=x")


def test_the_settings_read_the_variable_and_never_show_it_in_their_repr() -> None:
    settings = Settings.from_env({"ADE_ALERT_WEBHOOKS": f"ops={URL}"})
    assert settings.alert_webhooks == f"ops={URL}"
    assert SIG not in repr(settings)
