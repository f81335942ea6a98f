"""The boards column: "All images" and every board with its count and cost. Images dropped
on a board are added to it; the context menu creates, renames and deletes boards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QMenu

from nbp_desktop.core import formatting
from nbp_desktop.core.library.gallery_index import Board
from nbp_desktop.qt.export.drag_out import library_images
from nbp_desktop.qt.gallery import GalleryText

BOARD_ROLE = Qt.ItemDataRole.UserRole + 1


def count_images(count: int) -> str:
    """"1 image", "3 images" (English forms from the app's plural rule, each language its own)."""
    return GalleryText.tr("%n image(s)", None, count)


def describe_board(board: Board) -> str:
    return f"{board.name}\n{count_images(board.count)} · {formatting.money(board.cost)}"


class BoardList(QListWidget):
    board_chosen = Signal(object)  # board id, or None for all images
    images_dropped = Signal(int, list)  # board id, image ids
    new_requested = Signal()
    rename_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Boards"))
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setMinimumWidth(150)
        self.setMaximumWidth(260)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.boards: list[Board] = []
        self.currentItemChanged.connect(lambda item, _old: self.board_chosen.emit(
            item.data(BOARD_ROLE) if item is not None else None))
        self.set_boards([], total=0)

    def set_boards(self, boards: list[Board], total: int) -> None:
        chosen = self.chosen_board()
        self.boards = boards
        self.blockSignals(True)
        self.clear()
        everything = QListWidgetItem(self.tr("All images\n{images}").format(images=count_images(total)))
        everything.setData(BOARD_ROLE, None)
        self.addItem(everything)
        current = everything
        for board in boards:
            item = QListWidgetItem(describe_board(board))
            item.setData(BOARD_ROLE, board.id)
            item.setToolTip(self.tr("{board}: drop images here, or select images and press B").format(
                board=board.name))
            self.addItem(item)
            if board.id == chosen:
                current = item
        self.setCurrentItem(current)
        self.blockSignals(False)
        if chosen is not None and current is everything:
            self.board_chosen.emit(None)  # the chosen board was deleted: show all images

    def chosen_board(self) -> int | None:
        item = self.currentItem()
        return item.data(BOARD_ROLE) if item is not None else None

    def choose(self, board_id: int | None) -> None:
        for row in range(self.count()):
            if self.item(row).data(BOARD_ROLE) == board_id:
                self.setCurrentRow(row)
                return

    def _menu(self, position) -> None:
        item = self.itemAt(position)
        board_id = item.data(BOARD_ROLE) if item is not None else None
        menu = QMenu(self)
        menu.addAction(self.tr("New board…"), self.new_requested.emit)
        if board_id is not None:
            menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(board_id))
            menu.addAction(self.tr("Delete board"), lambda: self.delete_requested.emit(board_id))
        menu.exec(self.viewport().mapToGlobal(position))

    # --------------------------------------------------------- drag and drop
    def _board_at(self, event) -> int | None:
        item = self.itemAt(event.position().toPoint())
        return item.data(BOARD_ROLE) if item is not None else None

    def dragEnterEvent(self, event) -> None:
        if library_images(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if library_images(event.mimeData()) is not None and self._board_at(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        dropped = library_images(event.mimeData())
        board_id = self._board_at(event)
        if dropped is None or board_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.images_dropped.emit(board_id, dropped[1])
