"""The engine's jobs as a Qt table model, kept from the engine's events."""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon

from nbp_desktop.core import formatting
from nbp_desktop.core.errors import describe_wait
from nbp_desktop.core.google.image_client import Progress
from nbp_desktop.core.jobs.engine import JobEngine
from nbp_desktop.core.jobs.events import (ConnectionWaiting, EngineEvent, JobAdded, JobChanged,
                                          JobMoved, JobProgress, JobRemoved, LimitsChanged,
                                          QueuePaused, QueueResumed)
from nbp_desktop.core.jobs.journal import JobRecord
from nbp_desktop.core.jobs.spec import JobStatus
from nbp_desktop.core.money import job_cost_text
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache

JOB_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0..1 while downloading, -1 otherwise
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

# English, translated where shown (headerData, status_text).
COLUMNS = (QT_TRANSLATE_NOOP("QueueModel", "Prompt"), QT_TRANSLATE_NOOP("QueueModel", "Connection"),
           QT_TRANSLATE_NOOP("QueueModel", "Size"), QT_TRANSLATE_NOOP("QueueModel", "Status"),
           QT_TRANSLATE_NOOP("QueueModel", "Time"), QT_TRANSLATE_NOOP("QueueModel", "Cost"))
PROMPT, CONNECTION, SIZE, STATUS, TIME, COST = range(len(COLUMNS))
THUMB = QSize(26, 26)  # rows of two text lines: six fit a 768 px high window

STATUS_WORDS = {
    JobStatus.QUEUED: QT_TRANSLATE_NOOP("QueueModel", "Queued"),
    JobStatus.RUNNING: QT_TRANSLATE_NOOP("QueueModel", "Running"),
    JobStatus.SAVING: QT_TRANSLATE_NOOP("QueueModel", "Saving"),
    JobStatus.SUCCEEDED: QT_TRANSLATE_NOOP("QueueModel", "Done"),
    JobStatus.FAILED: QT_TRANSLATE_NOOP("QueueModel", "Failed"),
    JobStatus.CANCELED: QT_TRANSLATE_NOOP("QueueModel", "Canceled"),
    JobStatus.INTERRUPTED: QT_TRANSLATE_NOOP("QueueModel", "Interrupted — may have been billed"),
}


def _seconds_since(iso: str | None) -> float | None:
    if not iso:
        return None
    try:
        return (datetime.now(UTC) - datetime.fromisoformat(iso)).total_seconds()
    except ValueError:
        return None


class QueueModel(QAbstractTableModel):
    """Rows follow the engine's events one to one: added → insert, moved → move, changed or
    progress → dataChanged (coalesced, ~10 repaints a second), removed → remove. The model
    keeps its own copy of each job; it never reads the engine's state."""

    def __init__(self, engine: JobEngine, thumbnails: ThumbnailCache,
                 image_path: Callable[[str], str | None]) -> None:
        """``image_path(image_id)``: the file of a library image, relative to the library
        (for the thumbnail of a finished job)."""
        super().__init__()
        self.engine = engine
        self.thumbnails = thumbnails
        self._image_path_of = image_path
        self._ids: list[str] = []
        self._keys: list[float] = []  # positions, parallel to _ids
        self._jobs: dict[str, JobRecord] = {}
        self._progress: dict[str, Progress] = {}
        self.paused = False
        self.paused_reason = ""
        self._waiting_until: dict[str, datetime] = {}  # connection -> daily quota reset
        self._paths: dict[str, str] = {}  # job id -> first image's path (no SQL while painting)
        self._reading: set[str] = set()  # job ids whose path is being read
        self._tasks: set[asyncio.Task] = set()
        self._dirty: set[str] = set()
        self._flush_timer = QTimer(self)  # row updates are coalesced, ~10 repaints a second
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(100)
        self._flush_timer.timeout.connect(self._flush)
        engine.subscribe(self.on_event)
        thumbnails.loaded.connect(self._on_thumbnail_loaded)

    @property
    def waiting_until(self) -> dict[str, datetime]:
        """Connections whose jobs wait for a daily quota reset, and until when."""
        return dict(self._waiting_until)

    def detach(self) -> None:
        self.engine.unsubscribe(self.on_event)

    # ------------------------------------------------------------ events
    def on_event(self, event: EngineEvent) -> None:
        match event:
            case JobAdded(job):
                self._insert(job)
            case JobMoved(job):
                self._move(job)
            case JobChanged(job):
                self._update(job)
            case JobProgress(job_id, progress):
                if job_id in self._jobs:
                    self._progress[job_id] = progress
                    self._mark_dirty(job_id)
            case JobRemoved(job_id):
                self._remove(job_id)
            case QueuePaused(reason):
                self.paused, self.paused_reason = True, reason
                self._all_queued_changed()
            case QueueResumed():
                self.paused, self.paused_reason = False, ""
                self._all_queued_changed()
            case ConnectionWaiting(connection, until):
                if until is None:
                    self._waiting_until.pop(connection, None)
                else:
                    self._waiting_until[connection] = until
                self._all_queued_changed()
            case LimitsChanged():
                pass  # nothing in the table shows limits

    def _insert(self, job: JobRecord) -> None:
        if job.id in self._jobs:  # replayed twice: treat as a change
            self._update(job)
            return
        row = bisect.bisect_right(self._keys, job.position)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.insert(row, job.id)
        self._keys.insert(row, job.position)
        self._jobs[job.id] = job
        self.endInsertRows()

    def _move(self, job: JobRecord) -> None:
        old = self.row_of(job.id)
        if old < 0:
            self._insert(job)
            return
        # The destination row as Qt counts it: in the list before the move.
        keys = self._keys[:old] + self._keys[old + 1:]
        new = bisect.bisect_right(keys, job.position)
        destination = new if new < old else new + 1
        moving = new != old
        if moving:
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
        del self._ids[old], self._keys[old]
        self._ids.insert(new, job.id)
        self._keys.insert(new, job.position)
        self._jobs[job.id] = job
        if not job.status.active:
            self._progress.pop(job.id, None)
        if moving:
            self.endMoveRows()
        self._row_changed(new)

    def _update(self, job: JobRecord) -> None:
        if job.id not in self._jobs:
            self._insert(job)
            return
        self._jobs[job.id] = job
        if not job.status.active:
            self._progress.pop(job.id, None)
        if job.status.finished:
            self._dirty.discard(job.id)
            self._row_changed(self.row_of(job.id))  # a finished job shows at once
        else:
            self._mark_dirty(job.id)

    def _remove(self, job_id: str) -> None:
        row = self.row_of(job_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row], self._keys[row]
        del self._jobs[job_id]
        self._progress.pop(job_id, None)
        self._paths.pop(job_id, None)
        self._dirty.discard(job_id)
        self.endRemoveRows()

    def _mark_dirty(self, job_id: str) -> None:
        self._dirty.add(job_id)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _all_queued_changed(self) -> None:
        for job_id, job in self._jobs.items():
            if job.status is JobStatus.QUEUED:
                self._dirty.add(job_id)
        if self._dirty and not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        """One dataChanged per run of adjacent changed rows."""
        dirty, self._dirty = self._dirty, set()
        rows = sorted(row for row in map(self.row_of, dirty) if row >= 0)
        runs: list[list[int]] = []
        for row in rows:
            if runs and row == runs[-1][-1] + 1:
                runs[-1].append(row)
            else:
                runs.append([row])
        for run in runs:
            self.dataChanged.emit(self.index(run[0], 0), self.index(run[-1], len(COLUMNS) - 1))

    def _on_thumbnail_loaded(self, image_id: str) -> None:
        for row, job_id in enumerate(self._ids):
            job = self._jobs[job_id]
            if image_id in job.image_ids[:1]:
                self.dataChanged.emit(self.index(row, PROMPT), self.index(row, PROMPT),
                                      [Qt.ItemDataRole.DecorationRole])

    def refresh_running(self) -> None:
        """Elapsed time of running jobs (called once a second)."""
        for row, job_id in enumerate(self._ids):
            if self._jobs[job_id].status.active:
                self.dataChanged.emit(self.index(row, TIME), self.index(row, TIME))

    def job_at(self, row: int) -> JobRecord | None:
        if 0 <= row < len(self._ids):
            return self._jobs[self._ids[row]]
        return None

    def job(self, job_id: str) -> JobRecord | None:
        return self._jobs.get(job_id)

    def row_of(self, job_id: str) -> int:
        if job_id not in self._jobs:
            return -1
        return self._ids.index(job_id)

    # ------------------------------------------------------------------ model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("QueueModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
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
            progress = self._progress.get(job.id)
            if job.status.active and progress is not None and progress.total:
                return min(1.0, progress.received / progress.total)
            return -1.0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and job.error_message:
                return job.error_message
            if column == COST:
                return job_cost_text(job)[1]
            if column == PROMPT:  # with the columns a narrow queue hides
                facts = " · ".join(text for text in (self._text(job, c) for c in (CONNECTION, SIZE, TIME)) if text)
                return f"{job.spec.prompt}\n{facts}"
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == PROMPT and job.image_ids:
            record_path = self._image_path(job)
            pixmap = self.thumbnails.get(job.image_ids[0], record_path) if record_path else None
            return QIcon(pixmap) if pixmap is not None else None  # an icon honours iconSize
        if (role == Qt.ItemDataRole.ForegroundRole and column == STATUS
                and job.status in (JobStatus.FAILED, JobStatus.INTERRUPTED)):
            return QColor(220, 80, 70)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SIZE, TIME, COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.SizeHintRole and column == PROMPT:
            return QSize(260, THUMB.height() + 6)
        return None

    def _image_path(self, job: JobRecord) -> str | None:
        """The first image's path, or None until it has been read (or if the image is gone).
        Never SQL while painting: the journal's lock may be held through a commit's fsync
        (100 ms and more on a busy disk), so the path is read in a thread, once per job, and
        the row repainted when it is known."""
        path = self._paths.get(job.id)
        if path is None and job.id not in self._reading:
            self._reading.add(job.id)
            try:
                asyncio.get_running_loop()
            except RuntimeError:  # no event loop (a model used on its own): read it now
                self._reading.discard(job.id)
                path = self._paths[job.id] = self._image_path_of(job.image_ids[0]) or ""
            else:
                task = asyncio.ensure_future(self._read_path(job.id, job.image_ids[0]))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        return path or None  # "": the image is not in the library (deleted)

    async def _read_path(self, job_id: str, image_id: str) -> None:
        try:
            path = await asyncio.to_thread(self._image_path_of, image_id)
        except Exception:  # the journal closed under us (shutting down): no thumbnail, no harm
            return
        finally:
            self._reading.discard(job_id)
        self._paths[job_id] = path or ""  # read once per job, found or not
        row = self.row_of(job_id)
        if path and row >= 0:
            self.dataChanged.emit(self.index(row, PROMPT), self.index(row, PROMPT),
                                  [Qt.ItemDataRole.DecorationRole])

    def _text(self, job: JobRecord, column: int) -> str:
        if column == PROMPT:
            if job.spec.edit == "rerender":
                return "✎ " + self.tr("Re-render at {size}").format(size=job.size)
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
            return formatting.seconds(total) if total else ""
        if column == COST:
            return job_cost_text(job)[0]
        return ""

    def status_text(self, job: JobRecord) -> str:
        if job.status.active:
            progress = self._progress.get(job.id)
            return progress.message if progress is not None else self.tr("Starting…")
        if job.status is JobStatus.QUEUED:
            until = self._waiting_until.get(job.connection)
            if until is not None:
                wait = describe_wait((until - datetime.now(UTC)).total_seconds())
                return self.tr("Waiting for the daily quota to reset (in {wait})").format(wait=wait)
            if self.paused:
                return self.tr("Queued (queue paused)")
        if job.status is JobStatus.FAILED and job.error_message:
            return job.error_message
        return translate("QueueModel", STATUS_WORDS[job.status])
