"""What the app's threads did, and which one held the interpreter lock, while the GUI loop stalled.

A watchdog inside the process cannot answer this: it needs the GIL to look, so it runs only
after whoever held the lock let go. So the loop writes a heartbeat (the monotonic clock, shared
by all processes) into a small shared file at every turn, and a separate process watches it.
When the heartbeat is 10 ms old it notes every thread's CPU time and wait for a CPU (Linux
``/proc/PID/task/TID/schedstat``), and again when the loop turns: for a stall over
``threshold`` it writes which threads ran and waited meanwhile. With ``dump`` it also runs
``py-spy dump --nonblocking`` on the app mid-stall (py-spy reads the process's memory from
outside and marks the thread holding the GIL ``+gil``; a test tool, in the ``test`` extra).

Used by the benchmarks with ``NBP_BENCH_PYSPY=1`` (threads) or ``NBP_BENCH_PYSPY=dump``.
"""

from __future__ import annotations

import asyncio
import mmap
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

_FORMAT = "d"


class Heartbeat:
    """The app's side: the loop's last turn, written to a shared file."""

    def __init__(self, threshold: float = 0.03, dump: bool = False) -> None:
        self.threshold = threshold
        self.dump = dump
        folder = Path(tempfile.mkdtemp(prefix="nbp-stalls-"))
        self.beat_path = folder / "beat"
        self.beat_path.write_bytes(struct.pack(_FORMAT, time.monotonic()))
        self.dumps_path = folder / "dumps.txt"
        self._file = open(self.beat_path, "r+b")  # noqa: SIM115 - held for the run
        self._map = mmap.mmap(self._file.fileno(), struct.calcsize(_FORMAT))
        self._task: asyncio.Task[None] | None = None
        self._watcher: subprocess.Popen[bytes] | None = None

    def start(self) -> Heartbeat:
        py_spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
        if py_spy is None:
            raise RuntimeError("py-spy is missing: pip install py-spy (the test extra has it)")
        self._watcher = subprocess.Popen([sys.executable, __file__, str(os.getpid()), str(self.beat_path),
                                          str(self.dumps_path), str(self.threshold),
                                          py_spy if self.dump else ""])
        self._task = asyncio.ensure_future(self._beat())
        return self

    async def _beat(self) -> None:
        while True:
            self._map[:] = struct.pack(_FORMAT, time.monotonic())
            await asyncio.sleep(0.001)

    async def stop(self) -> str:
        """Stops watching; the dumps taken, as text."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._watcher is not None:
            self._watcher.terminate()
            self._watcher.wait(10)
        self._map.close()
        self._file.close()
        text = self.dumps_path.read_text() if self.dumps_path.exists() else ""
        names = {str(t.native_id): t.name for t in threading.enumerate()}
        return re.sub(r"\btid (\d+) \[[^]]*\]", lambda m: names.get(m.group(1), m.group(0)), text)


def _schedstats(pid: int) -> dict[str, tuple[float, float]]:
    """tid -> (seconds run, seconds waited for a CPU) of every thread of ``pid``."""
    found = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            run, wait, _ = (task / "schedstat").read_text().split()
        except (OSError, ValueError):
            continue
        found[task.name] = (int(run) / 1e9, int(wait) / 1e9)
    return found


def _threads_during(pid: int, before: dict[str, tuple[float, float]],
                    after: dict[str, tuple[float, float]]) -> str:
    rows = []
    for tid, (run, wait) in after.items():
        run0, wait0 = before.get(tid, (run, wait))
        ran, waited = (run - run0) * 1000, (wait - wait0) * 1000
        if ran >= 1 or waited >= 1:
            try:  # threads Python did not start (Qt's) are known by their OS name
                comm = Path(f"/proc/{pid}/task/{tid}/comm").read_text().strip()
            except OSError:
                comm = "?"
            rows.append((ran, f"tid {tid} [{comm}] ran {ran:.0f} ms, waited for a CPU {waited:.0f} ms"))
    return "; ".join(text for _ran, text in sorted(rows, reverse=True)) or "no thread ran"


def watch(pid: int, beat_path: Path, dumps_path: Path, threshold: float, py_spy: str) -> None:
    """The watcher process: per stall longer than ``threshold``, what each thread did."""
    with open(beat_path, "rb") as beat_file, open(dumps_path, "a") as dumps:
        beat = mmap.mmap(beat_file.fileno(), struct.calcsize(_FORMAT), access=mmap.ACCESS_READ)
        while True:
            time.sleep(0.002)
            (last,) = struct.unpack(_FORMAT, beat[:])
            if time.monotonic() - last < 0.01:
                continue
            before = _schedstats(pid)
            dumped = ""
            while True:
                time.sleep(0.001)
                (now_last,) = struct.unpack(_FORMAT, beat[:])
                if now_last != last:
                    break
                if py_spy and not dumped and time.monotonic() - last > threshold:
                    taken = subprocess.run([py_spy, "dump", "--nonblocking", "--pid", str(pid)],
                                           capture_output=True, text=True)
                    dumped = _active_threads(taken.stdout or taken.stderr)
            lasted = now_last - last
            if lasted > threshold:
                dumps.write(f"=== loop stalled {lasted * 1000:.0f} ms; from 10 ms on: "
                            f"{_threads_during(pid, before, _schedstats(pid))}\n{dumped}\n")
                dumps.flush()


def _active_threads(dump: str) -> str:
    """The dump without idle threads (waiting on a queue or a lock is not holding anything)."""
    kept, keep = [], False
    for line in dump.splitlines():
        if line.startswith("Thread "):
            keep = "(idle)" not in line or "MainThread" in line
        elif line.startswith(("Process ", "Python ")) or not line.strip():
            continue
        if keep:
            kept.append(line)
    return "\n".join(kept)


if __name__ == "__main__":
    watch(int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[4]), sys.argv[5])
