"""Why the GUI loop stalled: its own work, waiting for a CPU, or waiting for the GIL.

On a shared machine a stall of the event loop may be no fault of the app: the kernel gave the
CPU to another process. Linux's per-thread ``schedstat`` (run time, time spent runnable but
waiting for a CPU) tells these apart. For each loop turn that came late, the lateness splits
into: running (the GUI thread's own work), waiting for a CPU (others' load), and the rest
(blocked: the interpreter lock held by a worker thread, or I/O).
"""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path


def _schedstat(path: Path) -> tuple[float, float] | None:
    try:
        running, waiting, _ = path.read_text().split()
    except (OSError, ValueError):
        return None
    return int(running) / 1e9, int(waiting) / 1e9


@dataclass
class Stall:
    seconds: float
    running: float
    waiting_for_cpu: float

    @property
    def blocked(self) -> float:
        return max(0.0, self.seconds - self.running - self.waiting_for_cpu)


@dataclass
class StallCauses:
    interval: float = 0.001
    threshold: float = 0.016  # later than a frame
    stalls: list[Stall] = field(default_factory=list)
    collections: list[tuple[int, float, str]] = field(default_factory=list)  # gen, s, thread
    _task: asyncio.Task | None = None
    _gc_started: float = 0.0

    def start(self, watch_stacks: bool = False) -> StallCauses:
        """``watch_stacks``: a watchdog thread notes where the GUI thread (and the others)
        are when the loop has not turned for 50 ms (``stacks``)."""
        self._path = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
        self._task = asyncio.ensure_future(self._run())
        gc.callbacks.append(self._on_gc)
        self._tick = time.perf_counter()
        self._gui_thread = threading.get_ident()
        self.stacks: list[tuple[float, str]] = []
        self._watching = watch_stacks
        if watch_stacks:
            threading.Thread(target=self._watch, name="stall-watch", daemon=True).start()
        return self

    def _watch(self) -> None:
        noted_for = 0.0
        while self._watching:
            time.sleep(0.01)
            late = time.perf_counter() - self._tick
            if late > 0.05 and noted_for != self._tick:
                noted_for = self._tick
                frames = sys._current_frames()
                text = []
                for ident, frame in frames.items():
                    name = next((t.name for t in threading.enumerate() if t.ident == ident), "?")
                    if ident == threading.get_ident():
                        continue
                    lines = traceback.format_stack(frame, limit=6 if ident == self._gui_thread else 3)
                    text.append(f"--- {'GUI' if ident == self._gui_thread else name}\n" + "".join(lines))
                self.stacks.append((late, "\n".join(text)))

    def _on_gc(self, phase: str, info: dict) -> None:
        # Garbage collection holds the GIL throughout, in whichever thread triggered it.
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            took = time.perf_counter() - self._gc_started
            if took > 0.005:
                self.collections.append((info["generation"], took, threading.current_thread().name))

    async def _run(self) -> None:
        while True:
            before, sched_before = time.perf_counter(), _schedstat(self._path)
            self._tick = before
            await asyncio.sleep(self.interval)
            lag = time.perf_counter() - before - self.interval
            sched_after = _schedstat(self._path)
            if lag > self.threshold and sched_before and sched_after:
                self.stalls.append(Stall(lag, sched_after[0] - sched_before[0],
                                         sched_after[1] - sched_before[1]))

    async def stop(self) -> None:
        self._watching = False
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def worst_not_waiting_for_cpu(self) -> float:
        """The largest stall less the time the GUI thread waited for a CPU: what the app's
        own work and its worker threads (the GIL) cost, with the machine's load taken out."""
        return max((s.seconds - s.waiting_for_cpu for s in self.stalls), default=0.0)

    def summary(self) -> str:
        collected = ""
        if self.collections:
            gen, took, thread = max(self.collections, key=lambda c: c[1])
            collected = (f"; {len(self.collections)} garbage collections over 5 ms, the longest "
                         f"{took * 1000:.0f} ms (generation {gen}, in thread {thread})")
        if not self.stalls:
            return "no stall over a frame" + collected
        worst = max(self.stalls, key=lambda s: s.seconds)
        own = max(self.stalls, key=lambda s: s.seconds - s.waiting_for_cpu)
        return (f"{len(self.stalls)} stalls over {self.threshold * 1000:.0f} ms; the largest: "
                f"{_describe(worst)}; the largest less its wait for a CPU: {_describe(own)}"
                + collected)


def _describe(stall: Stall) -> str:
    return (f"{stall.seconds * 1000:.0f} ms = running {stall.running * 1000:.0f} + waiting for a "
            f"CPU {stall.waiting_for_cpu * 1000:.0f} + blocked (GIL or I/O) "
            f"{stall.blocked * 1000:.0f}")
