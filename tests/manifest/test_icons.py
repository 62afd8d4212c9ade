"""The app icons Teams asks for: a 192x192 full-colour icon and a 32x32 outline icon that is
white on a transparent background, both drawn by tools/draw_icons.py."""

from __future__ import annotations

from typing import Any

import pytest

from bot.package import MANIFEST_DIR
from tests.manifest.pngs import RGB, RGBA, Png, read_png
from tools import draw_icons


@pytest.fixture(scope="module")
def color() -> Png:
    return read_png((MANIFEST_DIR / "color.png").read_bytes())


@pytest.fixture(scope="module")
def outline() -> Png:
    return read_png((MANIFEST_DIR / "outline.png").read_bytes())


def _hex(pixel: tuple[int, ...]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*pixel[:3])


def test_the_manifest_names_the_two_icons(manifest: dict[str, Any]) -> None:
    assert manifest["icons"] == {"color": "color.png", "outline": "outline.png"}


def test_the_color_icon_is_192_pixels_square_and_opaque(color: Png) -> None:
    assert (color.width, color.height) == (192, 192)
    assert color.color_type in (RGB, RGBA)
    assert {alpha for *_, alpha in color.pixels()} == {255}


def test_the_color_icon_is_full_bleed_in_the_accent_color_with_a_white_mark(
    color: Png, manifest: dict[str, Any]
) -> None:
    corners = {color.pixel(x, y) for x in (0, 191) for y in (0, 191)}
    assert {_hex(pixel) for pixel in corners} == {manifest["accentColor"]}
    white = sum(pixel[:3] == (255, 255, 255) for pixel in color.pixels())
    assert 0.08 < white / (192 * 192) < 0.4  # a mark, neither a speck nor a white square
    # The mark stays inside the middle 120x120, Teams' symbol area of the colour icon.
    background = color.pixel(0, 0)
    marked = [(x, y) for y in range(192) for x in range(192) if color.pixel(x, y) != background]
    assert min(x for x, _ in marked) >= 36
    assert max(x for x, _ in marked) < 156
    assert min(y for _, y in marked) >= 36
    assert max(y for _, y in marked) < 156


def test_the_outline_icon_is_32_pixels_white_on_transparent(outline: Png) -> None:
    assert (outline.width, outline.height) == (32, 32)
    assert outline.color_type == RGBA
    pixels = outline.pixels()
    assert {pixel[:3] for pixel in pixels} == {(255, 255, 255)}  # no colour, not even in edges
    alphas = [alpha for *_, alpha in pixels]
    assert {outline.pixel(x, y)[3] for x in (0, 31) for y in (0, 31)} == {0}
    assert alphas.count(0) / len(alphas) > 0.5  # mostly transparent
    assert alphas.count(255) >= 100  # solid strokes, not a haze


def test_the_committed_icons_are_what_the_generator_draws(color: Png, outline: Png) -> None:
    """Pixels, not bytes: another zlib may compress the same pixels differently."""
    assert read_png(draw_icons.color_icon()) == color
    assert read_png(draw_icons.outline_icon()) == outline


def test_the_generator_and_the_manifest_agree_on_the_accent_color(manifest: dict[str, Any]) -> None:
    assert manifest["accentColor"] == draw_icons.ACCENT
