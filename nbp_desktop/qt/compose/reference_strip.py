"""Reference images for a prompt: drop files in (from the file manager or the gallery), paste
from the clipboard, reorder by dragging, remove with Delete. Each one is checked and copied
into the library as it is added, so a bad file is refused at once, in words."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QBuffer, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QListWidgetItem

from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.jobs.request_builder import keep_reference, keep_reference_data
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.icons import icon
from nbp_desktop.qt.messages import MessageBridge
from nbp_desktop.qt.shortcuts import shortcut
from nbp_desktop.qt.tasks import TaskSet

ICON = QSize(72, 72)
# References that are no picture (models that take them: catalog.ModelInfo.reference_types).
DOCUMENT_ICONS = {".pdf": "document", ".mp4": "video", ".mov": "video", ".webm": "video", ".mpg": "video"}
RELATIVE_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _icon_image(path: Path) -> QImage:
    image = QImage(str(path))
    return image.scaled(ICON * 2, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation) if not image.isNull() else image


class ReferenceStrip(QListWidget):
    changed = Signal()

    def __init__(self, data_dir: Path, messages: MessageBridge) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.messages = messages
        self.tasks = TaskSet()  # files being added (kept until they are in)
        self.limit = 14
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(ICON)
        self.setFixedHeight(ICON.height() + 30)
        self.setMovement(QListWidget.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Reference images"))
        # The window's paste-reference keys work wherever the focus is (Ctrl+V only here).
        self.setToolTip(self.tr("Reference images: drop files here, paste with {keys}, drag to "
                                "reorder, Delete removes").format(keys=shortcut("paste_reference").text()))
        self.model().rowsMoved.connect(lambda *_: self.changed.emit())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.count() == 0:  # say what the empty strip is for
            from PySide6.QtGui import QPainter, QPalette

            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Drop reference images here\nor paste with {keys}")
                             .format(keys=shortcut("paste_reference").text()))

    def files(self) -> list[str]:
        return [self.item(i).data(RELATIVE_PATH_ROLE) for i in range(self.count())]

    def set_files(self, relative_paths: list[str]) -> None:
        self.clear()
        for relative in relative_paths:
            self.tasks.spawn(self._add_kept(relative, Path(relative).name))
        self.changed.emit()

    # ------------------------------------------------------------- adding
    def _room(self) -> bool:
        if self.count() >= self.limit:
            self.messages.show_warning(self.tr("This model takes at most %n reference images.", None, self.limit))
            return False
        return True

    async def add_file(self, path: Path) -> None:
        if not self._room():
            return
        try:
            relative = await asyncio.to_thread(keep_reference, self.data_dir, path)
        except NbpError as error:
            self.messages.show_exception(error)
            return
        await self._add_kept(relative, path.name)

    async def add_data(self, data: bytes, name: str) -> None:
        if not self._room():
            return
        try:
            relative = await asyncio.to_thread(keep_reference_data, self.data_dir, data, name)
        except NbpError as error:
            self.messages.show_exception(error)
            return
        await self._add_kept(relative, name)

    async def _add_kept(self, relative: str, name: str) -> None:
        image = await asyncio.to_thread(_icon_image, self.data_dir / relative)
        suffix = Path(relative).suffix.lower()
        if image.isNull() and suffix in DOCUMENT_ICONS:  # a PDF or video: a picture of what it is
            shown = icon(DOCUMENT_ICONS[suffix])
        else:
            shown = QIcon(QPixmap.fromImage(image))
        item = QListWidgetItem(shown, name[:18])
        item.setData(RELATIVE_PATH_ROLE, relative)
        item.setToolTip(name)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.addItem(item)
        self.changed.emit()

    @async_slot()
    async def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile():
                    await self.add_file(Path(url.toLocalFile()))
        elif mime.hasImage():
            image = QImage(mime.imageData())
            buffer = QBuffer()
            buffer.open(QBuffer.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; PySide6 takes str
            await self.add_data(bytes(buffer.data().data()), "pasted image.png")
        else:
            self.messages.show_warning(self.tr("The clipboard holds no image."))

    # ------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and event.source() is not self:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls() and event.source() is not self:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        if event.mimeData().hasUrls() and event.source() is not self:
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            for path in paths:
                self.tasks.spawn(self.add_file(path))
            return
        super().dropEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            for item in self.selectedItems():
                self.takeItem(self.row(item))
            self.changed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        super().keyPressEvent(event)
