"""Builds a library of small real images quickly, as the app would have saved them (dated
folders, JSON sidecars, index rows, optionally thumbnails): for gallery tests, the gallery
benchmark and screenshots. No fsync per file: these libraries are scratch data.

Fast enough for 100,000 images: the pictures are a pool of rendered ones (each file still has
its own bytes and sha256: its id in a PNG text chunk), a thumbnail is made once per picture of
the pool and copied, and the index rows go in one transaction at the end."""

from __future__ import annotations

import hashlib
import io
import os
import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw
from PIL.PngImagePlugin import PngInfo

from nbp_desktop.core.atomic_write import write_atomically
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
PICTURES_PER_SHAPE = 24
PARALLEL_FROM, SLICE = 5000, 5000


def _picture(rng: random.Random, shape: tuple[int, int], scale: int = 1) -> Image.Image:
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
    return image


@dataclass
class _Pool:
    """Pictures rendered once per library and reused; a thumbnail is made once per picture."""
    rng: random.Random
    scale: int

    def __post_init__(self) -> None:
        self.pictures: dict[tuple[str, int], Image.Image] = {}
        self.thumbnails: dict[tuple[str, int], bytes] = {}

    def png(self, ratio: str, image_id: str) -> tuple[tuple[str, int], bytes]:
        key = (ratio, self.rng.randrange(PICTURES_PER_SHAPE))
        if key not in self.pictures:
            self.pictures[key] = _picture(self.rng, SHAPES[ratio], self.scale)
        text = PngInfo()
        text.add_text("nbp:test-image", image_id)  # every file its own bytes
        out = io.BytesIO()
        self.pictures[key].save(out, "PNG", compress_level=1, pnginfo=text)
        return key, out.getvalue()

    def write_thumbnail(self, key: tuple[str, int], data: bytes, target: Path) -> None:
        if key not in self.thumbnails:
            self.thumbnails[key] = make_thumbnail(data, target).read_bytes()
        else:
            write_atomically(target, self.thumbnails[key], durable=False)


def build_library(data_dir: Path, count: int, seed: int = 1, thumbnails: bool = True,
                  connections: tuple[str, ...] = ("studio", "vertex-eu"),
                  start: datetime | None = None, scale: int = 1) -> list[ImageRecord]:
    """``count`` images (``scale`` times the small default size), oldest first."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    if count < PARALLEL_FROM:
        records = _write_images(data_dir, range(count), str(seed), thumbnails, connections, start, scale)
    else:  # a big library: slices written by one process per core
        slices = [range(first, min(count, first + SLICE)) for first in range(0, count, SLICE)]
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            written = pool.map(_write_images, [data_dir] * len(slices), slices,
                               [f"{seed}-{n}" for n in range(len(slices))], [thumbnails] * len(slices),
                               [connections] * len(slices), [start] * len(slices), [scale] * len(slices))
            records = [record for part in written for record in part]
    database = LibraryDatabase(data_dir)
    try:
        LibraryIndex(database).add_images(records)
    finally:
        database.close()
    return records


def _write_images(data_dir: Path, numbers: range, seed: str, thumbnails: bool, connections: tuple[str, ...],
                  start: datetime | None, scale: int) -> list[ImageRecord]:
    rng = random.Random(seed)
    pool = _Pool(random.Random(f"{seed}-pictures"), scale)
    start = start or datetime(2026, 1, 1, tzinfo=UTC)
    records = []
    for number in numbers:
        created = start + timedelta(minutes=7 * number)
        image_id = f"{created:%Y%m%d-%H%M%S}-{number:08x}"
        ratio = rng.choice(list(SHAPES))
        size = rng.choice(SIZES)
        subject, style = rng.choice(SUBJECTS), rng.choice(STYLES)
        prompt = f"A {subject}, {style}"
        picture, data = pool.png(ratio, image_id)
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
        if thumbnails:
            pool.write_thumbnail(picture, data, thumbnail_path(data_dir, image_id))
        records.append(ImageRecord.of_sidecar(sidecar, path.relative_to(data_dir).as_posix(), sidecar.sha256,
                                              len(data)))
    return records
