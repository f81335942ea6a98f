"""Thumbnails as QPixmaps for views: made or read off the GUI thread, kept in a small LRU."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from nbp_desktop.core.library.thumbnails import ensure_thumbnail


def _load(data_dir: Path, image_id: str, source: Path) -> QImage:
    """Worker thread: QImage (unlike QPixmap) may be made off the GUI thread."""
    try:
        return QImage(str(ensure_thumbnail(data_dir, image_id, source)))
    except OSError:
        return QImage()


class ThumbnailCache(QObject):
    loaded = Signal(str)  # image id

    def __init__(self, data_dir: Path, capacity: int = 600) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.capacity = capacity
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._missing: set[str] = set()

    def get(self, image_id: str, relative_path: str) -> QPixmap | None:
        """The thumbnail if ready; otherwise None now and ``loaded`` later."""
        pixmap = self._pixmaps.get(image_id)
        if pixmap is not None:
            self._pixmaps.move_to_end(image_id)
            return pixmap
        if image_id not in self._pending and image_id not in self._missing:
            self._pending.add(image_id)
            asyncio.ensure_future(self._fetch(image_id, self.data_dir / relative_path))
        return None

    async def _fetch(self, image_id: str, source: Path) -> None:
        try:
            image = await asyncio.to_thread(_load, self.data_dir, image_id, source)
        finally:
            self._pending.discard(image_id)
        if image.isNull():
            self._missing.add(image_id)
            return
        self._pixmaps[image_id] = QPixmap.fromImage(image)
        while len(self._pixmaps) > self.capacity:
            self._pixmaps.popitem(last=False)
        self.loaded.emit(image_id)
