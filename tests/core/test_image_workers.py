"""CPU-heavy image work runs in worker processes, never in the calling (GUI) process."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from nbp_desktop.core.image_workers import run_in_image_worker
from nbp_desktop.core.library.thumbnails import ensure_thumbnail, thumbnail_path


def test_image_work_runs_in_another_process():
    assert run_in_image_worker(os.getpid) != os.getpid()


def test_thumbnail_of_a_4k_png_is_made_by_a_worker(tmp_path: Path):
    source = tmp_path / "original.png"
    Image.new("RGB", (3840, 2160), (200, 120, 40)).save(source)
    target = ensure_thumbnail(tmp_path, "0123456789abcdef", source)
    assert target == thumbnail_path(tmp_path, "0123456789abcdef")
    with Image.open(target) as thumb:
        assert thumb.format == "WEBP" and thumb.size == (512, 288)
        pixel = thumb.convert("RGB").getpixel((10, 10))
        assert max(abs(a - b) for a, b in zip(pixel, (200, 120, 40), strict=True)) <= 4  # lossy WebP
