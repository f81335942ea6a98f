"""The History pane: the edit tree of the shown image, every turn from the first generation
through each edit, with branches. Any earlier turn can be shown again or branched from (an
edit of that turn starts a new branch; the conversation sent to Google is that turn's)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from nbp_desktop.core.library.gallery_index import GalleryIndex, LineageNode
from nbp_desktop.core.translation import translate
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def turn_text(node: LineageNode) -> str:
    record = node.record
    words = (record.prompt or "").strip().splitlines()
    if node.depth and not words:  # a re-render asks for nothing new: its size is the change
        if record.size:
            return translate("EditHistory", "Re-rendered at {size}").format(size=record.size)
        return translate("EditHistory", "Re-rendered at a larger size")
    first = words[0][:80] if words else translate("EditHistory", "(no prompt)")
    if node.depth == 0:
        return translate("EditHistory", "Generated: {prompt}").format(prompt=first)
    return translate("EditHistory", "Edit: {prompt}").format(prompt=first)


class EditHistory(QWidget):
    show_requested = Signal(object)  # ImageRecord
    branch_requested = Signal(object)  # ImageRecord: edit this turn

    def __init__(self, thumbnails: ThumbnailCache) -> None:
        super().__init__()
        self.thumbnails = thumbnails
        self.index: GalleryIndex | None = None
        self.shown_id: str | None = None
        self.nodes: list[LineageNode] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Edit history"))
        self.tree.setIconSize(QSize(40, 40))
        self.tree.itemActivated.connect(lambda item, _c: self.show_requested.emit(item.data(0, RECORD_ROLE)))
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.hint = QLabel(self.tr("Show an image to see its edits."))
        self.hint.setWordWrap(True)
        self.branch_button = QPushButton(self.tr("Branch from this turn…"))
        self.branch_button.setToolTip(self.tr("Edit the chosen turn: a new branch, leaving later edits as they are"))
        self.branch_button.clicked.connect(self._branch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.branch_button)
        thumbnails.loaded.connect(self._on_thumbnail)
        self._update_button()

    async def follow(self, index: GalleryIndex, image_id: str, can_branch: bool = True) -> None:
        self.index, self.shown_id = index, image_id
        nodes = await asyncio.to_thread(index.lineage, image_id)
        if self.shown_id != image_id:
            return
        self.nodes = nodes
        self.can_branch = can_branch
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for node in nodes:
            parent = items.get(node.record.parent_id or "")
            item = QTreeWidgetItem([turn_text(node)])
            item.setData(0, RECORD_ROLE, node.record)
            item.setToolTip(0, node.record.prompt or "")
            pixmap = self.thumbnails.get(node.record.id, node.record.path)
            if pixmap is not None:
                item.setIcon(0, QIcon(pixmap))
            if node.record.id == image_id:
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)
            (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
            items[node.record.id] = item
        self.tree.expandAll()
        if image_id in items:
            self.tree.setCurrentItem(items[image_id])
        turns = len(nodes)
        self.hint.setText(self.tr("A single turn: no edits yet.") if turns <= 1
                          else self.tr("%n turns in this edit tree.", None, turns))
        self._update_button()

    def _on_thumbnail(self, image_id: str) -> None:
        for item in self._items():
            record = item.data(0, RECORD_ROLE)
            if record.id == image_id:
                pixmap = self.thumbnails.get(record.id, record.path)
                if pixmap is not None:
                    item.setIcon(0, QIcon(pixmap))

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is not None:
                out.append(item)
                stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def chosen(self):
        item = self.tree.currentItem()
        return item.data(0, RECORD_ROLE) if item is not None else None

    def choose(self, image_id: str) -> None:
        for item in self._items():
            if item.data(0, RECORD_ROLE).id == image_id:
                self.tree.setCurrentItem(item)

    def _update_button(self) -> None:
        self.branch_button.setEnabled(self.chosen() is not None and getattr(self, "can_branch", False))

    def _branch(self) -> None:
        record = self.chosen()
        if record is not None:
            self.branch_requested.emit(record)
