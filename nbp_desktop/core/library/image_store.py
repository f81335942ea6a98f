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
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from nbp_desktop.core.atomic_write import write_atomically
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.image_types import EXTENSIONS
from nbp_desktop.core.generation.result import GeneratedImage

LIBRARY_FOLDER = "library"
SIDECAR_SUFFIX = ".json"


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


def new_image_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
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


    def save(self, image: GeneratedImage, metadata: dict, image_id: str | None = None,
             created: datetime | None = None) -> StoredImage:
        """Blocking (hashing, fsync); async callers run it in a worker thread."""
        created = created or datetime.now(timezone.utc)
        image_id = image_id or new_image_id(created)
        folder = self.root / f"{created:%Y}" / f"{created:%m}" / f"{created:%d}"
        image_path = folder / f"{image_id}{EXTENSIONS.get(image.mime, '.bin')}"
        sidecar_path = folder / f"{image_id}{SIDECAR_SUFFIX}"
        digest = hashlib.sha256(image.data).hexdigest()
        sidecar = {
            "id": image_id,
            "created": created.isoformat(),
            "image_file": image_path.name,
            "sha256": digest,
            "mime": image.mime,
            "declared_mime": image.declared_mime,
            "width": image.width,
            "height": image.height,
            "bytes": len(image.data),
            "thought_signature": image.thought_signature,
            **metadata,
        }
        try:
            write_atomically(image_path, image.data)
            write_atomically(sidecar_path,
                             json.dumps(sidecar, indent=2, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:
            raise _disk_error(exc, folder) from None
        return StoredImage(image_id=image_id, image_path=image_path, sidecar_path=sidecar_path,
                           sha256=digest, mime=image.mime, width=image.width,
                           height=image.height, size_bytes=len(image.data))

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

    def sidecars(self, skip_ids: set[str] | frozenset[str] = frozenset()) -> list[dict]:
        """Every image's sidecar (with ``image_path`` added) but those of ``skip_ids``, oldest
        first: the library as the files describe it, independent of the database."""
        entries = []
        wanted = [path for image_id, path in self.sidecar_paths().items() if image_id not in skip_ids]
        for sidecar in map(Path, sorted(wanted)):
            try:
                data = json.loads(sidecar.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if not isinstance(data, dict) or "image_file" not in data:
                continue
            image_path = sidecar.with_name(data["image_file"])
            data["image_path"] = str(image_path)
            data["missing"] = not image_path.exists()
            entries.append(data)
        entries.sort(key=lambda d: (d.get("created", ""), d.get("id", "")))
        return entries


def read_sidecar(image_path: Path) -> dict:
    """The sidecar of a library image; {} when it is missing or unreadable (callers show what
    the database knows instead)."""
    try:
        data = json.loads(Path(image_path).with_suffix(SIDECAR_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _disk_error(exc: OSError, folder: Path) -> NbpError:
    if exc.errno == errno.ENOSPC:
        sentence = f"The disk is full, so the image could not be saved in {folder}. Free some space."
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        sentence = f"The library folder {folder} cannot be written to (permission denied or read-only)."
    else:
        sentence = f"The image could not be saved in {folder}."
    return NbpError(ErrorKind.DISK, sentence, detail=f"{type(exc).__name__}: {exc}")
