"""Thumbnails, made in worker processes and cached on disk under ``<data dir>/thumbnails``.

Decoding a 4K PNG and resizing it is ~100 ms of CPU, and Pillow holds the interpreter lock for
part of it: made in a thread, it stalled the GUI thread. So thumbnails are made in a small
pool of worker processes (spawned, at a lower OS priority); the calling thread only waits.
The gallery never decodes a full 4K original to show a grid cell. JPEG sources use Pillow's
draft mode (DCT scaling), which decodes at 1/2-1/8 size directly.
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from nbp_desktop.core.atomic_write import write_atomically

THUMBNAIL_FOLDER = "thumbnails"
THUMBNAIL_EDGE = 512  # px on the long edge: sharp at 256 logical px on HiDPI screens
WORKER_PROCESSES = 2
WORKER_NICE = 10  # as background threads (core/background_threads.py): the GUI goes first

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


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
        img = img.convert("RGBA" if img.mode in ("RGBA", "LA", "P") else "RGB")
        img.thumbnail((edge, edge), Image.Resampling.BILINEAR, reducing_gap=2.0)
        out = io.BytesIO()
        img.save(out, "WEBP", quality=80, method=2)
    write_atomically(target, out.getvalue())
    return target


def make_thumbnail_in_worker(source: Path, target: Path, edge: int = THUMBNAIL_EDGE) -> Path:
    """Blocking (call it from a thread): the same as ``make_thumbnail``, in a worker process.
    If the pool broke (a worker was killed), a fresh pool is tried; if workers cannot start at
    all (an embedded interpreter without a main script), the thumbnail is made here."""
    for _attempt in range(2):
        try:
            return _submit(make_thumbnail, Path(source), Path(target), edge).result()
        except BrokenProcessPool:
            _discard_pool()
    return make_thumbnail(source, target, edge)


def ensure_thumbnail(data_dir: Path, image_id: str, source: Path) -> Path:
    """Blocking: the cached thumbnail, made in a worker process if it is not there yet."""
    target = thumbnail_path(data_dir, image_id)
    if target.exists():
        return target
    return make_thumbnail_in_worker(source, target)


def warm_up_thumbnail_workers() -> None:
    """Start the worker processes now (they take a few hundred ms to start and import
    Pillow), so the first thumbnail does not wait for them. Never blocks."""
    _submit(_ready)


def shut_down_thumbnail_workers() -> None:
    _discard_pool(wait=True)


def _submit(fn, *args) -> Future:  # type: ignore[no-untyped-def]
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=WORKER_PROCESSES,
                                        mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_worker_started)
        return _pool.submit(fn, *args)


def _discard_pool(wait: bool = False) -> None:
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)


def _worker_started() -> None:
    if sys.platform != "win32":
        try:
            os.nice(WORKER_NICE)
        except OSError:
            pass
    from PIL import Image, WebPImagePlugin  # noqa: F401  (imported once, before the first job)

    Image.init()


def _ready() -> bool:
    return True
