"""Where a generated image becomes a file on disk.

Originals are kept byte-exact as Google sent them, under ``<data dir>/library/YYYY/MM/DD/``,
each with a JSON sidecar holding everything needed to understand and recall it (parameters,
model, connection name but never its secret, usage, cost, timings, thought signatures). The
sidecar makes a copied library folder self-describing. Writes are atomic: temp file, fsync,
rename; the image first, then its sidecar.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from nbp_desktop.core.atomic_write import write_atomically
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.library import LibraryText
from nbp_desktop.core.generation.image_types import EXTENSIONS
from nbp_desktop.core.generation.result import GeneratedImage
from nbp_desktop.core.library.sidecar import SIDECAR_SUFFIX, Sidecar, read_sidecar_file, write_sidecar

LIBRARY_FOLDER = "library"


@dataclass(frozen=True)
class StoredImage:
    image_id: str
    image_path: Path
    sidecar_path: Path
    sha256: str
    mime: str
    width: int
    height: int
    size_bytes: int
    sidecar: Sidecar


def new_image_id(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(4)}"


class ImageStore:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.root = self.data_dir / LIBRARY_FOLDER

    def relative(self, path: Path) -> str:
        """Paths in the index are relative to the data dir, so a copied library still works."""
        return Path(path).relative_to(self.data_dir).as_posix()

    def find(self, image_id: str) -> tuple[Path | None, Path | None]:
        """(image file, sidecar) for an id, wherever its dated folder is; None where absent."""
        image = sidecar = None
        for path in self.root.rglob(f"{image_id}.*"):
            if path.name.startswith("."):
                continue
            if path.suffix == SIDECAR_SUFFIX:
                sidecar = path
            else:
                image = path
        return image, sidecar


    def save(self, image: GeneratedImage, sidecar: Sidecar, image_id: str | None = None,
             created: datetime | None = None) -> StoredImage:
        """Blocking (hashing, fsync); async callers run it in a worker thread. ``sidecar``
        describes how the image was made; the file facts are filled in here."""
        created = created or datetime.now(UTC)
        image_id = image_id or new_image_id(created)
        folder = self.root / f"{created:%Y}" / f"{created:%m}" / f"{created:%d}"
        image_path = folder / f"{image_id}{EXTENSIONS.get(image.mime, '.bin')}"
        digest = hashlib.sha256(image.data).hexdigest()
        described = replace(sidecar, id=image_id, created=created.isoformat(), image_file=image_path.name,
                            sha256=digest, mime=image.mime, declared_mime=image.declared_mime,
                            width=image.width, height=image.height, bytes=len(image.data),
                            thought_signature=image.thought_signature)
        try:
            write_atomically(image_path, image.data)
            sidecar_path = write_sidecar(image_path, described)
        except OSError as exc:
            raise _disk_error(exc, folder) from None
        return StoredImage(image_id=image_id, image_path=image_path, sidecar_path=sidecar_path,
                           sha256=digest, mime=image.mime, width=image.width,
                           height=image.height, size_bytes=len(image.data), sidecar=described)

    def sidecar_paths(self) -> dict[str, str]:
        """Image id -> sidecar path, from file names alone (fast: nothing is opened)."""
        found: dict[str, str] = {}
        folders = [str(self.root)] if self.root.exists() else []
        while folders:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
                    elif entry.name.endswith(SIDECAR_SUFFIX) and not entry.name.startswith("."):
                        found[entry.name[:-len(SIDECAR_SUFFIX)]] = entry.path
        return found

    def sidecars(self, skip_ids: set[str] | frozenset[str] = frozenset()) -> list[tuple[Sidecar, Path]]:
        """Every image's sidecar with its image's path, but those of ``skip_ids``, oldest
        first: the library as the files describe it, independent of the database."""
        entries = []
        wanted = [path for image_id, path in self.sidecar_paths().items() if image_id not in skip_ids]
        for path in map(Path, sorted(wanted)):
            sidecar = read_sidecar_file(path)
            if sidecar is None or not sidecar.image_file:
                continue
            entries.append((sidecar, path.with_name(sidecar.image_file)))
        entries.sort(key=lambda entry: (entry[0].created, entry[0].id))
        return entries


def _disk_error(exc: OSError, folder: Path) -> NbpError:
    if exc.errno == errno.ENOSPC:
        sentence = LibraryText.tr("The disk is full, so the image could not be saved in {folder}. Free "
                                  "some space.").format(folder=folder)
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        sentence = LibraryText.tr("The library folder {folder} cannot be written to (permission denied "
                                  "or read-only).").format(folder=folder)
    else:
        sentence = LibraryText.tr("The image could not be saved in {folder}.").format(folder=folder)
    return NbpError(ErrorKind.DISK, sentence, detail=f"{type(exc).__name__}: {exc}")
