"""The Generate workspace's filmstrip: the latest results in one row under the image, newest
on the left; a click shows one. Thumbnails come from the window's cache as they are ready."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache

KEPT = 60  # the strip is for the session's recent work; the Library has the rest
CELL = QSize(44, 44)


class Filmstrip(QListWidget):
    chosen = Signal(object)  # ImageRecord

    def __init__(self, thumbnails: ThumbnailCache) -> None:
        super().__init__()
        self.thumbnails = thumbnails
        self._records: dict[str, ImageRecord] = {}
        self.setAccessibleName(self.tr("Recent results"))
        self.setViewMode(QListView.ViewMode.ListMode)  # icons only, no caption row
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(CELL)
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        # One row of thumbnails and nothing else (the wheel scrolls it sideways).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setFixedHeight(CELL.height() + 4 * self.spacing() + 4)
        self.itemClicked.connect(self._on_clicked)
        thumbnails.loaded.connect(self._on_thumbnail)
        self.hide()  # until there is a result to show

    def add(self, records: list[ImageRecord]) -> None:
        """Newest first; an image already on the strip keeps its place."""
        for record in reversed(records):
            if record.role == "tile" or record.id in self._records:
                continue
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(record.prompt or "")
            item.setSizeHint(CELL + QSize(4, 4))
            self._records[record.id] = record
            self._set_icon(item, record)
            self.insertItem(0, item)
        while self.count() > KEPT:
            old = self.takeItem(self.count() - 1)
            self._records.pop(old.data(Qt.ItemDataRole.UserRole), None)
        self.setVisible(self.count() > 0)

    def show_current(self, image_id: str | None) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == image_id:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return
        self.clearSelection()

    def _set_icon(self, item: QListWidgetItem, record: ImageRecord) -> None:
        pixmap = self.thumbnails.get(record.id, record.path)
        if pixmap is not None:
            item.setIcon(QIcon(pixmap))

    def _on_thumbnail(self, image_id: str) -> None:
        record = self._records.get(image_id)
        if record is None:
            return
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == image_id:
                self._set_icon(item, record)
                return

    def _on_clicked(self, item: QListWidgetItem) -> None:
        record = self._records.get(item.data(Qt.ItemDataRole.UserRole))
        if record is not None:
            self.chosen.emit(record)
