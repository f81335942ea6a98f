"""The main window: compose on the left, the result on the right.

This is the first cut the foundation needs (generate through any connection, see the result,
errors in words); the full compose/queue/preview/settings window builds on it.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QMainWindow,
                               QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox,
                               QSplitter, QVBoxLayout, QWidget)

from nbp_desktop import APP_NAME, __version__
from nbp_desktop.core.catalog import MODELS, estimate_cost, model_info
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.jobs.journal import JobRecord
from nbp_desktop.core.jobs.spec import JobSpec
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.messages import MessageBridge

PREVIEW_EDGE = 2048  # the preview is decoded at most this large, off the GUI thread


def _decode_preview(data: bytes, edge: int) -> QImage:
    """Runs in a worker thread: QImage (unlike QPixmap) may be used off the GUI thread."""
    image = QImage.fromData(data)
    if image.isNull():
        return image
    if max(image.width(), image.height()) > edge:
        image = image.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


class MainWindow(QMainWindow):
    generation_finished = Signal(object)  # list[JobRecord]
    quit_requested = Signal()

    def __init__(self, workspace: Workspace, messages: MessageBridge) -> None:
        super().__init__()
        self.workspace = workspace
        self.services = workspace.services
        self.engine = workspace.engine
        self.messages = messages
        self._tasks: set[asyncio.Task] = set()
        self._pixmap: QPixmap | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 760)
        self._build_compose()
        self._build_preview()
        splitter = QSplitter()
        splitter.addWidget(self.compose_panel)
        splitter.addWidget(self.preview_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 820])
        self.setCentralWidget(splitter)
        self._build_menus()
        messages.info.connect(lambda text: self.statusBar().showMessage(text, 8000))
        messages.warning.connect(lambda text: self.statusBar().showMessage(text, 15000))
        messages.error.connect(self._on_error)
        messages.attach()
        self.reload_connections()
        self._update_estimate()

    # ------------------------------------------------------------------ layout
    def _build_compose(self) -> None:
        self.compose_panel = QWidget()
        layout = QVBoxLayout(self.compose_panel)
        layout.addWidget(QLabel("<b>Prompt</b>"))
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setPlaceholderText("Describe the image… (Ctrl+Enter generates)")
        self.prompt_edit.setAccessibleName("Prompt")
        layout.addWidget(self.prompt_edit, 1)
        form = QFormLayout()
        self.connection_box = QComboBox()
        self.connection_box.setAccessibleName("Connection")
        self.model_box = QComboBox()
        self.model_box.setEditable(True)  # new Google model ids must stay usable
        self.model_box.setAccessibleName("Model")
        for info in MODELS:
            self.model_box.addItem(f"{info.model_id}", info.model_id)
        self.size_box = QComboBox()
        self.size_box.setAccessibleName("Size")
        self.aspect_box = QComboBox()
        self.aspect_box.setAccessibleName("Aspect ratio")
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 16)
        self.count_spin.setAccessibleName("Count")
        form.addRow("Connection", self.connection_box)
        form.addRow("Model", self.model_box)
        form.addRow("Size", self.size_box)
        form.addRow("Aspect ratio", self.aspect_box)
        form.addRow("Count", self.count_spin)
        layout.addLayout(form)
        self.estimate_label = QLabel()
        self.estimate_label.setAccessibleName("Estimated cost")
        layout.addWidget(self.estimate_label)
        buttons = QHBoxLayout()
        self.generate_button = QPushButton("Generate")
        self.generate_button.setDefault(True)
        self.generate_button.setToolTip("Generate (Ctrl+Enter)")
        self.generate_button.clicked.connect(self.on_generate_clicked)
        buttons.addStretch(1)
        buttons.addWidget(self.generate_button)
        layout.addLayout(buttons)
        self.model_box.currentTextChanged.connect(self._on_model_changed)
        self.size_box.currentTextChanged.connect(self._update_estimate)
        self.count_spin.valueChanged.connect(self._update_estimate)
        self._on_model_changed(self.model_box.currentText())

    def _build_preview(self) -> None:
        self.preview_panel = QWidget()
        layout = QVBoxLayout(self.preview_panel)
        self.image_label = QLabel("Your images appear here.")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setMinimumSize(QSize(320, 240))
        self.image_label.setAccessibleName("Preview")
        scroll = QScrollArea()
        scroll.setWidget(self.image_label)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details_label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested.emit)
        file_menu.addAction(quit_action)
        generate_action = QAction("&Generate", self)
        generate_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        generate_action.triggered.connect(self.on_generate_clicked)
        self.addAction(generate_action)
        queue_menu = self.menuBar().addMenu("&Queue")
        queue_menu.addAction(generate_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction(f"&About {APP_NAME}", self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, APP_NAME, f"{APP_NAME} {__version__}\nImages with Google's Gemini image models."))
        help_menu.addAction(about)

    # ------------------------------------------------------------------- state
    def reload_connections(self) -> None:
        current = self.connection_box.currentText()
        self.connection_box.clear()
        for config in self.services.connections():
            self.connection_box.addItem(config.name)
        default = current or self.services.settings.default_connection
        if default:
            index = self.connection_box.findText(default)
            if index >= 0:
                self.connection_box.setCurrentIndex(index)

    def _on_model_changed(self, model_id: str) -> None:
        info = model_info(model_id.strip() or MODELS[0].model_id)
        for box, values, preferred in ((self.size_box, info.sizes, "1K"),
                                       (self.aspect_box, info.aspect_ratios, "1:1")):
            previous = box.currentText() or preferred
            box.blockSignals(True)
            box.clear()
            box.addItems(list(values))
            box.setCurrentText(previous if previous in values else values[0])
            box.blockSignals(False)
        self._update_estimate()

    def _update_estimate(self, *_args) -> None:
        cost = estimate_cost(self.model_box.currentText().strip(), self.size_box.currentText() or "1K",
                             self.count_spin.value())
        self.estimate_label.setText(f"Estimated cost: ${cost:.3f}")

    def current_spec(self) -> JobSpec:
        return JobSpec(connection=self.connection_box.currentText(),
                       prompt=self.prompt_edit.toPlainText().strip(),
                       model=self.model_box.currentText().strip(),
                       size=self.size_box.currentText(),
                       aspect_ratio=self.aspect_box.currentText() or None)

    # ----------------------------------------------------------------- actions
    @async_slot()
    async def on_generate_clicked(self) -> None:
        await self.generate()

    async def generate(self) -> list[JobRecord]:
        """Queue jobs with the current settings and show the first result when it lands.
        Errors go to the message bridge."""
        task = asyncio.current_task()
        self._tasks.add(task)
        self.generate_button.setEnabled(False)
        jobs: list[JobRecord] = []
        try:
            spec = self.current_spec()
            if not spec.connection:
                raise NbpError(ErrorKind.CONNECTION_NOT_FOUND, "Add a connection first.")
            self.messages.show_info(f"Generating with “{spec.connection}”…")

            def progress(job: JobRecord) -> None:
                phase = self.engine.progress.get(job.id)
                if phase is not None and job.id in ids:
                    self.statusBar().showMessage(phase.message)
            ids: list[str] = []
            self.engine.add_listener(progress)
            try:
                ids += await self.engine.submit(spec, self.count_spin.value())
                jobs = await self.engine.wait_for(ids, give_up_when_paused=True)
            finally:
                self.engine.remove_listener(progress)
            for job in jobs:
                if job.error_message and job.status != "succeeded":
                    self.messages.show_exception(NbpError(job.error_kind or ErrorKind.SERVER_ERROR,
                                                          job.error_message, job.error_detail or ""))
            done = [j for j in jobs if j.status == "succeeded"]
            if done:
                await self.show_result(done[0])
                self.messages.show_info(f"{len(done)} of {len(jobs)} images saved.")
        except NbpError as error:
            self.messages.show_exception(error)
        finally:
            self.generate_button.setEnabled(True)
            self._tasks.discard(task)
            self.generation_finished.emit(jobs)
        return jobs

    async def show_result(self, job: JobRecord) -> None:
        record = self.workspace.journal.image(job.image_ids[0])
        path = self.services.data_dir / record.path
        data = await asyncio.to_thread(path.read_bytes)
        edge = int(PREVIEW_EDGE * self.devicePixelRatioF())
        image = await asyncio.to_thread(_decode_preview, data, edge)
        self._pixmap = QPixmap.fromImage(image)
        self._fit_preview()
        timings = job.timings or {}
        parts = [f"{record.width}×{record.height} {record.mime}",
                 f"{record.bytes / 2**20:.1f} MB", str(path)]
        if timings:
            parts.append(f"wait {timings.get('wait', 0):.1f} s · download "
                         f"{timings.get('download', 0):.2f} s · decode {timings.get('decode', 0):.2f} s")
        text = job.result_text or ""
        self.details_label.setText(" · ".join(parts) + (f"\n{text}" if text else ""))

    def _fit_preview(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            return
        area = self.image_label.size() * self.devicePixelRatioF()
        scaled = self._pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(self.devicePixelRatioF())
        self.image_label.setPixmap(scaled)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def _on_error(self, sentence: str, details: str) -> None:
        self.statusBar().showMessage(sentence, 20000)
        self.details_label.setText(sentence + (f"\n({details})" if details else ""))

    async def shutdown(self) -> None:
        """Cancel running generations before the loop ends (their requests are aborted)."""
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def closeEvent(self, event) -> None:
        event.accept()
        self.quit_requested.emit()
