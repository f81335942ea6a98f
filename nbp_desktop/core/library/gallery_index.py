"""What the gallery asks of the library: filtered, sorted listings; full-text search; culling
marks; boards; edit lineage; soft deletion while a file sits in the OS trash.

Qt-free and blocking (SQLite); the GUI calls it from worker threads. It shares the library
database's connection and lock with the job journal, so the job engine and the gallery never
see half a transaction.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.library import LibraryText
from nbp_desktop.core.library.database import DatabaseReader, now_iso
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
FILTER_COLUMNS = ("connection", "model", "size", "aspect_ratio")  # the menus' choices
# Up to this many search matches are fetched through the search index and sorted; more are
# found by walking the listing's index in order and keeping the matches, which reaches a
# screenful after a few hundred rows instead of sorting every match (a common word).
FEW_MATCHES = 2000


class SortOrder(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    RATING = "rating"
    COST = "cost"
    SIZE = "size"


@dataclass(frozen=True)
class _Order:
    """A sort order as a keyset: the columns that order the listing (the last one unique), so a
    page starts where the one before ended, through an index, however far down it is."""
    columns: tuple[str, ...]
    descending: bool

    def key(self, item: GalleryItem) -> tuple[str | int | float, ...]:
        return tuple(_DERIVED[name](item) if name in _DERIVED else getattr(item, name) for name in self.columns)

    def sql(self) -> str:
        return ", ".join(_SQL.get(name, f"i.{name}") for name in self.columns)

    def order_by(self) -> str:
        direction = " DESC" if self.descending else ""
        return ", ".join(f"{_SQL.get(name, f'i.{name}')}{direction}" for name in self.columns)


# Columns that are expressions (each has an index of its own, see database.py version 5).
_SQL = {"cost_or_zero": "COALESCE(i.cost, 0)", "pixels": "i.width * i.height"}
_DERIVED: dict[str, Callable[[GalleryItem], float]] = {
    "cost_or_zero": lambda item: item.cost or 0, "pixels": lambda item: item.width * item.height}
_ORDERS = {
    SortOrder.NEWEST: _Order(("created", "id"), descending=True),
    SortOrder.OLDEST: _Order(("created", "id"), descending=False),
    SortOrder.RATING: _Order(("rating", "created", "id"), descending=True),
    SortOrder.COST: _Order(("cost_or_zero", "created", "id"), descending=True),
    SortOrder.SIZE: _Order(("pixels", "bytes", "id"), descending=True),
}
# What every listing leaves out; written exactly like this so SQLite uses the partial indexes
# made with the same condition (database.py version 5).
SHOWN = ("i.trashed IS NULL", "i.role != 'grid'")


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


class ListingStopped(Exception):
    """A newer listing stopped this read (``stop_reading``): its result is of no use now."""


def _read(reader: DatabaseReader, sql: str, args: tuple[object, ...] = ()) -> list[sqlite3.Row]:
    try:
        return reader.query(sql, args)
    except sqlite3.OperationalError as error:
        if "interrupt" in str(error):
            raise ListingStopped from None
        raise


class GalleryIndex(LibraryIndex):
    """The library index with the gallery's queries: listings, marks, boards, lineage, trash.
    Reads have connections of their own: first pages one (never behind an older listing's
    remaining pages), the rest of the listings another and counts a third (both stopped when a
    newer listing makes them useless), boards and filter menus a fourth."""

    @property
    def _first_pages(self) -> DatabaseReader:
        return self.database.reader("gallery first pages")

    @property
    def _pages(self) -> DatabaseReader:
        return self.database.reader("gallery pages")

    @property
    def _menus(self) -> DatabaseReader:
        """Boards and the filter menus' choices (also read by batch ingest: never stopped)."""
        return self.database.reader("gallery boards and menus")

    def _reader(self, after: GalleryItem | None) -> DatabaseReader:
        return self._first_pages if after is None else self._pages

    @property
    def _counter(self) -> DatabaseReader:
        return self.database.reader("gallery counts")

    # ---------------------------------------------------------------- listing
    def items(self, spec: GalleryFilter, limit: int | None = None,
              after: GalleryItem | None = None) -> list[GalleryItem]:
        """The listing in the filter's order: all of it, or ``limit`` cells starting after the
        cell ``after`` (a keyset page: an index seek, not a count of the rows before it)."""
        sql, args = self._listing(spec, limit, after)
        return [GalleryItem(*row) for row in _read(self._reader(after), sql, tuple(args))]

    def query_plan(self, spec: GalleryFilter, limit: int | None = None,
                   after: GalleryItem | None = None) -> list[str]:
        """SQLite's plan for a listing, one line per step (EXPLAIN QUERY PLAN)."""
        sql, args = self._listing(spec, limit, after)
        return [str(row[3]) for row in self._reader(after).query(f"EXPLAIN QUERY PLAN {sql}", tuple(args))]

    def _listing(self, spec: GalleryFilter, limit: int | None,
                 after: GalleryItem | None) -> tuple[str, list[str | int | float]]:
        where, args = self._where(spec, self._reader(after))
        credentials = "''"
        if credentials_table_exists(self.database):
            credentials = f"COALESCE((SELECT c.state FROM {CREDENTIALS_TABLE} c WHERE c.image_id = i.id), '')"
        order = _ORDERS[spec.sort]
        if after is not None:
            marks = ", ".join("?" * len(order.columns))
            where.append(f"({order.sql()}) {'<' if order.descending else '>'} ({marks})")
            args.extend(order.key(after))
        sql = ("SELECT i.id, i.path, i.created, i.width, i.height, i.flag, i.rating, i.label, i.cost,"
               f" i.bytes, {credentials} FROM images i WHERE {' AND '.join(where)} ORDER BY {order.order_by()}")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return sql, args

    def count(self) -> int | None:
        """Images the gallery can show, before any filter (None: stopped, as below)."""
        return self.count_matching(GalleryFilter())

    def count_matching(self, spec: GalleryFilter) -> int | None:
        """How many cells the filter lists (counted apart from the listing, after its first
        page); None when ``stop_reading`` stopped it."""
        where, args = self._where(spec, None)
        try:
            rows = _read(self._counter, f"SELECT COUNT(*) FROM images i WHERE {' AND '.join(where)}", tuple(args))
        except ListingStopped:
            return None
        return int(rows[0][0])

    def stop_reading(self) -> None:
        """Stop the count and the page (or filter menus) being read for an older listing: a
        newer one wants its own. Their readers raise ListingStopped (a count returns None).
        First pages are never stopped: they are short, and the newest one is always wanted."""
        self._counter.interrupt()
        self._pages.interrupt()

    @staticmethod
    def _few_matches(reader: DatabaseReader, expression: str) -> bool:
        rows = _read(reader, "SELECT COUNT(*) FROM (SELECT rowid FROM images_fts WHERE images_fts MATCH ?"
                                  " LIMIT ?)", (expression, FEW_MATCHES + 1))
        return int(rows[0][0]) <= FEW_MATCHES

    def _where(self, spec: GalleryFilter,
               listing: DatabaseReader | None) -> tuple[list[str], list[str | int | float]]:
        """``listing``: the connection of a listing (its first rows soon); None for a count."""
        # Grids are shown as their four tiles, the variations a designer picks from.
        where = list(SHOWN)
        args: list[str | int | float] = []
        expression = match_expression(spec.text)
        if expression:
            # "+" keeps SQLite from fetching every match by rowid and sorting them: it walks the
            # listing's index and looks each row up in the matches instead (see FEW_MATCHES).
            walk = "+" if listing is not None and not self._few_matches(listing, expression) else ""
            where.append(f"{walk}i.rowid IN (SELECT rowid FROM images_fts WHERE images_fts MATCH ?)")
            args.append(expression)
        if spec.created_from:
            where.append("i.created >= ?")
            args.append(spec.created_from)
        if spec.created_before:
            where.append("i.created < ?")
            args.append(spec.created_before)
        for column in FILTER_COLUMNS:
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
        if spec.has_content_credentials:
            if credentials_table_exists(self.database):
                where.append(f"i.id IN (SELECT image_id FROM {CREDENTIALS_TABLE} WHERE state = 'present')")
            else:
                where.append("0")  # nothing read yet
        return where, args

    def choices(self) -> dict[str, list[str]]:
        """The values the listing can show, for the filter menus: each distinct value found by
        a skip-scan of its column's index (one seek per value, not a pass over every image)."""
        shown = " AND ".join(SHOWN)
        out = {}
        for column in FILTER_COLUMNS:
            rows = self._menus.query(
                f"WITH RECURSIVE v(x) AS (SELECT MIN(i.{column}) FROM images i WHERE {shown}"
                f" UNION ALL SELECT (SELECT MIN(i.{column}) FROM images i WHERE i.{column} > v.x AND {shown})"
                " FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
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
        rows = self._menus.query(
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
