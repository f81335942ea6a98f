"""Builds a library of small real images quickly, as the app would have saved them (dated
folders, JSON sidecars, index rows, optionally thumbnails): for gallery tests, the gallery
benchmark and screenshots. No fsync per file: these libraries are scratch data."""

from __future__ import annotations

import hashlib
import io
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

from nbp_desktop.core.library.database import LibraryDatabase
from nbp_desktop.core.library.library_index import ImageRecord, LibraryIndex
from nbp_desktop.core.library.sidecar import Sidecar, write_sidecar
from nbp_desktop.core.library.image_store import LIBRARY_FOLDER
from nbp_desktop.core.library.thumbnails import make_thumbnail, thumbnail_path

SUBJECTS = ["red bicycle", "teal teapot", "paper crane", "lighthouse", "fox in snow", "city at dusk",
            "bowl of lemons", "vintage camera", "mountain lake", "neon sign", "sailing boat",
            "desert cactus", "glass marble", "autumn forest", "robot barista", "koi pond"]
STYLES = ["watercolour", "studio photo", "isometric render", "linocut print", "film still",
          "flat vector", "oil painting", "macro shot"]
SHAPES = {"1:1": (96, 96), "3:2": (120, 80), "2:3": (80, 120), "16:9": (128, 72), "4:5": (88, 110)}
SIZES = ["1K", "2K", "4K"]


def _picture(rng: random.Random, shape: tuple[int, int], scale: int = 1) -> bytes:
    width, height = shape[0] * scale, shape[1] * scale
    shape = (width, height)
    top = tuple(rng.randrange(40, 230) for _ in range(3))
    bottom = tuple(rng.randrange(20, 200) for _ in range(3))
    image = Image.new("RGB", shape, top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(1, height - 1)
        draw.line([(0, y), (width, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    x, y = rng.randrange(width // 2), rng.randrange(height // 2)
    draw.ellipse([x, y, x + width // 3, y + height // 3], fill=tuple(rng.randrange(256) for _ in range(3)))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def build_library(data_dir: Path, count: int, seed: int = 1, thumbnails: bool = True,
                  connections: tuple[str, ...] = ("studio", "vertex-eu"),
                  start: datetime | None = None, scale: int = 1) -> list[ImageRecord]:
    """``count`` images (``scale`` times the small default size), oldest first."""
    data_dir = Path(data_dir)
    rng = random.Random(seed)
    start = start or datetime(2026, 1, 1, tzinfo=UTC)
    data_dir.mkdir(parents=True, exist_ok=True)
    database = LibraryDatabase(data_dir)
    index = LibraryIndex(database)
    records = []
    try:
        for number in range(count):
            created = start + timedelta(minutes=7 * number)
            image_id = f"{created:%Y%m%d-%H%M%S}-{number:08x}"
            ratio = rng.choice(list(SHAPES))
            size = rng.choice(SIZES)
            subject, style = rng.choice(SUBJECTS), rng.choice(STYLES)
            prompt = f"A {subject}, {style}"
            data = _picture(rng, SHAPES[ratio], scale)
            width, height = SHAPES[ratio][0] * scale, SHAPES[ratio][1] * scale
            folder = data_dir / LIBRARY_FOLDER / f"{created:%Y}" / f"{created:%m}" / f"{created:%d}"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{image_id}.png"
            path.write_bytes(data)
            connection = connections[number % len(connections)]
            model = "gemini-3-pro-image"
            cost = {"1K": 0.134, "2K": 0.134, "4K": 0.24}[size]
            reply = f"Here is the {subject} as a {style}."
            sidecar = Sidecar.from_json({
                "id": image_id, "created": created.isoformat(), "image_file": path.name,
                "sha256": hashlib.sha256(data).hexdigest(), "mime": "image/png",
                "width": width, "height": height, "bytes": len(data),
                "role": "result", "parent_id": None, "cost_usd": cost,
                "spec": {"connection": connection, "prompt": prompt, "model": model, "size": size,
                         "aspect_ratio": ratio, "seed": number},
                "request": {"prompt": prompt, "model": model, "size": size, "aspect_ratio": ratio,
                            "seed": number},
                "connection": {"name": connection, "kind": "aistudio", "model": model},
                "result": {"text": reply}})
            write_sidecar(path, sidecar, durable=False)
            records.append(ImageRecord.of_sidecar(sidecar, path.relative_to(data_dir).as_posix(),
                                                  sidecar.sha256, len(data)))
            if thumbnails:
                make_thumbnail(data, thumbnail_path(data_dir, image_id))
        index.add_images(records)
    finally:
        database.close()
    return records
