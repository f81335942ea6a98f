"""Rolling backups of the library database, and what is done when it cannot be opened.

The database holds what the image files cannot: jobs, ratings, picks, labels, boards and the
spend history. After a session that changed it, it is copied with SQLite's online backup API
(a consistent copy even while in use), at most every ten minutes, keeping the last seven.
When the database is unreadable or empty it is restored from the newest copy.

Only corruption ever moves a database aside: a full disk, a lock or a read-only folder are
said as such and leave the file exactly where it is.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from nbp_desktop.core import formatting
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.library import LibraryText

BACKUP_FOLDER = "backups"
KEEP = 7
MIN_INTERVAL_SECONDS = 600.0
_PREFIX = "library-"
_SUFFIX = ".sqlite3"

# sqlite3 result codes (the primary code is the low byte of the extended one).
_CORRUPT, _NOTADB = 11, 26
_FULL, _BUSY, _LOCKED, _READONLY, _CANTOPEN, _IOERR, _PERM = 13, 5, 6, 8, 14, 10, 3


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime

    @property
    def when(self) -> str:
        """For a sentence: local time, to the minute."""
        return formatting.date_time(self.taken)


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_FOLDER


def backups(data_dir: Path) -> list[Backup]:
    """Newest first."""
    found = []
    folder = backup_folder(data_dir)
    if folder.is_dir():
        for path in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
            stamp = path.name[len(_PREFIX):-len(_SUFFIX)]
            try:
                taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
            except ValueError:
                continue
            found.append(Backup(path, taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def back_up(connection: sqlite3.Connection, data_dir: Path, keep: int = KEEP) -> Backup:
    """A consistent copy of the open database; the oldest beyond ``keep`` are removed."""
    folder = backup_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    taken = datetime.now(UTC)
    target = folder / f"{_PREFIX}{taken:%Y%m%d-%H%M%S-%f}{_SUFFIX}"
    partial = target.with_name(f".{target.name}.tmp")
    copy = sqlite3.connect(partial)
    try:
        connection.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        copy.close()
    os.replace(partial, target)
    for old in backups(data_dir)[keep:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, taken)


class BackupSchedule:
    """Backs up after changes (as jobs finish, and when a session ends), at most every
    ``interval`` seconds."""

    def __init__(self, connection: sqlite3.Connection, data_dir: Path,
                 interval: float = MIN_INTERVAL_SECONDS) -> None:
        self.connection = connection
        self.data_dir = Path(data_dir)
        self.interval = interval
        self._changes_at_last = connection.total_changes
        newest = backups(self.data_dir)
        self._last = (time.monotonic() - (datetime.now(UTC) - newest[0].taken).total_seconds()
                      if newest else None)

    def changed(self) -> bool:
        return self.connection.total_changes != self._changes_at_last

    def maybe_back_up(self) -> Backup | None:
        """Blocking. A copy if the database changed and the last copy is old enough; never an
        error the user has to handle: a failed backup waits for the next chance."""
        if not self.changed():
            return None
        now = time.monotonic()
        if self._last is not None and now - self._last < self.interval:
            return None
        try:
            made = back_up(self.connection, self.data_dir)
        except (OSError, sqlite3.Error):
            return None
        self._last = now
        self._changes_at_last = self.connection.total_changes
        return made


def restore_newest(data_dir: Path, database: Path) -> Backup | None:
    """Copy the newest readable backup over ``database`` (already moved aside)."""
    for backup in backups(data_dir):
        try:
            source = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
            try:
                if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    continue
                partial = database.with_name(f".{database.name}.restoring.tmp")
                target = sqlite3.connect(partial)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
        except sqlite3.Error:
            continue
        os.replace(partial, database)
        return backup
    return None


def is_corruption(exc: sqlite3.Error) -> bool:
    """Whether an error opening the database means its content is damaged (rather than the
    disk, a lock or the folder's permissions)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_CORRUPT, _NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def not_corruption_error(exc: sqlite3.Error, database: Path) -> NbpError:
    """The sentence for a database that is fine but cannot be opened now: nothing is moved."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    folder = database.parent
    if code == _FULL or "disk is full" in text or (code == _IOERR and _nearly_full(folder)):
        return NbpError(ErrorKind.DISK, LibraryText.tr(
            "The disk holding the library ({folder}) is full, so its database cannot be opened. Free "
            "some space, then start the app again. Nothing was changed.").format(folder=folder),
            detail=str(exc))
    if code in (_BUSY, _LOCKED) or "locked" in text:
        return NbpError(ErrorKind.DISK, LibraryText.tr(
            "The library database is locked by another program (a backup or sync tool, or another "
            "copy of the app). Close it, then try again. Nothing was changed."), detail=str(exc))
    if code in (_READONLY, _PERM, _CANTOPEN) or "readonly" in text or "read-only" in text \
            or "unable to open" in text:
        return NbpError(ErrorKind.READ_ONLY_LIBRARY, LibraryText.tr(
            "The library folder {folder} cannot be written to (read-only or permission denied). Use "
            "File → Open library… to look at it read-only, or fix the folder's permissions. Nothing "
            "was changed.").format(folder=folder), detail=str(exc))
    return NbpError(ErrorKind.DISK, LibraryText.tr(
        "The library database could not be read from the disk ({error}). Nothing was changed."
    ).format(error=exc), detail=str(exc))


def _nearly_full(folder: Path) -> bool:
    """SQLite reports a full disk as an I/O error when it cannot grow its shared-memory file."""
    try:
        return shutil.disk_usage(folder).free < 2**20
    except OSError:
        return False


def aside_name(database: Path, reason: str) -> Path:
    """A name no earlier move aside has used (two starts in one second must not collide)."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    candidate = database.with_name(f"{database.name}.{reason}-{stamp}")
    counter = 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
        counter += 1
        candidate = database.with_name(f"{database.name}.{reason}-{stamp}-{counter}")
    return candidate
