"""The job journal and library index: one SQLite database (WAL, synchronous=FULL).

Jobs are written before their request is sent, and a job becomes ``succeeded`` in the same
transaction that indexes its images, which were already on disk. Blocking: the engine calls
it from one dedicated thread so the event loop never waits on an fsync.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from nbp_desktop.core.catalog import size_and_ratio_of
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.jobs.spec import INTERRUPTED_MESSAGE, JobSpec, JobStatus

DATABASE_FILE = "library.sqlite3"
SCHEMA_VERSION = 2

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

ACTIVE = (JobStatus.RUNNING.value, JobStatus.SAVING.value)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


@dataclass
class JobRecord:
    id: str
    position: float
    created: str
    connection: str
    model: str
    size: str
    spec: JobSpec
    status: JobStatus
    error_kind: str | None = None
    error_message: str | None = None
    error_detail: str | None = None
    resets_at: str | None = None
    sends: int = 0
    runs: int = 0
    started_at: str | None = None
    finished_at: str | None = None
    estimated_cost: float = 0.0
    actual_cost: float | None = None
    planned_image_ids: list[str] = field(default_factory=list)
    cancel_requested: bool = False
    owner: str | None = None
    timings: dict = field(default_factory=dict)
    result_text: str | None = None
    image_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = {k: v for k, v in self.__dict__.items() if k != "spec"}
        data["status"] = str(self.status)
        data["spec"] = self.spec.to_json()
        data["prompt"] = self.spec.prompt
        if self.error_kind:
            data["error"] = {"kind": self.error_kind, "message": self.error_message,
                             "detail": self.error_detail, "resets_at": self.resets_at}
        return data


@dataclass
class ImageRecord:
    id: str
    job_id: str | None
    path: str  # relative to the data dir, so a copied library still works
    sha256: str
    mime: str
    width: int
    height: int
    bytes: int
    created: str
    prompt: str | None = None
    model: str | None = None
    connection: str | None = None
    cost: float | None = None
    parent_id: str | None = None
    role: str = "result"  # result | grid | tile
    size: str | None = None  # 1K / 2K / 4K
    aspect_ratio: str | None = None
    model_text: str | None = None  # the model's text reply, searchable
    flag: int = 0  # 1 pick, -1 reject
    rating: int = 0  # 0-5 stars
    label: int = 0  # 0 none, 1-4 colour labels (keys 6-9)
    trashed: str | None = None  # JSON {original: path in trash} while deleted and undoable

    @staticmethod
    def described_by(sidecar: dict, role: str) -> dict:
        """The searchable and filterable facts of an image, from its sidecar (or the metadata
        about to become one). A grid tile's size and ratio come from its own pixels."""
        request = sidecar.get("request") or {}
        connection = sidecar.get("connection") or {}
        whole = role != "tile"
        return {"prompt": request.get("prompt"),
                "model": connection.get("model") or request.get("model"),
                "connection": connection.get("name"),
                "size": request.get("size") if whole else None,
                "aspect_ratio": request.get("aspect_ratio") if whole else None,
                "model_text": (sidecar.get("result") or {}).get("text") or None}

    def __post_init__(self) -> None:
        if (self.size is None or self.aspect_ratio is None) and self.width and self.height:
            size, ratio = size_and_ratio_of(self.width, self.height)
            self.size, self.aspect_ratio = self.size or size, self.aspect_ratio or ratio


def read_only_error() -> NbpError:
    return NbpError(ErrorKind.READ_ONLY_LIBRARY, "This library is open read-only. Open it again "
                    "with “Open library…” and choose read-write to change it.")


class Journal:
    def __init__(self, data_dir: Path, read_only: bool = False, copy_database: bool = True) -> None:
        """``read_only`` copies the database into memory and never writes the folder: a library
        on a USB stick, a shared drive or another user's folder stays exactly as it is. Without
        ``copy_database`` the in-memory index starts empty (to be rebuilt from sidecars)."""
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DATABASE_FILE
        self.read_only = read_only
        self._lock = threading.RLock()
        if read_only:
            self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            if copy_database and self.path.exists():
                self._copy_into_memory()
        else:
            self._db = sqlite3.connect(self.path, timeout=10, check_same_thread=False,
                                       isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA busy_timeout=10000")
        self._db.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NbpError(ErrorKind.INVALID_SETTING, "This library was written by a newer version of "
                                              "nbp-desktop; update the app to open it.")
        if version < SCHEMA_VERSION:
            with self._transaction(in_memory_copy=True):
                self._migrate(version)

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
            source = sqlite3.connect(copy)
            try:
                source.backup(self._db)
            finally:
                source.close()

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
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _run_script(self, script: str) -> None:
        # executescript() would commit the open transaction; trigger bodies hold ";" of their own.
        statement = ""
        for line in script.strip().splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self._db.execute(statement)
                statement = ""

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ----------------------------------------------------------------- helpers
    class _Tx:
        def __init__(self, journal: Journal, in_memory_copy: bool) -> None:
            self.journal = journal
            self.in_memory_copy = in_memory_copy

        def __enter__(self):
            # A read-only library's in-memory copy is migrated and completed when it is opened;
            # the user's changes are refused.
            if self.journal.read_only and not self.in_memory_copy:
                raise read_only_error()
            self.journal._lock.acquire()
            self.journal._db.execute("BEGIN IMMEDIATE")
            return self.journal._db

        def __exit__(self, exc_type, exc, tb):
            try:
                self.journal._db.execute("ROLLBACK" if exc_type else "COMMIT")
            finally:
                self.journal._lock.release()
            return False

    def _transaction(self, in_memory_copy: bool = False) -> Journal._Tx:
        return Journal._Tx(self, in_memory_copy)

    def _query(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # The gallery's queries (core/library/gallery_index.py) share this connection and its lock.
    transaction = _transaction
    query = _query

    def integrity_check(self) -> str:
        # quick_check finds what a crash or a bad copy does (torn pages, broken b-trees) in a
        # fraction of integrity_check's time, which grows with the library.
        return self._query("PRAGMA quick_check")[0][0]

    # -------------------------------------------------------------------- jobs
    def add_jobs(self, entries: list[tuple[str, JobSpec, float]]) -> None:
        """Queue new jobs at the end, in one transaction: written before anything is sent."""
        with self._transaction() as db:
            last = db.execute("SELECT COALESCE(MAX(position), 0) FROM jobs").fetchone()[0]
            created = now_iso()
            for offset, (job_id, spec, estimate) in enumerate(entries, start=1):
                db.execute(
                    "INSERT INTO jobs (id, position, created, connection, model, size, spec, status,"
                    " estimated_cost) VALUES (?,?,?,?,?,?,?,?,?)",
                    (job_id, last + offset, created, spec.connection, spec.model, spec.size,
                     json.dumps(spec.to_json()), JobStatus.QUEUED.value, estimate))

    def jobs(self, statuses: tuple[str, ...] | None = None) -> list[JobRecord]:
        if statuses:
            marks = ",".join("?" * len(statuses))
            rows = self._query(f"SELECT * FROM jobs WHERE status IN ({marks}) ORDER BY position",
                               tuple(statuses))
        else:
            rows = self._query("SELECT * FROM jobs ORDER BY position")
        images: dict[str, list[str]] = {}
        for row in self._query("SELECT id, job_id FROM images WHERE job_id IS NOT NULL ORDER BY created, id"):
            images.setdefault(row["job_id"], []).append(row["id"])
        return [self._job(row, images.get(row["id"], [])) for row in rows]

    def job(self, job_id: str) -> JobRecord | None:
        rows = self._query("SELECT * FROM jobs WHERE id = ?", (job_id,))
        if not rows:
            return None
        image_ids = [r["id"] for r in self._query(
            "SELECT id FROM images WHERE job_id = ? ORDER BY created, id", (job_id,))]
        return self._job(rows[0], image_ids)

    @staticmethod
    def _job(row: sqlite3.Row, image_ids: list[str]) -> JobRecord:
        return JobRecord(
            id=row["id"], position=row["position"], created=row["created"],
            connection=row["connection"], model=row["model"], size=row["size"],
            spec=JobSpec.from_json(json.loads(row["spec"])), status=JobStatus(row["status"]),
            error_kind=row["error_kind"], error_message=row["error_message"],
            error_detail=row["error_detail"], resets_at=row["resets_at"], sends=row["sends"],
            runs=row["runs"], started_at=row["started_at"], finished_at=row["finished_at"],
            estimated_cost=row["estimated_cost"], actual_cost=row["actual_cost"],
            planned_image_ids=json.loads(row["planned_image_ids"] or "[]"),
            cancel_requested=bool(row["cancel_requested"]), owner=row["owner"],
            timings=json.loads(row["timings"] or "{}"), result_text=row["result_text"],
            image_ids=image_ids)

    def mark_running(self, job_id: str, owner: str) -> bool:
        """Queued → running, committed before the request is sent. False if the job is no
        longer queued (canceled meanwhile, or another process took it)."""
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE jobs SET status=?, runs=runs+1, started_at=?, owner=?, error_kind=NULL,"
                " error_message=NULL, error_detail=NULL, resets_at=NULL"
                " WHERE id=? AND status=? AND cancel_requested=0",
                (JobStatus.RUNNING.value, now_iso(), owner, job_id, JobStatus.QUEUED.value)).rowcount
        return changed == 1

    def count_send(self, job_id: str) -> None:
        """One more HTTP attempt is about to go out for this job."""
        with self._transaction() as db:
            db.execute("UPDATE jobs SET sends=sends+1 WHERE id=?", (job_id,))

    def mark_saving(self, job_id: str, planned_image_ids: list[str]) -> None:
        with self._transaction() as db:
            db.execute("UPDATE jobs SET status=?, planned_image_ids=? WHERE id=?",
                       (JobStatus.SAVING.value, json.dumps(planned_image_ids), job_id))

    def finish_success(self, job_id: str, images: list[ImageRecord], actual_cost: float | None,
                       timings: dict, text: str) -> None:
        """Index the (already written) images and mark the job done, atomically."""
        with self._transaction() as db:
            for image in images:
                self._insert_image(db, image)
            db.execute(
                "UPDATE jobs SET status=?, finished_at=?, actual_cost=?, timings=?, result_text=?,"
                " planned_image_ids=NULL WHERE id=?",
                (JobStatus.SUCCEEDED.value, now_iso(), actual_cost, json.dumps(timings), text,
                 job_id))

    def finish_failure(self, job_id: str, status: JobStatus, error: NbpError | None,
                       attempts_timings: dict | None = None) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE jobs SET status=?, finished_at=?, error_kind=?, error_message=?,"
                " error_detail=?, resets_at=?, timings=COALESCE(?, timings),"
                " planned_image_ids=NULL WHERE id=?",
                (status.value, now_iso(), str(error.kind) if error else None,
                 error.message if error else None, error.detail if error else None,
                 error.resets_at.isoformat() if error and error.resets_at else None,
                 json.dumps(attempts_timings) if attempts_timings else None, job_id))

    def requeue(self, job_id: str, note: NbpError | None = None, own_running: bool = False) -> bool:
        """Back to the end of the queue: a retry the user asked for (never of a job that is
        running), or, with ``own_running``, the engine parking its own job for a quota wait."""
        with self._transaction() as db:
            last = db.execute("SELECT COALESCE(MAX(position), 0) FROM jobs").fetchone()[0]
            guard = "status = ?" if own_running else "status NOT IN (?,?)"
            guard_args = (JobStatus.RUNNING.value,) if own_running else ACTIVE
            changed = db.execute(
                "UPDATE jobs SET status=?, position=?, cancel_requested=0, finished_at=NULL,"
                " error_kind=?, error_message=?, error_detail=NULL, resets_at=?"
                f" WHERE id=? AND {guard}",
                (JobStatus.QUEUED.value, last + 1, str(note.kind) if note else None,
                 note.message if note else None,
                 note.resets_at.isoformat() if note and note.resets_at else None,
                 job_id, *guard_args)).rowcount
        return changed == 1

    def request_cancel(self, job_id: str) -> JobStatus | None:
        """Queued jobs are canceled at once; running ones are flagged for their engine."""
        with self._transaction() as db:
            row = db.execute("SELECT status FROM jobs WHERE id=?", (job_id,)).fetchone()
            if row is None:
                return None
            status = JobStatus(row["status"])
            if status is JobStatus.QUEUED:
                db.execute("UPDATE jobs SET status=?, finished_at=?, error_kind='canceled',"
                           " error_message='The job was canceled.' WHERE id=?",
                           (JobStatus.CANCELED.value, now_iso(), job_id))
                return JobStatus.CANCELED
            if status.active:
                db.execute("UPDATE jobs SET cancel_requested=1 WHERE id=?", (job_id,))
            return status

    def cancel_requests(self, job_ids: list[str]) -> list[str]:
        if not job_ids:
            return []
        marks = ",".join("?" * len(job_ids))
        return [r["id"] for r in self._query(
            f"SELECT id FROM jobs WHERE cancel_requested=1 AND id IN ({marks})", tuple(job_ids))]

    def move(self, job_id: str, before_job_id: str | None) -> None:
        """Put a queued job before another (None: at the end)."""
        with self._transaction() as db:
            if before_job_id is None:
                pos = db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM jobs").fetchone()[0]
            else:
                target = db.execute("SELECT position FROM jobs WHERE id=?", (before_job_id,)).fetchone()
                if target is None:
                    return
                prev = db.execute("SELECT COALESCE(MAX(position), ?) FROM jobs WHERE position < ?",
                                  (target[0] - 1, target[0])).fetchone()[0]
                pos = (prev + target[0]) / 2
            db.execute("UPDATE jobs SET position=? WHERE id=?", (pos, job_id))

    def delete_finished(self) -> int:
        """Clear finished jobs from the queue; their images stay in the library."""
        with self._transaction() as db:
            return db.execute(
                "DELETE FROM jobs WHERE status IN (?,?,?)",
                (JobStatus.SUCCEEDED.value, JobStatus.FAILED.value, JobStatus.CANCELED.value)).rowcount

    def mark_interrupted(self, job_ids: list[str]) -> None:
        """Recovery, or a stop while running: these jobs may have been billed."""
        with self._transaction() as db:
            for job_id in job_ids:
                db.execute("UPDATE jobs SET status=?, finished_at=?, error_kind='interrupted',"
                           " error_message=?, planned_image_ids=NULL WHERE id=? AND status IN (?,?)",
                           (JobStatus.INTERRUPTED.value, now_iso(), INTERRUPTED_MESSAGE, job_id,
                            *ACTIVE))

    # ------------------------------------------------------------------ images
    @staticmethod
    def _insert_image(db: sqlite3.Connection, image: ImageRecord) -> None:
        # An upsert, not INSERT OR REPLACE: indexing an image again keeps its rowid (the search
        # index follows by trigger) and the user's stars, flags, labels and boards.
        db.execute(
            "INSERT INTO images (id, job_id, path, sha256, mime, width, height, bytes, created,"
            " prompt, model, connection, cost, parent_id, role, size, aspect_ratio, model_text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " job_id=excluded.job_id, path=excluded.path, sha256=excluded.sha256, mime=excluded.mime,"
            " width=excluded.width, height=excluded.height, bytes=excluded.bytes,"
            " created=excluded.created, prompt=excluded.prompt, model=excluded.model,"
            " connection=excluded.connection, cost=excluded.cost, parent_id=excluded.parent_id,"
            " role=excluded.role, size=excluded.size, aspect_ratio=excluded.aspect_ratio,"
            " model_text=excluded.model_text",
            (image.id, image.job_id, image.path, image.sha256, image.mime, image.width,
             image.height, image.bytes, image.created, image.prompt, image.model,
             image.connection, image.cost, image.parent_id, image.role, image.size,
             image.aspect_ratio, image.model_text))

    def add_images(self, images: list[ImageRecord]) -> None:
        """Index images; on a read-only library this completes its in-memory copy only."""
        with self._transaction(in_memory_copy=self.read_only) as db:
            for image in images:
                self._insert_image(db, image)

    def images(self) -> list[ImageRecord]:
        """Every image in the library, oldest first (not those in the trash)."""
        return [ImageRecord(**dict(row)) for row in
                self._query("SELECT * FROM images WHERE trashed IS NULL ORDER BY created, id")]

    def image(self, image_id: str) -> ImageRecord | None:
        rows = self._query("SELECT * FROM images WHERE id=?", (image_id,))
        return ImageRecord(**dict(rows[0])) if rows else None

    def image_ids(self) -> set[str]:
        return {r[0] for r in self._query("SELECT id FROM images")}

    # -------------------------------------------------------------------- cost
    def spent(self, since_iso: str, connection: str | None = None) -> float:
        """USD of jobs that finished since ``since_iso`` (actual cost where Google reported
        usage, else the estimate for succeeded jobs)."""
        sql = ("SELECT COALESCE(SUM(COALESCE(actual_cost, CASE WHEN status='succeeded'"
               " THEN estimated_cost ELSE 0 END)), 0) FROM jobs WHERE finished_at >= ?")
        args: tuple = (since_iso,)
        if connection:
            sql += " AND connection = ?"
            args += (connection,)
        return float(self._query(sql, args)[0][0])

    def totals_by(self, column: str, since_iso: str) -> dict[str, float]:
        if column not in ("connection", "model", "day"):
            raise ValueError(column)
        key = "substr(finished_at, 1, 10)" if column == "day" else column
        rows = self._query(
            f"SELECT {key} AS k, SUM(COALESCE(actual_cost, 0)) AS usd FROM jobs"
            " WHERE finished_at >= ? AND actual_cost IS NOT NULL GROUP BY k ORDER BY k", (since_iso,))
        return {r["k"]: round(r["usd"], 6) for r in rows}
