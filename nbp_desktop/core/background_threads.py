"""Worker threads for background work (decoding, saving, reading credentials).

They run at the GUI thread's own OS priority, on purpose. They used to run at nice 10 so the
scheduler would run the GUI thread first, but a worker thread runs Python code between its
GIL-free C calls, and a low-priority thread that the kernel preempts while it holds the
interpreter lock keeps the GUI thread waiting for that lock until it is scheduled again. On a
busy machine that took 100-500 ms (stall dumps: the decode thread "ran 8 ms, waited for a CPU
132 ms" while the GUI thread was blocked 119 ms; tests/benchmarks/gil_priority_inversion.py
shows it in isolation). CPU-heavy work that holds no lock with the GUI runs in worker
processes at a lower priority instead (core/image_workers.py).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor


def background_executor(max_workers: int, name: str) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix=name)
