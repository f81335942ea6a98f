"""Worker threads for background work (decoding, saving, thumbnails) at a lower OS priority.

With two cores and several busy workers (much of it GIL-free C code), the GUI thread used to
wait for a CPU and the window stalled for 100 ms and more while 4K results arrived. Lowering
the workers' priority lets the scheduler run the GUI thread first; throughput is unchanged
when nothing else wants the CPU. Linux sets a per-thread nice value; elsewhere this is a no-op.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

BACKGROUND_NICE = 10


def lower_current_thread_priority() -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)


def background_executor(max_workers: int, name: str) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix=name,
                              initializer=lower_current_thread_priority)
