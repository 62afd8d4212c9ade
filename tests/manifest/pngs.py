"""A PNG reader for the icon tests: chunks and their CRCs, the header, and every pixel as RGBA
(8-bit RGB or RGBA, not interlaced: what Teams icons are). Any of the five row filters."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

SIGNATURE = b"\x89PNG\r\n\x1a\n"
RGB, RGBA = 2, 6

Pixel = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Png:
    width: int
    height: int
    color_type: int
    rows: list[list[Pixel]]

    def pixel(self, x: int, y: int) -> Pixel:
        return self.rows[y][x]

    def pixels(self) -> list[Pixel]:
        return [pixel for row in self.rows for pixel in row]


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    if not data.startswith(SIGNATURE):
        raise ValueError("not a PNG signature")
    chunks, pos = [], len(SIGNATURE)
    while pos < len(data):
        length, tag = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            raise ValueError(f"bad CRC in the {tag.decode('latin-1')} chunk")
        chunks.append((tag, body))
        pos += 12 + length
        if tag == b"IEND":
            break
    if not chunks or chunks[0][0] != b"IHDR" or chunks[-1][0] != b"IEND" or pos != len(data):
        raise ValueError("chunks are not IHDR ... IEND")
    return chunks


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def _unfilter(raw: bytes, height: int, stride: int, bpp: int) -> list[bytes]:
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, up_left = previous[i], previous[i - bpp] if i >= bpp else 0
            predictor = (0, left, up, (left + up) // 2, _paeth(left, up, up_left))[kind]
            line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return rows


def read_png(data: bytes) -> Png:
    chunks = _chunks(data)
    width, height, depth, color_type, compression, filtering, interlace = struct.unpack(
        ">IIBBBBB", chunks[0][1]
    )
    if (
        depth != 8
        or color_type not in (RGB, RGBA)
        or (compression, filtering, interlace) != (0, 0, 0)
    ):
        raise ValueError(
            f"unsupported PNG: depth {depth}, color type {color_type}, interlace {interlace}"
        )
    bpp = 3 if color_type == RGB else 4
    raw = zlib.decompress(b"".join(body for tag, body in chunks if tag == b"IDAT"))
    if len(raw) != height * (width * bpp + 1):
        raise ValueError("pixel data does not match the header's size")
    rows = []
    for line in _unfilter(raw, height, width * bpp, bpp):
        pixels = [tuple(line[x * bpp : (x + 1) * bpp]) for x in range(width)]
        rows.append([(p[0], p[1], p[2], p[3] if bpp == 4 else 255) for p in pixels])
    return Png(width, height, color_type, rows)
