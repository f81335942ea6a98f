"""The Library tab on another library folder (a copy, a shared drive, a USB stick), read-only
or read-write, and back to this app's own; the other library's database is closed when left."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.library.gallery_index import GalleryIndex
from nbp_desktop.core.recovery import open_library, open_library_read_only
from nbp_desktop.qt.gallery.gallery_panel import GalleryPanel, OpenLibrary, confirm_read_write
from nbp_desktop.qt.messages import MessageBridge


class LibrarySwitch(QObject):
    def __init__(self, parent: QWidget, gallery: GalleryPanel, own: OpenLibrary, messages: MessageBridge,
                 back_action: QAction, show_library: Callable[[], None],
                 left_library: Callable[[], None]) -> None:
        """``left_library()``: called when the other library is closed (the preview forgets
        where its image came from)."""
        super().__init__(parent)
        self.parent_widget, self.gallery, self.own, self.messages = parent, gallery, own, messages
        self.back_action, self._show_library, self._left_library = back_action, show_library, left_library
        self.other_journal: Journal | None = None

    async def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("Open library"), str(Path.home()))
        if not folder:
            return
        if Path(folder) == self.own.data_dir:
            await self.back_to_own()
            return
        read_write = confirm_read_write(self.parent_widget, Path(folder))
        if read_write is not None:
            await self.open_other(Path(folder), read_write)

    async def open_other(self, folder: Path, read_write: bool) -> bool:
        try:
            if read_write:
                journal, report = await asyncio.to_thread(open_library, folder, None)
            else:
                journal, report = await asyncio.to_thread(open_library_read_only, folder)
        except NbpError as error:
            self.messages.show_exception(error)
            return False
        except (OSError, sqlite3.Error) as error:
            self.messages.show_exception(NbpError(
                ErrorKind.DISK, self.tr("The library in “{folder}” could not be opened.").format(folder=folder),
                detail=str(error)))
            return False
        previous = self.other_journal
        self.other_journal = journal
        self.gallery.set_library(OpenLibrary(GalleryIndex(journal.database), folder, own=False))
        self.back_action.setEnabled(True)
        self._show_library()
        for message in report.messages:
            self.messages.show_warning(message)
        if previous is not None:
            await asyncio.to_thread(previous.close)
        return True

    async def back_to_own(self) -> None:
        if self.other_journal is None:
            self._show_library()
            return
        journal, self.other_journal = self.other_journal, None
        self.gallery.set_library(self.own)
        self.back_action.setEnabled(False)
        self._left_library()
        await asyncio.to_thread(journal.close)
        self._show_library()

    async def close(self) -> None:
        if self.other_journal is not None:
            journal, self.other_journal = self.other_journal, None
            await asyncio.to_thread(journal.close)
