"""The gallery's Qt list model: a thin adapter over one ``GalleryIndex`` listing.

The rows are a listing's keyset pages (ids, paths and marks only, a few MB for 100,000
images): its first screenful, then the rest appended; thumbnails come from the cache as cells
are painted, never for rows off screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from nbp_desktop.core.library.commands import mark_word
from nbp_desktop.core.library.gallery_index import PICK, REJECT, GalleryItem
from nbp_desktop.qt.gallery import GalleryText
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


def describe_marks(item: GalleryItem) -> str:
    """The marks in words, for screen readers and tooltips."""
    parts = []
    if item.flag == PICK:
        parts.append(GalleryText.tr("Pick"))
    elif item.flag == REJECT:
        parts.append(GalleryText.tr("Rejected"))
    if item.rating:
        parts.append(mark_word("rating", item.rating))  # "3 stars"
    if item.label:
        parts.append(mark_word("label", item.label))  # "Red label"
    if item.credentials == "present":
        parts.append(GalleryText.tr("Content Credentials"))
    elif item.credentials == "damaged":
        parts.append(GalleryText.tr("damaged Content Credentials"))
    return GalleryText.tr(", ", "between the marks of one image").join(parts) or GalleryText.tr("Unmarked")


class GalleryModel(QAbstractListModel):
    def __init__(self, thumbnails: ThumbnailCache,
                 prompt_of: Callable[[str], str] | None = None) -> None:
        """``prompt_of``: an image's prompt, asked once per image when a tooltip shows (a
        primary-key lookup; the listing itself carries no prompt text)."""
        super().__init__()
        self.thumbnails = thumbnails
        self.prompt_of = prompt_of
        self.items: list[GalleryItem] = []
        self._rows: dict[str, int] = {}
        self._prompts: dict[str, str] = {}
        thumbnails.loaded.connect(self._on_thumbnail_loaded)

    # ----------------------------------------------------------- Qt interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.get(item.id, item.path)
        if role == MISSING_ROLE:
            return self.thumbnails.is_missing(item.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if self.thumbnails.is_missing(item.id):
                text = self.tr("{width} × {height}, {marks} — file missing")
            else:
                text = self.tr("{width} × {height}, {marks}")
            return text.format(width=item.width, height=item.height, marks=describe_marks(item))
        if role == Qt.ItemDataRole.ToolTipRole:
            prompt = self._prompts.get(item.id)
            if prompt is None and self.prompt_of is not None:
                prompt = self._prompts[item.id] = self.prompt_of(item.id)
            return f"{(prompt or '')[:300]}\n{item.width} × {item.height} · {describe_marks(item)}".strip()
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # ---------------------------------------------------------------- updates
    def set_items(self, items: list[GalleryItem]) -> None:
        self.beginResetModel()
        self.items = items
        self._rows = {item.id: row for row, item in enumerate(items)}
        self.endResetModel()

    def append_items(self, items: list[GalleryItem]) -> None:
        """The rest of a listing, after its first page (the view keeps its place and selection)."""
        if not items:
            return
        first = len(self.items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self.items.extend(items)
        self._rows.update((item.id, row) for row, item in enumerate(items, start=first))
        self.endInsertRows()

    def row_of(self, image_id: str) -> int:
        return self._rows.get(image_id, -1)

    def item(self, row: int) -> GalleryItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def set_marks(self, field_name: str, values: dict[str, int]) -> None:
        """Show changed flags, stars or labels at once (the database write runs meanwhile)."""
        rows = []
        for image_id, value in values.items():
            row = self._rows.get(image_id)
            if row is not None:
                setattr(self.items[row], field_name, value)
                rows.append(row)
        self._changed(rows)

    def set_credentials(self, states: dict[str, str]) -> None:
        """Content Credentials read in the background: badge the cells they belong to."""
        rows = []
        for image_id, state in states.items():
            row = self._rows.get(image_id)
            if row is not None and self.items[row].credentials != state:
                self.items[row].credentials = state
                rows.append(row)
        self._changed(rows)

    def _on_thumbnail_loaded(self, image_id: str) -> None:
        row = self._rows.get(image_id)
        if row is not None:
            self._changed([row], [Qt.ItemDataRole.DecorationRole, MISSING_ROLE])

    def _changed(self, rows: list[int], roles: list[int] | None = None) -> None:
        if rows:
            first, last = self.index(min(rows)), self.index(max(rows))
            self.dataChanged.emit(first, last, roles or [])
