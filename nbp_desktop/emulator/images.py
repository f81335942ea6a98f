"""Pictures the emulator returns: real PNG/JPEG files at Google's output dimensions.

Rendering a 4K image takes a few hundred ms, so renders are cached per (size, colour,
format, payload); each answer then gets a unique comment chunk, so every response has its
own bytes and sha256 while costing only a copy. "Realistic" payloads add film grain so a 4K
PNG weighs about what Google sends (tens of MB) instead of a few hundred kB.
"""

from __future__ import annotations

import base64
import hashlib
import io
import struct
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw

_lock = threading.Lock()


PALETTES = 12  # prompts map onto a few palettes, so renders are cached across prompts


def _colour(palette: int) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    digest = hashlib.sha256(f"palette-{palette}".encode()).digest()
    return (digest[0], digest[1], digest[2]), (digest[3], digest[4], digest[5])


@lru_cache(maxsize=32)
def _render(width: int, height: int, palette: int, fmt: str, realistic: bool) -> bytes:
    top, bottom = _colour(palette)
    small = Image.new("RGB", (16, 9))
    for y in range(9):
        for x in range(16):
            t = (x / 15 + y / 8) / 2
            small.putpixel((x, y), tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    img = small.resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(img)
    r = min(width, height) // 5
    cx, cy = width // 2, height // 2
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(255, 255, 255), width=max(2, r // 20))
    draw.rectangle((width // 12, height // 12, width // 12 + r, height // 12 + r // 2),
                   fill=bottom[::-1])
    if realistic:
        grain = Image.effect_noise((width, height), 48).convert("RGB")
        img = Image.blend(img, grain, 0.35)
    out = io.BytesIO()
    if fmt == "JPEG":
        img.save(out, "JPEG", quality=92 if realistic else 85)
    else:
        img.save(out, "PNG", compress_level=1)
    return out.getvalue()


def render(width: int, height: int, seed_text: str, fmt: str = "PNG",
           realistic: bool = False, unique: str = "") -> bytes:
    """Image bytes of ``fmt`` ("PNG" or "JPEG"); ``unique`` is embedded to vary the bytes."""
    palette = hashlib.sha256(seed_text.encode()).digest()[0] % PALETTES
    with _lock:
        base = _render(width, height, palette, fmt, realistic)
    return _with_comment(base, fmt, unique) if unique else base


@dataclass(frozen=True)
class EncodedImage:
    base64: bytes  # the image as base64, ready to splice into a JSON answer
    sha256: str
    size: int


@lru_cache(maxsize=32)
def _tail_base64(width: int, height: int, palette: int, fmt: str, realistic: bool) -> bytes:
    data = _render(width, height, palette, fmt, realistic)
    return base64.b64encode(data[_insert_at(fmt):])


def _insert_at(fmt: str) -> int:
    return 2 if fmt == "JPEG" else 33  # after SOI; after the PNG signature and IHDR


def encoded(width: int, height: int, seed_text: str, fmt: str = "PNG", realistic: bool = False,
            unique: str = "") -> EncodedImage:
    """``render`` as base64 without encoding tens of MB per answer: the unique comment is
    padded so that head + comment is a whole number of 3-byte groups, which lets the cached
    base64 of the untouched tail follow it unchanged."""
    palette = hashlib.sha256(seed_text.encode()).digest()[0] % PALETTES
    with _lock:
        base = _render(width, height, palette, fmt, realistic)
        tail = _tail_base64(width, height, palette, fmt, realistic)
    at = _insert_at(fmt)
    comment = unique
    while (at + len(_segment(fmt, comment))) % 3:
        comment += " "
    head = base[:at] + _segment(fmt, comment)
    digest = hashlib.sha256(head)
    digest.update(base[at:])
    return EncodedImage(base64.b64encode(head) + tail, digest.hexdigest(), len(head) + len(base) - at)


def _segment(fmt: str, text: str) -> bytes:
    payload = text.encode("latin-1", "replace")
    if fmt == "JPEG":
        return b"\xff\xfe" + struct.pack(">H", len(payload) + 2) + payload
    body = b"Comment\x00" + payload
    return struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))


def _with_comment(data: bytes, fmt: str, text: str) -> bytes:
    # JPEG: a COM segment right after SOI; PNG: a tEXt chunk right after IHDR.
    at = _insert_at(fmt)
    return data[:at] + _segment(fmt, text) + data[at:]


def thought_image(seed_text: str) -> bytes:
    """A small interim "thought" image, as Gemini 3 Pro Image sends while it works."""
    return render(256, 256, "thought:" + seed_text, "PNG")
