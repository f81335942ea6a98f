"""The virtualised thumbnail grid and its keys (Lightroom's, declared in qt/shortcuts.py): P
pick, X reject, U unflag, 1-5 stars, 0 no stars, 6-9 colour labels (actions the gallery panel
puts on this view), Space loupe, C compare, B add to the target board, Delete to the trash,
Enter to open; the arrow keys move as in any grid."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal, SignalInstance
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView

from nbp_desktop.core.library.gallery_index import PICK, REJECT, UNFLAGGED
from nbp_desktop.qt.gallery.gallery_delegate import GalleryDelegate
from nbp_desktop.qt.gallery.gallery_model import ID_ROLE, GalleryModel
from nbp_desktop.qt.shortcuts import new_action, shortcut

# (key, field, value): the culling keys, for the grid's actions and the loupe alike.
MARKS = ([(shortcut("pick").keys[0], "flag", PICK), (shortcut("reject").keys[0], "flag", REJECT),
          (shortcut("unflag").keys[0], "flag", UNFLAGGED), (shortcut("no_stars").keys[0], "rating", 0)]
         + [(key, "rating", n) for n, key in enumerate(shortcut("stars").keys, start=1)]
         + [(key, "label", n) for n, key in enumerate(shortcut("labels").keys, start=1)])
# QKeySequence[i] exists; PySide6's stub has no __getitem__.
MARK_KEYS = {QKeySequence(key)[0].key(): (field, value)  # type: ignore[index]
             for key, field, value in MARKS}


class GalleryView(QListView):
    loupe_requested = Signal()
    compare_requested = Signal()
    board_requested = Signal()  # B: add the selection to the target board
    delete_requested = Signal()
    drag_requested = Signal()
    open_requested = Signal(str)  # image id: Enter or double-click

    def __init__(self, model: GalleryModel, edge: int = 160) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Gallery"))
        # Icon mode: a wrapping list mode lays out 20,000 rows faster but scrolls ten times slower.
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)  # layout of 20,000 cells without asking each one
        # Laid out a batch at a time between events, so 100,000 cells never freeze the window.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)
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
        # The grid's own keys: actions on the grid alone (the Image tab's C is another action).
        for text, name, signal in ((self.tr("Loupe"), "loupe", self.loupe_requested),
                                   (self.tr("Compare the selection"), "compare_selection", self.compare_requested),
                                   (self.tr("Add to the last board"), "add_to_board", self.board_requested),
                                   (self.tr("Move to the trash"), "trash", self.delete_requested)):
            new_action(self, text, name, self._emitter(signal))
        self.open_action = new_action(self, self.tr("Open in the Generate tab"), "open_image", self._open_current)

    @staticmethod
    def _emitter(signal: SignalInstance):
        return lambda _checked=False: signal.emit()

    def _open_current(self) -> None:
        if self.current_id():
            self.open_requested.emit(self.current_id())

    def set_edge(self, edge: int) -> None:
        self.delegate.edge = edge
        self.setGridSize(self.delegate.cell_size())
        self.verticalScrollBar().setSingleStep(max(20, edge // 4))
        self.scheduleDelayedItemsLayout()

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        model = self.model()
        assert isinstance(model, GalleryModel)
        return [model.items[row].id for row in rows if 0 <= row < len(model.items)]

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

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
