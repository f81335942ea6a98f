"""Where batch results enter the library: the original byte-exact with its sidecar (the row's
tags, the sheet's name, the batch id), the index row, and the sheet's board.

Image ids are derived from (batch, request key, image index), so ingesting the same result
twice writes the same files and the same index rows: never a second copy. Blocking.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.jobs.journal import ImageRecord, Journal
from nbp_desktop.core.library.gallery_index import GalleryIndex
from nbp_desktop.core.library.image_store import ImageStore, StoredImage
from nbp_desktop.core.generation.result import GeneratedImage


def batch_image_id(batch_id: str, key: str, index: int, created: datetime) -> str:
    digest = hashlib.sha256(f"{batch_id}/{key}/{index}".encode()).hexdigest()[:8]
    return f"{created:%Y%m%d-%H%M%S}-{digest}"


class LibrarySink:
    def __init__(self, store: ImageStore, journal: Journal) -> None:
        self.store = store
        self.journal = journal
        self.gallery = GalleryIndex(journal)
        self._boards: dict[str, int] = {}

    def save(self, image: GeneratedImage, metadata: dict, image_id: str,
             created: datetime) -> StoredImage:
        return self.store.save(image, metadata, image_id=image_id, created=created)

    def record(self, stored: StoredImage, metadata: dict) -> ImageRecord:
        return ImageRecord(
            id=stored.image_id, job_id=None, path=self.store.relative(stored.image_path),
            sha256=stored.sha256, mime=stored.mime, width=stored.width, height=stored.height,
            bytes=stored.size_bytes, created=datetime.now(timezone.utc).isoformat(),
            cost=metadata.get("cost_usd"), role="result",
            **ImageRecord.described_by(metadata, "result"))

    def index(self, records: list[ImageRecord], board_name: str) -> None:
        """Index images (an upsert: the user's marks survive) and put them on the board."""
        if not records:
            return
        self.journal.add_images(records)
        self.gallery.add_to_board(self.board_id(board_name), [r.id for r in records])

    def board_id(self, name: str) -> int:
        if name not in self._boards:
            for board in self.gallery.boards():
                if board.name.lower() == name.lower():
                    self._boards[name] = board.id
                    break
            else:
                try:
                    self._boards[name] = self.gallery.create_board(name).id
                except NbpError:  # made meanwhile by another window or process
                    self._boards[name] = next(b.id for b in self.gallery.boards()
                                              if b.name.lower() == name.lower())
        return self._boards[name]
