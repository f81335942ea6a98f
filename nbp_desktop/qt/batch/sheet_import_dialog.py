"""Import a prompt sheet: a preview of the first rows, every bad row with its number and what
is wrong, and the cost at batch price next to the interactive price. Nothing is sent from
here until every row is valid or the bad ones are skipped on purpose."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QButtonGroup, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton,
                               QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nbp_desktop.core import formatting
from nbp_desktop.core.batch.sheet import PromptSheet, parse_sheet, read_sheet
from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.core.errors import NbpError
from nbp_desktop.qt.tasks import TaskSet

PREVIEW_ROWS = 25
_BATCH_KINDS = (ConnectionKind.AISTUDIO, ConnectionKind.VERTEX)


@dataclass
class SheetSubmission:
    sheet: PromptSheet
    connection: str
    interactive: bool
    bucket: str | None
    skip_bad_rows: bool


class SheetImportDialog(QDialog):
    submitted = Signal(object)  # SheetSubmission

    def __init__(self, connections: list[ConnectionConfig], default: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import prompt sheet"))
        self.resize(960, 640)
        self.sheet: PromptSheet | None = None
        self.path: Path | None = None
        self._connections = {c.name: c for c in connections}
        self.tasks = TaskSet()  # the sheet being read
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No sheet chosen."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Choose sheet…"))
        choose.clicked.connect(self.choose_file)
        paste = QPushButton(self.tr("Paste table"))
        paste.setToolTip(self.tr("Use rows copied from a spreadsheet (the first row is the header)"))
        paste.clicked.connect(lambda: self.tasks.spawn(self.load_text(QApplication.clipboard().text())))
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        top.addWidget(paste)
        layout.addLayout(top)

        form = QFormLayout()
        self.connection_box = QComboBox()
        self.connection_box.addItems(list(self._connections))
        if default in self._connections:
            self.connection_box.setCurrentText(default)
        self.connection_box.currentTextChanged.connect(lambda _t: self._update())
        form.addRow(self.tr("Connection"), self.connection_box)
        modes = QHBoxLayout()
        self.batch_radio = QRadioButton(self.tr("Batch at half price (Google runs it within 24 h)"))
        self.interactive_radio = QRadioButton(self.tr("Interactive (the queue, full price)"))
        self.batch_radio.setChecked(True)
        group = QButtonGroup(self)
        for radio in (self.batch_radio, self.interactive_radio):
            group.addButton(radio)
            modes.addWidget(radio)
            radio.toggled.connect(lambda _on: self._update())
        modes.addStretch(1)
        form.addRow(self.tr("Run as"), modes)
        self.bucket_edit = QLineEdit()
        self.bucket_edit.setPlaceholderText("gs://your-bucket/batches")
        self.bucket_edit.textChanged.connect(lambda _t: self._update())
        self.bucket_label = QLabel(self.tr("Cloud Storage bucket"))
        form.addRow(self.bucket_label, self.bucket_edit)
        layout.addLayout(form)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Prompt"), self.tr("Ratio"), self.tr("Size"),
                                              self.tr("Count"), self.tr("Seed"), self.tr("Tags")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)

        self.problems_label = QLabel()
        layout.addWidget(self.problems_label)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(130)
        layout.addWidget(self.problems, 1)
        self.skip_box = QCheckBox(self.tr("Leave out the rows with problems and send the rest"))
        self.skip_box.toggled.connect(lambda _on: self._update())
        layout.addWidget(self.skip_box)

        self.cost_label = QLabel()
        self.cost_label.setObjectName("sheet-cost")
        font = self.cost_label.font()
        font.setBold(True)
        self.cost_label.setFont(font)
        layout.addWidget(self.cost_label)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = self.buttons.addButton(self.tr("Submit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    # ----------------------------------------------------------------- loading
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a prompt sheet"), "",
                                              self.tr("Prompt sheets (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.tasks.spawn(self.load(Path(path)))

    def _model(self) -> str:
        config = self._connections.get(self.connection_box.currentText())
        return config.model if config else "gemini-3-pro-image"

    async def load(self, path: Path) -> None:
        """Read and check the sheet off the GUI thread, then show it."""
        self.path = path
        self.file_label.setText(self.tr("Reading {name}…").format(name=path.name))
        try:
            sheet = await asyncio.to_thread(read_sheet, path, self._model())
        except NbpError as error:
            self.show_refusal(path, error.message)
            return
        self.show_sheet(sheet)

    async def load_text(self, text: str, name: str | None = None) -> None:
        """A table pasted from a spreadsheet (tab-separated) or typed as CSV; reference paths
        are relative to the home folder."""
        self.path = None
        name = name or self.tr("Pasted sheet")
        try:
            sheet = await asyncio.to_thread(parse_sheet, text, name, self._model(), Path.home())
        except NbpError as error:
            self.show_refusal(Path(name), error.message)
            return
        self.show_sheet(sheet)

    def show_refusal(self, path: Path, message: str) -> None:
        self.sheet = None
        self.file_label.setText(str(path))
        self.table.setRowCount(0)
        self.problems.clear()
        self.problems.addItem(message)
        self.problems_label.setText(self.tr("This sheet cannot be imported:"))
        self._update()

    def show_sheet(self, sheet: PromptSheet) -> None:
        self.sheet = sheet
        self.file_label.setText(str(sheet.path or sheet.name))
        rows = sheet.rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = [str(row.row_number), row.prompt, row.aspect_ratio or self.tr("model default"), row.size,
                     str(row.count), "" if row.seed is None else str(row.seed), ", ".join(row.tags)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.table.resizeColumnToContents(0)
        self.problems.clear()
        for problem in sheet.problems:
            self.problems.addItem(problem.message)
        more = len(sheet.rows) - len(rows)
        problems = len(sheet.problems)
        if more > 0 and problems:
            said = self.tr("Showing the first {shown} of {total} rows. %n row(s) with problems:", None, problems)
        elif more > 0:
            said = self.tr("Showing the first {shown} of {total} rows. Every row is valid.")
        elif problems:
            said = self.tr("%n row(s) with problems:", None, problems)
        else:
            said = self.tr("Every row is valid.")
        self.problems_label.setText(said.format(shown=len(rows), total=len(sheet.rows)))
        self._update()

    # ------------------------------------------------------------------ state
    def _update(self) -> None:
        config = self._connections.get(self.connection_box.currentText())
        batch_possible = config is not None and config.kind in _BATCH_KINDS
        self.batch_radio.setEnabled(batch_possible)
        if not batch_possible and self.batch_radio.isChecked():
            self.interactive_radio.setChecked(True)
        vertex = config is not None and config.kind is ConnectionKind.VERTEX
        needs_bucket = vertex and self.batch_radio.isChecked()
        self.bucket_label.setVisible(needs_bucket)
        self.bucket_edit.setVisible(needs_bucket)
        self.skip_box.setVisible(bool(self.sheet and self.sheet.problems))
        sheet = self.sheet
        notes = []
        if config is not None and not batch_possible:
            notes.append(self.tr("{kind} has no batch mode; this sheet can only run through the queue at "
                                 "the interactive price.").format(kind=config.kind.label))
        if sheet is None:
            self.cost_label.setText("")
        else:
            images = sheet.request_count
            self.cost_label.setText(
                self.tr("%n image(s): {batch} at batch price · {interactive} interactive", None, images)
                .format(batch=formatting.money(sheet.batch_cost()),
                        interactive=formatting.money(sheet.interactive_cost())))
        if needs_bucket and not self.bucket_edit.text().strip():
            notes.append(self.tr("Name the Cloud Storage bucket Vertex reads the requests from and writes "
                                 "the results to; the service account needs Storage Object Admin on it."))
        self.note_label.setText(" ".join(notes))
        ready = (sheet is not None and bool(sheet.rows)
                 and (not sheet.problems or self.skip_box.isChecked())
                 and not (needs_bucket and not self.bucket_edit.text().strip()))
        self.submit_button.setEnabled(ready)

    def submission(self) -> SheetSubmission | None:
        if self.sheet is None or not self.submit_button.isEnabled():
            return None
        interactive = self.interactive_radio.isChecked()
        return SheetSubmission(sheet=self.sheet, connection=self.connection_box.currentText(),
                               interactive=interactive,
                               bucket=None if interactive else (self.bucket_edit.text().strip() or None),
                               skip_bad_rows=self.skip_box.isChecked())

    def _submit(self) -> None:
        submission = self.submission()
        if submission is not None:
            self.submitted.emit(submission)
            self.accept()
