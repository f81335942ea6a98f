"""What the gallery asks of the library: filtered, sorted listings; full-text search; culling
marks; boards; edit lineage; soft deletion while a file sits in the OS trash.

Qt-free and blocking (SQLite); the GUI calls it from worker threads. It shares the library
database's connection and lock with the job journal, so the job engine and the gallery never
see half a transaction.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import StrEnum

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.library import LibraryText
from nbp_desktop.core.library.database import now_iso
from nbp_desktop.core.library.library_index import ImageRecord, LibraryIndex
from nbp_desktop.core.provenance.credentials_index import TABLE as CREDENTIALS_TABLE
from nbp_desktop.core.provenance.credentials_index import credentials_table_exists
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP

PICK, UNFLAGGED, REJECT = 1, 0, -1
# Keys 6-9, as in Lightroom and Bridge; shown as translate("LibraryText", LABELS[n]).
LABELS = ("", QT_TRANSLATE_NOOP("LibraryText", "Red"), QT_TRANSLATE_NOOP("LibraryText", "Yellow"),
          QT_TRANSLATE_NOOP("LibraryText", "Green"), QT_TRANSLATE_NOOP("LibraryText", "Blue"))
CULL_FIELDS = ("flag", "rating", "label")
MAX_LINEAGE = 500


class SortOrder(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    RATING = "rating"
    COST = "cost"
    SIZE = "size"


_ORDER_BY = {
    SortOrder.NEWEST: "i.created DESC, i.id DESC",
    SortOrder.OLDEST: "i.created ASC, i.id ASC",
    SortOrder.RATING: "i.rating DESC, i.created DESC, i.id DESC",
    SortOrder.COST: "COALESCE(i.cost, 0) DESC, i.created DESC, i.id DESC",
    SortOrder.SIZE: "i.width * i.height DESC, i.bytes DESC, i.id DESC",
}


@dataclass
class GalleryFilter:
    """Everything the find bar can narrow by; empty fields do not filter."""
    text: str = ""
    created_from: str | None = None  # ISO instant (UTC), inclusive
    created_before: str | None = None  # ISO instant (UTC), exclusive
    connection: str | None = None
    model: str | None = None
    size: str | None = None
    aspect_ratio: str | None = None
    min_rating: int = 0
    picks_only: bool = False
    hide_rejects: bool = False
    label: int | None = None
    board_id: int | None = None
    has_edits: bool = False
    has_content_credentials: bool = False
    sort: SortOrder = SortOrder.NEWEST

    @property
    def active(self) -> bool:
        """True when anything but the sort order narrows the listing."""
        return any([self.text.strip(), self.created_from, self.created_before, self.connection, self.model,
                    self.size, self.aspect_ratio, self.min_rating, self.picks_only,
                    self.hide_rejects, self.label is not None, self.board_id is not None,
                    self.has_edits, self.has_content_credentials])

    @property
    def follows_marks(self) -> bool:
        """True when changing a flag, rating or label may change what is listed or its order
        (then the listing is made again after a mark; otherwise only the cell repaints)."""
        return self.active or self.sort is SortOrder.RATING


@dataclass(slots=True)
class GalleryItem:
    """One grid cell: just what painting and culling need (20,000 of these are a few MB)."""
    id: str
    path: str
    created: str
    width: int
    height: int
    flag: int
    rating: int
    label: int
    cost: float | None
    bytes: int
    credentials: str = ""  # Content Credentials: present | damaged | none | "" (not read yet)


@dataclass
class Board:
    id: int
    name: str
    count: int = 0
    cost: float = 0.0


@dataclass
class LineageNode:
    record: ImageRecord
    depth: int
    children: list[str] = field(default_factory=list)


def match_expression(text: str) -> str | None:
    """User words as an FTS5 query: every word must match, each as a prefix ("bicy" finds
    "bicycle"); quotes keep FTS syntax characters from being read as operators."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words) or None


class GalleryIndex(LibraryIndex):
    """The library index with the gallery's queries: listings, marks, boards, lineage, trash."""

    # ---------------------------------------------------------------- listing
    def items(self, spec: GalleryFilter, limit: int | None = None) -> list[GalleryItem]:
        where, args = self._where(spec)
        credentials = "''"
        if credentials_table_exists(self.database):
            credentials = f"COALESCE((SELECT c.state FROM {CREDENTIALS_TABLE} c WHERE c.image_id = i.id), '')"
            if spec.has_content_credentials:
                where.append(f"i.id IN (SELECT image_id FROM {CREDENTIALS_TABLE} WHERE state = 'present')")
        elif spec.has_content_credentials:
            where.append("0")  # nothing read yet
        sql = ("SELECT i.id, i.path, i.created, i.width, i.height, i.flag, i.rating, i.label, i.cost,"
               f" i.bytes, {credentials} FROM images i WHERE {' AND '.join(where)} ORDER BY {_ORDER_BY[spec.sort]}")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [GalleryItem(*row) for row in self.database.query(sql, tuple(args))]

    def count(self) -> int:
        """Images the gallery can show, before any filter."""
        rows = self.database.query("SELECT COUNT(*) FROM images WHERE trashed IS NULL AND role != 'grid'")
        return int(rows[0][0])

    @staticmethod
    def _where(spec: GalleryFilter) -> tuple[list[str], list[str | int]]:
        # Grids are shown as their four tiles, the variations a designer picks from.
        where = ["i.trashed IS NULL", "i.role != 'grid'"]
        args: list[str | int] = []
        expression = match_expression(spec.text)
        if expression:
            where.append("i.rowid IN (SELECT rowid FROM images_fts WHERE images_fts MATCH ?)")
            args.append(expression)
        if spec.created_from:
            where.append("i.created >= ?")
            args.append(spec.created_from)
        if spec.created_before:
            where.append("i.created < ?")
            args.append(spec.created_before)
        for column in ("connection", "model", "size", "aspect_ratio"):
            value = getattr(spec, column)
            if value:
                where.append(f"i.{column} = ?")
                args.append(value)
        if spec.min_rating:
            where.append("i.rating >= ?")
            args.append(spec.min_rating)
        if spec.picks_only:
            where.append(f"i.flag = {PICK}")
        elif spec.hide_rejects:
            where.append(f"i.flag != {REJECT}")
        if spec.label is not None:
            where.append("i.label = ?")
            args.append(spec.label)
        if spec.board_id is not None:
            where.append("i.id IN (SELECT image_id FROM board_images WHERE board_id = ?)")
            args.append(spec.board_id)
        if spec.has_edits:
            # Part of an edit history: an edit of something, or edited since.
            where.append("((i.parent_id IS NOT NULL AND i.role = 'result') OR EXISTS (SELECT 1 FROM"
                         " images c WHERE c.parent_id = i.id AND c.role = 'result'))")
        return where, args

    def choices(self) -> dict[str, list[str]]:
        """The values present in the library, for the filter menus."""
        out = {}
        for column in ("connection", "model", "size", "aspect_ratio"):
            rows = self.database.query(f"SELECT DISTINCT {column} FROM images WHERE {column} IS NOT NULL"
                                      " AND trashed IS NULL ORDER BY 1")
            out[column] = [r[0] for r in rows]
        return out

    # ---------------------------------------------------------------- culling
    def set_mark(self, image_ids: list[str], field_name: str, value: int) -> dict[str, int]:
        """Set flag, rating or label; returns the previous values, for undo."""
        if field_name not in CULL_FIELDS:
            raise ValueError(field_name)
        limits = {"flag": (REJECT, PICK), "rating": (0, 5), "label": (0, len(LABELS) - 1)}[field_name]
        if not limits[0] <= value <= limits[1]:
            raise ValueError(f"{field_name} {value}")
        return self.restore_marks(field_name, {image_id: value for image_id in image_ids})

    def restore_marks(self, field_name: str, values: dict[str, int]) -> dict[str, int]:
        if field_name not in CULL_FIELDS:
            raise ValueError(field_name)
        with self.database.transaction() as db:
            before = {}
            for image_id, value in values.items():
                row = db.execute(f"SELECT {field_name} FROM images WHERE id=?", (image_id,)).fetchone()
                if row is None:
                    continue
                before[image_id] = row[0]
                db.execute(f"UPDATE images SET {field_name}=? WHERE id=?", (value, image_id))
        return before

    # ----------------------------------------------------------------- boards
    def boards(self) -> list[Board]:
        """Boards with their image counts and what their images cost (a grid's tiles share
        the grid's cost)."""
        rows = self.database.query(
            "SELECT b.id, b.name, COUNT(i.id),"
            " COALESCE(SUM(CASE WHEN i.role = 'tile' THEN (SELECT p.cost FROM images p"
            "     WHERE p.id = i.parent_id) / 4.0 ELSE i.cost END), 0)"
            " FROM boards b LEFT JOIN board_images bi ON bi.board_id = b.id"
            " LEFT JOIN images i ON i.id = bi.image_id AND i.trashed IS NULL"
            " GROUP BY b.id ORDER BY b.name COLLATE NOCASE")
        return [Board(r[0], r[1], r[2], round(r[3], 6)) for r in rows]

    def create_board(self, name: str, board_id: int | None = None) -> Board:
        """``board_id``: a deleted board coming back under its own id (undo), so the changes
        made to it before can be undone and redone too; a new id if it is taken meanwhile."""
        name = self._board_name(name)
        with self.database.transaction() as db:
            if db.execute("SELECT 1 FROM boards WHERE name = ?", (name,)).fetchone():
                raise NbpError(ErrorKind.INVALID_SETTING, LibraryText.tr(
                    "There is already a board called “{name}”.").format(name=name))
            if board_id is not None and db.execute("SELECT 1 FROM boards WHERE id = ?", (board_id,)).fetchone():
                board_id = None
            created = db.execute("INSERT INTO boards (id, name, created) VALUES (?, ?, ?)",
                                 (board_id, name, now_iso())).lastrowid
        return Board(int(created or 0), name)

    def rename_board(self, board_id: int, name: str) -> str:
        """Returns the board's previous name (what undo names it again)."""
        name = self._board_name(name)
        with self.database.transaction() as db:
            clash = db.execute("SELECT 1 FROM boards WHERE name = ? AND id != ?", (name, board_id)).fetchone()
            if clash:
                raise NbpError(ErrorKind.INVALID_SETTING, LibraryText.tr(
                    "There is already a board called “{name}”.").format(name=name))
            row = db.execute("SELECT name FROM boards WHERE id = ?", (board_id,)).fetchone()
            db.execute("UPDATE boards SET name = ? WHERE id = ?", (name, board_id))
        return row[0] if row else ""

    def delete_board(self, board_id: int) -> tuple[str, list[str]]:
        """Removes the board, never its images; returns (name, image ids) for undo."""
        with self.database.transaction() as db:
            row = db.execute("SELECT name FROM boards WHERE id = ?", (board_id,)).fetchone()
            ids = [r[0] for r in db.execute("SELECT image_id FROM board_images WHERE board_id = ?",
                                            (board_id,))]
            db.execute("DELETE FROM boards WHERE id = ?", (board_id,))
        return (row[0] if row else ""), ids

    def add_to_board(self, board_id: int, image_ids: list[str]) -> list[str]:
        """Returns the ids that were not on the board yet (what undo takes off again)."""
        with self.database.transaction() as db:
            added = []
            for image_id in image_ids:
                changed = db.execute("INSERT OR IGNORE INTO board_images (board_id, image_id, added)"
                                     " VALUES (?, ?, ?)", (board_id, image_id, now_iso())).rowcount
                if changed:
                    added.append(image_id)
        return added

    def remove_from_board(self, board_id: int, image_ids: list[str]) -> list[str]:
        """Returns the ids that were on the board (what undo puts back)."""
        with self.database.transaction() as db:
            return [i for i in image_ids if db.execute(
                "DELETE FROM board_images WHERE board_id = ? AND image_id = ?", (board_id, i)).rowcount]

    def boards_of(self, image_id: str) -> list[str]:
        return [r[0] for r in self.database.query(
            "SELECT b.name FROM boards b JOIN board_images bi ON bi.board_id = b.id"
            " WHERE bi.image_id = ? ORDER BY b.name COLLATE NOCASE", (image_id,))]

    @staticmethod
    def _board_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise NbpError(ErrorKind.INVALID_SETTING, LibraryText.tr("A board needs a name."))
        return name[:120]

    # ---------------------------------------------------------------- lineage
    def lineage(self, image_id: str) -> list[LineageNode]:
        """The whole edit tree this image belongs to, root first, depth-first: every turn of
        the conversation and every branch taken from one of them."""
        records: dict[str, ImageRecord] = {}
        current = self.image(image_id)
        while current is not None and current.parent_id and len(records) < MAX_LINEAGE:
            records[current.id] = current
            parent = self.image(current.parent_id)
            if parent is None or parent.id in records:
                break
            current = parent
        if current is None:
            return []
        root = current
        nodes: list[LineageNode] = []
        stack = [(root, 0)]
        while stack and len(nodes) < MAX_LINEAGE:
            record, depth = stack.pop()
            children = [ImageRecord(**dict(r)) for r in self.database.query(
                "SELECT * FROM images WHERE parent_id = ? AND role = 'result' AND trashed IS NULL"
                " ORDER BY created DESC, id DESC", (record.id,))]
            nodes.append(LineageNode(record, depth, [c.id for c in reversed(children)]))
            stack.extend((child, depth + 1) for child in children)
        return nodes

    # ------------------------------------------------------------------ trash
    def mark_trashed(self, moved: dict[str, dict[str, str]]) -> None:
        """Images whose files went to the OS trash: hidden, with where their files went, so the
        deletion can be undone (their marks and boards are kept until then)."""
        with self.database.transaction() as db:
            db.executemany("UPDATE images SET trashed = ? WHERE id = ?",
                           [(json.dumps(files), image_id) for image_id, files in moved.items()])

    def trashed_files(self, image_ids: list[str]) -> dict[str, dict[str, str]]:
        marks = ",".join("?" * len(image_ids))
        rows = self.database.query(f"SELECT id, trashed FROM images WHERE trashed IS NOT NULL"
                                  f" AND id IN ({marks})", tuple(image_ids))
        return {r[0]: json.loads(r[1]) for r in rows}

    def mark_restored(self, image_ids: list[str]) -> None:
        with self.database.transaction() as db:
            db.executemany("UPDATE images SET trashed = NULL WHERE id = ?", [(i,) for i in image_ids])
