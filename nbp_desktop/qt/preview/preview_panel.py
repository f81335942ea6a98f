"""The preview pane: the image (fit, 100%, wheel zoom, pan), the model's reply, every fact
about it, and what to do next: edit, re-render larger, recall settings, open, reveal, compare."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QPalette
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QMenu, QScrollArea, QSizePolicy,
                               QSplitter, QStackedLayout, QToolBar, QToolButton, QVBoxLayout,
                               QWidget)

from nbp_desktop.core import formatting
from nbp_desktop.core.catalog import DEFAULT_MODEL
from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.sidecar import Sidecar, read_sidecar
from nbp_desktop.core.money import image_cost_text, price_before_spending
from nbp_desktop.core.provenance.content_credentials import ContentCredentials, read_credentials
from nbp_desktop.core.provenance.content_credentials import facts as credentials_facts
from nbp_desktop.core.provenance.credentials_index import CredentialsIndex
from nbp_desktop.core.translation import translate
from nbp_desktop.qt.elided_label import ElidedLabel
from nbp_desktop.qt.empty_state import NO_IMAGE_YET, shown
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.icons import icon
from nbp_desktop.qt.pane_actions import pane_action
from nbp_desktop.qt.preview.edit_dialog import EditDialog
from nbp_desktop.qt.preview.image_view import ImageView


def reveal_in_file_manager(path: Path) -> None:
    if sys.platform == "darwin":
        subprocess.Popen(["open", "-R", str(path)])
    elif sys.platform == "win32":
        subprocess.Popen(["explorer", f"/select,{path}"])
    else:  # Linux file managers take a folder, not a selection
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _wide_credentials_fact(index: int, label: str, value: str) -> bool:
    """The Content Credentials summary (the first fact) and where the image came from span the
    width; the short facts (signed, actions, source type) pair up. The labels come from the core
    in the language shown, so they are compared in it; a label not known here spans the width
    when its value is long."""
    if index == 0 or label in (translate("ProvenanceText", "Made from"), translate("ProvenanceText", "Made with")):
        return True
    short = (translate("ProvenanceText", "Signed"), translate("ProvenanceText", "Actions"),
             translate("ProvenanceText", "Source type"))
    return label not in short and len(value) > 40


NARROW_WIDTH = 760  # below this, re-render and "use these settings" show as icons


class PreviewPanel(QWidget):
    edit_requested = Signal(object, str)  # ImageRecord, instruction
    rerender_requested = Signal(object, str)  # ImageRecord, size
    use_settings_requested = Signal(object)  # JobSpec

    def __init__(self, data_dir: Path, journal: Journal) -> None:
        super().__init__()
        self.data_dir = data_dir  # this app's library: where edits and re-renders happen
        self.journal = journal
        self.record_dir = data_dir  # the library the shown image belongs to
        self._previous_dir = data_dir
        self.record: ImageRecord | None = None
        self.edit_dialog: EditDialog | None = None  # the open edit box, if any
        self._load_id = 0  # of the latest show_image
        self.sidecar = Sidecar()
        self._previous: ImageRecord | None = None
        self.view = ImageView()
        self.compare_view = ImageView()
        self.compare_view.setAccessibleName(self.tr("Compared image"))
        self.compare_view.hide()
        self.placeholder = QLabel(shown(NO_IMAGE_YET))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        split = QSplitter()
        split.addWidget(self.compare_view)
        split.addWidget(self.view)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(split)

        self.reply_label = QLabel()
        self.reply_label.setWordWrap(True)
        self.reply_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reply_label.setAccessibleName(self.tr("Model reply"))
        self.facts = QGridLayout()  # label/value pairs in two columns: everything visible at once
        self.facts.setHorizontalSpacing(10)
        self.facts.setVerticalSpacing(2)
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)
        facts_widget = QWidget()
        facts_widget.setLayout(self.facts)
        facts_scroll = QScrollArea()
        facts_scroll.setWidget(facts_widget)
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setMaximumHeight(170)
        facts_scroll.setMinimumHeight(150)
        facts_scroll.hide()  # details on demand: the one-line summary is enough to work
        self.facts_scroll = facts_scroll
        self.summary_label = ElidedLabel()  # every fact is also under Details, selectable
        self.summary_label.setAccessibleName(self.tr("Image facts"))
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("Every fact about the file: tokens, timings, seed, location"))
        self.details_button.toggled.connect(lambda on: self.facts_scroll.setVisible(on and self.record is not None))
        self.summary_row = QWidget()
        summary = QHBoxLayout(self.summary_row)
        summary.setContentsMargins(6, 0, 6, 0)
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.details_button)
        self.summary_row.hide()  # until there is an image to describe
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setMinimumWidth(72)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.view.zoom_changed.connect(self._show_zoom)

        self.toolbar = QToolBar(self.tr("Preview"))
        self.fit_action = self._action(self.tr("Fit"), self.tr("Fit the image in the view"), self.view.fit,
                                       "fit")
        self.actual_action = self._action("100%", self.tr("Actual pixels"), self.view.actual_size,
                                          "actual_size")
        self.zoom_in_action = self._action(self.tr("Zoom in"), self.tr("Zoom in"),
                                           lambda: self.view.zoom_by(1.25), "zoom_in")
        self.zoom_out_action = self._action(self.tr("Zoom out"), self.tr("Zoom out"),
                                            lambda: self.view.zoom_by(0.8), "zoom_out")
        self.toolbar.addSeparator()
        self.edit_action = self._action(self.tr("Edit this image…"), self.tr("Ask for changes to this image"),
                                        self.ask_edit, "edit_image")
        rerender = QToolButton()
        rerender.setText(self.tr("Re-render"))
        rerender.setToolTip(self.tr("The same picture again at a larger size"))
        rerender.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(rerender)
        self.rerender_2k = menu.addAction(self.tr("at {size}").format(size="2K"), lambda: self._rerender("2K"))
        self.rerender_4k = menu.addAction(self.tr("at {size}").format(size="4K"), lambda: self._rerender("4K"))
        rerender.setMenu(menu)
        self.rerender_button = rerender
        self.toolbar.addWidget(rerender)
        self.use_action = self._action(self.tr("Use these settings"),
                                       self.tr("Put this image's prompt and settings in the compose pane"),
                                       self._use_settings)
        self.toolbar.addSeparator()
        self.open_action = self._action(self.tr("Open in viewer"), self.tr("Open in the system's image viewer"),
                                        self.open_in_viewer, icon=icon("open-in-viewer"))
        self.reveal_action = self._action(self.tr("Show in folder"), self.tr("Show the file in the file manager"),
                                          self.reveal, icon=icon("show-in-folder"))
        self.compare_action = self._action(self.tr("Compare"), self.tr("Show the previous image side by side"),
                                           self.toggle_compare, "compare_previous")
        self.compare_action.setCheckable(True)

        layout = self.main_layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.reply_label)
        layout.addWidget(self.summary_row)
        layout.addWidget(facts_scroll)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.zoom_label)
        # Zooming and comparing read as icons; a narrow preview (a laptop, with compose and the
        # queue beside it) shows re-render and recall as icons too, so nothing hides behind ».
        for action, name in ((self.zoom_in_action, "zoom-in"), (self.zoom_out_action, "zoom-out"),
                             (self.compare_action, "compare"), (self.use_action, "use-settings")):
            action.setIcon(icon(name))
        rerender.setIcon(icon("re-render"))
        self._narrow: bool | None = None
        self._set_enabled(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            style = (Qt.ToolButtonStyle.ToolButtonIconOnly if narrow
                     else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            use_button = self.toolbar.widgetForAction(self.use_action)
            for button in (self.rerender_button, use_button):
                if isinstance(button, QToolButton):
                    button.setToolButtonStyle(style)

    def add_strip(self, strip: QWidget) -> None:
        """The workspace's filmstrip, under the image."""
        self.main_layout.insertWidget(self.main_layout.indexOf(self.reply_label), strip)

    def _show_zoom(self, zoom: float) -> None:
        ratio = self.view.devicePixelRatioF() or 1.0
        percent = round(zoom * ratio * 100)
        self.zoom_label.setText(self.tr("Fit {percent} %").format(percent=percent) if self.view.fitted
                                else f"{percent} %")

    def _action(self, text: str, tip: str, slot, shortcut: str | None = None, icon=None) -> QAction:
        return pane_action(self, self.toolbar, text, tip, slot, shortcut, icon)

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.fit_action, self.actual_action, self.zoom_in_action, self.zoom_out_action,
                       self.edit_action, self.use_action, self.open_action, self.reveal_action,
                       self.compare_action, self.rerender_2k, self.rerender_4k):
            action.setEnabled(enabled)
        self.rerender_button.setEnabled(enabled)

    @property
    def path(self) -> Path | None:
        return self.record_dir / self.record.path if self.record else None

    @property
    def shows_own_image(self) -> bool:
        return self.record is not None and self.record_dir == self.data_dir

    def take_turn(self) -> int:
        """A place in line for an image about to be shown: any later request supersedes it.
        Taken when the image is asked for, so a request still looking up its record cannot
        overtake one made after it."""
        self._load_id += 1
        return self._load_id

    def is_turn(self, turn: int) -> bool:
        return turn == self._load_id

    async def show_image(self, record: ImageRecord, library_dir: Path | None = None,
                         turn: int | None = None) -> None:
        """Show a library image; ``library_dir`` when it belongs to another library (then it can
        be looked at and its settings used, but not edited from here); ``turn`` when taken
        earlier with take_turn()."""
        library_dir = library_dir or self.data_dir
        path = library_dir / record.path
        load_id = self.take_turn() if turn is None else turn  # a later request drops this one
        if load_id != self._load_id:
            return
        # The sidecar is read before the record becomes current, so "Use these settings" never
        # sees a new record with the previous image's (or no) settings.
        sidecar = await asyncio.to_thread(read_sidecar, path)
        if load_id != self._load_id:
            return
        if self.record is not None and self.record.id != record.id:
            self._previous, self._previous_dir = self.record, self.record_dir
        self.record, self.sidecar, self.record_dir = record, sidecar, library_dir
        self.stack.setCurrentIndex(1)
        self._set_enabled(True)
        own = library_dir == self.data_dir
        for action in (self.edit_action, self.rerender_2k, self.rerender_4k):
            action.setEnabled(own)
        self.rerender_button.setEnabled(own)
        self.summary_row.show()
        self.facts_scroll.setVisible(self.details_button.isChecked())
        self._fill_facts(record, path, [(self.tr("Content Credentials"), self.tr("reading…"))])
        self._offer_rerender(record)
        loaded, credentials = await asyncio.gather(self.view.load(path), self._credentials(record, library_dir))
        if load_id != self._load_id:  # another image was asked for meanwhile: not ours to say
            return
        self._fill_facts(record, path, credentials_facts(credentials))
        if not loaded:
            self.reply_label.setText(self.tr("The file {name} is missing or cannot be read.").format(name=path.name))
        if self.compare_action.isChecked():
            await self._load_compare()

    async def _credentials(self, record: ImageRecord, library_dir: Path) -> ContentCredentials:
        """Read in a worker thread (c2pa validates the whole file); remembered in this
        library's index, read afresh for another library's image."""
        if library_dir == self.data_dir:
            index = CredentialsIndex(self.journal.database)
            return await asyncio.to_thread(index.of, record.id, record.path)
        return await asyncio.to_thread(read_credentials, library_dir / record.path)

    def _fill_facts(self, record: ImageRecord, path: Path, credentials: list[tuple[str, str]]) -> None:
        while self.facts.count():
            item = self.facts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        side = self.sidecar
        request, usage, timings = side.request, side.usage, side.timings
        self.reply_label.setText(side.result.text or "")
        size = f"{request.size or ''} {request.aspect_ratio or ''}".strip()
        kind = record.mime.split('/')[-1].upper()
        self.summary_label.setText(" · ".join(x for x in (
            record.model or "", size, f"{record.width} × {record.height}",
            f"{kind} {formatting.data_size(record.bytes)}", image_cost_text(record)) if x))
        file_text = f"{kind}, {formatting.data_size(record.bytes)}"
        if side.declared_mime not in (None, record.mime):
            file_text = self.tr("{file} (labelled PNG by Google)").format(file=file_text)
        tokens = self.tr("{prompt} in, {output} out, {thinking} thinking").format(
            prompt=usage.get("promptTokenCount", 0), output=usage.get("candidatesTokenCount", 0),
            thinking=usage.get("thoughtsTokenCount", 0)) if usage else "—"
        phases = {"connect": self.tr("connect"), "wait": self.tr("wait"), "download": self.tr("download"),
                  "decode": self.tr("decode"), "save": self.tr("save"), "total": self.tr("total")}
        timing = " · ".join(f"{word} {formatting.seconds(timings[phase], 2)}" for phase, word in phases.items()
                            if isinstance(timings.get(phase), (int, float))) or "—"
        # (label, value, spans the width): prompt, location and provenance span it; the short
        # facts pair up in two columns.
        rows = [
            (self.tr("Prompt"), record.prompt or request.prompt or "", True),
            (self.tr("Model"), record.model or "", False),
            (self.tr("Connection"), record.connection or "", False),
            (self.tr("Size"), f"{request.size or ''} {request.aspect_ratio or ''}".strip(), False),
            (self.tr("Pixels"), f"{record.width} × {record.height}", False),
            (self.tr("File"), file_text, False),
            (self.tr("Seed"), str(request.seed) if request.seed is not None else "—", False),
            (self.tr("Tokens"), tokens, False),
            (self.tr("Cost"), image_cost_text(record), False),
            (self.tr("Timing"), timing, True),
            # What Google says answered: a deprecated id may be served by a newer model.
            (self.tr("Answered by"), " · ".join(x for x in (side.result.model_version,
                                                             side.result.response_id) if x) or "—", True),
            (self.tr("Location"), str(path), True),
            *((label, value, _wide_credentials_fact(i, label, value)) for i, (label, value) in enumerate(credentials)),
        ]
        row = column = 0
        for label, value, wide in rows:
            name = QLabel(self.tr("{label}:").format(label=label))
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            name.setEnabled(False)
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if wide:
                if column:
                    row, column = row + 1, 0
                self.facts.addWidget(name, row, 0)
                self.facts.addWidget(text, row, 1, 1, 3)
                row += 1
                continue
            self.facts.addWidget(name, row, column)
            self.facts.addWidget(text, row, column + 1)
            column = 2 if column == 0 else 0
            row += 1 if column == 0 else 0

    # ----------------------------------------------------------------- actions
    def ask_edit(self) -> EditDialog | None:
        """Opens the edit box (window-modal, not blocking); queued when it is accepted."""
        if self.record is None:
            return None
        record = self.record
        dialog = EditDialog(self)
        dialog.accepted.connect(lambda: self.edit_requested.emit(record, dialog.instruction()))
        dialog.finished.connect(self._edit_dialog_closed)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _edit_dialog_closed(self, _result: int) -> None:
        if self.edit_dialog is not None:
            self.edit_dialog.deleteLater()
            self.edit_dialog = None

    def _offer_rerender(self, record: ImageRecord) -> None:
        """Only sizes larger than the image's own, each with its price before it is spent."""
        larger = {"1K": ("2K", "4K"), "2K": ("4K",)}.get(record.size or "1K", ())
        for size, action in (("2K", self.rerender_2k), ("4K", self.rerender_4k)):
            action.setVisible(size in larger)
            price = price_before_spending(record.model or DEFAULT_MODEL, size, record.connection)
            action.setText(self.tr("at {size} — {price}").format(size=size, price=price))
        if not larger:
            self.rerender_button.setEnabled(False)
            self.rerender_button.setToolTip(self.tr("This image is already at the largest size (4K)"))
        else:
            self.rerender_button.setToolTip(self.tr("The same picture again at a larger size; the price "
                                                    "is shown before anything is sent"))

    def _rerender(self, size: str) -> None:
        if self.record is not None:
            self.rerender_requested.emit(self.record, size)

    def _use_settings(self) -> None:
        spec = self.sidecar.settings()
        if spec is not None:
            self.use_settings_requested.emit(spec)

    def open_in_viewer(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def reveal(self) -> None:
        if self.path is not None:
            reveal_in_file_manager(self.path)

    @async_slot()
    async def toggle_compare(self) -> None:
        if self.compare_action.isChecked():
            await self._load_compare()
        else:
            self.compare_view.hide()
            self.compare_view.clear()

    async def _load_compare(self) -> None:
        if self._previous is None:
            self.compare_view.hide()
            return
        self.compare_view.show()
        await self.compare_view.load(self._previous_dir / self._previous.path)
