"""Drops on the compose pane (outside the reference strip): an image this app made — an
original, a copy or an export, from this library or the one open in the Library tab —
recalls its settings; any other image file becomes a reference image."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent

from nbp_desktop.core.jobs.spec import JobSpec
from nbp_desktop.core.library.gallery_index import GalleryIndex
from nbp_desktop.core.library.recall import recall_spec, settings_of
from nbp_desktop.qt.compose.compose_panel import ComposePanel
from nbp_desktop.qt.export.drag_out import LIBRARY_IMAGES_MIME, library_images
from nbp_desktop.qt.messages import MessageBridge
from nbp_desktop.qt.tasks import TaskSet

Libraries = Callable[[], Sequence[tuple[Path, GalleryIndex]]]  # (folder, index): own one first


class RecallDrops(QObject):
    def __init__(self, compose: ComposePanel, messages: MessageBridge, libraries: Libraries,
                 apply: Callable[[JobSpec], None]) -> None:
        super().__init__(compose)
        self.compose, self.messages = compose, messages
        self._libraries, self._apply = libraries, apply
        self.tasks = TaskSet()
        for widget in (compose.prompt_edit, compose.prompt_edit.viewport(), compose):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QDropEvent):  # drag-enter and drag-move events are drop events too
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            mime = event.mimeData()
            if not (mime.hasUrls() or library_images(mime) is not None):
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                copy = QMimeData()  # the drag's own data is gone once the drop returns
                if mime.hasFormat(LIBRARY_IMAGES_MIME):  # from this app: no need for the exports
                    copy.setData(LIBRARY_IMAGES_MIME, mime.data(LIBRARY_IMAGES_MIME))
                else:
                    copy.setUrls(mime.urls())
                self.tasks.spawn(self.recall_dropped(copy))
            return True
        return False

    async def recall_dropped(self, mime: QMimeData) -> bool:
        """True if something was done (settings recalled, or references added)."""
        spec = None
        libraries = list(self._libraries())
        dropped = library_images(mime)
        if dropped is not None:
            folder, ids = dropped
            index = next((i for f, i in libraries if Path(folder) == f), None)
            if index is not None and ids:
                records = await asyncio.to_thread(index.records, ids[:1])
                if records:
                    spec = await asyncio.to_thread(settings_of, folder, records[0])
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if spec is None else []
        indexes: list[GalleryIndex] = []
        for _folder, index in libraries:
            if index not in indexes:
                indexes.append(index)
        for path in files[:1]:
            for index in indexes:
                spec = await asyncio.to_thread(recall_spec, path, index)
                if spec is not None:
                    break
        if spec is not None:
            self._apply(spec)
            self.messages.show_info(self.tr("Settings recalled from the dropped image."))
            return True
        for path in files:
            await self.compose.references.add_file(path)
        if files:
            self.messages.show_info(self.tr("Not made by this app, so it was added as a reference image."))
        return bool(files)
