"""The library index: what the database knows of each image (its row in ``images``), kept in
step with the files and their sidecars. The gallery's listings, marks and boards build on it
(gallery_index.py); the job journal indexes a job's images through it, in its own transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from nbp_desktop.core.catalog import size_and_ratio_of
from nbp_desktop.core.library.database import LibraryDatabase
from nbp_desktop.core.library.sidecar import Sidecar


@dataclass
class ImageRecord:
    id: str
    job_id: str | None
    path: str  # relative to the data dir, so a copied library still works
    sha256: str
    mime: str
    width: int
    height: int
    bytes: int
    created: str
    prompt: str | None = None
    model: str | None = None
    connection: str | None = None
    cost: float | None = None
    parent_id: str | None = None
    role: str = "result"  # result | grid | tile
    size: str | None = None  # 1K / 2K / 4K
    aspect_ratio: str | None = None
    model_text: str | None = None  # the model's text reply, searchable
    flag: int = 0  # 1 pick, -1 reject
    rating: int = 0  # 0-5 stars
    label: int = 0  # 0 none, 1-4 colour labels (keys 6-9)
    trashed: str | None = None  # JSON {original: path in trash} while deleted and undoable

    @classmethod
    def of_sidecar(cls, sidecar: Sidecar, path: str, sha256: str, size_bytes: int) -> ImageRecord:
        """An image's index row as its sidecar describes it (``path`` relative to the data dir).
        A grid tile's size and ratio come from its own pixels, its cost is the grid's."""
        whole = sidecar.role != "tile"
        return cls(id=sidecar.id, job_id=sidecar.job_id, path=path, sha256=sha256,
                   mime=sidecar.mime or "application/octet-stream", width=int(sidecar.width or 0),
                   height=int(sidecar.height or 0), bytes=size_bytes, created=sidecar.created,
                   prompt=sidecar.request.prompt, model=sidecar.model,
                   connection=sidecar.connection.name or None,
                   cost=sidecar.cost_usd if whole else None, parent_id=sidecar.parent_id,
                   role=sidecar.role, size=sidecar.request.size if whole else None,
                   aspect_ratio=sidecar.request.aspect_ratio if whole else None,
                   model_text=sidecar.result.text or None)

    def __post_init__(self) -> None:
        if (self.size is None or self.aspect_ratio is None) and self.width and self.height:
            size, ratio = size_and_ratio_of(self.width, self.height)
            self.size, self.aspect_ratio = self.size or size, self.aspect_ratio or ratio


class LibraryIndex:
    """The ``images`` table's queries (boards and search: GalleryIndex)."""

    def __init__(self, database: LibraryDatabase) -> None:
        self.database = database

    @property
    def data_dir(self) -> Path:
        return self.database.data_dir

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @staticmethod
    def insert_images(db: sqlite3.Connection, images: list[ImageRecord]) -> None:
        """Within a caller's transaction (the journal's, when a job succeeds)."""
        # An upsert, not INSERT OR REPLACE: indexing an image again keeps its rowid (the search
        # index follows by trigger) and the user's stars, flags, labels and boards.
        db.executemany(
            "INSERT INTO images (id, job_id, path, sha256, mime, width, height, bytes, created,"
            " prompt, model, connection, cost, parent_id, role, size, aspect_ratio, model_text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " job_id=excluded.job_id, path=excluded.path, sha256=excluded.sha256, mime=excluded.mime,"
            " width=excluded.width, height=excluded.height, bytes=excluded.bytes,"
            " created=excluded.created, prompt=excluded.prompt, model=excluded.model,"
            " connection=excluded.connection, cost=excluded.cost, parent_id=excluded.parent_id,"
            " role=excluded.role, size=excluded.size, aspect_ratio=excluded.aspect_ratio,"
            " model_text=excluded.model_text",
            [(image.id, image.job_id, image.path, image.sha256, image.mime, image.width,
              image.height, image.bytes, image.created, image.prompt, image.model,
              image.connection, image.cost, image.parent_id, image.role, image.size,
              image.aspect_ratio, image.model_text) for image in images])

    def add_images(self, images: list[ImageRecord]) -> None:
        """Index images; on a read-only library this completes its in-memory copy only."""
        with self.database.transaction(in_memory_copy=self.read_only) as db:
            self.insert_images(db, images)

    def images(self) -> list[ImageRecord]:
        """Every image in the library, oldest first (not those in the trash)."""
        return [ImageRecord(**dict(row)) for row in
                self.database.query("SELECT * FROM images WHERE trashed IS NULL ORDER BY created, id")]

    def image(self, image_id: str) -> ImageRecord | None:
        rows = self.database.query("SELECT * FROM images WHERE id=?", (image_id,))
        return ImageRecord(**dict(rows[0])) if rows else None

    def image_ids(self) -> set[str]:
        return {r[0] for r in self.database.query("SELECT id FROM images")}

    def records(self, image_ids: list[str]) -> list[ImageRecord]:
        """The rows of these images, in the order asked (unknown ids are left out)."""
        if not image_ids:
            return []
        marks = ",".join("?" * len(image_ids))
        found = {r["id"]: ImageRecord(**dict(r)) for r in self.database.query(
            f"SELECT * FROM images WHERE id IN ({marks})", tuple(image_ids))}
        return [found[i] for i in image_ids if i in found]

    def image_ids_by_job(self, job_id: str | None = None) -> dict[str, list[str]]:
        """Job id -> its images' ids, oldest first (of one job, or of all)."""
        where, args = ("job_id = ?", (job_id,)) if job_id is not None else ("job_id IS NOT NULL", ())
        out: dict[str, list[str]] = {}
        for row in self.database.query(f"SELECT id, job_id FROM images WHERE {where} ORDER BY created, id", args):
            out.setdefault(row["job_id"], []).append(row["id"])
        return out

    def path_of(self, *, sha256: str | None = None, image_id: str | None = None) -> str | None:
        """The stored path of the image with these bytes (or this id), if the library has it."""
        if sha256 is not None:
            rows = self.database.query("SELECT path FROM images WHERE sha256 = ? LIMIT 1", (sha256,))
        else:
            rows = self.database.query("SELECT path FROM images WHERE id = ?", (image_id,))
        return rows[0][0] if rows else None

    def trashed_records(self) -> list[ImageRecord]:
        """Images deleted to the OS trash (their ``trashed`` says where the files went)."""
        return [ImageRecord(**dict(r)) for r in
                self.database.query("SELECT * FROM images WHERE trashed IS NOT NULL")]
