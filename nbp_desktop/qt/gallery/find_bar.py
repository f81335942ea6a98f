"""The gallery's find bar: search words, the filters, the sort order and the cell size, as one
``GalleryFilter`` (the only thing the rest of the gallery reads from it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLineEdit, QSizePolicy, QSlider, QToolButton,
                               QVBoxLayout, QWidget)

from nbp_desktop.core.library.gallery_index import LABELS, GalleryFilter, SortOrder
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, translate

# English here (the choices are read by these words); shown through translate("FindBar", …).
SORT_NAMES = {SortOrder.NEWEST: QT_TRANSLATE_NOOP("FindBar", "Newest first"),
              SortOrder.OLDEST: QT_TRANSLATE_NOOP("FindBar", "Oldest first"),
              SortOrder.RATING: QT_TRANSLATE_NOOP("FindBar", "Rating"),
              SortOrder.COST: QT_TRANSLATE_NOOP("FindBar", "Cost"),
              SortOrder.SIZE: QT_TRANSLATE_NOOP("FindBar", "Size")}
DATE_CHOICES = (QT_TRANSLATE_NOOP("FindBar", "Any date"), QT_TRANSLATE_NOOP("FindBar", "Today"),
                QT_TRANSLATE_NOOP("FindBar", "Last 7 days"), QT_TRANSLATE_NOOP("FindBar", "Last 30 days"),
                QT_TRANSLATE_NOOP("FindBar", "This year"), QT_TRANSLATE_NOOP("FindBar", "Custom range…"))
MIN_EDGE, MAX_EDGE, DEFAULT_EDGE = 96, 320, 168


def _local_midnight(day: datetime) -> datetime:
    return day.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


class DateRangeDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Date range"))
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(-30))
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To (inclusive)"), self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def instants(self) -> tuple[str, str]:
        first, last = sorted([self.first.date(), self.last.date()], key=lambda d: d.toJulianDay())
        start = datetime(first.year(), first.month(), first.day()).astimezone()
        end = datetime(last.year(), last.month(), last.day()).astimezone() + timedelta(days=1)
        return _utc(start), _utc(end)


class FindBar(QWidget):
    changed = Signal()  # the filter or sort changed: list again
    edge_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._custom_range: tuple[str, str] | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search prompts and replies"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the library"))
        self.search_edit.setMinimumWidth(160)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(self._on_text_changed)

        self.picks_button = self._toggle(self.tr("Picks only"), self.tr("Show only picked images"))
        self.rejects_button = self._toggle(self.tr("Hide rejects"), self.tr("Hide rejected images"))
        self.edits_button = self._toggle(self.tr("Has edits"),
                                         self.tr("Only images that are part of an edit history"))
        self.credentials_button = self._toggle(
            self.tr("Content Credentials"), self.tr("Only images with Content Credentials (a C2PA manifest)"))
        self.rating_box = self._combo(self.tr("Rating"), [self.tr("Any rating")]
                                      + [f"{'★' * n}{'+' if n < 5 else ''}" for n in range(1, 6)])
        labels = [self.tr("Any label"), *(translate("LibraryText", label) for label in LABELS[1:])]
        self.label_box = self._combo(self.tr("Colour label"), labels)
        self.date_box = self._combo(self.tr("Date"), [translate("FindBar", choice) for choice in DATE_CHOICES])
        self.connection_box = self._combo(self.tr("Connection"), [self.tr("Any connection")])
        self.model_box = self._combo(self.tr("Model"), [self.tr("Any model")])
        self.size_box = self._combo(self.tr("Size"), [self.tr("Any size")])
        self.aspect_box = self._combo(self.tr("Aspect ratio"), [self.tr("Any ratio")])
        self.sort_box = self._combo(self.tr("Sort by"), [translate("FindBar", name) for name in SORT_NAMES.values()])
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show everything again (search words and filters)"))
        self.clear_button.clicked.connect(self.clear)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(MIN_EDGE, MAX_EDGE)
        self.size_slider.setValue(DEFAULT_EDGE)
        self.size_slider.setMaximumWidth(120)
        self.size_slider.setToolTip(self.tr("Thumbnail size"))
        self.size_slider.setAccessibleName(self.tr("Thumbnail size"))
        self.size_slider.valueChanged.connect(self.edge_changed)

        # One row: search, the culling filters and "Clear filters" always in sight; the rarer
        # filters in a bar that opens below ("More filters", with how many are set).
        self.more_button = QToolButton()
        self.more_button.setCheckable(True)
        self.more_button.setToolTip(self.tr("Date, label, connection, model, size, ratio, edits, "
                                            "Content Credentials"))
        self.more_button.setAccessibleName(self.tr("More filters"))
        # The culling filters sit beside the search box, or under it in a narrow window (so
        # they never set the window's minimum width, and never scroll out of sight).
        self.cull_row = QWidget()
        cull = QHBoxLayout(self.cull_row)
        cull.setContentsMargins(0, 0, 0, 0)
        for widget in (self.picks_button, self.rejects_button, self.rating_box, self.more_button,
                       self.clear_button):
            cull.addWidget(widget)
        self.top = top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.cull_row)
        top.addWidget(self.sort_box)
        top.addWidget(self.size_slider)
        self.wrapped = QHBoxLayout()
        self.wrapped.setContentsMargins(0, 0, 0, 0)
        self.more_row = QWidget()
        more = QHBoxLayout(self.more_row)
        more.setContentsMargins(0, 0, 0, 0)
        for more_filter in self._more_filters():
            more.addWidget(more_filter)
        more.addStretch(1)
        for box in (self.connection_box, self.model_box):
            box.setMaximumWidth(220)  # a long connection name does not widen the window
        # Clipped rather than widening the window if it ever does not fit.
        self.more_row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.more_row.hide()
        self.more_button.toggled.connect(self.more_row.setVisible)
        layout = self.main_layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self.wrapped)
        layout.addWidget(self.more_row)
        self.date_box.activated.connect(self._on_date_chosen)
        self._update_clear()
        self.changed.connect(self._update_clear)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wrapped arrangement: the culling filters go under the search box
        before the bar would need more width."""
        hint = super().minimumSizeHint()
        margins = self.main_layout.contentsMargins()
        narrow = max(self.search_edit.minimumWidth() + self.sort_box.sizeHint().width()
                     + self.size_slider.minimumSizeHint().width(),
                     self.cull_row.minimumSizeHint().width()) + margins.left() + margins.right() + 16
        return QSize(min(hint.width(), narrow), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        one_row = (self.search_edit.minimumWidth() + self.cull_row.sizeHint().width()
                   + self.sort_box.sizeHint().width() + self.size_slider.sizeHint().width() + 40)
        beside = self.top.indexOf(self.cull_row) >= 0
        if beside and event.size().width() < one_row:
            self.top.removeWidget(self.cull_row)
            self.wrapped.addWidget(self.cull_row)
            self.wrapped.addStretch(1)
        elif not beside and event.size().width() >= one_row:
            while self.wrapped.count():
                self.wrapped.takeAt(0)
            self.top.insertWidget(1, self.cull_row)

    def _on_text_changed(self, text: str) -> None:
        """Words wait for typing to pause; a cleared search lists everything again at once."""
        if text.strip():
            self._debounce.start()
        else:
            self._debounce.stop()
            self.changed.emit()

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.toggled.connect(lambda _c: self.changed.emit())
        return button

    def _combo(self, name: str, items: list[str]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.addItems(items)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return box

    def _on_date_chosen(self, index: int) -> None:
        if DATE_CHOICES[index] == DATE_CHOICES[-1]:  # "Custom range…"
            dialog = DateRangeDialog(self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._custom_range = dialog.instants()
                self.changed.emit()
            elif self._custom_range is None:
                self.date_box.setCurrentIndex(0)

    def set_choices(self, choices: dict[str, list[str]]) -> None:
        """Offer the connections, models, sizes and ratios the library holds."""
        for box, key in ((self.connection_box, "connection"), (self.model_box, "model"),
                         (self.size_box, "size"), (self.aspect_box, "aspect_ratio")):
            current = box.currentText()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            box.addItems(choices.get(key, []))
            box.setCurrentIndex(max(0, box.findText(current)))
            box.blockSignals(False)

    def filter(self) -> GalleryFilter:
        def chosen(box: QComboBox) -> str | None:
            return box.currentText() if box.currentIndex() > 0 else None

        created_from, created_before = self._date_range()
        return GalleryFilter(
            text=self.search_edit.text(), created_from=created_from, created_before=created_before,
            connection=chosen(self.connection_box), model=chosen(self.model_box),
            size=chosen(self.size_box), aspect_ratio=chosen(self.aspect_box),
            min_rating=self.rating_box.currentIndex(), picks_only=self.picks_button.isChecked(),
            hide_rejects=self.rejects_button.isChecked(),
            label=self.label_box.currentIndex() or None, has_edits=self.edits_button.isChecked(),
            has_content_credentials=self.credentials_button.isChecked(),
            sort=list(SORT_NAMES)[self.sort_box.currentIndex()])

    def _date_range(self) -> tuple[str | None, str | None]:
        choice = DATE_CHOICES[self.date_box.currentIndex()]
        now = datetime.now().astimezone()
        today = _local_midnight(now)
        if choice == "Today":
            return _utc(today), None
        if choice == "Last 7 days":
            return _utc(today - timedelta(days=6)), None
        if choice == "Last 30 days":
            return _utc(today - timedelta(days=29)), None
        if choice == "This year":
            return _utc(today.replace(month=1, day=1)), None
        if choice == DATE_CHOICES[-1] and self._custom_range:
            return self._custom_range
        return None, None

    def clear(self) -> None:
        widgets = (self.search_edit, self.picks_button, self.rejects_button, self.edits_button,
                   self.credentials_button, self.rating_box, self.label_box, self.date_box, self.connection_box,
                   self.model_box, self.size_box, self.aspect_box)
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        for button in (self.picks_button, self.rejects_button, self.edits_button, self.credentials_button):
            button.setChecked(False)
        for box in (self.rating_box, self.label_box, self.date_box, self.connection_box,
                    self.model_box, self.size_box, self.aspect_box):
            box.setCurrentIndex(0)
        self._custom_range = None
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def _more_filters(self) -> tuple[QComboBox | QToolButton, ...]:
        return (self.date_box, self.label_box, self.connection_box, self.model_box, self.size_box,
                self.aspect_box, self.edits_button, self.credentials_button)

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.filter().active)
        hidden_set = sum(1 for w in self._more_filters()
                         if (w.isChecked() if isinstance(w, QToolButton) else w.currentIndex() > 0))
        self.more_button.setText(self.tr("More filters ({count})").format(count=hidden_set) if hidden_set
                                 else self.tr("More filters"))
