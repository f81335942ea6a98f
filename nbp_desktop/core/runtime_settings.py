"""What the settings become at run time — queue limits per connection, the budget, the HTTP
timeouts and retries — derived here and nowhere else.

``RuntimeSettings`` listens: it derives again whenever the settings are saved (the settings
dialog, the connection editor, the CLI) or a session connection comes or goes, and tells its
own listeners which parts changed. So a new "jobs at once" reaches every connection, saved or
not, without a restart.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.transport import RetryPolicy, TimeoutPolicy
from nbp_desktop.core.settings import Settings

RATE_WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class QueueLimits:
    concurrency: int = 4  # per connection
    requests_per_minute: int = 0  # per connection; 0 = no client-side limit
    window_seconds: float = RATE_WINDOW_SECONDS  # the "minute" (tests shorten it)


@dataclass(frozen=True)
class Budget:
    limit_usd: float = 0.0  # 0 = no cap
    period: str = "day"  # day | month

    def period_start(self, now: datetime | None = None) -> datetime:
        now = (now or datetime.now(UTC)).astimezone()
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        if self.period == "month":
            start = start.replace(day=1)
        return start.astimezone(UTC)


@dataclass(frozen=True)
class _Derived:
    default_limits: QueueLimits
    limits: dict[str, QueueLimits]
    budget: Budget
    timeouts: TimeoutPolicy
    retries: RetryPolicy


# What a listener is told changed: a subset of these names.
LIMITS, BUDGET, TIMEOUTS, RETRIES = "limits", "budget", "timeouts", "retries"
RuntimeListener = Callable[[frozenset[str]], None]


class RuntimeSettings:
    """Call ``refresh()`` when the settings or the connections changed (``Services`` does);
    listeners run on the thread that called it."""

    def __init__(self, settings: Callable[[], Settings],
                 connections: Callable[[], list[ConnectionConfig]]) -> None:
        self._settings = settings
        self._connections = connections
        self._window_seconds = RATE_WINDOW_SECONDS
        self._listeners: list[RuntimeListener] = []
        self._lock = threading.Lock()  # saves happen on worker threads
        self._derived = self._derive()

    # ------------------------------------------------------------ what is used
    def queue_limits(self, connection: str) -> QueueLimits:
        derived = self._derived
        return derived.limits.get(connection, derived.default_limits)

    @property
    def budget(self) -> Budget:
        return self._derived.budget

    @property
    def timeouts(self) -> TimeoutPolicy:
        return self._derived.timeouts

    @property
    def retries(self) -> RetryPolicy:
        return self._derived.retries

    @property
    def rate_window_seconds(self) -> float:
        """The "minute" of requests per minute; tests shorten it."""
        return self._window_seconds

    @rate_window_seconds.setter
    def rate_window_seconds(self, seconds: float) -> None:
        self._window_seconds = seconds
        self.refresh()

    # ------------------------------------------------------------------ events
    def subscribe(self, listener: RuntimeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: RuntimeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def refresh(self) -> None:
        with self._lock:
            old, new = self._derived, self._derive()
            self._derived = new
        changed = frozenset(name for name, same in (
            (LIMITS, (old.default_limits, old.limits) == (new.default_limits, new.limits)),
            (BUDGET, old.budget == new.budget), (TIMEOUTS, old.timeouts == new.timeouts),
            (RETRIES, old.retries == new.retries)) if not same)
        if changed:
            for listener in list(self._listeners):
                listener(changed)

    # -------------------------------------------------------------- the rules
    def _derive(self) -> _Derived:
        settings = self._settings()
        queue, network = settings.queue, settings.network
        default = QueueLimits(queue.concurrency, queue.requests_per_minute, self._window_seconds)
        # A connection's own limits win; None means "the queue's setting".
        limits = {c.name: QueueLimits(
                      c.concurrency if c.concurrency is not None else default.concurrency,
                      c.requests_per_minute if c.requests_per_minute is not None
                      else default.requests_per_minute, self._window_seconds)
                  for c in self._connections()}
        return _Derived(
            default_limits=default, limits=limits,
            budget=Budget(settings.budget.limit_usd, settings.budget.period),
            timeouts=TimeoutPolicy(per_size=network.timeouts_by_size(),
                                   connect=network.connect_timeout),
            retries=RetryPolicy(max_attempts=network.max_attempts,
                                base_delay=network.retry_base_delay))
