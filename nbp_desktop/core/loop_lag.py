"""Measures how long the event loop is kept from running (a stall freezes the GUI).

A task asks to wake every ``interval`` seconds and records how late it woke. Used by the
benchmarks, and by the app's debug lag monitor."""

from __future__ import annotations

import asyncio
import sys
import time

# How often a thread that holds the GIL must offer it to a waiting thread. CPython's default
# is 5 ms; with decode work in worker threads the event loop (the GUI thread) can wait
# several such turns. 1 ms keeps the largest stall well under a frame budget.
EVENT_LOOP_SWITCH_INTERVAL = 0.001


def favour_event_loop() -> None:
    """Let the event-loop thread get the GIL back sooner from busy worker threads."""
    sys.setswitchinterval(EVENT_LOOP_SWITCH_INTERVAL)


class LagMonitor:
    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.samples: list[float] = []
        self.stalls: list[tuple[float, float]] = []  # (perf_counter when it ended, seconds) > 30 ms
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(self.interval)
            now = time.perf_counter()
            lag = max(0.0, now - before - self.interval)
            self.samples.append(lag)
            if lag > 0.03:
                self.stalls.append((now, lag))

    def start(self) -> LagMonitor:
        self._task = asyncio.ensure_future(self._run())
        return self

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    @property
    def worst(self) -> float:
        return max(self.samples, default=0.0)

    def percentile(self, fraction: float) -> float:
        if not self.samples:
            return 0.0
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]
