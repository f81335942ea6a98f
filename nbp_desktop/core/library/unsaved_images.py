"""Answered images that could not be saved in the library (a full disk, a read-only folder)
are kept here instead, outside the library: Google has billed them, so they are never thrown
away. Each job gets a folder with the image files byte-exact and the sidecar each would have
had; the job's sentence says where it is.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from nbp_desktop.core import formatting
from nbp_desktop import APP_NAME
from nbp_desktop.core.atomic_write import write_atomically
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.library import LibraryText
from nbp_desktop.core.generation.image_types import EXTENSIONS
from nbp_desktop.core.generation.result import GeneratedImage
from nbp_desktop.core.library.sidecar import SIDECAR_SUFFIX, Sidecar, read_sidecar_file

FOLDER_NAME = "unsaved images"


def unsaved_images_folders() -> list[Path]:
    """Where unsaved images go, best first: ``NBP_UNSAVED_DIR``, the user's cache folder, the
    system's temp folder (often another file system than a full library disk)."""
    chosen = os.environ.get("NBP_UNSAVED_DIR")
    if chosen:
        return [Path(chosen).expanduser()]
    if sys.platform == "win32":
        cache = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_NAME
    elif sys.platform == "darwin":
        cache = Path.home() / "Library" / "Caches" / APP_NAME
    else:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_NAME
    return [cache / FOLDER_NAME, Path(tempfile.gettempdir()) / APP_NAME / FOLDER_NAME]


def keep_unsaved(job_id: str, images: list[GeneratedImage], sidecar: Sidecar) -> Path | None:
    """Write the images and their sidecars to the first folder that takes them; None if none
    does."""
    for base in unsaved_images_folders():
        folder = base / job_id
        try:
            for index, image in enumerate(images):
                name = f"{job_id}-{index + 1}"
                data_file = folder / f"{name}{EXTENSIONS.get(image.mime, '.bin')}"
                write_atomically(data_file, image.data)
                described = replace(sidecar, image_file=data_file.name, mime=image.mime,
                                    declared_mime=image.declared_mime, width=image.width,
                                    height=image.height, bytes=len(image.data),
                                    thought_signature=image.thought_signature)
                write_atomically(folder / f"{name}{SIDECAR_SUFFIX}",
                                 json.dumps(described.to_json(), indent=2, ensure_ascii=False,
                                            default=str).encode("utf-8"))
            return folder
        except OSError:
            continue
    return None


def unsaved_answer(job_id: str) -> tuple[list[GeneratedImage], Sidecar] | None:
    """The images (and the sidecar they share) kept for ``job_id``, if any: Run again saves
    these instead of paying for the request again."""
    for base in unsaved_images_folders():
        folder = base / job_id
        if not folder.is_dir():
            continue
        images: list[GeneratedImage] = []
        shared: Sidecar | None = None
        numbered = sorted(folder.glob(f"{job_id}-*{SIDECAR_SUFFIX}"),
                          key=lambda p: int(p.stem.rsplit("-", 1)[1])
                          if p.stem.rsplit("-", 1)[1].isdigit() else 0)
        try:
            for path in numbered:
                sidecar = read_sidecar_file(path)
                if sidecar is None or not sidecar.image_file:
                    raise ValueError(f"unreadable: {path.name}")
                images.append(GeneratedImage(
                    data=(folder / sidecar.image_file).read_bytes(), mime=sidecar.mime,
                    declared_mime=sidecar.declared_mime or sidecar.mime,
                    width=int(sidecar.width or 0), height=int(sidecar.height or 0),
                    thought_signature=sidecar.thought_signature))
                shared = shared or sidecar
        except (OSError, ValueError):
            continue  # damaged: left where it is for the user, and the job is sent again
        if images and shared is not None:
            return images, shared
    return None


def forget_unsaved(job_id: str) -> None:
    """Once the images are safely in the library."""
    for base in unsaved_images_folders():
        shutil.rmtree(base / job_id, ignore_errors=True)


def save_failure(exc: BaseException, library: Path) -> NbpError:
    """The sentence for a save that failed, before it says where the image went."""
    if isinstance(exc, NbpError):
        return exc
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC:
        sentence = LibraryText.tr("The disk is full, so the image could not be saved in {folder}."
                                  ).format(folder=library)
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        sentence = LibraryText.tr("The library folder {folder} cannot be written to (permission denied "
                                  "or read-only).").format(folder=library)
    else:
        sentence = LibraryText.tr("The image could not be saved in {folder}.").format(folder=library)
    return NbpError(ErrorKind.DISK, sentence, detail=f"{type(exc).__name__}: {exc}")


def with_whereabouts(error: NbpError, kept_in: Path | None, cost: float) -> NbpError:
    """The save failure, saying where the billed image is now."""
    first = error.message.rstrip(".")
    if kept_in is not None:
        where = LibraryText.tr("{failure}. The image Google made (billed {cost}) is kept in {folder}; "
                               "Run again saves it into the library without a new request.").format(
            failure=first, cost=formatting.money(cost), folder=kept_in)
    else:
        where = LibraryText.tr("{failure}. The image Google made (billed {cost}) could not be kept "
                               "anywhere else either.").format(failure=first, cost=formatting.money(cost))
    # Its charge was counted when the answer arrived: this error adds none.
    return NbpError(ErrorKind.DISK, where, detail=error.detail)
