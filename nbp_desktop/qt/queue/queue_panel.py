"""The queue pane: every job with its phase, progress, time and cost, and the actions on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel,
                               QMenu, QMessageBox, QPushButton, QStyle, QStyledItemDelegate,
                               QStyleOptionProgressBar, QStyleOptionViewItem, QTableView,
                               QToolBar, QToolButton, QVBoxLayout, QWidget)

from nbp_desktop.core.jobs.engine import JobEngine
from nbp_desktop.core.jobs.events import (ConnectionWaiting, EngineEvent, JobChanged, JobMoved,
                                          QueuePaused, QueueResumed)
from nbp_desktop.core.jobs.journal import JobRecord
from nbp_desktop.core.jobs.spec import JobStatus
from nbp_desktop.qt.empty_state import EMPTY_QUEUE, EmptyState
from nbp_desktop.qt.icons import icon as icon_for
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.pane_actions import pane_action
from nbp_desktop.qt.messages import MessageBridge
from nbp_desktop.qt.queue.paused_banner import PausedBanner
from nbp_desktop.qt.queue.queue_model import (COLUMNS, CONNECTION, COST, PROGRESS_ROLE, PROMPT, SIZE,
                                              STATUS, THUMB, TIME, QueueModel)
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache

ROW_HEIGHT = THUMB.height() + 6
NARROW_WIDTH = 640  # below this the queue lists prompt, status and cost (the rest in tooltips)
# The actions whose icons say it all give up their words in a narrow queue.
_ICON_ONLY_WHEN_NARROW = ("cancel_action", "retry_action", "up_action", "down_action")
RUN_AGAIN = (JobStatus.FAILED, JobStatus.CANCELED, JobStatus.INTERRUPTED)


class ProgressDelegate(QStyledItemDelegate):
    """Status cells of downloading jobs get a progress bar with the phase text on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        fraction = index.data(PROGRESS_ROLE)
        if fraction is None or fraction < 0:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(2, 4, -2, -4))
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = int(fraction * 1000)
        bar.text = index.data()
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class JobTable(QTableView):
    """The queue's table; dragging finished jobs out delivers their images as files."""

    drag_requested = Signal()

    def startDrag(self, supported_actions) -> None:
        self.drag_requested.emit()


class QueuePanel(QWidget):
    job_activated = Signal(object)  # JobRecord: show it in the preview

    def __init__(self, engine: JobEngine, thumbnails: ThumbnailCache, messages: MessageBridge,
                 image_path: Callable[[str], str | None]) -> None:
        super().__init__()
        self.engine = engine
        self.messages = messages
        self.model = QueueModel(engine, thumbnails, image_path)
        self.table = JobTable()
        self.table.setModel(self.model)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setAccessibleName(self.tr("Queue"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setItemDelegateForColumn(STATUS, ProgressDelegate(self.table))
        self.table.setIconSize(THUMB)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # an error reads in two lines; all of it below the table
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PROMPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        # The cost column has room for "may have been billed".
        for column, width in zip(range(len(COLUMNS)), (300, 130, 80, 260, 60, 140), strict=False):
            if column not in (PROMPT,):
                self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_actions())

        self.toolbar = QToolBar(self.tr("Queue actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(16, 16))
        self.pause_action = self._action(self.tr("Pause all"), self.tr("Pause the queue (running jobs finish)"),
                                         self.toggle_pause, "pause")
        self.cancel_action = self._action(self.tr("Cancel"), self.tr("Cancel the selected jobs"),
                                          self.cancel_selected, "cancel", "cancel_job")
        self.retry_action = self._action(self.tr("Run again"),
                                         self.tr("Run failed, canceled or interrupted jobs again"),
                                         self.retry_selected, "retry", "retry_job")
        self.up_action = self._action(self.tr("Move up"), self.tr("Move the selected queued job up"),
                                      lambda: self.move_selected(-1), "move-up", "move_job_up")
        self.down_action = self._action(self.tr("Move down"), self.tr("Move the selected queued job down"),
                                        lambda: self.move_selected(+1), "move-down", "move_job_down")
        self.clear_action = self._action(self.tr("Clear finished"), self.tr("Remove finished jobs (images stay)"),
                                         self.clear_finished, "clear-finished")
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(self.tr("What happened"))
        self.detail_label.hide()
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_button = QPushButton(self.tr("Google's message…"))
        self.detail_button.setToolTip(self.tr("Show the service's own words for this failure"))
        self.detail_button.clicked.connect(self.show_raw_error)
        self.detail_button.hide()
        detail = QHBoxLayout()
        detail.addWidget(self.detail_label, 1)
        detail.addWidget(self.detail_button)
        self.checking_label = QLabel(self.tr("checking the library…"))  # while start-up checks it
        self.checking_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checking_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        self.empty_state = EmptyState(self.table, lambda: "" if self.checking_label.isVisibleTo(self)
                                      else EMPTY_QUEUE)  # not "empty" before it is known
        self.paused_banner = PausedBanner(self.model, self.toggle_pause)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.checking_label)
        layout.addWidget(self.paused_banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(detail)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.model.refresh_running)
        self._timer.timeout.connect(self._sync_pause_state)  # a budget pause; the quota countdown
        self._timer.start(1000)
        self._shown_paused: bool | None = None
        self._narrow: bool | None = None
        engine.subscribe(self._on_event)
        self._sync_pause_action()
        self._sync_actions()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """A queue beside the image is narrow: it keeps the prompt, the status and the cost
        (connection, size and time are in the prompt's tooltip and the image's facts), and the
        toolbar keeps the words of the actions an icon cannot say."""
        narrow = self.width() < NARROW_WIDTH
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for column in (CONNECTION, SIZE, TIME):
            self.table.setColumnHidden(column, narrow)
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if narrow else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for name in _ICON_ONLY_WHEN_NARROW:
            button = self.toolbar.widgetForAction(getattr(self, name))
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(style)
        self.table.setColumnWidth(COST, 100 if narrow else 140)

    def _action(self, text: str, tip: str, slot, icon: str, shortcut: str | None = None) -> QAction:
        return pane_action(self, self.toolbar, text, tip, slot, shortcut, icon_for(icon))

    def set_checking_library(self, checking: bool) -> None:
        """At start-up the window shows before the library check is done: the queue says so
        (the jobs from last time are listed as the engine starts, once it is done)."""
        self.checking_label.setVisible(checking)
        self.empty_state.refresh()

    # ----------------------------------------------------------------- helpers
    def selected_jobs(self) -> list[JobRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [job for job in (self.model.job_at(r) for r in rows) if job is not None]

    def select_job(self, job_id: str) -> None:
        """Only this job selected (and current), whatever was selected before."""
        row = self.model.row_of(job_id)
        if row >= 0:
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _activate(self, row: int) -> None:
        job = self.model.job_at(row)
        if job is not None:
            self.job_activated.emit(job)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.model.job_at(current.row()))
        job = self.model.job_at(current.row())
        if job is not None and job.status is JobStatus.SUCCEEDED:
            self.job_activated.emit(job)

    def _on_event(self, event: EngineEvent) -> None:
        if isinstance(event, (JobChanged, JobMoved)):
            job = event.job
            current = self.model.job_at(self.table.currentIndex().row())
            if current is not None and current.id == job.id and job.status.finished:
                self._show_detail(job)
            if job.status.finished or job.status is JobStatus.QUEUED:
                self._sync_selection_actions()
                self.clear_action.setEnabled(self.clear_action.isEnabled() or job.status.finished)
        elif isinstance(event, (QueuePaused, QueueResumed, ConnectionWaiting)):
            self.paused_banner.sync()
            if self.model.paused != self._shown_paused:  # touching actions is not free
                self._sync_pause_action()

    def _show_detail(self, job: JobRecord | None) -> None:
        if job is None or not job.error_message or job.status is JobStatus.SUCCEEDED:
            self.detail_label.clear()
            self.detail_label.hide()
            self.detail_button.hide()
            return
        # The whole sentence, wrapped, and Google's own reason when it is short (one glance);
        # a long one stays behind the button.
        reason = (job.error_detail or "").strip()
        short = reason if reason and len(reason) <= 120 and reason not in job.error_message else ""
        self.detail_label.setText(self.tr("{message}  Google's reason: {reason}").format(
            message=job.error_message, reason=short) if short else job.error_message)
        self.detail_label.show()
        self.detail_button.setVisible(bool(reason) and not short)

    def show_raw_error(self) -> None:
        job = self.model.job_at(self.table.currentIndex().row())
        if job is not None and job.error_detail:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Google's message"), job.error_message or "",
                              QMessageBox.StandardButton.Close, self)
            box.setDetailedText(job.error_detail)
            box.open()

    def _sync_pause_state(self) -> None:
        self.paused_banner.sync()
        self._sync_actions()
        if self.model.paused != self._shown_paused:
            self._sync_pause_action()

    def _sync_pause_action(self) -> None:
        self.paused_banner.sync()
        paused = self._shown_paused = self.model.paused
        self.pause_action.setText(self.tr("Resume all") if paused else self.tr("Pause all"))
        self.pause_action.setIcon(icon_for("resume" if paused else "pause"))
        self.pause_action.setToolTip(self.tr("Resume the queue") if paused
                                     else self.tr("Pause the queue (running jobs finish)"))

    def _sync_actions(self) -> None:
        """Actions are enabled only when there is something for them to act on."""
        self._sync_selection_actions()
        self.clear_action.setEnabled(any(job.status.finished for r in range(self.model.rowCount())
                                         if (job := self.model.job_at(r)) is not None))

    def _sync_selection_actions(self) -> None:
        jobs = self.selected_jobs()
        self.cancel_action.setEnabled(any(not j.status.finished for j in jobs))
        self.retry_action.setEnabled(any(j.status in RUN_AGAIN for j in jobs))
        movable = len(jobs) == 1 and jobs[0].status is JobStatus.QUEUED
        self.up_action.setEnabled(movable)
        self.down_action.setEnabled(movable)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        job = self.model.job_at(index.row())
        if job is None:
            return
        if job not in self.selected_jobs():
            self.select_job(job.id)
        self.context_menu = self.menu_for(job)  # kept while it is open
        self.context_menu.popup(self.table.viewport().mapToGlobal(position))

    def menu_for(self, job: JobRecord) -> QMenu:
        """The job's context menu: show its image, run it again, copy its error, cancel, remove."""
        menu = QMenu(self)
        show = menu.addAction(icon_for("image"), self.tr("Show image"), lambda: self.job_activated.emit(job))
        show.setEnabled(job.status is JobStatus.SUCCEEDED and bool(job.image_ids))
        menu.addAction(self.retry_action)
        copy = menu.addAction(icon_for("copy"), self.tr("Copy error message"), lambda: self.copy_error(job))
        copy.setEnabled(bool(job.error_message))
        menu.addSeparator()
        menu.addAction(self.cancel_action)
        remove = menu.addAction(icon_for("trash"), self.tr("Remove from the queue"), self.remove_selected)
        remove.setEnabled(any(j.status.finished and j.status is not JobStatus.INTERRUPTED
                              for j in self.selected_jobs()))
        self._sync_actions()
        return menu

    def copy_error(self, job: JobRecord) -> None:
        text = job.error_message or ""
        if job.error_detail:
            text += "\n\n" + self.tr("Google's message: {message}").format(message=job.error_detail)
        QApplication.clipboard().setText(text)
        self.messages.show_info(self.tr("Error message copied."))

    @async_slot()
    async def remove_selected(self) -> None:
        ids = [j.id for j in self.selected_jobs() if j.status.finished]
        removed = await self.engine.clear_finished(ids)
        self.messages.show_info(self.tr("Removed %n job(s) from the queue; their images stay in the library.",
                                        None, removed))

    # ----------------------------------------------------------------- actions
    def toggle_pause(self) -> None:
        if self.model.paused:
            self.engine.resume()
            self.messages.show_info(self.tr("Queue resumed."))
        else:
            self.engine.pause(self.tr("Queue paused; running jobs finish, nothing new starts."))

    @async_slot()
    async def cancel_selected(self) -> None:
        for job in self.selected_jobs():
            if not job.status.finished:
                await self.engine.cancel(job.id)

    @async_slot()
    async def retry_selected(self) -> None:
        for job in self.selected_jobs():
            if job.status in (JobStatus.FAILED, JobStatus.CANCELED, JobStatus.INTERRUPTED):
                await self.engine.retry(job.id)

    @async_slot()
    async def move_selected(self, step: int) -> None:
        jobs = self.selected_jobs()
        if len(jobs) != 1 or jobs[0].status is not JobStatus.QUEUED:
            return
        row = self.model.row_of(jobs[0].id)
        target = row + step
        if target < 0 or target >= self.model.rowCount():
            return
        if step < 0:
            before = self.model.job_at(target)
        else:
            after = self.model.job_at(target + 1)
            before = after
        await self.engine.move(jobs[0].id, before.id if before is not None else None)
        self.select_job(jobs[0].id)

    @async_slot()
    async def clear_finished(self) -> None:
        removed = await self.engine.clear_finished()
        self.messages.show_info(self.tr("Cleared %n finished job(s); their images stay in the library.",
                                        None, removed))
