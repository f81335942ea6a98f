"""Each library image's Content Credentials, read once and remembered in the library database
(a table of its own, so the gallery can badge and filter without reading files).

Reading is lazy: images without a row are read in small batches from worker threads (the
gallery) or before ``library list`` prints. A read-only library gets the rows in its in-memory
copy only. Blocking (SQLite, files, c2pa).
"""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import Executor
from pathlib import Path

from nbp_desktop.core.library.database import LibraryDatabase, now_iso
from nbp_desktop.core.provenance.content_credentials import ContentCredentials, mime_of, read_credentials
from nbp_desktop.core.provenance.parent_ingredient import IngredientCache

TABLE = "content_credentials"
_SCHEMA = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
    image_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    reading TEXT NOT NULL,
    read_at TEXT NOT NULL
)"""
BATCH = 100


class CredentialsIndex:
    def __init__(self, database: LibraryDatabase) -> None:
        self.database = database
        self.data_dir = Path(database.data_dir)
        self._ready = False
        self._below: tuple[str, str] | None = None  # (created, id) where the last batch ended

    def ensure_table(self) -> None:
        if not self._ready:
            with self.database.transaction(in_memory_copy=self.database.read_only) as db:
                db.execute(_SCHEMA)
            self._ready = True

    def get(self, image_id: str) -> ContentCredentials | None:
        self.ensure_table()
        rows = self.database.query(f"SELECT reading FROM {TABLE} WHERE image_id = ?", (image_id,))
        return ContentCredentials.from_json(json.loads(rows[0][0])) if rows else None

    def read(self, image_id: str, relative_path: str) -> ContentCredentials:
        """Read one image's file now and remember what it says."""
        path = self.data_dir / relative_path
        credentials = self._read_file(image_id, path)
        if path.exists():
            self._store([(image_id, credentials)])
        return credentials

    def _read_file(self, image_id: str, path: Path) -> ContentCredentials:
        """What the file's credentials say; a signed file's manifest is also kept as the parent
        ingredient its exports will name (read once here, not again at every export)."""
        try:
            data = path.read_bytes()
        except OSError:
            return read_credentials(path)
        credentials = read_credentials(path, data=data)
        if credentials.present and not self.database.read_only:
            IngredientCache.of_library(self.data_dir).prepare(image_id, path, data, mime_of(path, data))
        return credentials

    def of(self, image_id: str, relative_path: str) -> ContentCredentials:
        return self.get(image_id) or self.read(image_id, relative_path)

    def unread(self, limit: int = BATCH) -> list[tuple[str, str]]:
        """(id, path) of images not read yet, newest first, each batch going on below the one
        before (a keyset), so reading a 100,000-image library walks it once, not once a batch."""
        self.ensure_table()
        below = ""
        below_key: tuple[str, ...] = ()
        if self._below is not None:
            below, below_key = " AND (created, id) < (?, ?)", self._below
        rows = self.database.query(
            f"SELECT id, path, created FROM images WHERE trashed IS NULL{below}"
            f" AND id NOT IN (SELECT image_id FROM {TABLE}) ORDER BY created DESC, id DESC LIMIT ?",
            (*below_key, limit))
        if rows:
            self._below = (rows[-1][2], rows[-1][0])
        return [(r[0], r[1]) for r in rows]

    def read_unread(self, limit: int = BATCH, stop: threading.Event | None = None) -> dict[str, str]:
        """Reads up to ``limit`` images not read yet (fewer once ``stop`` is set); returns their
        states by image id."""
        # A missing file reads as "none" (the gallery says it is missing), so it is not asked
        # for again and again ahead of the files that are there.
        found = []
        for image_id, path in self.unread(limit):
            if stop is not None and stop.is_set():
                break
            found.append((image_id, self._read_file(image_id, self.data_dir / path)))
        self._store(found)
        return {image_id: credentials.state for image_id, credentials in found}

    async def read_unread_in(self, executor: Executor, limit: int = BATCH) -> dict[str, str]:
        """``read_unread`` on a worker of ``executor``. When the awaiting task is canceled (the
        window closes) the read stops after the file in hand and is waited for before the
        cancel goes on, so the library database is never closed under it."""
        stop = threading.Event()
        reading = asyncio.get_running_loop().run_in_executor(executor, self.read_unread, limit, stop)
        try:
            return await asyncio.shield(reading)
        except asyncio.CancelledError:
            stop.set()
            while not reading.done():
                try:
                    await asyncio.shield(reading)
                except asyncio.CancelledError:
                    continue  # canceled again: still wait for the thread
                except Exception:  # the cancel goes on; a failed read does not matter now
                    break
            raise

    def read_all(self) -> None:
        while self.read_unread():
            pass

    def states(self) -> dict[str, str]:
        """image id -> present | damaged | none, for every image read so far."""
        self.ensure_table()
        return {r[0]: r[1] for r in self.database.query(f"SELECT image_id, state FROM {TABLE}")}

    def forget(self, image_ids: list[str]) -> None:
        self.ensure_table()
        IngredientCache.of_library(self.data_dir).forget(image_ids)
        with self.database.transaction(in_memory_copy=self.database.read_only) as db:
            db.executemany(f"DELETE FROM {TABLE} WHERE image_id = ?", [(i,) for i in image_ids])

    def _store(self, readings: list[tuple[str, ContentCredentials]]) -> None:
        if not readings:
            return
        self.ensure_table()
        with self.database.transaction(in_memory_copy=self.database.read_only) as db:
            db.executemany(f"INSERT OR REPLACE INTO {TABLE} (image_id, state, reading, read_at) VALUES (?, ?, ?, ?)",
                           [(image_id, c.state, json.dumps(c.to_json()), now_iso()) for image_id, c in readings])


def credentials_table_exists(database: LibraryDatabase) -> bool:
    return bool(database.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)))
