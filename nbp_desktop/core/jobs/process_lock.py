"""Which process runs which job: each engine holds an OS file lock for its lifetime.

A job records the lock name of the process that runs it. At start-up, recovery treats a
running job as interrupted only when its owner's lock can be taken, i.e. that process is
gone (the OS releases the lock even on SIGKILL or power loss). So opening the library from
the command line never disturbs jobs the GUI is running at that moment.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from pathlib import Path

LOCK_FOLDER = "locks"


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


class ProcessLock:
    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / LOCK_FOLDER
        self.folder.mkdir(parents=True, exist_ok=True)
        self.name = f"{os.getpid()}-{secrets.token_hex(4)}"
        self._fd: int | None = os.open(self.folder / f"{self.name}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(self._fd):  # a fresh random name: cannot be held by anyone else
            raise RuntimeError("could not lock a new lock file")

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            with contextlib.suppress(OSError):
                (self.folder / f"{self.name}.lock").unlink()


def owner_is_alive(data_dir: Path, name: str | None, own: ProcessLock | None = None) -> bool:
    """True while the process that holds lock ``name`` is running."""
    if not name:
        return False
    if own is not None and name == own.name:
        return True
    path = Path(data_dir) / LOCK_FOLDER / f"{name}.lock"
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        held = not _try_lock(fd)
    finally:
        os.close(fd)
    if not held:
        with contextlib.suppress(OSError):
            path.unlink()  # the owner is gone; tidy its lock file
    return held


def other_engines_alive(data_dir: Path, own: ProcessLock | None) -> bool:
    """Whether another process is running jobs on this library right now."""
    folder = Path(data_dir) / LOCK_FOLDER
    if not folder.exists():
        return False
    return any(owner_is_alive(data_dir, path.stem, own)
               for path in folder.glob("*.lock") if own is None or path.stem != own.name)
