"""Worker processes for CPU-heavy image work (thumbnails, cutting grids into tiles).

Decoding a 4K PNG and resizing or re-encoding it is ~100 ms of CPU, and Pillow holds the
interpreter lock for part of it: done in a thread, it stalled the GUI thread. Here it runs in
a small pool of spawned processes at a lower OS priority; the calling thread only waits.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

WORKER_PROCESSES = 2
WORKER_NICE = 10  # the GUI goes first; a process shares no interpreter lock with it (core/background_threads.py)

T = TypeVar("T")

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def run_in_image_worker(fn: Callable[..., T], *args: object) -> T:
    """Blocking (call it from a thread): ``fn(*args)`` in a worker process; ``fn`` and its
    arguments must pickle. If the pool broke (a worker was killed), a fresh pool is tried; if
    workers cannot start at all (an embedded interpreter without a main script), ``fn`` runs
    here."""
    for _attempt in range(2):
        try:
            return _submit(fn, *args).result()
        except BrokenProcessPool:
            _discard_pool()
    return fn(*args)


def _submit(fn: Callable[..., T], *args: object) -> Future[T]:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=WORKER_PROCESSES,
                                        mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_worker_started)
        return _pool.submit(fn, *args)


def _discard_pool() -> None:
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def _worker_started() -> None:
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICE)
    from PIL import Image  # imported once, before the first job

    Image.init()
