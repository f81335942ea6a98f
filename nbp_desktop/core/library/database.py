"""The library database: one SQLite file (WAL, synchronous=FULL) beside the images, shared by
the job journal (core/jobs/journal.py: the ``jobs`` table) and the library index
(core/library/library_index.py: images, boards, search). Each owns its tables' queries; this
module owns the connection, its lock, transactions and the file's versioned schema (one
history, because a migration step may fill one table from another).

Blocking: callers run it in worker threads (the engine in one dedicated database thread).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nbp_desktop.core.catalog import size_and_ratio_of
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.library import LibraryText
from nbp_desktop.core.library.database_backups import BackupSchedule

DATABASE_FILE = "library.sqlite3"
SCHEMA_VERSION = 5
BUSY_TIMEOUT_SECONDS = 10.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    position REAL NOT NULL,
    created TEXT NOT NULL,
    connection TEXT NOT NULL,
    model TEXT NOT NULL,
    size TEXT NOT NULL,
    spec TEXT NOT NULL,
    status TEXT NOT NULL,
    error_kind TEXT, error_message TEXT, error_detail TEXT, resets_at TEXT,
    sends INTEGER NOT NULL DEFAULT 0,
    runs INTEGER NOT NULL DEFAULT 0,
    started_at TEXT, finished_at TEXT,
    estimated_cost REAL NOT NULL DEFAULT 0,
    actual_cost REAL,
    planned_image_ids TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    owner TEXT,
    timings TEXT,
    result_text TEXT
);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, position);
CREATE TABLE IF NOT EXISTS images (
    id TEXT PRIMARY KEY,
    job_id TEXT,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    mime TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    created TEXT NOT NULL,
    prompt TEXT,
    model TEXT,
    connection TEXT,
    cost REAL,
    parent_id TEXT,
    role TEXT NOT NULL DEFAULT 'result'
);
CREATE INDEX IF NOT EXISTS images_created ON images(created);
CREATE INDEX IF NOT EXISTS images_job ON images(job_id);
CREATE INDEX IF NOT EXISTS images_parent ON images(parent_id);
"""

# Version 2: the gallery. Culling marks, size and ratio for filters, the model's text reply for
# search (FTS5 kept in step by triggers), boards, and soft deletion while a file is in the trash.
_GALLERY_SCHEMA = """
ALTER TABLE images ADD COLUMN size TEXT;
ALTER TABLE images ADD COLUMN aspect_ratio TEXT;
ALTER TABLE images ADD COLUMN model_text TEXT;
ALTER TABLE images ADD COLUMN flag INTEGER NOT NULL DEFAULT 0;
ALTER TABLE images ADD COLUMN rating INTEGER NOT NULL DEFAULT 0;
ALTER TABLE images ADD COLUMN label INTEGER NOT NULL DEFAULT 0;
ALTER TABLE images ADD COLUMN trashed TEXT;
CREATE INDEX images_rating ON images(rating, created);
CREATE INDEX images_sha256 ON images(sha256);
CREATE INDEX images_created_id ON images(created, id);
CREATE TABLE boards (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created TEXT NOT NULL
);
CREATE TABLE board_images (
    board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    image_id TEXT NOT NULL,
    added TEXT NOT NULL,
    PRIMARY KEY (board_id, image_id)
);
CREATE INDEX board_images_image ON board_images(image_id);
"""
# Created after the new columns are filled in: the triggers must not see rows the (external
# content) search index has not been built with yet.
_GALLERY_SEARCH_SCHEMA = """
CREATE VIRTUAL TABLE images_fts USING fts5(prompt, model_text, content='images', content_rowid='rowid',
                                           tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER images_fts_insert AFTER INSERT ON images BEGIN
    INSERT INTO images_fts(rowid, prompt, model_text) VALUES (new.rowid, new.prompt, new.model_text);
END;
CREATE TRIGGER images_fts_delete AFTER DELETE ON images BEGIN
    INSERT INTO images_fts(images_fts, rowid, prompt, model_text)
        VALUES ('delete', old.rowid, old.prompt, old.model_text);
END;
CREATE TRIGGER images_fts_update AFTER UPDATE OF prompt, model_text ON images BEGIN
    INSERT INTO images_fts(images_fts, rowid, prompt, model_text)
        VALUES ('delete', old.rowid, old.prompt, old.model_text);
    INSERT INTO images_fts(rowid, prompt, model_text) VALUES (new.rowid, new.prompt, new.model_text);
END;
"""


# Version 3: what cleared jobs cost. Clearing finished jobs from the queue must not take their
# spend out of the day's total, the budget or `cost`.
_SPEND_HISTORY_SCHEMA = """
CREATE TABLE spend_history (
    finished_at TEXT NOT NULL,
    connection TEXT NOT NULL,
    model TEXT,
    usd REAL NOT NULL
);
CREATE INDEX spend_history_finished ON spend_history(finished_at);
"""

# Version 4: what requests cut off by a crash may have cost. ``unsettled_cost``: the estimate of
# a request sent and not answered yet; if the app dies (or stops) before the answer, it moves
# to ``possible_cost``, which the spend and the budget count as "possibly billed".
_POSSIBLE_COST_SCHEMA = """
ALTER TABLE jobs ADD COLUMN unsettled_cost REAL;
ALTER TABLE jobs ADD COLUMN possible_cost REAL;
ALTER TABLE spend_history ADD COLUMN possible_usd REAL NOT NULL DEFAULT 0;
"""

# Version 5: a library's first screenful, counts, filters and filter menus cost the same at
# 100,000 images as at 100. Partial indexes over what the gallery shows (the same condition as
# gallery_index.SHOWN), each in a listing order, so a keyset page is an index seek: one per sort
# order (expressions as the listing writes them) and one per filter column, ahead of the date.
# They replace version 2's date and rating indexes (a smaller file checks faster at start-up).
_LISTING_INDEX_SCHEMA = "DROP INDEX IF EXISTS images_created_id;\nDROP INDEX IF EXISTS images_rating;\n" + "\n".join(
    f"CREATE INDEX IF NOT EXISTS images_listing_{name} ON images({columns}) WHERE trashed IS NULL AND role != 'grid';"
    for name, columns in (
        ("newest", "created, id"), ("rating", "rating, created, id"),
        ("cost", "COALESCE(cost, 0), created, id"), ("size", "width * height, bytes, id"),
        ("flag", "flag, created, id"), ("label", "label, created, id"),
        ("connection", "connection, created, id"), ("model", "model, created, id"),
        ("size_name", "size, created, id"), ("aspect_ratio", "aspect_ratio, created, id")))


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def read_only_error() -> NbpError:
    return NbpError(ErrorKind.READ_ONLY_LIBRARY, LibraryText.tr(
        "This library is open read-only. Open it again with “Open library…” and choose read-write "
        "to change it."))


def busy_error(exc: sqlite3.OperationalError) -> NbpError:
    return NbpError(ErrorKind.LIBRARY_BUSY, LibraryText.tr(
        "The library is busy in another nbp-desktop window or command, so this change was not saved. "
        "Try again in a moment."), detail=f"{type(exc).__name__}: {exc}")


class DatabaseReader:
    """A connection of its own for the gallery's reads (listings, counts, filter menus), so they
    neither wait for the job engine's writes and backups nor make them wait (WAL lets readers
    and a writer work at once). ``interrupt`` stops the query running on it: a count that a newer
    listing has made useless."""

    def __init__(self, connection: sqlite3.Connection, lock: threading.RLock, own: bool) -> None:
        self._db = connection
        self._lock = lock
        self._own = own  # False: the database's own connection (a read-only in-memory copy)

    def query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def trace(self, callback: Callable[[str], object] | None) -> None:
        """Hand each SQL statement run on this connection to ``callback`` (diagnostics, tests)."""
        self._db.set_trace_callback(callback)

    def interrupt(self) -> None:
        if self._own:  # never the shared connection: it may be in the middle of a write
            self._db.interrupt()

    def close(self) -> None:
        if self._own:
            with self._lock:
                self._db.close()


class LibraryDatabase:
    def __init__(self, data_dir: Path, read_only: bool = False, copy_database: bool = True,
                 busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        """``read_only`` copies the database into memory and never writes the folder: a library
        on a USB stick, a shared drive or another user's folder stays exactly as it is. Without
        ``copy_database`` the in-memory index starts empty (to be rebuilt from sidecars).
        ``busy_timeout``: how long a change waits for another process's write to finish."""
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DATABASE_FILE
        self.read_only = read_only
        self._lock = threading.RLock()
        self._readers: dict[str, DatabaseReader] = {}
        if read_only:
            self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            if copy_database and self.path.exists():
                self._copy_into_memory()
        else:
            self._db = sqlite3.connect(self.path, timeout=busy_timeout, check_same_thread=False,
                                       isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self.set_busy_timeout(busy_timeout)
        self._db.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NbpError(ErrorKind.INVALID_SETTING, LibraryText.tr(
                "This library was written by a newer version of nbp-desktop; update the app to open it."))
        if version < SCHEMA_VERSION:
            with self.transaction(in_memory_copy=True):
                self._migrate(version)
        self._backups = None if read_only else BackupSchedule(self._db, self.data_dir)

    def back_up_if_due(self) -> None:
        """A rolling backup when this session changed the database (see database_backups)."""
        if self._backups is not None:
            with self._lock:
                self._backups.maybe_back_up()

    def _copy_into_memory(self) -> None:
        """Even a read-only SQLite connection leaves -shm/-wal files next to a WAL database, so
        the files are copied to a temporary folder first (with the -wal, which may hold the
        latest changes) and read from there."""
        with tempfile.TemporaryDirectory(prefix="nbp-library-") as folder:
            copy = Path(folder) / DATABASE_FILE
            for suffix in ("", "-wal"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    shutil.copyfile(source, f"{copy}{suffix}")
            source_db = sqlite3.connect(copy)
            try:
                source_db.backup(self._db)
            finally:
                source_db.close()

    def _migrate(self, version: int) -> None:
        """Bring the schema up to date, one version at a time (inside one transaction)."""
        if version < 1:
            self._run_script(_SCHEMA)
        if version < 2:
            self._run_script(_GALLERY_SCHEMA)
            self._db.execute(
                "UPDATE images SET model_text = (SELECT result_text FROM jobs WHERE jobs.id = images.job_id),"
                " size = (SELECT json_extract(spec, '$.size') FROM jobs WHERE jobs.id = images.job_id),"
                " aspect_ratio = (SELECT json_extract(spec, '$.aspect_ratio') FROM jobs"
                "                 WHERE jobs.id = images.job_id)")
            for row in self._db.execute("SELECT id, width, height, size, aspect_ratio FROM images"
                                        " WHERE size IS NULL OR aspect_ratio IS NULL").fetchall():
                size, ratio = size_and_ratio_of(row["width"], row["height"])
                self._db.execute("UPDATE images SET size=?, aspect_ratio=? WHERE id=?",
                                 (row["size"] or size, row["aspect_ratio"] or ratio, row["id"]))
            self._run_script(_GALLERY_SEARCH_SCHEMA)
            self._db.execute("INSERT INTO images_fts(images_fts) VALUES ('rebuild')")
        if version < 3:
            self._run_script(_SPEND_HISTORY_SCHEMA)
        if version < 4:
            self._run_script(_POSSIBLE_COST_SCHEMA)
        if version < 5:
            self._run_script(_LISTING_INDEX_SCHEMA)
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _run_script(self, script: str) -> None:
        # executescript() would commit the open transaction; trigger bodies hold ";" of their own.
        statement = ""
        for line in script.strip().splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self._db.execute(statement)
                statement = ""

    def reader(self, purpose: str) -> DatabaseReader:
        """The read connection kept for ``purpose`` (one query at a time on each). A read-only
        library lives in this connection's memory, so its reads share this connection."""
        with self._lock:
            if purpose not in self._readers:
                if self.read_only:
                    self._readers[purpose] = DatabaseReader(self._db, self._lock, own=False)
                else:
                    connection = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True,
                                                 check_same_thread=False, isolation_level=None)
                    connection.row_factory = sqlite3.Row
                    connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
                    self._readers[purpose] = DatabaseReader(connection, threading.RLock(), own=True)
            return self._readers[purpose]

    def close(self) -> None:
        with self._lock:
            for reader in self._readers.values():
                reader.close()
            self._readers.clear()
            self._db.close()

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a change waits for another process's write before it is refused."""
        with self._lock:
            self._db.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")

    @contextmanager
    def transaction(self, in_memory_copy: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so it never fails half-way
        on another process's write. When another process holds the write lock past the busy
        timeout, the change is refused with a sentence and this connection stays usable."""
        # A read-only library's in-memory copy is migrated and completed when it is opened;
        # the user's changes are refused.
        if self.read_only and not in_memory_copy:
            raise read_only_error()
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise busy_error(exc) from None
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                try:
                    self._db.execute("COMMIT")
                except sqlite3.OperationalError as exc:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise busy_error(exc) from None

    def query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def integrity_check(self) -> str:
        # quick_check finds what a crash or a bad copy does (torn pages, broken b-trees) in a
        # fraction of integrity_check's time, which grows with the library.
        return str(self.query("PRAGMA quick_check")[0][0])
