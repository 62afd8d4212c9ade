"""Draw the Teams app icons into manifest/: `color.png` (192x192) and `outline.png` (32x32).

    .venv/bin/python tools/draw_icons.py

The mark is a phone with a medical cross on its screen: a device, and a doctor for it. Pure
Python (zlib and struct write the PNGs), so drawing needs no image library. Shapes are signed
distance functions sampled once per pixel centre; `0.5 - distance` is the pixel's coverage, which
anti-aliases every edge.

Teams wants the colour icon full-bleed (it rounds the corners itself) with the symbol inside the
middle 120x120, and the outline icon white on a transparent background, no other colour. The
cross is white on teal, never red on white: that emblem is protected by the Geneva Conventions.
"""

from __future__ import annotations

import math
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

ACCENT = "#0E7C86"  # the manifest's accentColor: Teams shows the outline icon on it
MANIFEST = Path(__file__).resolve().parent.parent / "manifest"

Shape = Callable[[float, float], float]  # signed distance in pixels, negative inside


def rounded_box(cx: float, cy: float, half_w: float, half_h: float, radius: float) -> Shape:
    def distance(x: float, y: float) -> float:
        qx = abs(x - cx) - half_w + radius
        qy = abs(y - cy) - half_h + radius
        outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
        return outside + min(max(qx, qy), 0.0) - radius

    return distance


def ring(shape: Shape, width: float) -> Shape:
    """The outline of `shape`, `width` pixels wide, centred on its edge."""
    return lambda x, y: abs(shape(x, y)) - width / 2


def union(*shapes: Shape) -> Shape:
    return lambda x, y: min(shape(x, y) for shape in shapes)


def cross(cx: float, cy: float, arm: float, thickness: float, radius: float) -> Shape:
    half = thickness / 2
    return union(
        rounded_box(cx, cy, arm, half, radius),
        rounded_box(cx, cy, half, arm, radius),
    )


def coverage(shape: Shape, x: int, y: int) -> float:
    return min(max(0.5 - shape(x + 0.5, y + 0.5), 0.0), 1.0)


def _rgb(hex_color: str) -> tuple[int, int, int]:
    value = int(hex_color.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def _png(width: int, height: int, color_type: int, rows: list[bytes]) -> bytes:
    """An 8-bit, non-interlaced PNG; color_type 2 is RGB, 6 is RGBA. Filter 0 on every row."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + row for row in rows), 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def color_icon() -> bytes:
    """192x192, opaque: a white phone outline with a white cross on a teal field. The phone is
    76x116 with its outline and the cross 48 wide, inside Teams' 120x120 symbol area."""
    size = 192
    body = rounded_box(96, 96, 34, 54, 14)
    outline = ring(body, 8)
    screen = rounded_box(96, 96, 30, 50, 10)
    speaker = rounded_box(96, 55, 9, 3, 3)
    mark = union(outline, speaker, cross(96, 101, 24, 16, 3))
    background = _rgb(ACCENT)
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            # The screen is a lighter teal: white at 14 % over the field.
            glass = 0.14 * coverage(screen, x, y)
            white = max(coverage(mark, x, y), glass)
            row += bytes(round(c + (255 - c) * white) for c in background)
        rows.append(bytes(row))
    return _png(size, size, 2, rows)


def outline_icon() -> bytes:
    """32x32, white on transparent: the same phone and cross, edges on whole pixels so they stay
    sharp (a 2 px outline, a 4 px cross); alpha anti-aliases the rounded corners."""
    size = 32
    body = rounded_box(16, 16, 8, 13, 3.5)
    mark = union(ring(body, 2), rounded_box(16, 6.5, 2, 0.5, 0.5), cross(16, 17, 5, 4, 0.5))
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            row += bytes((255, 255, 255, round(255 * coverage(mark, x, y))))
        rows.append(bytes(row))
    return _png(size, size, 6, rows)


def main() -> int:
    for name, data in (("color.png", color_icon()), ("outline.png", outline_icon())):
        path = MANIFEST / name
        path.write_bytes(data)
        print(f"{path} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
