"""The main window: two workspaces (qt/workspaces.py). Generate: compose (left, with the
edit history behind it), the image large with a filmstrip (centre), the queue (right).
Library: the grid across the whole width. Menus, shortcuts, status bar, and the state of docks
and geometry kept across restarts."""

from __future__ import annotations

import asyncio
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QMargins, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import (QApplication, QDockWidget, QFrame, QLabel, QMainWindow, QMessageBox,
                               QScrollArea, QStyle, QTabWidget, QWidget)

from nbp_desktop.core import formatting
from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.export.exporter import ExportSource
from nbp_desktop.core.jobs.events import EngineEvent, JobChanged, JobMoved
from nbp_desktop.core.jobs.journal import JobRecord
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.library.gallery_index import GalleryIndex
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.recall import edit_spec, recalled_spec, rerender_spec, settings_of
from nbp_desktop.core.loop_lag import LagMonitor
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.batch.batches_pane import install_batches
from nbp_desktop.qt.compose.compose_panel import ComposePanel
from nbp_desktop.qt.compose.recall_drop import RecallDrops
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.export.drag_out import clean_old_drag_folders
from nbp_desktop.qt.export.export_dialog import ExportDialog
from nbp_desktop.qt.export.handoff import Handoff
from nbp_desktop.qt.gallery.gallery_panel import GalleryPanel, OpenLibrary
from nbp_desktop.qt.gallery.library_switch import LibrarySwitch
from nbp_desktop.qt.messages import MessageBridge
from nbp_desktop.qt.preview.edit_history import EditHistory
from nbp_desktop.qt.preview.filmstrip import Filmstrip
from nbp_desktop.qt.preview.preview_panel import PreviewPanel
from nbp_desktop.qt.queue.queue_panel import QueuePanel
from nbp_desktop.qt.resources import app_icon
from nbp_desktop.qt.settings.settings_dialog import SettingsDialog
from nbp_desktop.qt.shortcuts import ShortcutsDialog, bind, show_keys
from nbp_desktop.qt.tasks import TaskSet
from nbp_desktop.qt.theme import THEMES, apply_theme
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache
from nbp_desktop.qt.workspaces import GENERATE, LIBRARY, Workspaces

log = logging.getLogger(__name__)
STALL_LOG_THRESHOLD = 0.05


FIRST_SIZE = QSize(1360, 860)  # the first window, where the screen has room for it


def first_window_geometry(available: QRect, frame: QMargins) -> QRect:
    """The first start's window (without its frame): FIRST_SIZE, or as much of the screen's free
    area as there is (a 1366×768 laptop has about 1366×728 beside its panels) once the frame
    the window manager adds has room; centred in that area."""
    room = available.marginsRemoved(frame)
    size = FIRST_SIZE.boundedTo(room.size())
    return QRect(room.x() + (room.width() - size.width()) // 2,
                 room.y() + (room.height() - size.height()) // 2, size.width(), size.height())


# Compose on the left and the queue on the right both run the full height, so on a 1366×768
# laptop the image is as tall as the window allows and the queue lists a dozen rows even with
# its paused banner and an error line showing (a queue under the image left each ~200 px).
COMPOSE_WIDTH, QUEUE_WIDTH = 410, 360  # compose: room for the demo's cost line
LAYOUT_VERSION = 1  # dock layouts saved before the queue moved to the right are not restored


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumWidth(widget.minimumSizeHint().width())  # scrolls down, never sideways
    return area


class MainWindow(QMainWindow):
    quit_requested = Signal()
    result_shown = Signal(str)  # image id

    def __init__(self, workspace: Workspace, messages: MessageBridge) -> None:
        super().__init__()
        self.workspace = workspace
        self.services = workspace.services
        self.engine = workspace.engine
        self.messages = messages
        self.lag_monitor: LagMonitor | None = None
        self._mine: set[str] = set()  # jobs queued from this window: their results are shown
        self._background = TaskSet()  # cancelled at shutdown
        self.geometry_restored = False
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._fit_first_start()  # a saved geometry, if any, replaces it in _restore_state()
        self.setDockNestingEnabled(True)

        self.thumbnails = ThumbnailCache(self.services.data_dir)
        self.compose = ComposePanel(self.services, messages)
        self.own_library = OpenLibrary(GalleryIndex(workspace.journal.database), self.services.data_dir, own=True)
        self.queue = QueuePanel(self.engine, self.thumbnails, messages, self._own_image_path)
        self.preview = PreviewPanel(self.services.data_dir, workspace.journal)
        self.gallery = GalleryPanel(self.own_library, messages)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.preview, self.tr("Generate"))
        self.tabs.addTab(self.gallery, self.tr("Library"))
        self.setCentralWidget(self.tabs)
        self.filmstrip = Filmstrip(self.thumbnails)
        self.preview.add_strip(self.filmstrip)
        self.filmstrip.chosen.connect(lambda record: self._spawn(self.show_image(record)))
        self.history = EditHistory(self.thumbnails)
        # Compose scrolls rather than setting the window's minimum height (a 768 px laptop).
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.compose_dock = self._dock("compose", self.tr("Compose"), _scrolling(self.compose), left)
        self.queue_dock = self._dock("queue", self.tr("Queue"), self.queue, right)
        self.history_dock = self._dock("history", self.tr("History"), self.history, left)
        self.tabifyDockWidget(self.compose_dock, self.history_dock)  # the image gets the width
        self.compose_dock.raise_()
        self.lay_out_docks()
        self._default_state = self.saveState(LAYOUT_VERSION)
        docks = {d.objectName(): d for d in (self.compose_dock, self.queue_dock, self.history_dock)}
        self.workspaces = Workspaces(self, self.tabs, {GENERATE: self.preview, LIBRARY: self.gallery},
                                     docks, {GENERATE: set(docks), LIBRARY: set()},
                                     in_front=(self.compose_dock, self.queue_dock))

        self.handoff = Handoff(self, self.services, messages, self._save_settings_quietly, self.open_export)
        self.queue.table.drag_requested.connect(lambda: self.handoff.drag_out(self.queue_sources()))
        self.preview.view.drag_requested.connect(lambda: self.handoff.drag_out(
            self.preview_sources(), self.preview.record_dir, self.preview.view.grab()))
        self.gallery.drag_requested.connect(self._drag_from_gallery)
        self.gallery.open_requested.connect(self.on_gallery_open)
        self.gallery.recall_requested.connect(self.on_gallery_recall)
        self.history.show_requested.connect(self.on_history_show)
        self.history.branch_requested.connect(self.on_branch_requested)
        self.result_shown.connect(lambda _id: self._spawn(self._follow_history()))
        self.recall_drops = RecallDrops(self.compose, messages, lambda: [
            (library.data_dir, library.index) for library in (self.own_library, self.gallery.library)],
            self.apply_recalled)
        clean_old_drag_folders(self.services.data_dir)

        self.spent_label = QLabel()
        self.spent_label.setToolTip(self.tr("Spent today (actual cost from Google's token counts)"))
        self.statusBar().addPermanentWidget(self.spent_label)
        self._build_menus()
        self.workspaces.add_dock(install_batches(self))  # behind the queue, in Generate only

        self.compose.queue_requested.connect(self.on_queue_requested)
        self.queue.job_activated.connect(self.on_job_activated)
        self.preview.edit_requested.connect(self.on_edit_requested)
        self.preview.rerender_requested.connect(self.on_rerender_requested)
        self.preview.use_settings_requested.connect(self.apply_recalled)
        self.engine.subscribe(self._on_engine_event)
        messages.info.connect(lambda text: self.statusBar().showMessage(text, 8000))
        messages.warning.connect(self._on_warning)
        messages.error.connect(self._on_error)
        messages.attach()
        self._restore_state()
        self._update_spent()
        if self.services.settings.window.debug_lag_monitor or os.environ.get("NBP_LAG_MONITOR"):
            self.start_lag_monitor()

    def _dock(self, name: str, title: str, widget, area) -> QDockWidget:
        """``name``: the dock's object name without "-dock" (kept in the settings: never translated)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}-dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    # ------------------------------------------------------------------ menus
    def _add(self, menu, text: str, slot, shortcut: str | None = None, tip: str = "") -> QAction:
        """A window action in ``menu``; ``shortcut``: its name in qt/shortcuts.py."""
        action = QAction(text, self)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if shortcut is not None:
            bind(action, shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        """Pane actions sit in the menus as they are: the menu shows their keys, and the keys
        still work only where their pane has the focus (one owner per key)."""
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        settings = self._add(file_menu, self.tr("&Settings…"), self.open_settings, "settings")
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._add(file_menu, self.tr("&Export…"), self.open_export, "export",
                  self.tr("Export what you see: the image on screen, or the Library's selection"))
        self._add(file_menu, self.tr("Show library folder"), lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.services.data_dir))))
        self._add(file_menu, self.tr("Open library…"), self.on_open_library, "open_library",
                  self.tr("Look at another library folder (a copy, a shared drive, a USB stick)"))
        self.back_action = self._add(file_menu, self.tr("Back to my library"), self.on_back_to_own_library)
        self.back_action.setEnabled(False)
        self.gallery.back_button.clicked.connect(self.back_action.trigger)
        self.libraries = LibrarySwitch(self, self.gallery, self.own_library, self.messages,
                                       self.back_action, self.show_library, self._left_other_library)
        file_menu.addSeparator()
        quit_action = self._add(file_menu, self.tr("&Quit"), self.quit_requested.emit, "quit")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(bind(self.gallery.undo_action, "undo"))
        edit_menu.addAction(bind(self.gallery.redo_action, "redo"))
        edit_menu.addSeparator()
        self._add(edit_menu, self.tr("Paste reference image"), self.compose.references.paste,
                  "paste_reference", self.tr("Add the image on the clipboard as a reference"))
        self._add(edit_menu, self.tr("Copy prompt"), self.copy_prompt, "copy_prompt",
                  self.tr("Copy the shown image's prompt"))
        self._add(edit_menu, self.tr("Copy image"), self.copy_image, "copy_image",
                  self.tr("Copy the shown image to the clipboard, in the drag preset"))
        edit_menu.addAction(self.preview.use_action)
        self._add(edit_menu, self.tr("Use prompt"), lambda: self.use_prompt(),
                  tip=self.tr("Put only the shown image's prompt in the compose pane"))
        edit_menu.addAction(self.preview.edit_action)
        edit_menu.addSeparator()
        self._add(edit_menu, self.tr("Find in library"), self.find_in_library, "find")

        image_menu = bar.addMenu(self.tr("&Image"))
        self.gallery.context_menu_for(image_menu)
        show_keys(self.gallery.delete_action, "trash")
        show_keys(self.gallery.add_to_board_action, "add_to_board")

        view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.preview.fit_action, self.preview.actual_action, self.preview.zoom_in_action,
                       self.preview.zoom_out_action, self.preview.compare_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("Theme"))
        group = QActionGroup(self)
        self.theme_actions = {}
        theme_names = {"system": self.tr("Follow the system"), "light": self.tr("Light"),
                       "dark": self.tr("Dark")}
        for theme in THEMES:
            action = theme_menu.addAction(theme_names[theme])
            action.setCheckable(True)
            action.setChecked(self.services.settings.theme == theme)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            group.addAction(action)
            self.theme_actions[theme] = action
        view_menu.addSeparator()
        # Keys of the image and the grid (never while typing): Tab puts the side panels away.
        self.side_panels_action = self._view_key(view_menu, self.tr("Hide side panels"), "hide_panels",
                                                 self.workspaces.toggle_side_panels)
        self.full_screen_action = self._view_key(view_menu, self.tr("Full screen"), "full_screen",
                                                 self.workspaces.toggle_full_screen)
        view_menu.addSeparator()
        view_menu.addAction(self.compose_dock.toggleViewAction())
        view_menu.addAction(self.queue_dock.toggleViewAction())
        view_menu.addAction(self.history_dock.toggleViewAction())
        self._add(view_menu, self.tr("Reset layout"), lambda: self.restoreState(self._default_state, LAYOUT_VERSION))

        queue_menu = self.queue_menu = bar.addMenu(self.tr("&Queue"))
        queue_menu.addAction(self.compose.queue_action)
        queue_menu.addSeparator()
        for action in (self.queue.pause_action, self.queue.cancel_action, self.queue.retry_action,
                       self.queue.up_action, self.queue.down_action, self.queue.clear_action):
            queue_menu.addAction(action)

        window_menu = bar.addMenu(self.tr("&Window"))
        self._add(window_menu, self.tr("Minimize"), self.showMinimized, "minimize")
        self._add(window_menu, self.tr("Zoom"),
                  lambda: self.showNormal() if self.isMaximized() else self.showMaximized())
        self._add(window_menu, self.tr("Compose"),
                  lambda: self._focus_dock(self.compose_dock, self.compose.prompt_edit), "show_compose")
        self._add(window_menu, self.tr("Generate (the image)"), self.show_image_tab, "show_image")
        self._add(window_menu, self.tr("Library"), self.show_library, "show_library")
        self._add(window_menu, self.tr("Queue"), lambda: self._focus_dock(self.queue_dock, self.queue.table),
                  "show_queue")

        help_menu = bar.addMenu(self.tr("&Help"))
        about = self._add(help_menu, self.tr("About {app}").format(app=APP_NAME), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self._add(help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts, "help")

    def _view_key(self, menu, text: str, name: str, slot) -> QAction:
        """A key of the image and the grid (and the filmstrip), listed in ``menu``."""
        action = QAction(text, self)
        bind(action, name)
        action.triggered.connect(slot)
        for widget in (self.preview.view, self.gallery.view, self.filmstrip):
            widget.addAction(action)
        menu.addAction(action)
        return action


    # ------------------------------------------------ which images leave
    def queue_sources(self) -> list[ExportSource]:
        """Images of the selected finished jobs (a variations grid counts once, not its tiles)."""
        records = [self.workspace.journal.library.image(image_id)
                   for job in self.queue.selected_jobs() for image_id in job.image_ids]
        return [self.handoff.source(r) for r in records if r is not None and r.role != "tile"]

    def preview_sources(self) -> list[ExportSource]:
        record = self.preview.record
        return [self.handoff.source(record, self.preview.record_dir)] if record is not None else []

    def gallery_sources(self) -> list[ExportSource]:
        return [self.handoff.source(r, self.gallery.library.data_dir) for r in self.gallery.selected_records()]

    def export_sources(self) -> list[ExportSource]:
        """What you see: the selected finished jobs while the queue has the focus; otherwise
        the Library's selection in the Library tab, and the image on screen in the Image tab."""
        if self.queue.table.hasFocus():
            chosen = self.queue_sources()
            if chosen:
                return chosen
        if self.tabs.currentWidget() is self.gallery:
            return self.gallery_sources()
        return self.preview_sources()

    def _drag_from_gallery(self) -> None:
        sources = self.gallery_sources()
        if sources:
            self.handoff.drag_out(sources, self.gallery.library.data_dir,
                                  self.gallery.thumbnails.peek(sources[0].image_id))

    def open_export(self) -> ExportDialog | None:
        return self.handoff.open_export(self.export_sources())

    @async_slot()
    async def copy_image(self) -> None:
        await self.handoff.copy(self.preview_sources())

    def _focus_dock(self, dock: QDockWidget, widget) -> None:
        """Compose and the queue belong to the Generate workspace: go there, then to them."""
        self.tabs.setCurrentWidget(self.preview)
        dock.show()
        dock.raise_()
        widget.setFocus()

    # ---------------------------------------------------------------- actions
    @async_slot()
    async def on_queue_requested(self) -> None:
        await self.queue_current()

    async def queue_current(self) -> list[str]:
        spec = self.compose.spec()
        if not spec.connection:
            self.messages.show_exception(NbpError(ErrorKind.CONNECTION_NOT_FOUND,
                                                  self.tr("Add a connection first (File → Settings).")))
            return []
        if not spec.prompt and not spec.reference_files:
            self.messages.show_warning(self.tr("Write a prompt first."))
            self.compose.prompt_edit.setFocus()
            return []
        return await self._submit(spec, self.compose.count_spin.value(), remember=True)

    async def _submit(self, spec: JobSpec, count: int, remember: bool = False) -> list[str]:
        try:
            ids = await self.engine.submit(spec, count)
        except NbpError as error:
            self.messages.show_exception(error)
            return []
        self._mine.update(ids)
        if remember:
            self.services.settings.remember_prompt(spec.prompt)
            await asyncio.to_thread(self._save_settings_quietly)
        if self.queue.model.paused:
            queued = self.tr("Queued %n job(s) with “{connection}” (the queue is paused).", None, count)
        else:
            queued = self.tr("Queued %n job(s) with “{connection}”.", None, count)
        self.messages.show_info(queued.format(connection=spec.connection))
        self.queue.select_job(ids[-1])
        return ids

    async def generate(self) -> list[JobRecord]:
        """Queue the compose pane's settings and wait for the results (self-test and tests)."""
        ids = await self.queue_current()
        if not ids:
            return []
        return await self.engine.wait_for(ids, give_up_when_paused=True)

    def _own_image_path(self, image_id: str) -> str | None:
        record = self.own_library.index.image(image_id)
        return record.path if record is not None else None

    def _on_engine_event(self, event: EngineEvent) -> None:
        if isinstance(event, (JobChanged, JobMoved)):
            self._on_job_changed(event.job)

    def _on_job_changed(self, job: JobRecord) -> None:
        if job.status is JobStatus.SUCCEEDED and self.gallery.library.own:
            self.gallery.schedule_reload()
        if job.id in self._mine and job.status.finished:
            self._mine.discard(job.id)
            if job.status is JobStatus.SUCCEEDED and job.image_ids:
                self._spawn(self.show_job(job))
            elif job.error_message and job.status is JobStatus.FAILED:
                self.messages.show_exception(NbpError(ErrorKind.named(job.error_kind),
                                                      job.error_message, job.error_detail or ""))
            self._update_spent()

    @async_slot(object)
    async def on_job_activated(self, job: JobRecord) -> None:
        if job.status is JobStatus.SUCCEEDED and job.image_ids:
            await self.show_job(job)

    async def show_job(self, job: JobRecord) -> None:
        # The turn is taken before the record is looked up: an image chosen meanwhile stays.
        turn = self.preview.take_turn()
        record = await asyncio.to_thread(self.workspace.journal.library.image, job.image_ids[0])
        if record is not None:
            await self.show_image(record, turn=turn)

    async def show_image(self, record: ImageRecord, library_dir=None, turn: int | None = None) -> None:
        if library_dir is None or Path(library_dir) == self.services.data_dir:
            self.filmstrip.add([record])  # this library's results only (another one is a visit)
        turn = self.preview.take_turn() if turn is None else turn
        if not self.preview.is_turn(turn):
            return  # another image was asked for since; the result stays in the filmstrip
        self.filmstrip.show_current(record.id)
        await self.preview.show_image(record, library_dir, turn)
        self.result_shown.emit(record.id)

    @async_slot(object)
    async def on_gallery_open(self, record: ImageRecord) -> None:
        self.show_image_tab()
        await self.show_image(record, self.gallery.library.data_dir)

    def show_library(self) -> None:
        self.tabs.setCurrentWidget(self.gallery)
        self.gallery.view.setFocus()

    def show_image_tab(self) -> None:
        self.tabs.setCurrentWidget(self.preview)
        self.preview.view.setFocus()  # where E (edit) and C (compare) work

    def find_in_library(self) -> None:
        self.tabs.setCurrentWidget(self.gallery)
        self.gallery.focus_search()

    # -------------------------------------------------------- edit history
    def _shown_index(self) -> GalleryIndex:
        return self.own_library.index if self.preview.shows_own_image else self.gallery.library.index

    async def _follow_history(self) -> None:
        if self.preview.record is not None:
            await self.history.follow(self._shown_index(), self.preview.record.id,
                                      can_branch=self.preview.shows_own_image)

    @async_slot(object)
    async def on_history_show(self, record: ImageRecord) -> None:
        self.tabs.setCurrentWidget(self.preview)
        await self.show_image(record, self.preview.record_dir)

    @async_slot(object)
    async def on_branch_requested(self, record: ImageRecord) -> None:
        """Edit an earlier turn: show it, then ask what should change."""
        await self.on_history_show(record)
        self.preview.ask_edit()

    # -------------------------------------------------------------- recall
    def use_prompt(self, record: ImageRecord | None = None) -> None:
        """Only the prompt of an image (the shown one by default) into the compose pane."""
        record = record or self.preview.record
        if record is not None:
            self.compose.prompt_edit.setPlainText(record.prompt or "")
            self.compose.prompt_edit.setFocus()

    def apply_recalled(self, spec: JobSpec) -> None:
        self.compose.apply_spec(recalled_spec(spec, self.services.data_dir))

    @async_slot(object, bool)
    async def on_gallery_recall(self, record: ImageRecord, everything: bool) -> None:
        spec = await asyncio.to_thread(settings_of, self.gallery.library.data_dir, record)
        if everything and spec is not None:
            self.apply_recalled(spec)
        else:
            self.use_prompt(record)
        self.compose_dock.show()

    # --------------------------------------------------- another library
    @async_slot()
    async def on_open_library(self) -> None:
        await self.libraries.choose()

    @async_slot()
    async def on_back_to_own_library(self) -> None:
        await self.libraries.back_to_own()

    def _left_other_library(self) -> None:
        if not self.preview.shows_own_image:
            self.preview.record_dir = self.preview.data_dir

    @async_slot(object, str)
    async def on_edit_requested(self, record: ImageRecord, instruction: str) -> None:
        await self._submit(await asyncio.to_thread(edit_spec, self.services.data_dir, record, instruction,
                                                   *self._connection_choice()), 1)

    @async_slot(object, str)
    async def on_rerender_requested(self, record: ImageRecord, size: str) -> None:
        await self._submit(await asyncio.to_thread(rerender_spec, self.services.data_dir, record, size,
                                                   *self._connection_choice()), 1)

    def _connection_choice(self) -> tuple[list[str], str]:
        """Saved connections, and the one chosen in the compose pane (for images whose
        connection is gone)."""
        return [c.name for c in self.services.connections()], self.compose.connection_box.currentText()

    def copy_prompt(self) -> None:
        record = self.preview.record
        if record is not None and record.prompt:
            QApplication.clipboard().setText(record.prompt)
            self.messages.show_info(self.tr("Prompt copied."))

    def set_theme(self, theme: str) -> None:
        self.services.settings.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.theme_actions[theme].setChecked(True)
        self._save_settings_quietly()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.services, self)
        dialog.saved.connect(self.apply_settings)
        dialog.connections_changed.connect(self.compose.reload_connections)
        dialog.problem.connect(self.messages.show_warning)
        dialog.open()
        return dialog

    def apply_settings(self) -> None:
        """What the window shows of the saved settings (queue limits, budget, timeouts and
        retries reach the engine by themselves: core.runtime_settings)."""
        s = self.services.settings
        self.set_theme(s.theme)
        self.compose.reload_connections()
        if s.window.debug_lag_monitor and self.lag_monitor is None:
            self.start_lag_monitor()
        self.messages.show_info(self.tr("Settings saved."))

    def show_about(self) -> None:
        what = self.tr("Generate, review and hand off images made with Google's Gemini image models.")
        where = self.tr("Library: {folder}").format(folder=self.services.data_dir)
        QMessageBox.about(self, APP_NAME, f"<b>{APP_NAME} {__version__}</b><br>{what}<br><br>{where}")

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ status bar
    def _on_warning(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def _on_error(self, sentence: str, details: str) -> None:
        self.statusBar().showMessage(sentence, 20000)
        self.statusBar().setToolTip(details)

    def _update_spent(self) -> None:
        async def update() -> None:
            start = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
            spent, possibly_billed = await asyncio.to_thread(
                self.workspace.journal.spent_and_possibly_billed, start.astimezone(UTC).isoformat())
            cap = self.engine.budget.limit_usd
            if cap:
                text = self.tr("Today {spent} of {cap}").format(spent=formatting.money(spent),
                                                                cap=formatting.money(cap))
            else:
                text = self.tr("Today {spent}").format(spent=formatting.money(spent))
            self.spent_label.setText(text)
            if possibly_billed >= 0.005:
                self.spent_label.setToolTip(
                    self.tr("Spent today, including {possible} that Google may have billed for "
                            "jobs interrupted while they ran.").format(possible=f"${possibly_billed:.2f}"))
            else:
                self.spent_label.setToolTip(self.tr("Spent today (actual cost from Google's token counts)"))
        self._spawn(update())

    def _spawn(self, coroutine) -> None:
        """Run a coroutine for the window; it is cancelled if the window shuts down first."""
        self._background.spawn(coroutine)

    # ------------------------------------------------------------ lifecycle
    def start_lag_monitor(self) -> LagMonitor:
        self.lag_monitor = LagMonitor(interval=0.004).start()
        return self.lag_monitor

    def lay_out_docks(self) -> None:
        """The docks' first sizes, for the window's present size: compose left of the image,
        the queue right of it."""
        self.resizeDocks([self.compose_dock, self.queue_dock], [COMPOSE_WIDTH, QUEUE_WIDTH],
                         Qt.Orientation.Horizontal)

    def _fit_first_start(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(FIRST_SIZE)
            return
        # The real frame is known only once shown: the style's title bar and border stand in.
        border = self.style().pixelMetric(QStyle.PixelMetric.PM_MdiSubWindowFrameWidth)
        title_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        frame = QMargins(border, title_bar + border, border, border)
        self.setGeometry(first_window_geometry(screen.availableGeometry(), frame))

    def _restore_state(self) -> None:
        state = self.services.settings.window
        if state.geometry:
            self.geometry_restored = self.restoreGeometry(QByteArray.fromBase64(state.geometry.encode()))
        if state.dock_state:
            self.restoreState(QByteArray.fromBase64(state.dock_state.encode()), LAYOUT_VERSION)
        if state.central_tab == "library":
            self.tabs.setCurrentWidget(self.gallery)
        self.workspaces.shown = {GENERATE: set(state.generate_panels), LIBRARY: set(state.library_panels)}
        self.workspaces.apply()
        self.gallery.find_bar.size_slider.setValue(state.thumbnail_size)

    def remember_state(self) -> None:
        state = self.services.settings.window
        state.central_tab = "library" if self.tabs.currentWidget() is self.gallery else "image"
        shown = self.workspaces.remember()
        state.generate_panels, state.library_panels = sorted(shown[GENERATE]), sorted(shown[LIBRARY])
        state.thumbnail_size = self.gallery.find_bar.size_slider.value()
        state.geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        state.dock_state = bytes(self.saveState(LAYOUT_VERSION).toBase64().data()).decode()
        self._save_settings_quietly()

    def _save_settings_quietly(self) -> None:
        try:
            self.services.registry.settings_file.save(self.services.settings)
        except (NbpError, OSError) as error:
            log.warning("settings not saved: %s", error)

    async def shutdown(self) -> None:
        self.remember_state()
        await self._background.cancel_all()
        await self.compose.references.tasks.cancel_all()
        await self.recall_drops.tasks.cancel_all()
        await self.gallery.shutdown()
        await self.thumbnails.close()
        await self.libraries.close()
        if self.lag_monitor is not None:
            await self.lag_monitor.stop()
            if self.lag_monitor.worst > STALL_LOG_THRESHOLD:
                log.warning("largest event-loop stall: %.0f ms", self.lag_monitor.worst * 1000)

    def closeEvent(self, event) -> None:
        event.accept()
        self.quit_requested.emit()

