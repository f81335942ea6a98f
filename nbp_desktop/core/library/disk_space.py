"""Room for a result before its request is sent: an answer that cannot be saved was paid for."""

from __future__ import annotations

import shutil
from pathlib import Path

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.library import LibraryText

# Bytes one saved result takes (the original as Google sends it, its sidecar and thumbnail),
# by output size, with room to spare: a 4K PNG is 20-30 MB.
_RESULT_BYTES = {"1K": 3 * 2**20, "2K": 10 * 2**20, "4K": 32 * 2**20}
_DATABASE_ROOM = 4 * 2**20  # the journal's own writes


def room_needed(size: str, images: int = 1) -> int:
    return images * _RESULT_BYTES.get(size, max(_RESULT_BYTES.values())) + _DATABASE_ROOM


def ensure_room_for_result(folder: Path, size: str, images: int = 1) -> None:
    """Refuse, before anything is sent (so nothing is billed), a job whose result will not fit."""
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent  # the library folder is made on the first save
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        return  # the save itself will say what is wrong
    needed = room_needed(size, images)
    if free < needed:
        raise NbpError(ErrorKind.DISK, LibraryText.tr(
            "There is not enough free space for this image in {folder}: about {needed} is needed and "
            "{free} is free. Nothing was sent. Free some space, then run the job again.").format(
                folder=folder, needed=f"{needed / 2**20:.0f} MB", free=f"{free / 2**20:.1f} MB"))
