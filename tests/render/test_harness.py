"""The picture-test harness is real: Chromium renders cards to PNGs and reports bad cards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.render.harness import RenderToolchainError, png_size, render_cards

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "render"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def card(*body: dict[str, Any], actions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.5",
        "msteams": {"width": "Full"},
        "body": list(body),
        "actions": actions or [],
    }


def text(value: str, **extra: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": value, "wrap": True, **extra}


VALID = card(
    {
        "type": "Container",
        "style": "attention",
        "bleed": True,
        "items": [text("Enrollment program token expired", size="Medium", weight="Bolder")],
    },
    text(
        "New iPhones, iPads and Macs **cannot enroll** until you renew the token:\r1. Open Intune"
    ),
    *(
        {"type": "Container", "style": style, "items": [text(f"Container style {style}")]}
        for style in ("default", "emphasis", "good", "warning", "accent")
    ),
    {
        "type": "FactSet",
        "facts": [
            {"title": "Token", "value": "Contoso ADE"},
            {"title": "Expired", "value": "3 days ago"},
        ],
    },
    {
        "type": "Table",
        "columns": [{"width": 1}, {"width": 2}],
        "rows": [
            {
                "type": "TableRow",
                "cells": [
                    {"type": "TableCell", "items": [text("Token")]},
                    {"type": "TableCell", "items": [text("State", color="Attention")]},
                ],
            }
        ],
    },
    {"type": "Input.Text", "id": "note", "label": "Note", "placeholder": "Optional"},
    actions=[
        {"type": "Action.OpenUrl", "title": "Open Intune", "url": "https://intune.microsoft.com"},
        {"type": "Action.Submit", "title": "Check again", "data": {"action": "recheck"}},
        {"type": "Action.Execute", "title": "Alert me", "verb": "alerts-on"},
    ],
)

SHORT = card(text("One line."))

UNKNOWN_ELEMENT = card(text("Before"), {"type": "Carousel2000", "items": []}, text("After"))

INVALID_PROPERTY = card(text("Too big", size="Gigantic"), {"type": "Container", "style": "purple"})

NEWER_THAN_TEAMS = {**card(text("Needs 1.6")), "version": "1.6"}

CHINESE = card(
    {
        "type": "Container",
        "style": "warning",
        "bleed": True,
        "items": [text("注册计划令牌将在 5 天后过期", size="Medium", weight="Bolder")],
    },
    text("新的 iPhone、iPad 和 Mac 将**无法注册**。请在 Apple Business Manager 中下载新令牌。"),
    {"type": "FactSet", "facts": [{"title": "令牌", "value": "Contoso 设备注册"}]},
    actions=[{"type": "Action.Submit", "title": "再次检查", "data": {"action": "recheck"}}],
)

# Five buttons side by side do not fit 480 px: the renderer cuts their titles short.
CROWDED = card(
    text("Too many buttons"),
    actions=[
        {"type": "Action.OpenUrl", "title": title, "url": "https://intune.microsoft.com"}
        for title in (
            "Otwórz Intune",
            "Otwórz Apple Business",
            "Otwórz Apple School Manager",
            "Przewodnik w Microsoft Learn",
            "Sprawdź ponownie",
        )
    ],
)

CARDS: dict[str, dict[str, Any]] = {
    "valid": VALID,
    "short": SHORT,
    "unknown-element": UNKNOWN_ELEMENT,
    "invalid-property": INVALID_PROPERTY,
    "newer-than-teams": NEWER_THAN_TEAMS,
    "chinese": CHINESE,
    "crowded": CROWDED,
}


@pytest.fixture(scope="module")
def errors() -> dict[str, list[str]]:
    """All the cards, rendered in one run of Chromium."""
    return render_cards(CARDS, ARTIFACTS)


def test_every_card_gets_a_result(errors: dict[str, list[str]]) -> None:
    assert set(errors) == set(CARDS)


def test_a_valid_1_5_card_renders_without_errors_to_a_480_px_wide_png(
    errors: dict[str, list[str]],
) -> None:
    assert errors["valid"] == []
    png = ARTIFACTS / "valid.png"
    assert png.read_bytes()[:8] == PNG_SIGNATURE
    width, height = png_size(png)
    assert 470 <= width <= 490
    assert 300 <= height <= 3000
    assert png.stat().st_size > 5_000


def test_a_longer_card_makes_a_taller_picture(errors: dict[str, list[str]]) -> None:
    assert errors["short"] == []
    short_width, short_height = png_size(ARTIFACTS / "short.png")
    _, valid_height = png_size(ARTIFACTS / "valid.png")
    assert 470 <= short_width <= 490
    assert short_height < 100 < valid_height


def test_an_unknown_element_type_is_reported(errors: dict[str, list[str]]) -> None:
    assert any("UnknownElementType" in e and "Carousel2000" in e for e in errors["unknown-element"])


def test_invalid_property_values_are_reported(errors: dict[str, list[str]]) -> None:
    reported = errors["invalid-property"]
    assert any("InvalidPropertyValue" in e and "Gigantic" in e for e in reported)
    assert any("InvalidPropertyValue" in e and "purple" in e for e in reported)


def test_a_card_newer_than_teams_schema_1_5_is_reported(errors: dict[str, list[str]]) -> None:
    assert any("UnsupportedCardVersion" in e for e in errors["newer-than-teams"])


def test_a_card_with_chinese_text_renders_to_a_png(errors: dict[str, list[str]]) -> None:
    assert errors["chinese"] == []
    png = ARTIFACTS / "chinese.png"
    assert png.read_bytes()[:8] == PNG_SIGNATURE
    width, height = png_size(png)
    assert 470 <= width <= 490
    assert height > 80


def test_a_button_title_cut_short_is_reported_with_its_widths(
    errors: dict[str, list[str]],
) -> None:
    cut = [e for e in errors["crowded"] if e.startswith("truncated button title: ")]
    assert any('"Otwórz Apple School Manager" (' in e and " px)" in e for e in cut)
    assert len(cut) == 5
    # The valid card's three short buttons fit.
    assert not [e for e in errors["valid"] if "truncated" in e]


def test_a_missing_chromium_raises_instead_of_skipping(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CHROMIUM_PATH", str(tmp_path / "no-chromium"))
    with pytest.raises(RenderToolchainError, match="apt-get install -y chromium"):
        render_cards({"short": SHORT}, tmp_path)


def test_a_card_name_that_is_not_a_file_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="plain file name"):
        render_cards({"../escape": SHORT}, tmp_path)
