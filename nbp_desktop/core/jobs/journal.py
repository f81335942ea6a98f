"""The job journal: the ``jobs`` table of the library database (WAL, synchronous=FULL).

Jobs are written before their request is sent, and a job becomes ``succeeded`` in the same
transaction that indexes its images, which were already on disk. Blocking: the engine calls
it from one dedicated thread so the event loop never waits on an fsync.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nbp_desktop.core.connections.config import DEMO_CONNECTION
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.jobs import JobText
from nbp_desktop.core.jobs.spec import INTERRUPTED_MESSAGE, JobSpec, JobStatus
from nbp_desktop.core.library.database import (BUSY_TIMEOUT_SECONDS, DATABASE_FILE, LibraryDatabase,
                                               now_iso)
from nbp_desktop.core.library.library_index import ImageRecord, LibraryIndex
from nbp_desktop.core.translation import translate

__all__ = ["DATABASE_FILE", "ImageRecord", "JobRecord", "Journal"]

ACTIVE = (JobStatus.RUNNING.value, JobStatus.SAVING.value)


# What a job cost: what Google reported, else the estimate if it succeeded; plus what requests
# cut off by a crash or a stop may have cost (counted once: see ``mark_interrupted``).
_POSSIBLE_COST = "COALESCE(possible_cost, 0)"
_JOB_COST = ("COALESCE(actual_cost, CASE WHEN status='succeeded' THEN estimated_cost ELSE 0 END)"
             f" + {_POSSIBLE_COST}")


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
    possible_cost: float | None = None  # may have been billed for a request cut off by a crash
    planned_image_ids: list[str] = field(default_factory=list)
    cancel_requested: bool = False
    owner: str | None = None
    timings: dict[str, Any] = field(default_factory=dict)
    result_text: str | None = None
    image_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "spec"}
        data["status"] = str(self.status)
        data["spec"] = self.spec.to_json()
        data["prompt"] = self.spec.prompt
        if self.error_kind:
            data["error"] = {"kind": self.error_kind, "message": self.error_message,
                             "detail": self.error_detail, "resets_at": self.resets_at}
        return data


class Journal:
    """The job journal, over the library database (which it opens)."""

    def __init__(self, data_dir: Path, read_only: bool = False, copy_database: bool = True,
                 busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.database = LibraryDatabase(data_dir, read_only=read_only, copy_database=copy_database,
                                        busy_timeout=busy_timeout)
        self.library = LibraryIndex(self.database)
        self.data_dir = self.database.data_dir
        self.path = self.database.path
        self.read_only = read_only
        self._transaction = self.database.transaction
        self._query = self.database.query

    def close(self) -> None:
        self.database.close()

    def back_up_if_due(self) -> None:
        self.database.back_up_if_due()

    def integrity_check(self) -> str:
        return self.database.integrity_check()

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
        images = self.library.image_ids_by_job()
        return [self._job(row, images.get(row["id"], [])) for row in rows]

    def job(self, job_id: str) -> JobRecord | None:
        rows = self._query("SELECT * FROM jobs WHERE id = ?", (job_id,))
        if not rows:
            return None
        return self._job(rows[0], self.library.image_ids_by_job(job_id).get(job_id, []))

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
            possible_cost=row["possible_cost"],
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
        """One more HTTP attempt is about to go out for this job: until it is answered, its
        estimate is unsettled (a crash now leaves a request Google may bill)."""
        with self._transaction() as db:
            db.execute("UPDATE jobs SET sends=sends+1, unsettled_cost=estimated_cost WHERE id=?",
                       (job_id,))

    def record_charge(self, job_id: str, usd: float) -> None:
        """Google answered (or may have): counted at once and added to what earlier runs of
        the job cost, before anything is saved."""
        with self._transaction() as db:
            db.execute("UPDATE jobs SET actual_cost=COALESCE(actual_cost, 0) + ?,"
                       " unsettled_cost=NULL WHERE id=?", (usd, job_id))

    def mark_saving(self, job_id: str, planned_image_ids: list[str]) -> None:
        with self._transaction() as db:
            db.execute("UPDATE jobs SET status=?, planned_image_ids=? WHERE id=?",
                       (JobStatus.SAVING.value, json.dumps(planned_image_ids), job_id))

    def finish_success(self, job_id: str, images: list[ImageRecord], actual_cost: float | None,
                       timings: dict[str, Any], text: str) -> None:
        """Index the (already written) images and mark the job done, atomically."""
        with self._transaction() as db:
            LibraryIndex.insert_images(db, images)
            db.execute(
                "UPDATE jobs SET status=?, finished_at=?, actual_cost=COALESCE(?, actual_cost),"
                " timings=?, result_text=?, cancel_requested=0, unsettled_cost=NULL,"
                " planned_image_ids=NULL WHERE id=?",
                (JobStatus.SUCCEEDED.value, now_iso(), actual_cost, json.dumps(timings), text,
                 job_id))

    def finish_failure(self, job_id: str, status: JobStatus, error: NbpError | None,
                       attempts_timings: dict[str, Any] | None = None) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE jobs SET status=?, finished_at=?, error_kind=?, error_message=?,"
                " error_detail=?, resets_at=?, timings=COALESCE(?, timings),"
                " planned_image_ids=NULL, unsettled_cost=NULL WHERE id=?",
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
                " unsettled_cost=NULL,"
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
                           " error_message=? WHERE id=?",
                           (JobStatus.CANCELED.value, now_iso(), JobText.tr("The job was canceled."),
                            job_id))
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

    def delete_finished(self, job_ids: list[str] | None = None) -> int:
        """Clear finished jobs (all, or those of ``job_ids``) from the queue; their images stay
        in the library."""
        finished = (JobStatus.SUCCEEDED.value, JobStatus.FAILED.value, JobStatus.CANCELED.value)
        which = "status IN (?,?,?)" + ("" if job_ids is None else " AND id = ?")
        with self._transaction() as db:
            removed = 0
            for args in ([finished] if job_ids is None else [(*finished, j) for j in job_ids]):
                # What they cost stays in the spend (the day's total, the budget, `cost`).
                db.execute(f"INSERT INTO spend_history (finished_at, connection, model, usd,"
                           f" possible_usd) SELECT finished_at, connection, model, {_JOB_COST},"
                           f" {_POSSIBLE_COST} FROM jobs"
                           f" WHERE {which} AND finished_at IS NOT NULL AND {_JOB_COST} > 0", args)
                removed += db.execute(f"DELETE FROM jobs WHERE {which}", args).rowcount
            return removed

    def mark_interrupted(self, job_ids: list[str]) -> None:
        """Recovery, or a stop while running: these jobs may have been billed. A request sent
        and never answered counts its estimate as possibly billed (once: an answer that had
        arrived was charged already and left nothing unsettled)."""
        with self._transaction() as db:
            for job_id in job_ids:
                db.execute("UPDATE jobs SET status=?, finished_at=?, error_kind='interrupted',"
                           " error_message=?, planned_image_ids=NULL,"
                           " possible_cost=CASE WHEN unsettled_cost IS NULL THEN possible_cost"
                           " ELSE COALESCE(possible_cost, 0) + unsettled_cost END,"
                           " unsettled_cost=NULL WHERE id=? AND status IN (?,?)",
                           (JobStatus.INTERRUPTED.value, now_iso(),
                            translate("GenerationText", INTERRUPTED_MESSAGE), job_id,
                            *ACTIVE))

    # -------------------------------------------------------------------- cost
    def _spend_ledger(self) -> str:
        """Every charge as (finished_at, connection, model, usd): the queue's jobs, jobs cleared
        from it, and batch rows run at batch price (a batch row run through the queue is a job)."""
        ledger = (f"SELECT finished_at, connection, model, {_JOB_COST} AS usd,"
                  f" {_POSSIBLE_COST} AS possible FROM jobs"
                  " UNION ALL SELECT finished_at, connection, model, usd, possible_usd"
                  " FROM spend_history")
        if self._query("SELECT 1 FROM sqlite_master WHERE type='table' AND name='batch_rows'"):
            ledger += (" UNION ALL SELECT COALESCE(b.finished_at, b.updated), b.connection, b.model,"
                       " r.cost, 0 FROM batch_rows r JOIN batches b ON b.id = r.batch_id"
                       " WHERE r.cost IS NOT NULL AND r.job_id IS NULL")
        return ledger

    def spent(self, since_iso: str, connection: str | None = None) -> float:
        """USD charged since ``since_iso`` (actual cost where Google reported usage, else the
        estimate for succeeded jobs, plus what interrupted requests may have cost); the demo's
        jobs cost nothing."""
        return self.spent_and_possibly_billed(since_iso, connection)[0]

    def spent_and_possibly_billed(self, since_iso: str,
                                  connection: str | None = None) -> tuple[float, float]:
        """``spent`` and the part of it that requests cut off by a crash or a stop may have
        cost (Google may or may not have billed them)."""
        sql = (f"SELECT COALESCE(SUM(usd), 0), COALESCE(SUM(possible), 0)"
               f" FROM ({self._spend_ledger()}) WHERE finished_at >= ? AND connection != ?")
        args: tuple[str, ...] = (since_iso, DEMO_CONNECTION)
        if connection:
            sql += " AND connection = ?"
            args += (connection,)
        row = self._query(sql, args)[0]
        return float(row[0]), float(row[1])

    def totals_by(self, column: str, since_iso: str) -> dict[str, float]:
        if column not in ("connection", "model", "day"):
            raise ValueError(column)
        key = "substr(finished_at, 1, 10)" if column == "day" else column
        rows = self._query(
            f"SELECT {key} AS k, SUM(usd) AS usd FROM ({self._spend_ledger()})"
            " WHERE finished_at >= ? AND connection != ? AND usd > 0 GROUP BY k ORDER BY k",
            (since_iso, DEMO_CONNECTION))
        return {r["k"]: round(r["usd"], 6) for r in rows}
