"""A small disk for full-disk and read-only cases: a tmpfs of a given size mounted on a test
folder (root, as in CI). Where mounting is not possible the test gets ``None`` and uses its
stand-in (a write that raises ENOSPC or EROFS) instead."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


def can_mount() -> bool:
    if os.environ.get("NBP_TEST_NO_MOUNT"):  # to run the stand-ins on purpose
        return False
    return sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str) -> Iterator[Path | None]:
    """``folder`` as a tmpfs of ``size`` (e.g. "40m"); ``None`` if it cannot be mounted."""
    folder.mkdir(parents=True, exist_ok=True)
    if not can_mount():
        yield None
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        yield None
        return
    try:
        yield folder
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(folder)], capture_output=True)
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def make_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


def fill(folder: Path, leave_bytes: int = 0) -> None:
    """Fill the file system of ``folder`` up to ``leave_bytes`` of free space."""
    import shutil

    free = shutil.disk_usage(folder).free
    with open(folder / ".filler", "wb", buffering=0) as fh:
        remaining = free - leave_bytes
        block = b"\0" * 2**20
        try:
            while remaining > 0:
                fh.write(block[:min(len(block), remaining)])
                remaining -= len(block)
            fh.flush()
        except OSError:
            pass  # full
