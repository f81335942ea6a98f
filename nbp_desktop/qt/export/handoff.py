"""What leaves the app: Export… with a preset, drags to other apps and Copy image (both in
the drag preset chosen in the toolbar). The window decides which images; this does the rest."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QDrag, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMainWindow

from nbp_desktop.core.export.exporter import ExportSource
from nbp_desktop.core.export.presets import ExportPreset, preset_named, shown_name
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.provenance.export_credentials import ExportSigning
from nbp_desktop.core.services import Services
from nbp_desktop.qt.export.drag_out import ExportingMimeData, drag_folder, make_drag
from nbp_desktop.qt.export.export_dialog import ExportDialog
from nbp_desktop.qt.messages import MessageBridge
from nbp_desktop.qt.shortcuts import shortcut


class Handoff(QObject):
    def __init__(self, window: QMainWindow, services: Services, messages: MessageBridge,
                 save_settings: Callable[[], None], export_requested: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.messages = messages
        self._save_settings = save_settings
        self.last_drag: QDrag | None = None
        toolbar = window.addToolBar(self.tr("Export"))
        toolbar.setObjectName("export-toolbar")
        toolbar.addWidget(QLabel(" " + self.tr("Drag as") + " "))
        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName(self.tr("Drag preset"))
        self.preset_box.setToolTip(self.tr("The files you drag out of the app (or copy) are exported "
                                           "with this preset as you drop them"))
        self.reload_presets()
        self.preset_box.currentIndexChanged.connect(lambda _i: self._on_preset_changed(self.preset_box.currentData()))
        toolbar.addWidget(self.preset_box)
        action = toolbar.addAction(self.tr("Export…"))
        action.setToolTip(self.tr("Export what you see ({keys})").format(keys=shortcut("export").text()))
        action.triggered.connect(export_requested)

    def reload_presets(self) -> None:
        export = self.services.settings.export
        self.preset_box.blockSignals(True)
        self.preset_box.clear()
        for preset in export.presets:  # built-in names in the user's language; the stored name as data
            self.preset_box.addItem(shown_name(preset), preset.name)
        self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(export.drag_preset)))
        self.preset_box.blockSignals(False)

    def _on_preset_changed(self, name: str) -> None:
        self.services.settings.export.drag_preset = name
        self._save_settings()

    def drag_preset(self) -> ExportPreset:
        export = self.services.settings.export
        return preset_named(export.presets, export.drag_preset)

    def signing(self) -> ExportSigning:
        """Who signs the Content Credentials of exports (loaded on first need, off the GUI thread)."""
        return ExportSigning.for_settings(self.services.settings)

    def source(self, record: ImageRecord, library: Path | None = None) -> ExportSource:
        """``library``: the folder the record belongs to (this app's own by default)."""
        # Another library's folder is only read: its parent ingredients are read at export.
        return ExportSource.from_library((library or self.services.data_dir) / record.path, record.id,
                                         record.mime, record.width, record.height,
                                         data_dir=self.services.data_dir if library is None else None)

    def drag_out(self, sources: list[ExportSource], library: Path | None = None,
                 pixmap: QPixmap | None = None) -> None:
        if not sources:
            return
        drag = make_drag(self.window, sources, self.drag_preset(), self.services.data_dir, pixmap,
                         library=library, signing=self.signing())
        self.last_drag = drag
        count = len(sources)
        dragging = self.tr("Dragging %n image(s) as “{preset}”…", None, count)
        self.messages.show_info(dragging.format(preset=self.services.settings.export.drag_preset))
        drag.exec(Qt.DropAction.CopyAction)

    async def copy(self, sources: list[ExportSource]) -> None:
        mime = await self.clipboard_data(sources)
        if mime is not None:
            QApplication.clipboard().setMimeData(mime)
            self.messages.show_info(self.tr("Image copied as “{preset}”.").format(
                preset=self.services.settings.export.drag_preset))

    async def clipboard_data(self, sources: list[ExportSource]) -> QMimeData | None:
        """The images exported with the drag preset: file URLs plus the first one's pixels."""
        if not sources:
            return None
        exporting = ExportingMimeData(sources, self.drag_preset(), drag_folder(self.services.data_dir),
                                      self.signing())
        paths = await asyncio.to_thread(lambda: [f.result().path for f in exporting.futures])
        image = await asyncio.to_thread(QImage, str(paths[0]))
        # A plain QMimeData: the clipboard outlives the window (and is flushed at exit), so
        # it must not hold our Python subclass; the files are finished by now anyway.
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        mime.setImageData(image)
        return mime

    def open_export(self, sources: list[ExportSource]) -> ExportDialog | None:
        if not sources:
            self.messages.show_warning(self.tr("Select images in the Library, or show an image, to export."))
            return None
        dialog = ExportDialog(self.services, sources, self.window)
        dialog.accepted.connect(lambda: self.messages.show_info(dialog.status.text()))
        dialog.finished.connect(lambda _r: self.reload_presets())
        dialog.open()
        return dialog
