"""The batch journal: its own tables in the library's SQLite database file.

A batch and every one of its requests are written before anything is sent; Google's name for
the batch is written the moment it is known; each request is marked done in the same
transaction that records its image ids, whose files are already on disk. Blocking: callers run
it in a worker thread.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from nbp_desktop.core.batch import BatchText
from nbp_desktop.core.library.database import LibraryDatabase
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP

_SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    sheet_name TEXT NOT NULL,
    connection TEXT NOT NULL,
    kind TEXT NOT NULL,
    model TEXT NOT NULL,
    mode TEXT NOT NULL,
    bucket TEXT,
    stage TEXT NOT NULL,
    google_name TEXT,
    input_file TEXT,
    google_state TEXT,
    result_file TEXT,
    estimated_cost REAL NOT NULL DEFAULT 0,
    error_message TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    updated TEXT,
    finished_at TEXT
);
CREATE TABLE IF NOT EXISTS batch_rows (
    batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    row_number INTEGER NOT NULL,
    spec TEXT NOT NULL,
    tags TEXT NOT NULL,
    output_name TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    error_kind TEXT,
    error_message TEXT,
    image_ids TEXT,
    cost REAL,
    job_id TEXT,
    PRIMARY KEY (batch_id, key)
);
CREATE INDEX IF NOT EXISTS batch_rows_status ON batch_rows(batch_id, status);
"""


class Stage:
    """Where our side of a batch is. Stages only move forward."""

    PREPARED = "prepared"  # journalled; nothing sent
    UPLOADING = "uploading"  # the input file is going up (AI Studio file mode, Vertex)
    CREATING = "creating"  # the create call may have reached Google: look before sending again
    SUBMITTED = "submitted"  # Google's name is known; waiting for Google to finish
    DOWNLOADING = "downloading"  # Google finished; results are being read into the library
    DONE = "done"  # every row is done or failed
    CANCELLED = "cancelled"  # cancelled before Google had it
    FAILED = "failed"  # the batch as a whole could not be run


FINISHED_STAGES = (Stage.DONE, Stage.CANCELLED, Stage.FAILED)


# The words for the states ``BatchRecord.state`` answers, marked for translation (shown by
# ``state_text``); the stored "cancelled" keeps its spelling, the word shown is "canceled".
_STATE_WORDS = {
    "validating": QT_TRANSLATE_NOOP("BatchText", "validating"),
    "queued": QT_TRANSLATE_NOOP("BatchText", "queued"),
    "running": QT_TRANSLATE_NOOP("BatchText", "running"),
    "downloading": QT_TRANSLATE_NOOP("BatchText", "downloading"),
    "succeeded": QT_TRANSLATE_NOOP("BatchText", "succeeded"),
    "partly failed": QT_TRANSLATE_NOOP("BatchText", "partly failed"),
    "failed": QT_TRANSLATE_NOOP("BatchText", "failed"),
    "expired": QT_TRANSLATE_NOOP("BatchText", "expired"),
    "cancelled": QT_TRANSLATE_NOOP("BatchText", "canceled"),
}


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class BatchRecord:
    id: str
    created: str
    sheet_name: str
    connection: str
    kind: str
    model: str
    mode: str  # inline | file | vertex | interactive
    stage: str
    bucket: str | None = None
    google_name: str | None = None
    input_file: str | None = None
    google_state: str | None = None
    result_file: str | None = None
    estimated_cost: float = 0.0
    error_message: str | None = None
    cancel_requested: bool = False
    updated: str | None = None
    finished_at: str | None = None
    rows_total: int = 0
    rows_done: int = 0
    rows_failed: int = 0
    actual_cost: float | None = None

    @property
    def finished(self) -> bool:
        return self.stage in FINISHED_STAGES

    @property
    def state(self) -> str:
        """What the Batches pane shows: validating, queued, running, succeeded, partly failed,
        failed, expired, cancelled."""
        google = (self.google_state or "").removeprefix("BATCH_STATE_").removeprefix("JOB_STATE_")
        if self.stage == Stage.CANCELLED or google in ("CANCELLED", "CANCELLING"):
            return "cancelled"
        if google == "EXPIRED":
            return "expired"
        if self.stage == Stage.FAILED or google == "FAILED":
            return "failed"
        if self.stage == Stage.DONE:
            if self.rows_failed and self.rows_done:
                return "partly failed"
            return "failed" if self.rows_failed else "succeeded"
        if self.stage == Stage.DOWNLOADING:
            return "downloading"
        if self.stage in (Stage.PREPARED, Stage.UPLOADING, Stage.CREATING):
            return "validating"
        if google in ("PENDING", "QUEUED", "UNSPECIFIED", ""):
            return "queued"
        if google == "SUCCEEDED":
            return "downloading"
        return "running"

    @property
    def state_text(self) -> str:
        """The state in the user's language (``state`` stays the English word --json gives)."""
        word = _STATE_WORDS.get(self.state)
        return BatchText.tr(word) if word is not None else self.state

    def elapsed_seconds(self, now: datetime | None = None) -> float:
        start = datetime.fromisoformat(self.created)
        end = datetime.fromisoformat(self.finished_at) if self.finished_at else (
            now or datetime.now(UTC))
        return max(0.0, (end - start).total_seconds())

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["state"] = self.state
        data["elapsed_seconds"] = round(self.elapsed_seconds(), 1)
        return data


@dataclass
class BatchRow:
    batch_id: str
    key: str
    position: int
    row_number: int
    spec: dict[str, Any]
    tags: list[str]
    output_name: str | None = None
    status: str = "pending"  # pending | done | failed
    error_kind: str | None = None
    error_message: str | None = None
    image_ids: list[str] = field(default_factory=list)
    cost: float | None = None
    job_id: str | None = None  # interactive mode: the queue's job for this row

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class BatchJournal:
    """The ``batches`` and ``batch_rows`` tables' queries, over the library database (its
    connection, lock and transactions; the tables are created here if missing)."""

    def __init__(self, database: LibraryDatabase) -> None:
        self.database = database
        with database.transaction() as db:
            statement = ""
            for line in _SCHEMA.strip().splitlines(keepends=True):
                statement += line
                if sqlite3.complete_statement(statement):
                    db.execute(statement)
                    statement = ""

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.database.transaction()

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return self.database.query(sql, args)

    # ---------------------------------------------------------------- batches
    def add_batch(self, batch: BatchRecord, rows: list[BatchRow]) -> None:
        """The batch and all its rows, in one transaction, before anything is sent."""
        with self._tx() as db:
            db.execute("INSERT INTO batches (id, created, sheet_name, connection, kind, model, mode,"
                       " bucket, stage, estimated_cost, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       (batch.id, batch.created, batch.sheet_name, batch.connection, batch.kind,
                        batch.model, batch.mode, batch.bucket, batch.stage, batch.estimated_cost,
                        now_iso()))
            db.executemany(
                "INSERT INTO batch_rows (batch_id, key, position, row_number, spec, tags,"
                " output_name) VALUES (?,?,?,?,?,?,?)",
                [(batch.id, r.key, r.position, r.row_number, json.dumps(r.spec),
                  json.dumps(r.tags), r.output_name) for r in rows])

    def update(self, batch_id: str, **values: object) -> None:
        if not values:
            return
        columns = ", ".join(f"{k} = ?" for k in values)
        with self._tx() as db:
            db.execute(f"UPDATE batches SET {columns}, updated = ? WHERE id = ?",
                       (*values.values(), now_iso(), batch_id))

    def set_stage(self, batch_id: str, stage: str, **values: object) -> None:
        if stage in FINISHED_STAGES:
            values.setdefault("finished_at", now_iso())
        self.update(batch_id, stage=stage, **values)

    def batch(self, batch_id: str) -> BatchRecord | None:
        rows = self._query(_BATCH_SELECT + " WHERE b.id = ? GROUP BY b.id", (batch_id,))
        return _batch(rows[0]) if rows else None

    def find(self, text: str) -> BatchRecord | None:
        """A batch by our id, a unique prefix of it, or Google's name."""
        found = self.batch(text)
        if found:
            return found
        rows = self._query("SELECT id FROM batches WHERE id LIKE ? OR google_name = ?",
                           (text + "%", text))
        return self.batch(rows[0]["id"]) if len(rows) == 1 else None

    def batches(self, unfinished_only: bool = False) -> list[BatchRecord]:
        where = f" WHERE b.stage NOT IN ({','.join('?' * len(FINISHED_STAGES))})" \
            if unfinished_only else ""
        args = FINISHED_STAGES if unfinished_only else ()
        return [_batch(r) for r in self._query(_BATCH_SELECT + where + " GROUP BY b.id"
                                               " ORDER BY b.created", args)]

    def request_cancel(self, batch_id: str) -> None:
        self.update(batch_id, cancel_requested=1)

    # ------------------------------------------------------------------- rows
    def rows(self, batch_id: str, status: str | None = None) -> list[BatchRow]:
        sql = "SELECT * FROM batch_rows WHERE batch_id = ?"
        args: tuple[str, ...] = (batch_id,)
        if status:
            sql += " AND status = ?"
            args += (status,)
        return [_row(r) for r in self._query(sql + " ORDER BY position", args)]

    def rows_by_key(self, batch_id: str, keys: list[str]) -> dict[str, BatchRow]:
        marks = ",".join("?" * len(keys))
        return {r["key"]: _row(r) for r in self._query(
            f"SELECT * FROM batch_rows WHERE batch_id = ? AND key IN ({marks})", (batch_id, *keys))}

    def pending_keys(self, batch_id: str) -> set[str]:
        return {r[0] for r in self._query("SELECT key FROM batch_rows WHERE batch_id = ? AND"
                                          " status = 'pending'", (batch_id,))}

    def finish_rows(self, batch_id: str, done: list[tuple[str, list[str], float | None]],
                    failed: list[tuple[str, str, str]]) -> None:
        """Mark rows done (key, image ids, cost) and failed (key, error kind, sentence) at once."""
        with self._tx() as db:
            db.executemany("UPDATE batch_rows SET status='done', image_ids=?, cost=?, error_kind=NULL,"
                           " error_message=NULL WHERE batch_id=? AND key=? AND status='pending'",
                           [(json.dumps(ids), cost, batch_id, key) for key, ids, cost in done])
            db.executemany("UPDATE batch_rows SET status='failed', error_kind=?, error_message=?"
                           " WHERE batch_id=? AND key=? AND status='pending'",
                           [(kind, message, batch_id, key) for key, kind, message in failed])
            db.execute("UPDATE batches SET updated=? WHERE id=?", (now_iso(), batch_id))

    def set_job(self, batch_id: str, key: str, job_id: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE batch_rows SET job_id=? WHERE batch_id=? AND key=?",
                       (job_id, batch_id, key))

    def fail_pending(self, batch_id: str, kind: str, message: str) -> int:
        with self._tx() as db:
            return db.execute("UPDATE batch_rows SET status='failed', error_kind=?, error_message=?"
                              " WHERE batch_id=? AND status='pending'",
                              (kind, message, batch_id)).rowcount


_BATCH_SELECT = (
    "SELECT b.*, COUNT(r.key) AS rows_total,"
    " SUM(CASE WHEN r.status='done' THEN 1 ELSE 0 END) AS rows_done,"
    " SUM(CASE WHEN r.status='failed' THEN 1 ELSE 0 END) AS rows_failed,"
    " SUM(r.cost) AS actual_cost"
    " FROM batches b LEFT JOIN batch_rows r ON r.batch_id = b.id")


def _batch(row: sqlite3.Row) -> BatchRecord:
    data = dict(row)
    data["cancel_requested"] = bool(data["cancel_requested"])
    for key in ("rows_done", "rows_failed"):
        data[key] = int(data[key] or 0)
    data["rows_total"] = int(data["rows_total"] or 0)
    if data["actual_cost"] is not None:
        data["actual_cost"] = round(float(data["actual_cost"]), 6)
    return BatchRecord(**data)


def _row(row: sqlite3.Row) -> BatchRow:
    data = dict(row)
    data["spec"] = json.loads(data["spec"])
    data["tags"] = json.loads(data["tags"])
    data["image_ids"] = json.loads(data["image_ids"]) if data["image_ids"] else []
    return BatchRow(**data)
