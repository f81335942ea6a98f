"""Thumbnails, made in worker processes and cached on disk under ``<data dir>/thumbnails``.

Decoding a 4K PNG and resizing it is ~100 ms of CPU, partly under the interpreter lock, so
thumbnails are made in the image worker processes (``core/image_workers.py``). The gallery
never decodes a full 4K original to show a grid cell. JPEG sources use Pillow's draft mode
(DCT scaling), which decodes at 1/2-1/8 size directly.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from nbp_desktop.core.atomic_write import write_atomically
from nbp_desktop.core.image_workers import run_in_image_worker

THUMBNAIL_FOLDER = "thumbnails"
THUMBNAIL_EDGE = 512  # px on the long edge: sharp at 256 logical px on HiDPI screens


def thumbnails_for_other_library(own_data_dir: Path, library_dir: Path) -> Path:
    """Where this app keeps the thumbnails it makes for another library opened read-only
    (never written into that library's folder)."""
    key = hashlib.sha1(str(Path(library_dir).resolve()).encode()).hexdigest()[:16]
    return Path(own_data_dir) / THUMBNAIL_FOLDER / "other-libraries" / key


def thumbnail_path(data_dir: Path, image_id: str) -> Path:
    return Path(data_dir) / THUMBNAIL_FOLDER / image_id[:8] / f"{image_id}.webp"


def make_thumbnail(source: Path | bytes, target: Path, edge: int = THUMBNAIL_EDGE) -> Path:
    """Blocking, in this process. Writes a WebP thumbnail atomically and returns its path."""
    from PIL import Image

    opened = Image.open(io.BytesIO(source) if isinstance(source, bytes) else source)
    with opened as img:
        if img.format == "JPEG":
            img.draft("RGB", (edge, edge))
        small = img.convert("RGBA" if img.mode in ("RGBA", "LA", "P") else "RGB")
        small.thumbnail((edge, edge), Image.Resampling.BILINEAR, reducing_gap=2.0)
        out = io.BytesIO()
        small.save(out, "WEBP", quality=80, method=2)
    write_atomically(target, out.getvalue())
    return target


def make_thumbnail_in_worker(source: Path, target: Path, edge: int = THUMBNAIL_EDGE) -> Path:
    """Blocking (call it from a thread): the same as ``make_thumbnail``, in a worker process."""
    return run_in_image_worker(make_thumbnail, Path(source), Path(target), edge)


def ensure_thumbnail(data_dir: Path, image_id: str, source: Path) -> Path:
    """Blocking: the cached thumbnail, made in a worker process if it is not there yet."""
    target = thumbnail_path(data_dir, image_id)
    if target.exists():
        return target
    return make_thumbnail_in_worker(source, target)
