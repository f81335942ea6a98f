"""Thumbnails as QPixmaps for views: made in worker processes (``core/library/thumbnails.py``),
read and scaled in worker threads without holding the interpreter lock, kept in an LRU
bounded by bytes, newest requests first.

Scrolling through 20,000 images asks for thousands of thumbnails that are off screen a moment
later. Requests are served last-in first-out and only the most recent ``max_pending`` are kept,
so the cells on screen now are loaded first and the ones scrolled past are dropped (a view asks
again if they come back).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from nbp_desktop.core.background_threads import background_executor
from nbp_desktop.core.library.thumbnails import ensure_thumbnail, thumbnail_path


def _load(data_dir: Path, write_dir: Path, image_id: str, source: Path,
          edge: int | None) -> tuple[QImage, bool]:
    """Worker thread (QImage, unlike QPixmap, may be made here): the thumbnail, scaled to the
    view's cell so painting never scales, and whether the original file is still there. A
    thumbnail made earlier outlives a missing original."""
    exists = source.exists()
    try:
        target = thumbnail_path(data_dir, image_id)
        if not target.exists() and exists:
            target = ensure_thumbnail(write_dir, image_id, source)  # in a worker process
    except OSError:
        return QImage(), exists
    # Scaled while decoding: QImageReader.read() releases the interpreter lock, where
    # QImage.scaled() would hold it (a stall of the GUI thread on a busy machine).
    reader = QImageReader(str(target))
    size = reader.size()
    if edge and size.isValid() and max(size.width(), size.height()) > edge:
        reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read(), exists


class ThumbnailCache(QObject):
    loaded = Signal(str)  # image id: ready, or known to be missing

    def __init__(self, data_dir: Path, edge: int | None = None, budget_bytes: int = 192 * 2**20,
                 workers: int = 2, max_pending: int = 300, write_dir: Path | None = None) -> None:
        """``write_dir``: where new thumbnails go when ``data_dir`` must not be written (a
        library open read-only); its own thumbnails are still used."""
        super().__init__()
        self.data_dir = Path(data_dir)
        self.write_dir = Path(write_dir or data_dir)
        self._closed = False
        self.edge = edge  # device pixels on the long side; None keeps the cached 512 px
        self.budget_bytes = budget_bytes
        self.max_pending = max_pending
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._bytes = 0
        self._waiting: OrderedDict[str, Path] = OrderedDict()  # newest last
        self._running: set[str] = set()
        self._missing_original: set[str] = set()
        self._unreadable: set[str] = set()
        self._workers = workers
        self._executor = background_executor(workers, "thumbnails")
        self._wakeup: asyncio.Event | None = None
        self._tasks: list[asyncio.Task] = []

    # --------------------------------------------------------------- queries
    def get(self, image_id: str, relative_path: str) -> QPixmap | None:
        """The thumbnail if ready; otherwise None now and ``loaded`` later."""
        pixmap = self._pixmaps.get(image_id)
        if pixmap is not None:
            self._pixmaps.move_to_end(image_id)
            return pixmap
        if image_id in self._unreadable or image_id in self._running or self._closed:
            return None
        self._waiting[image_id] = self.data_dir / relative_path
        self._waiting.move_to_end(image_id)
        while len(self._waiting) > self.max_pending:
            self._waiting.popitem(last=False)
        self._start()
        return None

    def set_edge(self, edge: int) -> None:
        """A new cell size: pixmaps are made again at that size as the view asks for them."""
        if edge != self.edge:
            self.edge = edge
            self._pixmaps.clear()
            self._bytes = 0
            self._waiting.clear()

    def peek(self, image_id: str) -> QPixmap | None:
        """The thumbnail if it is in memory now; never starts a load."""
        return self._pixmaps.get(image_id)

    def is_missing(self, image_id: str) -> bool:
        """The original file is gone (moved, deleted, a drive not mounted)."""
        return image_id in self._missing_original

    def forget(self, image_id: str) -> None:
        """Drop what is known about an image (its file came back, or changed)."""
        pixmap = self._pixmaps.pop(image_id, None)
        if pixmap is not None:
            self._bytes -= _cost(pixmap)
        self._missing_original.discard(image_id)
        self._unreadable.discard(image_id)

    async def recheck(self, entries: list[tuple[str, str]]) -> None:
        """Look again whether these originals (id, relative path) exist: files deleted, moved
        or restored outside the app show as they are now."""
        if not entries or self._closed:
            return
        gone = await asyncio.to_thread(
            lambda: {image_id for image_id, path in entries if not (self.data_dir / path).exists()})
        for image_id, _path in entries:
            was_missing = image_id in self._missing_original
            if (image_id in gone) != was_missing:
                if image_id in gone:
                    self._missing_original.add(image_id)
                else:
                    self.forget(image_id)
                self.loaded.emit(image_id)

    @property
    def memory_bytes(self) -> int:
        return self._bytes

    # --------------------------------------------------------------- loading
    def _start(self) -> None:
        if self._wakeup is None:
            self._wakeup = asyncio.Event()
            self._tasks = [asyncio.ensure_future(self._worker(self._wakeup)) for _ in range(self._workers)]
        self._wakeup.set()

    async def _worker(self, wakeup: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        while True:
            if not self._waiting:
                wakeup.clear()
                await wakeup.wait()
                continue
            image_id, source = self._waiting.popitem(last=True)
            self._running.add(image_id)
            try:
                edge = self.edge
                image, exists = await loop.run_in_executor(self._executor, _load, self.data_dir,
                                                           self.write_dir, image_id, source, edge)
            finally:
                self._running.discard(image_id)
            if exists:
                self._missing_original.discard(image_id)
            else:
                self._missing_original.add(image_id)
            if edge != self.edge:
                continue  # made for the previous cell size
            if image.isNull():
                self._unreadable.add(image_id)
            else:
                self._store(image_id, QPixmap.fromImage(image))
            self.loaded.emit(image_id)

    def _store(self, image_id: str, pixmap: QPixmap) -> None:
        old = self._pixmaps.pop(image_id, None)
        if old is not None:
            self._bytes -= _cost(old)
        self._pixmaps[image_id] = pixmap
        self._bytes += _cost(pixmap)
        while self._bytes > self.budget_bytes and len(self._pixmaps) > 1:
            _, evicted = self._pixmaps.popitem(last=False)
            self._bytes -= _cost(evicted)

    async def close(self) -> None:
        self._closed = True
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        self._wakeup = None
        self._executor.shutdown(wait=False, cancel_futures=True)


def _cost(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(pixmap.depth(), 8) // 8
