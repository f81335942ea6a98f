"""Drag-out that exports as it drops.

The drag starts at once with the file URLs already known; the files are written by
background threads into a fresh folder under ``<data dir>/drag-exports``. When the target
asks for the data (at drop), we wait for the exports to finish (keeping the window painted)
and hand over finished files only. Old drag folders are removed a day later, never while a
target might still be copying them.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from concurrent.futures import Future, wait
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QUrl
from PySide6.QtGui import QDrag, QPixmap
from PySide6.QtWidgets import QWidget

from nbp_desktop.core.background_threads import background_executor
from nbp_desktop.core.export.exporter import ExportSource, export_image, file_name
from nbp_desktop.core.provenance.export_credentials import ExportSigning
from nbp_desktop.core.export.presets import ExportPreset

DRAG_FOLDER = "drag-exports"
# Inside the app a drag also says which library images it carries: a board or the compose
# pane takes those, not the exported copies.
LIBRARY_IMAGES_MIME = "application/x-nbp-desktop-images"
KEEP_SECONDS = 24 * 3600
_EXPORTS = background_executor(2, "nbp-drag-export")


class ExportingMimeData(QMimeData):
    def __init__(self, sources: list[ExportSource], preset: ExportPreset, folder: Path,
                 signing: ExportSigning | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.targets: list[Path] = []
        self.futures: list[Future] = []
        used: set[str] = set()
        for number, source in enumerate(sources, start=1):
            extension = source.path.suffix if preset.format == "original" else preset.extension
            stem = file_name(preset, source, number)
            while stem.lower() in used:  # names are planned now, before any file exists
                stem = f"{stem} ({number})"
            used.add(stem.lower())
            target = folder / f"{stem}{extension}"
            self.targets.append(target)
            self.futures.append(_EXPORTS.submit(export_image, source, preset, folder, number,
                                                False, target, signing))
        self.setUrls([QUrl.fromLocalFile(str(t)) for t in self.targets])

    @property
    def done(self) -> bool:
        return all(f.done() for f in self.futures)

    def wait_for_files(self, timeout: float = 600) -> list[Path]:
        """Block until every file is written; errors are raised. At a real drop Qt asks from
        the drag's own event loop, and we keep the window painted meanwhile; from inside an
        asyncio task, pumping events would re-enter the loop, so we only wait."""
        try:
            inside_task = asyncio.current_task() is not None
        except RuntimeError:
            inside_task = False
        if inside_task:
            wait(self.futures, timeout=timeout)
        else:
            deadline = time.monotonic() + timeout
            shown_after = time.monotonic() + 0.3
            progress = None
            while not self.done and time.monotonic() < deadline:
                if progress is None and time.monotonic() > shown_after:
                    from PySide6.QtWidgets import QProgressDialog

                    progress = QProgressDialog(labelText=self.tr("Preparing the dropped files…"), minimum=0,
                                               maximum=len(self.futures))
                    progress.setCancelButton(None)  # the files are being made for the drop
                    progress.setWindowTitle(self.tr("Exporting"))
                    progress.setMinimumDuration(0)
                    progress.show()
                if progress is not None:
                    progress.setValue(sum(f.done() for f in self.futures))
                QCoreApplication.processEvents()
                wait(self.futures, timeout=0.02)
            if progress is not None:
                progress.close()
        return [f.result().path for f in self.futures]

    def retrieveData(self, mime_type: str, preferred_type):
        if mime_type in ("text/uri-list", "text/plain"):
            self.wait_for_files()
        return super().retrieveData(mime_type, preferred_type)


def library_images(mime: QMimeData) -> tuple[Path, list[str]] | None:
    """(library folder, image ids) when a drag came from this app's gallery, queue or preview."""
    if not mime.hasFormat(LIBRARY_IMAGES_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(LIBRARY_IMAGES_MIME).data()).decode())
        return Path(payload["library"]), [str(i) for i in payload["ids"]]
    except (ValueError, KeyError, TypeError):
        return None


def drag_folder(data_dir: Path) -> Path:
    folder = Path(data_dir) / DRAG_FOLDER / datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def clean_old_drag_folders(data_dir: Path, older_than: float = KEEP_SECONDS) -> int:
    root = Path(data_dir) / DRAG_FOLDER
    removed = 0
    if root.exists():
        for folder in root.iterdir():
            try:
                if time.time() - folder.stat().st_mtime > older_than:
                    shutil.rmtree(folder, ignore_errors=True)
                    removed += 1
            except OSError:
                pass
    return removed


def make_drag(widget: QWidget, sources: list[ExportSource], preset: ExportPreset, data_dir: Path,
              pixmap: QPixmap | None = None, library: Path | None = None,
              signing: ExportSigning | None = None) -> QDrag:
    """``data_dir`` holds the exported files; ``library`` is where the sources live (another
    library open in the gallery, or by default this app's own)."""
    drag = QDrag(widget)
    mime = ExportingMimeData(sources, preset, drag_folder(data_dir), signing)
    mime.setData(LIBRARY_IMAGES_MIME, json.dumps({"library": str(library or data_dir),
                                                  "ids": [s.image_id for s in sources]}).encode())
    drag.setMimeData(mime)
    if pixmap is not None and not pixmap.isNull():
        drag.setPixmap(pixmap.scaled(128, 128, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation))
    return drag
