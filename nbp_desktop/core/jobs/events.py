"""What the job engine tells its listeners: one typed event per kind of change.

A listener (the GUI's queue model, the CLI's progress line) keeps its own copy of the queue
from these events alone and never reads the engine's internals; `JobEngine.subscribe` replays
the current state as events first, so a late listener starts from the same picture.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from nbp_desktop.core.google.image_client import Progress
from nbp_desktop.core.jobs.journal import JobRecord


@dataclass(frozen=True)
class JobAdded:
    """A job entered the queue (submitted, or found in the journal at start)."""

    job: JobRecord


@dataclass(frozen=True)
class JobChanged:
    """The job's record changed in place (status, cost, error, images); same position."""

    job: JobRecord


@dataclass(frozen=True)
class JobMoved:
    """The job's position changed (reordered, or put at the end to run again); ``job`` is
    the new record, which may also differ in other fields."""

    job: JobRecord


@dataclass(frozen=True)
class JobProgress:
    """A running job's phase or download progress (at most ten a second per job)."""

    job_id: str
    progress: Progress


@dataclass(frozen=True)
class JobRemoved:
    """The job left the queue (cleared as finished); its images stay in the library."""

    job_id: str


@dataclass(frozen=True)
class QueuePaused:
    reason: str


@dataclass(frozen=True)
class QueueResumed:
    pass


@dataclass(frozen=True)
class ConnectionWaiting:
    """Jobs for ``connection`` wait until ``until`` (a daily quota); None: they run again."""

    connection: str
    until: datetime | None


@dataclass(frozen=True)
class LimitsChanged:
    """Queue limits or the budget changed (``what``: names from core.runtime_settings); they
    apply to the next job scheduled (`JobEngine.limits_for`, `JobEngine.budget`)."""

    what: frozenset[str]


EngineEvent = (JobAdded | JobChanged | JobMoved | JobProgress | JobRemoved | QueuePaused
               | QueueResumed | ConnectionWaiting | LimitsChanged)
EventListener = Callable[[EngineEvent], None]
