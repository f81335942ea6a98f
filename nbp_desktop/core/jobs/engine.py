"""The job engine: where a queued job becomes a request, and an answer becomes files.

Scheduling honours, per connection, a concurrency limit and a requests-per-minute limit
(client-side, so a 429 storm is avoided rather than retried), a queue-wide pause, a daily
quota pause until Google's reset, and the budget cap. Every state change is journalled first
(in one database thread, so the event loop never waits on fsync); a running request is really
aborted on cancel. Subscribers get every change as a typed event (core/jobs/events.py): the
GUI's queue model keeps its rows from them alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import deque
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar, TypeVarTuple

from nbp_desktop.core import formatting
from nbp_desktop.core.background_threads import background_executor
from nbp_desktop.core.catalog import actual_cost, estimate_cost
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.errors import ErrorKind, NbpError, describe_wait
from nbp_desktop.core.generation.image_types import pixel_size
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.generation.result import GeneratedImage, GenerationResult
from nbp_desktop.core.google.image_client import Phase, Progress
from nbp_desktop.core.image_workers import run_in_image_worker
from nbp_desktop.core.jobs import JobText
from nbp_desktop.core.jobs.billing_rules import charge_for_answer, possible_charge
from nbp_desktop.core.jobs.events import (ConnectionWaiting, EngineEvent, EventListener, JobAdded,
                                          JobChanged, JobMoved, JobProgress, JobRemoved,
                                          LimitsChanged, QueuePaused, QueueResumed)
from nbp_desktop.core.jobs.journal import JobRecord, Journal
from nbp_desktop.core.jobs.process_lock import ProcessLock
from nbp_desktop.core.jobs.request_builder import build_request, cut_grid
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.known_fields import from_known_fields
from nbp_desktop.core.library.disk_space import ensure_room_for_result
from nbp_desktop.core.library.image_store import ImageStore, StoredImage, new_image_id
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.sidecar import ConnectionFacts, RequestFacts, ResultFacts, Sidecar
from nbp_desktop.core.library.unsaved_images import (forget_unsaved, keep_unsaved, save_failure,
                                                     unsaved_answer, with_whereabouts)
from nbp_desktop.core.library.thumbnails import ensure_thumbnail
from nbp_desktop.core.money import is_billed
from nbp_desktop.core.runtime_settings import Budget, QueueLimits, RuntimeSettings
from nbp_desktop.core.services import Services

__all__ = ["Budget", "JobEngine", "QueueLimits"]  # the limits live in core.runtime_settings

CANCEL_POLL_SECONDS = 0.5  # how often cancel requests from other processes are picked up
log = logging.getLogger(__name__)
Listener = Callable[[JobRecord], None]
MessageListener = Callable[[str], None]
# [monotonic time, job id]: NOT_SENT while reserved (it never expires before its attempt),
# stamped when the attempt begins and again when the request has left (its last byte written).
SendSlot = list[Any]
NOT_SENT = math.inf
T = TypeVar("T")
Args = TypeVarTuple("Args")


class JobEngine:
    def __init__(self, services: Services, journal: Journal, lock: ProcessLock, *,
                 wait_for_daily_quota: bool = True, run_only_own_jobs: bool = False) -> None:
        self.services = services
        self.journal = journal
        self.lock = lock
        self.store = ImageStore(services.data_dir)
        # The one provider of limits and budget; it tells us when they change.
        self.runtime: RuntimeSettings = services.runtime
        self.wait_for_daily_quota = wait_for_daily_quota
        # The CLI runs only what it submitted (or was told to retry); the GUI runs the queue.
        self.run_only_own_jobs = run_only_own_jobs
        self._own: set[str] = set()
        self.jobs: dict[str, JobRecord] = {}
        self.progress: dict[str, Progress] = {}
        self.paused = False
        self.paused_reason = ""
        self._paused_by_budget = False  # a raised cap resumes the queue by itself
        self.connection_paused_until: dict[str, datetime] = {}
        self._listeners: list[Listener] = []
        self._subscribers: list[EventListener] = []
        self._message_listeners: list[MessageListener] = []
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._user_canceled: set[str] = set()
        # Jobs whose answer is here (paid for): no cancel stops them; their images are saved.
        self._answered: set[str] = set()
        # Per connection: [monotonic time, job id] of each request in the current window.
        self._send_times: dict[str, deque[SendSlot]] = {}
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nbp-journal")  # fsync-bound
        # Files (originals, sidecars, tiles, thumbnails) are written at most two jobs at a time:
        # a 4K thumbnail decodes ~50 MB of pixels, so unbounded parallel saves multiply peak
        # memory (786 MB vs 404 MB for eight 4K jobs); two keep 1K throughput up.
        self._files = background_executor(2, "nbp-files")
        self._wake: asyncio.Event | None = None
        self._scheduler: asyncio.Task[None] | None = None
        self._spent_in_period = 0.0
        self._possibly_billed_in_period = 0.0  # part of the spend: requests cut off by a crash
        # The (cap, period start) the spend was counted for: another one counts it again.
        self._spent_counted_for: tuple[float, datetime] | None = None
        self._budget_checks: set[asyncio.Task[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = False
        self._scheduler_slip_said_at = -1e9  # when the last unexpected scheduler error was said

    # ---------------------------------------------------------------- plumbing
    async def _call(self, fn: Callable[[*Args], T], *args: *Args) -> T:
        """Journal calls run in the one database thread, never on the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._db, fn, *args)

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def add_message_listener(self, listener: MessageListener) -> None:
        self._message_listeners.append(listener)

    def subscribe(self, listener: EventListener) -> None:
        """``listener`` gets every event from now on, after the current state replayed as
        events (jobs in queue order, progress, pauses)."""
        for job in sorted(self.jobs.values(), key=lambda j: j.position):
            listener(JobAdded(job))
        for job_id, progress in self.progress.items():
            listener(JobProgress(job_id, progress))
        if self.paused:
            listener(QueuePaused(self.paused_reason))
        for connection, until in self.connection_paused_until.items():
            listener(ConnectionWaiting(connection, until))
        self._subscribers.append(listener)

    def unsubscribe(self, listener: EventListener) -> None:
        if listener in self._subscribers:
            self._subscribers.remove(listener)

    def _publish(self, event: EngineEvent) -> None:
        for listener in list(self._subscribers):
            listener(event)

    def _changed(self, job: JobRecord) -> None:
        previous = self.jobs.get(job.id)
        self.jobs[job.id] = job
        if previous is None:
            self._publish(JobAdded(job))
        elif previous.position != job.position:
            self._publish(JobMoved(job))
        else:
            self._publish(JobChanged(job))
        self._tell_listeners(job)

    def _tell_listeners(self, job: JobRecord) -> None:
        for listener in list(self._listeners):
            listener(job)

    def _set_progress(self, job: JobRecord, progress: Progress) -> None:
        self.progress[job.id] = progress
        self._publish(JobProgress(job.id, progress))

    def _say(self, text: str) -> None:
        for listener in list(self._message_listeners):
            listener(text)

    async def _reload(self, job_id: str) -> JobRecord | None:
        job = await self._call(self.journal.job, job_id)
        if job is not None:
            self._changed(job)
        return job

    def limits_for(self, connection: str) -> QueueLimits:
        return self.runtime.queue_limits(connection)

    @property
    def budget(self) -> Budget:
        return self.runtime.budget

    def _limits_changed(self, _changed: frozenset[str]) -> None:
        """From RuntimeSettings, on whichever thread saved the settings."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._apply_new_limits, _changed)

    def _apply_new_limits(self, changed: frozenset[str]) -> None:
        self._spent_counted_for = None
        self._publish(LimitsChanged(changed))
        if self._paused_by_budget and not self._stopping:
            check = asyncio.ensure_future(self._resume_if_the_cap_allows())
            self._budget_checks.add(check)
            check.add_done_callback(self._budget_checks.discard)
        self._poke()

    async def _resume_if_the_cap_allows(self) -> None:
        """The cap changed while the queue waited on it: it continues the moment the new cap
        leaves room for the next job; otherwise the reason says why it still waits."""
        await self._refresh_spent()
        if not self._paused_by_budget:
            return  # resumed (or paused by hand) meanwhile
        waiting = self._next_to_run()
        reason = self._budget_reason(waiting) if waiting is not None else None
        if reason is None:
            self.resume()
            if self.budget.limit_usd:
                self._say(JobText.tr("The budget cap is now {cap}; the queue continues.")
                          .format(cap=f"${self.budget.limit_usd:.2f}"))
            else:
                self._say(JobText.tr("The budget cap was removed; the queue continues."))
        else:
            self.pause(reason)
            self._paused_by_budget = True

    # --------------------------------------------------------------- lifecycle
    async def start(self) -> None:
        self._wake = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        self.runtime.subscribe(self._limits_changed)
        for job in await self._call(self.journal.jobs):
            self._changed(job)
        # Jobs queued in this session already (while the library was being checked) are not
        # "from last time".
        waiting = [j for j in self.jobs.values()
                   if j.status is JobStatus.QUEUED and j.id not in self._own]
        if waiting and not self.run_only_own_jobs:
            # Queued last time and never sent: kept, but nothing starts without the user.
            self.pause(JobText.tr("%n job(s) queued last time are waiting. Resume the queue to "
                                  "run them.", None, len(waiting)))
        await self._refresh_spent()
        self._scheduler = asyncio.ensure_future(self._schedule_forever())

    async def stop(self) -> None:
        """Stop scheduling; running jobs are aborted and journalled as interrupted (they
        may have been billed; the user decides whether to run them again)."""
        self._stopping = True
        self.runtime.unsubscribe(self._limits_changed)
        if self._budget_checks:
            await asyncio.gather(*self._budget_checks, return_exceptions=True)
        if self._scheduler is not None:
            self._scheduler.cancel()
            await asyncio.gather(self._scheduler, return_exceptions=True)
        tasks = list(self._tasks.values())
        for job_id, task in list(self._tasks.items()):
            if job_id not in self._answered:  # an answered job's paid images are saved first
                task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        await self._call(self.journal.back_up_if_due)  # the session's changes, if due
        self._files.shutdown(wait=True)
        self._db.shutdown(wait=True)

    def _poke(self) -> None:
        if self._wake is not None:
            self._wake.set()

    # ------------------------------------------------------------------ actions
    async def submit(self, spec: JobSpec, count: int = 1) -> list[str]:
        """Queue ``count`` jobs; they are in the journal before this returns."""
        if count < 1:
            raise NbpError(ErrorKind.INVALID_SETTING, JobText.tr("The count must be 1 or more."))
        config = self.services.connection(spec.connection)  # an unknown name fails here, in words
        estimate = estimate_cost(spec.model, spec.size, 1, len(spec.reference_files),
                                 service_tier=config.tier_for(spec.model))
        ids = ["job-" + new_image_id() for _ in range(count)]
        self._own.update(ids)
        await self._call(self.journal.add_jobs, [(job_id, spec, estimate) for job_id in ids])
        for job_id in ids:
            await self._reload(job_id)
        self._poke()
        return ids

    async def cancel(self, job_id: str) -> None:
        status = await self._call(self.journal.request_cancel, job_id)
        if status is None:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           JobText.tr("There is no job {job}.").format(job=job_id))
        if job_id in self._tasks:
            self._stop_running(job_id)
        else:
            await self._reload(job_id)

    def _stop_running(self, job_id: str) -> None:
        """The user canceled a running job. Said twice (a double click, the cancel poll) it is
        one cancel; once the answer is here it was paid for, so its images are saved instead."""
        task = self._tasks.get(job_id)
        if task is None or job_id in self._user_canceled:
            return
        self._user_canceled.add(job_id)
        if job_id in self._answered:
            self._say(JobText.tr("The image had already arrived and was billed, so it is kept "
                                 "in the library instead of being canceled."))
            return
        task.cancel()  # aborts the HTTP request: the connection is closed

    async def retry(self, job_id: str) -> None:
        """Run a failed, canceled or interrupted job again (the user asked for it)."""
        job = self.jobs.get(job_id) or await self._call(self.journal.job, job_id)
        if job is None:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           JobText.tr("There is no job {job}.").format(job=job_id))
        if job.status in (JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.SAVING, JobStatus.SUCCEEDED):
            raise NbpError(ErrorKind.INVALID_SETTING,
                           JobText.tr("Job {job} is {status}; only failed, canceled or "
                                      "interrupted jobs can be run again.")
                           .format(job=job_id, status=status_in_words(job.status)))
        self._own.add(job_id)
        await self._call(self.journal.requeue, job_id)
        await self._reload(job_id)
        self._poke()

    def pause(self, reason: str | None = None) -> None:
        reason = reason or JobText.tr("Paused.")
        self._paused_by_budget = False
        self.paused = True
        self.paused_reason = reason
        self._publish(QueuePaused(reason))
        self._say(reason)

    def resume(self) -> None:
        self._paused_by_budget = False
        self.paused = False
        self.paused_reason = ""
        waiting, self.connection_paused_until = list(self.connection_paused_until), {}
        for connection in waiting:
            self._publish(ConnectionWaiting(connection, None))
        self._publish(QueueResumed())
        self._poke()

    async def move(self, job_id: str, before_job_id: str | None) -> None:
        await self._call(self.journal.move, job_id, before_job_id)
        for job in await self._call(self.journal.jobs):
            if job != self.jobs.get(job.id):
                self._changed(job)
        self._poke()

    async def clear_finished(self, job_ids: list[str] | None = None) -> int:
        """Remove finished jobs (all, or those of ``job_ids``) from the queue."""
        removed = await self._call(self.journal.delete_finished, job_ids)
        remaining = {job.id for job in await self._call(self.journal.jobs)}
        for job_id in [k for k in self.jobs if k not in remaining]:
            del self.jobs[job_id]
            self._publish(JobRemoved(job_id))
        return removed

    async def wait_for(self, job_ids: list[str], give_up_when_paused: bool = False) -> list[JobRecord]:
        """Until every job in ``job_ids`` is finished; with ``give_up_when_paused``, also when
        the queue is paused (budget cap) and none of them is running."""
        while True:
            jobs = [self.jobs[j] for j in job_ids]
            if all(j.status.finished for j in jobs):
                return jobs
            if give_up_when_paused and self.paused and not any(j in self._tasks for j in job_ids):
                return jobs
            await asyncio.sleep(0.05)

    # --------------------------------------------------------------- scheduling
    async def _schedule_forever(self) -> None:
        loop = asyncio.get_running_loop()
        wake = self._wake
        assert wake is not None  # made by start()
        while True:
            wake.clear()
            try:
                await self._start_ready_jobs()
            except Exception as exc:  # any error: a dead scheduler would stop the queue for good
                log.exception("The scheduler hit an unexpected error")
                if time.monotonic() - self._scheduler_slip_said_at > 60:  # say it, but not in a loop
                    self._scheduler_slip_said_at = time.monotonic()
                    self._say(JobText.tr("Something unexpected went wrong while starting jobs; "
                                         "the queue carries on. (Details for support: {error})")
                              .format(error=type(exc).__name__))
                await asyncio.sleep(CANCEL_POLL_SECONDS)
                wake.set()  # try again: nothing else may poke the queue
            timeout = self._next_deadline()
            if self._tasks:
                timeout = min(timeout or CANCEL_POLL_SECONDS, CANCEL_POLL_SECONDS)
            # Sleep until poked (a job changed) or until the next deadline.
            timer = loop.call_later(timeout, wake.set) if timeout is not None else None
            try:
                await wake.wait()
            finally:
                if timer is not None:
                    timer.cancel()
            if self._tasks:
                for job_id in await self._call(self.journal.cancel_requests, list(self._tasks)):
                    self._stop_running(job_id)  # it may have finished during the query

    def _next_deadline(self) -> float | None:
        """Seconds until a rate-limit slot or a quota reset frees a waiting job."""
        now = time.monotonic()
        waits = []
        for connection, sent in self._send_times.items():
            limits = self.limits_for(connection)
            stamps = [t for t, _ in sent if t != NOT_SENT]  # a reserved slot frees nothing yet
            if limits.requests_per_minute and len(sent) >= limits.requests_per_minute and stamps:
                waits.append(max(0.01, min(stamps) + limits.window_seconds - now))
        for until in self.connection_paused_until.values():
            waits.append(max(0.01, (until - datetime.now(UTC)).total_seconds()))
        return min(waits) if waits else None

    def _rate_limited(self, connection: str) -> bool:
        limits = self.limits_for(connection)
        sent = self._send_times.setdefault(connection, deque())
        now = time.monotonic()
        for entry in [e for e in sent if now - e[0] >= limits.window_seconds]:
            sent.remove(entry)
        return bool(limits.requests_per_minute) and len(sent) >= limits.requests_per_minute

    async def _start_ready_jobs(self) -> None:
        if self.paused or self._stopping:
            return
        if self._spent_counted_for != self._budget_key():
            await self._refresh_spent()  # a new cap, or a new day (month) began
        now = datetime.now(UTC)
        for connection, until in list(self.connection_paused_until.items()):
            if until <= now:
                del self.connection_paused_until[connection]
                self._publish(ConnectionWaiting(connection, None))
                self._say(JobText.tr("The daily quota of “{connection}” has reset; its jobs "
                                     "continue.").format(connection=connection))
        running: dict[str, int] = {}
        for job_id in self._tasks:
            # A task's job may already be cleared from the list while the task winds down.
            running_on = self.jobs[job_id].connection if job_id in self.jobs else None
            if running_on is not None:
                running[running_on] = running.get(running_on, 0) + 1
        queued = sorted((j for j in self.jobs.values() if j.status is JobStatus.QUEUED),
                        key=lambda j: j.position)
        for job in queued:
            if job.id in self._tasks or job.connection in self.connection_paused_until:
                continue
            if self.run_only_own_jobs and job.id not in self._own:
                continue
            if running.get(job.connection, 0) >= self.limits_for(job.connection).concurrency:
                continue
            if self._rate_limited(job.connection):
                continue
            if self._over_budget(job):
                return
            running[job.connection] = running.get(job.connection, 0) + 1
            self._send_times[job.connection].append([NOT_SENT, job.id])  # a reserved slot
            self._tasks[job.id] = asyncio.ensure_future(self._run(job))

    def _next_to_run(self) -> JobRecord | None:
        """The queued job the scheduler would start next, limits aside."""
        queued = sorted((j for j in self.jobs.values() if j.status is JobStatus.QUEUED
                         and j.id not in self._tasks
                         and (j.id in self._own or not self.run_only_own_jobs)),
                        key=lambda j: j.position)
        return queued[0] if queued else None

    def _over_budget(self, job: JobRecord) -> bool:
        reason = self._budget_reason(job)
        if reason is None:
            return False
        self.pause(reason)
        self._paused_by_budget = True
        return True

    def _budget_reason(self, job: JobRecord) -> str | None:
        """Why ``job`` may not start under the budget cap, or None when it fits."""
        if not self.budget.limit_usd or not is_billed(job.connection):
            return None
        committed = self._spent_in_period + sum(self.jobs[j].estimated_cost for j in self._tasks
                                                if j in self.jobs and is_billed(self.jobs[j].connection))
        if committed + job.estimated_cost <= self.budget.limit_usd + 1e-9:
            return None
        cap, spent = formatting.money(self.budget.limit_usd), formatting.money(self._spent_in_period)
        if self.budget.period == "day":
            reason = JobText.tr("Budget cap of {cap} for today reached ({spent} spent); the queue "
                                "is paused. Raise the cap or resume to continue.")
        else:
            reason = JobText.tr("Budget cap of {cap} for this month reached ({spent} spent); the "
                                "queue is paused. Raise the cap or resume to continue.")
        reason = reason.format(cap=cap, spent=spent)
        if self._possibly_billed_in_period >= 0.005:
            reason += " " + JobText.tr("The spend includes {possible} that Google may have "
                                       "billed for jobs interrupted while they ran.").format(
                possible=f"${self._possibly_billed_in_period:.2f}")
        return reason

    def _budget_key(self) -> tuple[float, datetime]:
        return self.budget.limit_usd, self.budget.period_start()

    async def _refresh_spent(self) -> None:
        key = self._budget_key()
        if self.budget.limit_usd:
            since = key[1].isoformat()
            self._spent_in_period, self._possibly_billed_in_period = await self._call(
                self.journal.spent_and_possibly_billed, since)
        self._spent_counted_for = key

    # --------------------------------------------------------------------- a job
    async def _run(self, job: JobRecord) -> None:
        try:
            if not await self._call(self.journal.mark_running, job.id, self.lock.name):
                await self._reload(job.id)
                return
            running = await self._reload(job.id)
            if running is None:
                return  # deleted meanwhile (by another process)
            job = running
            await self._execute(job)
        except asyncio.CancelledError:
            # Journalled and shown to the end even if another cancel arrives meanwhile: a job
            # left "running" on screen would never change again.
            await _to_the_end(self._settle_canceled(job))
        except Exception as exc:
            if self._stopping:
                # Whatever broke while the app was closing (a save cut short, executors going
                # away) is an interruption, not the job's failure: it may have been billed.
                await _to_the_end(self._settle_interrupted(job))
            elif isinstance(exc, NbpError):
                await self._failed(job, exc)
            else:  # a bug must not leave a job "running" forever
                await self._failed(job, NbpError(
                    ErrorKind.SERVER_ERROR,
                    JobText.tr("Something unexpected went wrong with this job."),
                    detail=f"{type(exc).__name__}: {exc}"))
        finally:
            self._release_unsent(job)
            self._tasks.pop(job.id, None)
            self._user_canceled.discard(job.id)
            self._answered.discard(job.id)
            self.progress.pop(job.id, None)  # subscribers drop it when the job finishes
            self._poke()

    async def _settle_canceled(self, job: JobRecord) -> None:
        if job.id in self._user_canceled:
            error = NbpError(ErrorKind.CANCELED, JobText.tr("The job was canceled."))
            await self._call(self.journal.finish_failure, job.id, JobStatus.CANCELED, error)
            await self._reload(job.id)
        else:
            await self._settle_interrupted(job)

    async def _settle_interrupted(self, job: JobRecord) -> None:
        await self._call(self.journal.mark_interrupted, [job.id])
        await self._reload(job.id)

    async def _execute(self, job: JobRecord) -> None:
        spec = job.spec
        kept = await asyncio.to_thread(unsaved_answer, job.id)
        if kept is not None:
            # Run again after a failed save: the paid image is saved, not requested again.
            images, metadata = kept
            self._answered.add(job.id)
            await self._store_answer(job, images, metadata, 0.0, {}, metadata.result.text or "")
            return
        config = self.services.connection(spec.connection)
        auth = await self.services.authenticator(config)
        parent = (await self._call(self.journal.library.image, spec.parent_image_id)
                  if spec.parent_image_id else None)
        request = await asyncio.to_thread(build_request, self.services.data_dir, spec, parent,
                                          str(config.kind), config.tier_for(spec.model))

        attempts = 0

        async def before_attempt() -> None:
            nonlocal attempts
            await self._call(self.journal.count_send, job.id)
            attempts += 1
            self._count_request(job, first=attempts == 1)

        last_report = 0.0

        def on_progress(progress: Progress) -> None:
            nonlocal last_report
            if progress.phase is Phase.DECODING:
                # The whole answer is here (so billed) and is being decoded: a cancel from now
                # on would only throw the paid image away.
                self._answered.add(job.id)
            elif progress.phase in (Phase.CONNECTING, Phase.RETRYING):
                self._answered.discard(job.id)  # a new request goes out: it can be canceled
            previous = self.progress.get(job.id)
            self.progress[job.id] = progress  # read by the CLI's listener (phase, MB received)
            if progress.phase is Phase.WAITING and (previous is None or previous.phase is not Phase.WAITING):
                self._stamp_sent(job)  # the request has left: its rate-limit window starts now
            now = time.monotonic()
            # Phase changes at once; download progress at most ten times a second per job,
            # so eight fast downloads do not flood the listeners (and the GUI) with updates.
            if previous is None or previous.phase != progress.phase or now - last_report >= 0.1:
                last_report = now
                self._set_progress(job, progress)
                self._tell_listeners(job)

        await asyncio.to_thread(ensure_room_for_result, self.store.root, spec.size,
                                1 + (2 if spec.variations_grid else 0))
        client = self.services.client
        assert client is not None  # made when the services started
        result = await client.generate(config, auth, request, on_progress, before_attempt=before_attempt)
        self._answered.add(job.id)  # paid for: from here on a cancel no longer stops the job
        # Counted the moment the answer is here: whatever happens to the files, it was billed.
        charge = (charge_for_answer(spec.model, result.usage, job.estimated_cost)
                  if is_billed(spec.connection) else 0.0)  # the demo bills nobody
        await self._call(self.journal.record_charge, job.id, charge)
        metadata = image_metadata(config, request, result, job, spec)
        await self._store_answer(job, result.images, metadata, charge, result.timings.to_json(),
                                 result.text)

    async def _store_answer(self, job: JobRecord, images: list[GeneratedImage], metadata: Sidecar,
                            charge: float, timings: dict[str, Any], text: str) -> None:
        """Save an answered job's images and mark it done; if the library cannot take them,
        keep them in the unsaved-images folder and fail with a sentence that says where."""
        planned = [new_image_id() for _ in images]
        if job.spec.variations_grid:
            planned += [new_image_id() for _ in range(4)]
        await self._call(self.journal.mark_saving, job.id, planned)
        self._set_progress(job, Progress(Phase.DECODING))
        save_started = time.perf_counter()
        try:
            records = await asyncio.get_running_loop().run_in_executor(
                self._files, self._save_files, job, metadata, images, planned)
        except (NbpError, OSError) as exc:
            # Paid for but not in the library: kept elsewhere, and the job says where.
            kept_in = await asyncio.to_thread(keep_unsaved, job.id, images, metadata)
            charged = charge or float(job.actual_cost or 0.0)
            raise with_whereabouts(save_failure(exc, self.store.root), kept_in, charged) from None
        if job.runs > 1:  # a kept copy from an earlier run is not needed any more
            await asyncio.to_thread(forget_unsaved, job.id)
        timings = {**timings, "save": round(time.perf_counter() - save_started, 4)}
        await self._call(self.journal.finish_success, job.id, records, None, timings, text)
        await self._call(self.journal.back_up_if_due)
        await self._reload(job.id)
        await self._refresh_spent()

    def _count_request(self, job: JobRecord, first: bool) -> None:
        """The rate limiter counts real sends: the slot reserved when the job was scheduled is
        stamped when its first attempt begins (and again once the request has left, see
        ``_stamp_sent``); a retry takes a slot of its own."""
        sent = self._send_times.setdefault(job.connection, deque())
        now = time.monotonic()
        if first:
            for entry in sent:
                if entry[1] == job.id:
                    entry[0] = now
                    self._poke()  # the scheduler may now know when a slot frees
                    return
        sent.append([now, job.id])

    def _stamp_sent(self, job: JobRecord) -> None:
        """Stamped again when the request's last byte is written: the connection (a TLS
        handshake, a proxy) can take a while, and a window counted from before it would let the
        next request reach Google less than a window after this one."""
        for entry in reversed(self._send_times.get(job.connection, ())):
            if entry[1] == job.id:  # this attempt's slot (the newest of the job's)
                entry[0] = time.monotonic()
                return

    def _release_unsent(self, job: JobRecord) -> None:
        """A job that ends before its first attempt (canceled, a reference missing) gives its
        reserved slot back: nothing reached Google."""
        sent = self._send_times.get(job.connection)
        if sent is not None:
            for entry in [e for e in sent if e[1] == job.id and e[0] == NOT_SENT]:
                sent.remove(entry)

    def _save_files(self, job: JobRecord, metadata: Sidecar, images: list[GeneratedImage],
                    planned: list[str]) -> list[ImageRecord]:
        """Blocking: originals byte-exact, sidecars, grid tiles, thumbnails."""
        spec = job.spec
        records: list[ImageRecord] = []
        ids = iter(planned)
        role = "grid" if spec.variations_grid else "result"
        for image in images:
            stored = self.store.save(image, replace(metadata, role=role, parent_id=spec.parent_image_id),
                                     image_id=next(ids))
            records.append(self._record(stored))
        if spec.variations_grid and images:
            grid = records[0]
            for index, tile in enumerate(run_in_image_worker(cut_grid, images[0].data)):
                size = pixel_size(tile) or (0, 0)
                tile_image = GeneratedImage(data=tile, mime="image/png", declared_mime="image/png",
                                            width=size[0], height=size[1])
                stored = self.store.save(tile_image, replace(metadata, role="tile", tile=index,
                                                             parent_id=grid.id, cost_usd=None),
                                         image_id=next(ids))
                records.append(self._record(stored))
        for record in records:
            with contextlib.suppress(OSError):  # the images are saved; the gallery makes a
                ensure_thumbnail(self.services.data_dir, record.id,  # missing thumbnail when shown
                                 self.services.data_dir / record.path)
        return records

    def _record(self, stored: StoredImage) -> ImageRecord:
        return ImageRecord.of_sidecar(stored.sidecar, self.store.relative(stored.image_path),
                                      stored.sha256, stored.size_bytes)

    async def _failed(self, job: JobRecord, error: NbpError) -> None:
        if error.kind is ErrorKind.QUOTA_PER_DAY and self.wait_for_daily_quota and error.resets_at:
            # Not a failure: the job waits in the queue (still in this task, so it cannot be
            # picked up again) and its connection pauses until Google's reset.
            await self._call(self.journal.requeue, job.id, error, True)
            await self._reload(job.id)
            until = error.resets_at.astimezone(UTC)
            self.connection_paused_until[job.connection] = until
            self._publish(ConnectionWaiting(job.connection, until))
            wait = describe_wait((until - datetime.now(UTC)).total_seconds())
            self._say(JobText.tr("{error} Jobs for “{connection}” wait until then (in {wait}).")
                      .format(error=error.message, connection=job.connection, wait=wait))
            return
        charge = possible_charge(error, job.estimated_cost) if is_billed(job.connection) else None
        if charge:
            await self._call(self.journal.record_charge, job.id, charge)
        await self._call(self.journal.finish_failure, job.id, JobStatus.FAILED, error)
        await self._reload(job.id)
        await self._refresh_spent()
        await self._call(self.journal.back_up_if_due)


async def _to_the_end(work: Coroutine[Any, Any, None]) -> None:
    """Run ``work`` to its end even if the task awaiting it is canceled meanwhile (again)."""
    task = asyncio.ensure_future(work)
    while not task.done():
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.shield(task)
    task.result()


def image_metadata(config: ConnectionConfig, request: GenerationRequest, result: GenerationResult,
                   job: JobRecord, spec: JobSpec) -> Sidecar:
    """The sidecar besides the file facts: everything needed to understand and recall an
    image on another machine; never a secret, never image bytes."""
    return Sidecar(
        job_id=job.id,
        spec=spec,
        request=from_known_fields(RequestFacts, request.to_metadata() | {"prompt": spec.prompt}),
        connection=ConnectionFacts(name=config.name, kind=str(config.kind), model=request.model,
                                   location=config.location, project=config.project),
        result=ResultFacts(text=result.text, finish_reason=result.finish_reason,
                           model_version=result.model_version, response_id=result.response_id,
                           thought_signatures=result.thought_signatures,
                           thought_parts_skipped=result.thought_count,
                           revised_prompt=result.revised_prompt, http_version=result.http_version),
        usage=result.usage,
        cost_usd=actual_cost(request.model, result.usage) if is_billed(config.name) else 0.0,
        estimated_cost_usd=estimate_cost(request.model, request.size, 1, len(request.references),
                                         service_tier=request.service_tier),
        timings=result.timings.to_json(),
    )


def status_in_words(status: JobStatus) -> str:
    """A status as it reads inside a sentence (“Job … is running”)."""
    words = {JobStatus.QUEUED: JobText.tr("queued"), JobStatus.RUNNING: JobText.tr("running"),
             JobStatus.SAVING: JobText.tr("saving"), JobStatus.SUCCEEDED: JobText.tr("succeeded"),
             JobStatus.FAILED: JobText.tr("failed"), JobStatus.CANCELED: JobText.tr("canceled"),
             JobStatus.INTERRUPTED: JobText.tr("interrupted")}
    return words.get(status, str(status))
