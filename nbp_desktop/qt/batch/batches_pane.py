"""The Batches pane: each batch with its state, rows done and failed, elapsed time and cost at
batch price. It resumes unfinished batches when the window opens (polling with backoff) and
tells the gallery when results have arrived on the sheet's board."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nbp_desktop.core import formatting
from nbp_desktop.core.batch.journal import BatchJournal, BatchRecord
from nbp_desktop.core.batch.runner import BatchRunner, PollPolicy, run_interactive
from nbp_desktop.core.errors import describe_wait
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.batch.sheet_import_dialog import SheetImportDialog, SheetSubmission
from nbp_desktop.qt.messages import MessageBridge

# English, translated where shown. The states, progress phases and modes are the core's
# identifiers (also in the CLI's JSON): only their words on screen are translated.
COLUMNS = [QT_TRANSLATE_NOOP("BatchesPane", "Sheet"), QT_TRANSLATE_NOOP("BatchesPane", "State"),
           QT_TRANSLATE_NOOP("BatchesPane", "Rows"), QT_TRANSLATE_NOOP("BatchesPane", "Failed"),
           QT_TRANSLATE_NOOP("BatchesPane", "Elapsed"), QT_TRANSLATE_NOOP("BatchesPane", "Cost"),
           QT_TRANSLATE_NOOP("BatchesPane", "Mode"), QT_TRANSLATE_NOOP("BatchesPane", "Batch")]
_WORDS = {
    "validating": QT_TRANSLATE_NOOP("BatchesPane", "validating"),
    "queued": QT_TRANSLATE_NOOP("BatchesPane", "queued"),
    "running": QT_TRANSLATE_NOOP("BatchesPane", "running"),
    "downloading": QT_TRANSLATE_NOOP("BatchesPane", "downloading"),
    "uploading": QT_TRANSLATE_NOOP("BatchesPane", "uploading"),
    "succeeded": QT_TRANSLATE_NOOP("BatchesPane", "succeeded"),
    "partly failed": QT_TRANSLATE_NOOP("BatchesPane", "partly failed"),
    "failed": QT_TRANSLATE_NOOP("BatchesPane", "failed"),
    "expired": QT_TRANSLATE_NOOP("BatchesPane", "expired"),
    "cancelled": QT_TRANSLATE_NOOP("BatchesPane", "canceled"),  # the stored state keeps its spelling
    "inline": QT_TRANSLATE_NOOP("BatchesPane", "inline"),
    "file": QT_TRANSLATE_NOOP("BatchesPane", "file"),
    "vertex": QT_TRANSLATE_NOOP("BatchesPane", "vertex"),
    "interactive": QT_TRANSLATE_NOOP("BatchesPane", "interactive"),
}


def _in_words(identifier: str) -> str:
    """A batch state, phase or mode as the pane shows it (an unknown one as it is)."""
    word = _WORDS.get(identifier)
    return translate("BatchesPane", word) if word is not None else identifier

_STATE_COLOURS = {"succeeded": "#2e7d32", "partly failed": "#b26a00", "failed": "#c62828",
                  "expired": "#c62828", "cancelled": "#757575"}
Spawn = Callable[[object], None]


class BatchesPane(QWidget):
    results_arrived = Signal()

    def __init__(self, workspace: Workspace, messages: MessageBridge, spawn: Spawn,
                 poll: PollPolicy = PollPolicy()) -> None:
        super().__init__()
        self.poll = poll
        self.workspace = workspace
        self.messages = messages
        self._spawn = spawn
        self.runner: BatchRunner | None = None
        self.records: dict[str, BatchRecord] = {}
        self._running: set[str] = set()
        self.failed_rows: dict[str, str] = {}  # batch id -> the failed rows' own errors, in words

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import prompt sheet…"))
        self.import_button.clicked.connect(self.open_import)
        self.cancel_button = QPushButton(self.tr("Cancel batch"))
        self.cancel_button.clicked.connect(lambda: self._for_selected(self.cancel))
        self.download_button = QPushButton(self.tr("Check now"))
        self.download_button.setToolTip(self.tr("Ask Google now instead of at the next scheduled check"))
        self.download_button.clicked.connect(lambda: self._for_selected(self.check_now))
        for button in (self.import_button, self.cancel_button, self.download_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("BatchesPane", column) for column in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._render)
        self._clock.start()

    # --------------------------------------------------------------- lifecycle
    async def start(self) -> None:
        """Open the batch journal (off the GUI thread) and resume every unfinished batch."""
        batches = await asyncio.to_thread(BatchJournal, self.workspace.journal.database)
        self.runner = BatchRunner(self.workspace.services, self.workspace.journal, batches,
                                  poll=self.poll)
        self.runner.listeners.append(self._on_changed)
        for record in await asyncio.to_thread(batches.batches):
            self.records[record.id] = record
            if record.rows_failed:
                self._spawn(self._load_failed_rows(record.id))
        self._render()
        for record in list(self.records.values()):
            if not record.finished and record.mode != "interactive":
                self._spawn(self.follow(record.id))

    def _on_changed(self, record: BatchRecord) -> None:
        previous = self.records.get(record.id)
        self.records[record.id] = record
        if previous is None or record.rows_done != previous.rows_done:
            self.results_arrived.emit()
        if record.rows_failed and (previous is None or previous.rows_failed != record.rows_failed):
            self._spawn(self._load_failed_rows(record.id))
        self._render()

    async def _load_failed_rows(self, batch_id: str) -> None:
        assert self.runner is not None
        rows = await asyncio.to_thread(self.runner.batches.rows, batch_id, "failed")
        lines = [self.tr("Row {number} ({key}): {error}").format(number=r.row_number, key=r.key,
                                                                 error=r.error_message) for r in rows[:15]]
        if len(rows) > 15:
            lines.append(self.tr("… and %n more", None, len(rows) - 15))
        self.failed_rows[batch_id] = "\n".join(lines)
        self._render()

    # ----------------------------------------------------------------- actions
    def open_import(self) -> SheetImportDialog:
        services = self.workspace.services
        dialog = SheetImportDialog(services.connections(), services.settings.default_connection, self)
        dialog.submitted.connect(lambda s: self._spawn(self.submit(s)))
        dialog.open()
        return dialog

    async def submit(self, submission: SheetSubmission) -> BatchRecord | None:
        assert self.runner is not None
        try:
            if submission.interactive:
                assert self.workspace.engine is not None
                record = await run_interactive(self.runner, submission.sheet, submission.connection,
                                               self.workspace.engine, submission.skip_bad_rows)
                self.results_arrived.emit()
                return record
            record = await self.runner.submit(submission.sheet, submission.connection,
                                              bucket=submission.bucket,
                                              skip_bad_rows=submission.skip_bad_rows, run=False)
            self.messages.show_info(self.tr("Batch “{sheet}” journalled; sending it to Google.")
                                    .format(sheet=record.sheet_name))
            return await self.follow(record.id)
        except Exception as exc:  # shown in words; the journal keeps the batch for a retry
            self.messages.show_exception(exc)
            return None

    async def follow(self, batch_id: str) -> BatchRecord | None:
        """Send (if needed), poll with backoff and download one batch; once per batch."""
        assert self.runner is not None
        if batch_id in self._running:
            return self.records.get(batch_id)
        self._running.add(batch_id)
        try:
            record = await self.runner.wait(batch_id)
            if record.state in ("succeeded", "partly failed"):
                self.messages.show_info(self.tr("Batch “{sheet}”: %n image(s) are in the library on the board "
                                                "“{sheet}”.", None, record.rows_done)
                                        .format(sheet=record.sheet_name))
            return record
        except Exception as exc:
            self.messages.show_exception(exc)
            return None
        finally:
            self._running.discard(batch_id)

    async def check_now(self, batch_id: str) -> None:
        """One status check at Google now; a finished batch is then downloaded."""
        assert self.runner is not None
        try:
            record = await self.runner.refresh(batch_id)
        except Exception as exc:
            self.messages.show_exception(exc)
            return
        if not record.finished and record.mode != "interactive":
            await self.follow(batch_id)

    async def cancel(self, batch_id: str) -> None:
        assert self.runner is not None
        try:
            await self.runner.cancel(batch_id)
        except Exception as exc:
            self.messages.show_exception(exc)

    def _for_selected(self, action) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = [item.data(Qt.ItemDataRole.UserRole) for row in rows
               if (item := self.table.item(row, 0)) is not None]
        for batch_id in ids:
            self._spawn(action(batch_id))

    # ------------------------------------------------------------------ render
    def _state_text(self, record: BatchRecord) -> str:
        """The state, with the upload or download progress while one runs."""
        moving = self.runner.progress.get(record.id) if self.runner else None
        if moving and not record.finished and record.state in ("validating", "downloading"):
            what, done, total = moving
            if what in ("uploading", "downloading") and total:
                return f"{_in_words(what)} {100 * done // total} %"
        return _in_words(record.state)

    def _render(self) -> None:
        records = sorted(self.records.values(), key=lambda r: r.created, reverse=True)
        selected = {item.data(Qt.ItemDataRole.UserRole)
                    for i in self.table.selectionModel().selectedRows()
                    if (item := self.table.item(i.row(), 0)) is not None}
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            cost = record.actual_cost if record.actual_cost is not None else record.estimated_cost
            estimated = "" if record.actual_cost is not None else "≈ "
            money = f"{estimated}{formatting.money(cost)}"
            cost_text = (self.tr("{cost} (interactive)") if record.mode == "interactive"
                         else self.tr("{cost} (batch price)")).format(cost=money)
            cells = [record.sheet_name, self._state_text(record),
                     f"{record.rows_done} / {record.rows_total}", str(record.rows_failed),
                     describe_wait(record.elapsed_seconds()), cost_text,
                     _in_words(record.mode), record.google_name or record.id]
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                if column == 1:
                    colour = _STATE_COLOURS.get(record.state)
                    item.setForeground(QColor(colour) if colour else self.palette().text().color())
                    item.setToolTip(record.error_message or _in_words(record.state))
                if column == 3:
                    item.setToolTip(self.failed_rows.get(record.id, ""))
            if record.id in selected:
                self.table.selectRow(row)


def install_batches(window) -> QDockWidget:
    """The main window's hook: a Batches dock next to the queue and one menu action; returns
    the dock (the pane is ``window.batches_pane``)."""
    pane = BatchesPane(window.workspace, window.messages, window._spawn)
    dock = window._dock("batches", translate("BatchesPane", "Batches"), pane, Qt.DockWidgetArea.RightDockWidgetArea)
    window.tabifyDockWidget(window.queue_dock, dock)
    window.queue_dock.raise_()
    pane.results_arrived.connect(window.gallery.schedule_reload)
    menu = window.queue_menu
    menu.addSeparator()
    window._add(menu, translate("BatchesPane", "Import prompt sheet…"), pane.open_import, "import_sheet",
                tip=translate("BatchesPane", "Generate a CSV/TSV sheet of prompts at batch price (half the "
                                             "interactive price) or through the queue"))
    menu.addAction(dock.toggleViewAction())
    window.batches_pane = pane
    window._spawn(pane.start())
    return dock
