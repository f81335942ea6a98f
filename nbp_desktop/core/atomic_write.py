"""Crash-safe file writes: a crash or power loss leaves either the old file or the new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def normal_file_mode() -> int:
    """The permissions a new file of this user gets (0666 less the umask): what other programs
    expect of an exported file. The temp files below are created 0600."""
    return 0o666 & ~_UMASK


def _read_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it; set straight back
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # once, at import: changing the umask is process-wide


def write_atomically(path: Path, data: bytes, durable: bool = True, mode: int | None = None) -> None:
    """Write to a temp file in the same folder, fsync it, then rename it over ``path``.
    ``durable=False`` skips the fsync (still atomic): for exports, which can be made again,
    unlike the originals Google sent. ``mode``: the file's permissions (else 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
