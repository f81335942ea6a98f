"""Benchmark: why worker threads run at the GUI thread's priority (core/background_threads.py).

The main thread wakes every millisecond (as the GUI loop does) while one worker thread runs
Python code and three other processes keep the CPUs busy (as other programs on a loaded
machine do). With the worker at nice 10, the kernel often preempts it while it holds the
interpreter lock and then runs it rarely, and the main thread waits for the lock all that
time; at nice 0 only the machine's load remains.

Run: .venv/bin/python tests/benchmarks/gil_priority_inversion.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

SECONDS = 6
LOAD_PROCESSES = 3


def largest_gaps(worker_nice: int) -> tuple[float, float]:
    """(largest, 99th percentile) lateness of the main thread's 1 ms wake-ups, in seconds."""
    load = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(LOAD_PROCESSES)]
    stop = threading.Event()

    def worker() -> None:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), worker_nice)
        while not stop.is_set():
            sum(i * i for i in range(2000))

    thread = threading.Thread(target=worker)
    thread.start()
    gaps, last = [], time.perf_counter()
    end = last + SECONDS
    try:
        while last < end:
            time.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last - 0.001)
            last = now
    finally:
        stop.set()
        thread.join()
        for process in load:
            process.kill()
            process.wait()
    gaps.sort()
    return gaps[-1], gaps[int(len(gaps) * 0.99)]


def main() -> None:
    if not sys.platform.startswith("linux"):
        print("Linux only (per-thread nice values).")
        return
    sys.setswitchinterval(0.001)  # as the app (core/loop_lag.py)
    print(f"Main thread's 1 ms wake-ups while a worker thread runs Python code and {LOAD_PROCESSES} "
          f"other processes keep the CPUs busy ({SECONDS} s each):")
    for nice in (10, 0, 10, 0):
        worst, p99 = largest_gaps(nice)
        print(f"   worker at nice {nice:2}: largest stall {worst * 1000:5.0f} ms, p99 {p99 * 1000:5.1f} ms")


if __name__ == "__main__":
    main()
