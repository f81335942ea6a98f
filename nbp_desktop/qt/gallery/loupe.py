"""The loupe: one image at 100% filling the window, or two side by side to compare. The
culling keys work here too; the arrow keys step through the gallery; Space or Esc closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from nbp_desktop.qt.gallery.gallery_view import MARK_KEYS
from nbp_desktop.qt.preview.image_view import ImageView
from nbp_desktop.qt.shortcuts import keys_of


class Loupe(QWidget):
    closed = Signal()
    step_requested = Signal(int)  # -1 previous, +1 next
    mark_requested = Signal(str, int)
    board_requested = Signal()  # B, as in the grid: the shown images to the target board

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_covered = window
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#111111"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#dddddd"))
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Loupe"))
        self.views = [ImageView(), ImageView()]
        self.captions = [QLabel(), QLabel()]
        self.panes: list[QWidget] = []  # the second one shows only when comparing
        split = QSplitter()
        for view, caption in zip(self.views, self.captions, strict=True):
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the loupe
            view.setBackgroundBrush(QColor("#111111"))
            pane = QWidget()
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(view, 1)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(caption)
            split.addWidget(pane)
            self.panes.append(pane)
        self.hint = QLabel(self.tr("Space or Esc closes · ← → previous / next · P X U, 0–5, 6–9 mark"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        layout.addLayout(bottom)
        window.installEventFilter(self)
        self.hide()

    def _fill_window(self) -> None:
        self.setGeometry(self.window_covered.rect())

    @property
    def comparing(self) -> bool:
        return self.panes[1].isVisible()

    async def show_images(self, paths: list[Path], captions: list[str]) -> list[bool]:
        """One path: the loupe at 100%. Two: side by side, each fitted."""
        self._fill_window()
        self.panes[1].setVisible(len(paths) > 1)
        self.show()
        self.raise_()
        self.setFocus()
        results = []
        for view, caption, path, text in zip(self.views, self.captions, paths, captions, strict=False):
            loaded = await view.load(path)
            caption.setText(text if loaded
                            else self.tr("{caption} — the file is missing or cannot be read").format(caption=text))
            if len(paths) == 1:
                view.actual_size()
            else:
                view.fit()
            results.append(loaded)
        return results

    def set_caption(self, position: int, text: str) -> None:
        self.captions[position].setText(text)

    def close_loupe(self) -> None:
        if self.isVisible():
            self.hide()
            for view in self.views:
                view.clear()
            self.closed.emit()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Escape):
            self.close_loupe()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.step_requested.emit(-1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step_requested.emit(1)
        elif key in MARK_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.mark_requested.emit(*MARK_KEYS[key])
        elif QKeySequence(event.keyCombination()) in keys_of("add_to_board"):
            self.board_requested.emit()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fill_window()
        return False
