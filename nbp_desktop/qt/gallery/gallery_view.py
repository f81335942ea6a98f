"""The virtualised thumbnail grid and its keys (Lightroom's): P pick, X reject, U unflag,
1-5 stars, 0 no stars, 6-9 colour labels (actions the gallery panel puts on this view), Space
loupe, C compare, B add to the target board, Delete to the trash, Enter to open; the arrow
keys move as in any grid."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView

from nbp_desktop.core.library.gallery_index import PICK, REJECT, UNFLAGGED
from nbp_desktop.qt.gallery.gallery_delegate import GalleryDelegate
from nbp_desktop.qt.gallery.gallery_model import ID_ROLE, GalleryModel

# (key, field, value): the culling keys, for the grid's actions and the loupe alike.
MARKS = ([("P", "flag", PICK), ("X", "flag", REJECT), ("U", "flag", UNFLAGGED)]
         + [(str(n), "rating", n) for n in range(6)]
         + [(str(n + 5), "label", n) for n in range(1, 5)])
MARK_KEYS = {QKeySequence(key)[0].key(): (field, value) for key, field, value in MARKS}


class GalleryView(QListView):
    loupe_requested = Signal()
    compare_requested = Signal()
    board_requested = Signal()  # B: add the selection to the target board
    delete_requested = Signal()
    drag_requested = Signal()
    open_requested = Signal(str)  # image id: Enter or double-click

    def __init__(self, model: GalleryModel, edge: int = 160) -> None:
        super().__init__()
        self.setAccessibleName("Gallery")
        # Icon mode: a wrapping list mode lays out 20,000 rows faster but scrolls ten times slower.
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)  # layout of 20,000 cells without asking each one
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSpacing(0)
        self.delegate = GalleryDelegate(self, edge)
        self.setItemDelegate(self.delegate)
        self.setModel(model)
        self.set_edge(edge)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))

    def set_edge(self, edge: int) -> None:
        self.delegate.edge = edge
        self.setGridSize(self.delegate.cell_size())
        self.verticalScrollBar().setSingleStep(max(20, edge // 4))
        self.scheduleDelayedItemsLayout()

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        model = self.model()
        return [model.items[row].id for row in rows if 0 <= row < len(model.items)]

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def keyPressEvent(self, event) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier))
        if plain and key == Qt.Key.Key_Space:
            self.loupe_requested.emit()
            return
        if plain and key == Qt.Key.Key_C:
            self.compare_requested.emit()
            return
        if plain and key == Qt.Key.Key_B:
            self.board_requested.emit()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id():
            self.open_requested.emit(self.current_id())
            return
        super().keyPressEvent(event)

    def startDrag(self, supported_actions) -> None:
        # Files are exported as they drop (the main window's drag preset), not model mime data.
        self.drag_requested.emit()

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    def visible_rows(self) -> range:
        """Rows whose cells are on screen now (from the grid geometry, no per-cell queries)."""
        cell = self.gridSize()
        viewport = self.viewport().rect()
        columns = max(1, viewport.width() // max(1, cell.width()))
        first_line = self.verticalOffset() // max(1, cell.height())
        lines = viewport.height() // max(1, cell.height()) + 2
        count = self.model().rowCount()
        return range(min(count, first_line * columns), min(count, (first_line + lines) * columns))
