"""The picture test: every card in every language, rendered by Microsoft's adaptivecards
renderer in headless Chromium. PNGs land in test-artifacts/render/cards for a human to look at.
A button title cut short at 480 px ("Otwó…") is a renderer error like any other."""

from pathlib import Path

from bot.core.i18n.languages import LANGUAGES
from tests.gallery import ALERT_IDS, CARD_IDS, every_alert, every_card
from tests.render.harness import png_size, render_cards

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "render" / "cards"


def test_every_card_in_every_language_renders_without_a_renderer_error() -> None:
    cards = {
        f"{language.code}-{card_id}": card
        for language in LANGUAGES
        for card_id, card in (every_card(language) | every_alert(language)).items()
    }
    assert len(cards) == len(LANGUAGES) * (len(CARD_IDS) + len(ALERT_IDS))
    errors = render_cards(cards, ARTIFACTS)
    assert {name: problems for name, problems in errors.items() if problems} == {}
    for name in cards:
        width, height = png_size(ARTIFACTS / f"{name}.png")
        assert width >= 400
        # The scope line an operator's answer starts with is one line; the rest have more.
        assert height > (50 if name.endswith("tenant-scope") else 100)
