"""What an empty view says: why it is empty and what to do next, centred over the view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel

from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from nbp_desktop.qt.shortcuts import shortcut

# The sentences, in one place (tests and screenshots read them from here); English here,
# translated where shown (EmptyState translates whatever its ``text()`` gives), {keys} being
# the queue shortcut in the platform's words.
EMPTY_LIBRARY = QT_TRANSLATE_NOOP(
    "EmptyState", "<b>Your library is empty.</b><br>Every image you generate lands here. Write a "
                  "prompt in Compose and press {keys}.")
NO_MATCH = QT_TRANSLATE_NOOP(
    "EmptyState", "<b>No image matches the search and filters.</b><br>“Clear filters” shows the "
                  "whole library again.")
EMPTY_BOARD = QT_TRANSLATE_NOOP(
    "EmptyState", "<b>This board is empty.</b><br>Drag images onto it in the list, or select "
                  "images and press B.")
EMPTY_QUEUE = QT_TRANSLATE_NOOP(
    "EmptyState", "<b>The queue is empty.</b><br>Write a prompt in Compose and press {keys}: "
                  "jobs wait and run here, with their progress, time and cost.")
NO_IMAGE_YET = QT_TRANSLATE_NOOP(
    "EmptyState", "<b>No image yet.</b><br>Write a prompt in Compose and press {keys}, or "
                  "open an image from the Library.")


def shown(sentence: str) -> str:
    """One of the sentences above in the user's language, with the keys that queue a prompt
    (any other text comes back as it is)."""
    if not sentence:
        return sentence
    return translate("EmptyState", sentence).replace("{keys}", shortcut("queue").text())


class EmptyState(QLabel):
    """Shown over ``view`` while its model has no rows; ``text()`` is asked each time it shows,
    so it can depend on the filters."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self._view = view
        self._text = text
        self.setObjectName("empty-state")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self._view.viewport().rect()
        width = min(area.width() - 32, 460)
        self.setFixedWidth(max(width, 120))
        self.adjustSize()
        self.move(area.center().x() - self.width() // 2, area.center().y() - self.height() // 2)

    def refresh(self, *_args: object) -> None:
        empty = self._view.model().rowCount() == 0
        if empty:
            self.setText(shown(self._text()))
            self._place()
        self.setVisible(empty)
