"""Deleting to the operating system's trash (Recycle Bin, Finder Trash, freedesktop Trash)
and putting files back for undo. Nothing in the gallery deletes a file for good."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QFile

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.sidecar import sidecar_path
from nbp_desktop.qt.gallery import GalleryText


def move_to_trash(data_dir: Path, records: list[ImageRecord]) -> tuple[dict[str, dict[str, str]], NbpError | None]:
    """Blocking. Moves each image and its sidecar to the trash. Returns {image id: {path in the
    library: path in the trash}} for what moved, and the error that stopped it, if any."""
    moved: dict[str, dict[str, str]] = {}
    for record in records:
        image = Path(data_dir) / record.path
        files: dict[str, str] = {}
        for path in (image, sidecar_path(image)):
            if not path.exists():
                continue
            file = QFile(str(path))
            if not file.moveToTrash():
                if files:
                    moved[record.id] = files
                return moved, NbpError(
                    ErrorKind.DISK, GalleryText.tr("“{name}” could not be moved to the trash, so it was not "
                                                   "deleted. The folder may be read-only, or this drive has "
                                                   "no trash.").format(name=path.name),
                    detail=str(path))
            files[path.relative_to(data_dir).as_posix()] = file.fileName()  # now its place in the trash
        moved[record.id] = files
    return moved, None


def restore_from_trash(data_dir: Path, files: dict[str, str]) -> list[str]:
    """Blocking. Puts files back where they were; returns the ones that could not come back
    (emptied from the trash meanwhile, or a new file in their place)."""
    failed = []
    for relative, in_trash in files.items():
        target = Path(data_dir) / relative
        source = Path(in_trash)
        if target.exists() or not source.exists():
            failed.append(relative)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(source), str(target))
        info = source.parent.parent / "info" / f"{source.name}.trashinfo"  # freedesktop trash
        if source.parent.name == "files" and info.exists():
            with contextlib.suppress(OSError):
                os.remove(info)
    return failed
