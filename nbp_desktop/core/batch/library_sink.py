"""Where batch results enter the library: the original byte-exact with its sidecar (the row's
tags, the sheet's name, the batch id), the index row, and the sheet's board.

Image ids are derived from (batch, request key, image index), so ingesting the same result
twice writes the same files and the same index rows: never a second copy. Blocking.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.generation.result import GeneratedImage
from nbp_desktop.core.library.database import LibraryDatabase
from nbp_desktop.core.library.gallery_index import GalleryIndex
from nbp_desktop.core.library.image_store import ImageStore
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.sidecar import Sidecar


def batch_image_id(batch_id: str, key: str, index: int, created: datetime) -> str:
    digest = hashlib.sha256(f"{batch_id}/{key}/{index}".encode()).hexdigest()[:8]
    return f"{created:%Y%m%d-%H%M%S}-{digest}"


class LibrarySink:
    def __init__(self, store: ImageStore, database: LibraryDatabase) -> None:
        self.store = store
        self.gallery = GalleryIndex(database)
        self._boards: dict[str, int] = {}

    def save(self, image: GeneratedImage, sidecar: Sidecar, image_id: str,
             created: datetime) -> ImageRecord:
        """The file and its sidecar (atomic, fsynced); returns the index row to add."""
        stored = self.store.save(image, sidecar, image_id=image_id, created=created)
        return ImageRecord.of_sidecar(stored.sidecar, self.store.relative(stored.image_path),
                                      stored.sha256, stored.size_bytes)

    def index(self, records: list[ImageRecord], board_name: str) -> None:
        """Index images (an upsert: the user's marks survive) and put them on the board."""
        if not records:
            return
        self.gallery.add_images(records)
        self.add_to_board(board_name, [r.id for r in records])

    def add_to_board(self, board_name: str, image_ids: list[str]) -> None:
        if image_ids:
            self.gallery.add_to_board(self.board_id(board_name), image_ids)

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
