"""The main window: compose (left), preview (centre), queue (bottom); menus, shortcuts,
status bar, and the state of docks and geometry kept across restarts."""

from __future__ import annotations

import asyncio
import logging
import os
from datetime import datetime, timezone

from PySide6.QtCore import QByteArray, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QImage, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QLabel, QMainWindow,
                               QMessageBox)

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.export.exporter import ExportSource
from nbp_desktop.core.export.presets import ExportPreset, preset_named
from nbp_desktop.core.jobs.journal import ImageRecord, JobRecord
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.loop_lag import LagMonitor
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.compose.compose_panel import ComposePanel
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.export.drag_out import (ExportingMimeData, clean_old_drag_folders, drag_folder,
                                            make_drag)
from nbp_desktop.qt.export.export_dialog import ExportDialog
from nbp_desktop.qt.messages import MessageBridge
from nbp_desktop.qt.preview.preview_panel import PreviewPanel
from nbp_desktop.qt.queue.queue_panel import QueuePanel
from nbp_desktop.qt.resources import app_icon
from nbp_desktop.qt.settings.settings_dialog import SettingsDialog
from nbp_desktop.qt.theme import THEMES, apply_theme
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache

log = logging.getLogger(__name__)
STALL_LOG_THRESHOLD = 0.05


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
        self._background: set[asyncio.Task] = set()  # cancelled at shutdown
        self.geometry_restored = False
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.resize(1360, 860)
        self.setDockNestingEnabled(True)

        self.thumbnails = ThumbnailCache(self.services.data_dir)
        self.compose = ComposePanel(self.services, messages)
        self.queue = QueuePanel(self.engine, self.thumbnails, messages)
        self.preview = PreviewPanel(self.services.data_dir, workspace.journal)
        self.setCentralWidget(self.preview)
        self.compose_dock = self._dock("Compose", self.compose, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.queue_dock = self._dock("Queue", self.queue, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.resizeDocks([self.compose_dock], [400], Qt.Orientation.Horizontal)
        self.resizeDocks([self.queue_dock], [240], Qt.Orientation.Vertical)
        self._default_state = self.saveState()

        self._build_export_toolbar()
        self.queue.table.drag_requested.connect(lambda: self.drag_out(self.queue_sources()))
        self.preview.view.drag_requested.connect(lambda: self.drag_out(self.preview_sources()))
        clean_old_drag_folders(self.services.data_dir)

        self.spent_label = QLabel()
        self.spent_label.setToolTip("Spent today (actual cost from Google's token counts)")
        self.statusBar().addPermanentWidget(self.spent_label)
        self._build_menus()

        self.compose.queue_requested.connect(self.on_queue_requested)
        self.queue.job_activated.connect(self.on_job_activated)
        self.preview.edit_requested.connect(self.on_edit_requested)
        self.preview.rerender_requested.connect(self.on_rerender_requested)
        self.preview.use_settings_requested.connect(self.compose.apply_spec)
        self.engine.add_listener(self._on_job_changed)
        messages.info.connect(lambda text: self.statusBar().showMessage(text, 8000))
        messages.warning.connect(self._on_warning)
        messages.error.connect(self._on_error)
        messages.attach()
        self._restore_state()
        self._update_spent()
        if self.services.settings.window.debug_lag_monitor or os.environ.get("NBP_LAG_MONITOR"):
            self.start_lag_monitor()

    def _dock(self, title: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}-dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    # ------------------------------------------------------------------ menus
    def _add(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        settings = self._add(file_menu, "&Settings…", self.open_settings, QKeySequence.StandardKey.Preferences)
        settings.setShortcuts([QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")])
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._add(file_menu, "&Export…", self.open_export, "Ctrl+E",
                  "Export the selected (or shown) images with a preset")
        self._add(file_menu, "Show library folder", lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.services.data_dir))))
        file_menu.addSeparator()
        quit_action = self._add(file_menu, "&Quit", self.quit_requested.emit, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu("&Edit")
        self._add(edit_menu, "Paste reference image", self.compose.references.paste,
                  "Ctrl+Shift+V", "Add the image on the clipboard as a reference")
        self._add(edit_menu, "Copy prompt", self.copy_prompt, "Ctrl+Shift+C",
                  "Copy the shown image's prompt")
        self._add(edit_menu, "Copy image", self.copy_image, "Ctrl+Alt+C",
                  "Copy the shown image to the clipboard, in the drag preset")
        edit_menu.addAction(self.preview.use_action)
        edit_menu.addAction(self.preview.edit_action)

        view_menu = bar.addMenu("&View")
        for action in (self.preview.fit_action, self.preview.actual_action, self.preview.zoom_in_action,
                       self.preview.zoom_out_action, self.preview.compare_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            view_menu.addAction(action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu("Theme")
        group = QActionGroup(self)
        self.theme_actions = {}
        for theme in THEMES:
            action = theme_menu.addAction({"system": "Follow the system", "light": "Light",
                                           "dark": "Dark"}[theme])
            action.setCheckable(True)
            action.setChecked(self.services.settings.theme == theme)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            group.addAction(action)
            self.theme_actions[theme] = action
        view_menu.addSeparator()
        view_menu.addAction(self.compose_dock.toggleViewAction())
        view_menu.addAction(self.queue_dock.toggleViewAction())
        self._add(view_menu, "Reset layout", lambda: self.restoreState(self._default_state))

        queue_menu = bar.addMenu("&Queue")
        self._add(queue_menu, "Queue generation", self.on_queue_requested,
                  [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        queue_menu.addSeparator()
        for action in (self.queue.pause_action, self.queue.cancel_action, self.queue.retry_action,
                       self.queue.up_action, self.queue.down_action, self.queue.clear_action):
            queue_menu.addAction(action)

        window_menu = bar.addMenu("&Window")
        self._add(window_menu, "Minimize", self.showMinimized, "Ctrl+M")
        self._add(window_menu, "Zoom", lambda: self.showNormal() if self.isMaximized() else self.showMaximized())
        self._add(window_menu, "Compose", lambda: self._focus_dock(self.compose_dock, self.compose.prompt_edit), "Ctrl+2")
        self._add(window_menu, "Queue", lambda: self._focus_dock(self.queue_dock, self.queue.table), "Ctrl+3")

        help_menu = bar.addMenu("&Help")
        about = self._add(help_menu, f"About {APP_NAME}", self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self._add(help_menu, "Keyboard shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents)

    def _build_export_toolbar(self) -> None:
        toolbar = self.addToolBar("Export")
        toolbar.setObjectName("export-toolbar")
        toolbar.addWidget(QLabel(" Drag as "))
        self.drag_preset_box = QComboBox()
        self.drag_preset_box.setAccessibleName("Drag preset")
        self.drag_preset_box.setToolTip("The files you drag out of the app (or copy) are exported "
                                        "with this preset as you drop them")
        self.reload_presets()
        self.drag_preset_box.currentTextChanged.connect(self._on_drag_preset_changed)
        toolbar.addWidget(self.drag_preset_box)
        action = toolbar.addAction("Export…")
        action.setToolTip("Export the selected images (Ctrl+E)")
        action.triggered.connect(self.open_export)

    def reload_presets(self) -> None:
        export = self.services.settings.export
        self.drag_preset_box.blockSignals(True)
        self.drag_preset_box.clear()
        self.drag_preset_box.addItems([p.name for p in export.presets])
        self.drag_preset_box.setCurrentText(export.drag_preset)
        self.drag_preset_box.blockSignals(False)

    def _on_drag_preset_changed(self, name: str) -> None:
        self.services.settings.export.drag_preset = name
        self._save_settings_quietly()

    def drag_preset(self) -> ExportPreset:
        export = self.services.settings.export
        return preset_named(export.presets, export.drag_preset)

    def _source(self, record: ImageRecord) -> ExportSource:
        return ExportSource.from_library(self.services.data_dir / record.path, record.id, record.mime,
                                         record.width, record.height)

    def queue_sources(self) -> list[ExportSource]:
        """Images of the selected finished jobs (a variations grid counts once, not its tiles)."""
        records = [self.workspace.journal.image(image_id)
                   for job in self.queue.selected_jobs() for image_id in job.image_ids]
        return [self._source(r) for r in records if r is not None and r.role != "tile"]

    def preview_sources(self) -> list[ExportSource]:
        return [self._source(self.preview.record)] if self.preview.record is not None else []

    def drag_out(self, sources: list[ExportSource]) -> None:
        if not sources:
            return
        drag = make_drag(self, sources, self.drag_preset(), self.services.data_dir,
                         self.preview.view.grab() if self.preview.record else None)
        self.last_drag = drag
        count = len(sources)
        self.messages.show_info(f"Dragging {count} image{'s' if count != 1 else ''} as "
                                f"“{self.services.settings.export.drag_preset}”…")
        drag.exec(Qt.DropAction.CopyAction)

    @async_slot()
    async def copy_image(self) -> None:
        mime = await self.clipboard_data()
        if mime is not None:
            QApplication.clipboard().setMimeData(mime)
            self.messages.show_info(f"Image copied as “{self.services.settings.export.drag_preset}”.")

    async def clipboard_data(self) -> QMimeData | None:
        """The shown image exported with the drag preset: file URL plus pixels."""
        sources = self.preview_sources()
        if not sources:
            return None
        exporting = ExportingMimeData(sources, self.drag_preset(), drag_folder(self.services.data_dir))
        paths = await asyncio.to_thread(lambda: [f.result().path for f in exporting.futures])
        image = await asyncio.to_thread(QImage, str(paths[0]))
        # A plain QMimeData: the clipboard outlives the window (and is flushed at exit), so
        # it must not hold our Python subclass; the files are finished by now anyway.
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        mime.setImageData(image)
        return mime

    def open_export(self) -> None:
        sources = self.queue_sources() or self.preview_sources()
        if not sources:
            self.messages.show_warning("Select finished jobs in the queue (or show an image) to export.")
            return
        dialog = ExportDialog(self.services, sources, self)
        dialog.accepted.connect(lambda: self.messages.show_info(dialog.status.text()))
        dialog.finished.connect(lambda _r: self.reload_presets())
        dialog.open()
        return dialog

    def _focus_dock(self, dock: QDockWidget, widget) -> None:
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
                                                  "Add a connection first (File → Settings)."))
            return []
        if not spec.prompt and not spec.reference_files:
            self.messages.show_warning("Write a prompt first.")
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
        plural = "s" if count > 1 else ""
        note = " (the queue is paused)" if self.engine.paused else ""
        self.messages.show_info(f"Queued {count} job{plural} with “{spec.connection}”{note}.")
        self.queue.select_job(ids[-1])
        return ids

    async def generate(self) -> list[JobRecord]:
        """Queue the compose pane's settings and wait for the results (self-test and tests)."""
        ids = await self.queue_current()
        if not ids:
            return []
        return await self.engine.wait_for(ids, give_up_when_paused=True)

    def _on_job_changed(self, job: JobRecord) -> None:
        if job.id in self._mine and job.status.finished:
            self._mine.discard(job.id)
            if job.status is JobStatus.SUCCEEDED and job.image_ids:
                self._spawn(self.show_job(job))
            elif job.error_message and job.status is JobStatus.FAILED:
                self.messages.show_exception(NbpError(job.error_kind or ErrorKind.SERVER_ERROR,
                                                      job.error_message, job.error_detail or ""))
            self._update_spent()

    @async_slot(object)
    async def on_job_activated(self, job: JobRecord) -> None:
        if job.status is JobStatus.SUCCEEDED and job.image_ids:
            await self.show_job(job)

    async def show_job(self, job: JobRecord) -> None:
        record = await asyncio.to_thread(self.workspace.journal.image, job.image_ids[0])
        if record is not None:
            await self.show_image(record)

    async def show_image(self, record: ImageRecord) -> None:
        await self.preview.show_image(record)
        self.result_shown.emit(record.id)

    @async_slot(object, str)
    async def on_edit_requested(self, record: ImageRecord, instruction: str) -> None:
        spec = self._spec_from_image(record)
        spec.prompt, spec.parent_image_id, spec.edit = instruction, record.id, "edit"
        await self._submit(spec, 1)

    @async_slot(object, str)
    async def on_rerender_requested(self, record: ImageRecord, size: str) -> None:
        spec = self._spec_from_image(record)
        spec.prompt, spec.size, spec.parent_image_id, spec.edit = "", size, record.id, "rerender"
        spec.variations_grid = False
        await self._submit(spec, 1)

    def _spec_from_image(self, record: ImageRecord) -> JobSpec:
        saved = self.preview.sidecar.get("spec") if self.preview.record and self.preview.record.id == record.id else None
        spec = JobSpec.from_json(saved) if saved else JobSpec(connection=record.connection or "",
                                                              prompt=record.prompt or "",
                                                              model=record.model or "")
        if spec.connection not in [c.name for c in self.services.connections()]:
            spec.connection = self.compose.connection_box.currentText()
        spec.reference_files, spec.variations_grid, spec.seed = [], False, None
        return spec

    def copy_prompt(self) -> None:
        record = self.preview.record
        if record is not None and record.prompt:
            QApplication.clipboard().setText(record.prompt)
            self.messages.show_info("Prompt copied.")

    def set_theme(self, theme: str) -> None:
        self.services.settings.theme = theme
        apply_theme(QApplication.instance(), theme)
        self.theme_actions[theme].setChecked(True)
        self._save_settings_quietly()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.services, self)
        dialog.saved.connect(self.apply_settings)
        dialog.connections_changed.connect(self.compose.reload_connections)
        dialog.open()
        return dialog

    def apply_settings(self) -> None:
        """Settings that take effect at once: queue limits, budget, timeouts, theme."""
        s = self.services.settings
        from nbp_desktop.core.google.transport import RetryPolicy, TimeoutPolicy
        from nbp_desktop.core.jobs.engine import Budget, QueueLimits

        self.engine.default_limits = QueueLimits(s.queue.concurrency, s.queue.requests_per_minute)
        self.engine.budget = Budget(s.budget.limit_usd, s.budget.period)
        self.services.client.timeouts = TimeoutPolicy(per_size=s.network.timeouts_by_size(),
                                                      connect=s.network.connect_timeout)
        self.services.client.retries = RetryPolicy(max_attempts=s.network.max_attempts,
                                                   base_delay=s.network.retry_base_delay)
        self.set_theme(s.theme)
        self.compose.reload_connections()
        if s.window.debug_lag_monitor and self.lag_monitor is None:
            self.start_lag_monitor()
        self.messages.show_info("Settings saved.")

    def show_about(self) -> None:
        QMessageBox.about(self, APP_NAME, f"<b>{APP_NAME} {__version__}</b><br>Generate, review and "
                                          "hand off images made with Google's Gemini image models."
                                          f"<br><br>Library: {self.services.data_dir}")

    def show_shortcuts(self) -> None:
        rows = [("Queue generation", "Ctrl+Enter"), ("Settings", "Ctrl+,"), ("Fit / 100%", "Ctrl+0 / Ctrl+1"),
                ("Zoom", "Ctrl++ / Ctrl+- or the wheel"), ("Edit this image", "E"), ("Compare", "C"),
                ("Cancel selected job", "Delete (in the queue)"), ("Run again", "Ctrl+R"),
                ("Move job", "Ctrl+Up / Ctrl+Down"), ("Paste reference", "Ctrl+Shift+V"),
                ("Compose / Queue", "Ctrl+2 / Ctrl+3"), ("Quit", "Ctrl+Q")]
        text = "".join(f"<tr><td>{a}</td><td style='padding-left:16px'><b>{b}</b></td></tr>" for a, b in rows)
        QMessageBox.information(self, "Keyboard shortcuts", f"<table>{text}</table>")

    # ------------------------------------------------------------ status bar
    def _on_warning(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def _on_error(self, sentence: str, details: str) -> None:
        self.statusBar().showMessage(sentence, 20000)
        self.statusBar().setToolTip(details)

    def _update_spent(self) -> None:
        async def update() -> None:
            start = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
            spent = await asyncio.to_thread(self.workspace.journal.spent,
                                            start.astimezone(timezone.utc).isoformat())
            cap = self.engine.budget.limit_usd
            self.spent_label.setText(f"Today ${spent:.2f}" + (f" of ${cap:.2f}" if cap else ""))
        self._spawn(update())

    def _spawn(self, coroutine) -> None:
        """Run a coroutine for the window; it is cancelled if the window shuts down first."""
        task = asyncio.ensure_future(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # ------------------------------------------------------------ lifecycle
    def start_lag_monitor(self) -> LagMonitor:
        self.lag_monitor = LagMonitor(interval=0.004).start()
        return self.lag_monitor

    def _restore_state(self) -> None:
        state = self.services.settings.window
        if state.geometry:
            self.geometry_restored = self.restoreGeometry(QByteArray.fromBase64(state.geometry.encode()))
        if state.dock_state:
            self.restoreState(QByteArray.fromBase64(state.dock_state.encode()))

    def remember_state(self) -> None:
        state = self.services.settings.window
        state.geometry = bytes(self.saveGeometry().toBase64()).decode()
        state.dock_state = bytes(self.saveState().toBase64()).decode()
        self._save_settings_quietly()

    def _save_settings_quietly(self) -> None:
        try:
            self.services.registry.settings_file.save(self.services.settings)
        except (NbpError, OSError) as error:
            log.warning("settings not saved: %s", error)

    async def shutdown(self) -> None:
        self.remember_state()
        for task in list(self._background):
            task.cancel()
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        if self.lag_monitor is not None:
            await self.lag_monitor.stop()
            if self.lag_monitor.worst > STALL_LOG_THRESHOLD:
                log.warning("largest event-loop stall: %.0f ms", self.lag_monitor.worst * 1000)

    def closeEvent(self, event) -> None:
        event.accept()
        self.quit_requested.emit()

