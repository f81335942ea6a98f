"""The engine's jobs as a Qt table model (a thin adapter: the engine owns the state)."""

from __future__ import annotations

import bisect
from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon

from nbp_desktop.core.errors import describe_wait
from nbp_desktop.core.jobs.engine import JobEngine
from nbp_desktop.core.jobs.journal import JobRecord
from nbp_desktop.core.jobs.spec import JobStatus
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache

JOB_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0..1 while downloading, -1 otherwise
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("Prompt", "Connection", "Size", "Status", "Time", "Cost")
PROMPT, CONNECTION, SIZE, STATUS, TIME, COST = range(len(COLUMNS))
THUMB = QSize(40, 40)

STATUS_WORDS = {
    JobStatus.QUEUED: "Queued",
    JobStatus.RUNNING: "Running",
    JobStatus.SAVING: "Saving",
    JobStatus.SUCCEEDED: "Done",
    JobStatus.FAILED: "Failed",
    JobStatus.CANCELED: "Canceled",
    JobStatus.INTERRUPTED: "Interrupted — may have been billed",
}


def _seconds_since(iso: str | None) -> float | None:
    if not iso:
        return None
    try:
        return (datetime.now(timezone.utc) - datetime.fromisoformat(iso)).total_seconds()
    except ValueError:
        return None


class QueueModel(QAbstractTableModel):
    def __init__(self, engine: JobEngine, thumbnails: ThumbnailCache) -> None:
        super().__init__()
        self.engine = engine
        self.thumbnails = thumbnails
        self._ids: list[str] = []
        self._keys: list[float] = []  # positions, parallel to _ids
        self._paths: dict[str, str] = {}  # job id -> first image's path (no SQL while painting)
        self._dirty: set[str] = set()
        self._flush_timer = QTimer(self)  # row updates are coalesced, ~10 repaints a second
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(100)
        self._flush_timer.timeout.connect(self._flush)
        self.reload()
        engine.add_listener(self._on_job_changed)
        thumbnails.loaded.connect(self._on_thumbnail_loaded)

    # ------------------------------------------------------------ maintenance
    def reload(self) -> None:
        self.beginResetModel()
        jobs = sorted(self.engine.jobs.values(), key=lambda j: j.position)
        self._ids = [j.id for j in jobs]
        self._keys = [j.position for j in jobs]
        self.endResetModel()

    def _on_job_changed(self, job: JobRecord) -> None:
        if job.id not in self.engine.jobs:
            return
        try:
            row = self._ids.index(job.id)
        except ValueError:
            row = bisect.bisect_right(self._keys, job.position)
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.insert(row, job.id)
            self._keys.insert(row, job.position)
            self.endInsertRows()
            return
        if self._keys[row] != job.position:  # moved (reorder, retry)
            self.reload()
            return
        self._dirty.add(job.id)
        if job.status.finished:
            self._flush()  # a finished job shows at once
        elif not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for job_id in dirty:
            row = self.row_of(job_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _on_thumbnail_loaded(self, image_id: str) -> None:
        for row, job_id in enumerate(self._ids):
            job = self.engine.jobs.get(job_id)
            if job is not None and image_id in job.image_ids[:1]:
                self.dataChanged.emit(self.index(row, PROMPT), self.index(row, PROMPT),
                                      [Qt.ItemDataRole.DecorationRole])

    def refresh_running(self) -> None:
        """Elapsed time of running jobs (called once a second)."""
        for row, job_id in enumerate(self._ids):
            job = self.engine.jobs.get(job_id)
            if job is not None and job.status.active:
                self.dataChanged.emit(self.index(row, TIME), self.index(row, TIME))

    def job_at(self, row: int) -> JobRecord | None:
        if 0 <= row < len(self._ids):
            return self.engine.jobs.get(self._ids[row])
        return None

    def row_of(self, job_id: str) -> int:
        try:
            return self._ids.index(job_id)
        except ValueError:
            return -1

    # ------------------------------------------------------------------ model
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        job = self.job_at(index.row())
        if job is None:
            return None
        column = index.column()
        if role == JOB_ID_ROLE:
            return job.id
        if role == STATUS_ROLE:
            return str(job.status)
        if role == PROGRESS_ROLE:
            progress = self.engine.progress.get(job.id)
            if job.status.active and progress is not None and progress.total:
                return min(1.0, progress.received / progress.total)
            return -1.0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and job.error_message:
                return job.error_message
            return job.spec.prompt if column == PROMPT else None
        if role == Qt.ItemDataRole.DecorationRole and column == PROMPT and job.image_ids:
            record_path = self._image_path(job)
            pixmap = self.thumbnails.get(job.image_ids[0], record_path) if record_path else None
            return QIcon(pixmap) if pixmap is not None else None  # an icon honours iconSize
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            if job.status in (JobStatus.FAILED, JobStatus.INTERRUPTED):
                return QColor(220, 80, 70)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SIZE, TIME, COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.SizeHintRole and column == PROMPT:
            return QSize(260, THUMB.height() + 6)
        return None

    def _image_path(self, job: JobRecord) -> str | None:
        path = self._paths.get(job.id)
        if path is None:
            record = self.engine.journal.library.image(job.image_ids[0])  # once per job, then cached
            if record is None:
                return None
            path = self._paths[job.id] = record.path
        return path

    def _text(self, job: JobRecord, column: int) -> str:
        if column == PROMPT:
            prefix = "✎ " if job.spec.parent_image_id else ("▦ " if job.spec.variations_grid else "")
            return prefix + " ".join(job.spec.prompt.split())[:200]
        if column == CONNECTION:
            return job.connection
        if column == SIZE:
            return f"{job.size} {job.spec.aspect_ratio or ''}".strip()
        if column == STATUS:
            return self.status_text(job)
        if column == TIME:
            if job.status.active:
                elapsed = _seconds_since(job.started_at)
                return f"{elapsed:.0f} s" if elapsed is not None else ""
            total = (job.timings or {}).get("total")
            return f"{total:.1f} s" if total else ""
        if column == COST:
            if job.actual_cost is not None:
                return f"${job.actual_cost:.3f}"
            return f"~${job.estimated_cost:.3f}"
        return ""

    def status_text(self, job: JobRecord) -> str:
        if job.status.active:
            progress = self.engine.progress.get(job.id)
            return progress.message if progress is not None else "Starting…"
        if job.status is JobStatus.QUEUED:
            until = self.engine.connection_paused_until.get(job.connection)
            if until is not None:
                wait = describe_wait((until - datetime.now(timezone.utc)).total_seconds())
                return f"Waiting for the daily quota to reset (in {wait})"
            if self.engine.paused:
                return "Queued (queue paused)"
        if job.status is JobStatus.FAILED and job.error_message:
            return job.error_message
        return STATUS_WORDS[job.status]
