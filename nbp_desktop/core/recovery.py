"""Opening a library after whatever happened last time: a crash, a kill, a power cut, a
database that no longer opens, a folder copied from another machine.

- A database that cannot be opened or fails ``PRAGMA integrity_check`` is moved aside (never
  deleted) and rebuilt from the image sidecars.
- Jobs that were saving when the process died are finished if their files are complete.
- Jobs whose process died while they ran become "interrupted — may have been billed"; nothing
  re-runs by itself.
- Temp files from unfinished atomic writes are removed.
- Image files with a sidecar but no database row are indexed again.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.image_types import pixel_size, sniff_mime
from nbp_desktop.core.jobs.journal import DATABASE_FILE, JobRecord, Journal
from nbp_desktop.core.jobs.process_lock import ProcessLock, other_engines_alive, owner_is_alive
from nbp_desktop.core.jobs.spec import JobStatus
from nbp_desktop.core.library.database_backups import (Backup, aside_name, is_corruption,
                                                       not_corruption_error, restore_newest)
from nbp_desktop.core.library.details_lost import images_with_unreadable_sidecars, record_from_file
from nbp_desktop.core.library.gallery_index import GalleryIndex
from nbp_desktop.core.library.image_store import LIBRARY_FOLDER, ImageStore
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.library.sidecar import (ConnectionFacts, RequestFacts, Sidecar, read_sidecar_file,
                                              write_sidecar)
from nbp_desktop.core.translation import TranslationContext


class RecoveryText(TranslationContext):
    """Words of what is said after a library was checked at opening (a translation context)."""


@dataclass
class RecoveryReport:
    interrupted: list[str] = field(default_factory=list)
    finished_saves: list[str] = field(default_factory=list)
    reindexed: list[str] = field(default_factory=list)
    restored_from_trash: list[str] = field(default_factory=list)
    removed_temp_files: int = 0
    database_moved_to: Path | None = None
    database_was_empty: bool = False  # found at 0 bytes
    database_restored_from: Backup | None = None
    database_unreadable: bool = False  # read-only opening: shown from the files instead

    @property
    def changed_the_library(self) -> bool:
        """Images were added or came back: a listing made before the check is out of date."""
        return bool(self.finished_saves or self.reindexed or self.restored_from_trash)

    @property
    def messages(self) -> list[str]:
        out = []
        if self.database_moved_to:
            if self.database_was_empty:
                what = RecoveryText.tr("The library database was empty (0 bytes).")
            else:
                what = RecoveryText.tr("The library database could not be read.")
            restored = self.database_restored_from
            if restored is not None:
                out.append(RecoveryText.tr("{problem} It was moved aside to {name} and restored "
                                           "from the backup of {when}; jobs, ratings, boards and "
                                           "spend history are as they were then, and %n images "
                                           "made since were added from their files.",
                                           None, len(self.reindexed))
                           .format(problem=what, name=self.database_moved_to.name,
                                   when=restored.when))
            else:
                out.append(RecoveryText.tr("{problem} It was moved aside to {name} and the "
                                           "library was rebuilt from the image files (%n images "
                                           "found); there was no backup, so ratings, boards and "
                                           "spend history could not be recovered.",
                                           None, len(self.reindexed))
                           .format(problem=what, name=self.database_moved_to.name))
        if self.database_unreadable:
            out.append(RecoveryText.tr("The library database could not be read, so the library "
                                       "is shown from its image files (%n images found); "
                                       "ratings and boards are not available.",
                                       None, len(self.reindexed)))
        if self.interrupted:
            out.append(RecoveryText.tr("%n job(s) were interrupted when the app stopped and may "
                                       "have been billed. They are marked in the queue; run them "
                                       "again if you still want them.",
                                       None, len(self.interrupted)))
        if self.finished_saves:
            out.append(RecoveryText.tr("%n job(s) that had finished while the app stopped were "
                                       "saved.", None, len(self.finished_saves)))
        return out


def open_library(data_dir: Path, lock: ProcessLock | None) -> tuple[Journal, RecoveryReport]:
    """Open (or rebuild) the journal and bring it in line with the files on disk. ``lock`` is
    this process's engine lock; without one (a read-only look) running jobs are left alone."""
    journal, report = open_journal(data_dir)
    try:
        check_library(journal, data_dir, lock, report)
    except BaseException:
        journal.close()
        raise
    return journal, report


def open_journal(data_dir: Path) -> tuple[Journal, RecoveryReport]:
    """The quick first half of ``open_library``: the journal, checked and rebuilt if unreadable."""
    report = RecoveryReport()
    return _open_or_rebuild(Path(data_dir), report), report


def check_library(journal: Journal, data_dir: Path, lock: ProcessLock | None,
                  report: RecoveryReport) -> None:
    """The slow second half of ``open_library`` (it walks every file): strays of cut-short
    writes, jobs a crash interrupted, saves to finish, images put back from the trash, images
    the journal does not know. The GUI paints its window first and runs this meanwhile."""
    data_dir = Path(data_dir)
    try:
        _check_library(journal, data_dir, lock, report)
    except sqlite3.Error as exc:
        # The database opened but cannot be written now (a full disk, a lock, a read-only
        # folder): said as such; nothing is moved or rebuilt.
        raise not_corruption_error(exc, data_dir / DATABASE_FILE) from None


def _check_library(journal: Journal, data_dir: Path, lock: ProcessLock | None,
                   report: RecoveryReport) -> None:
    store = ImageStore(data_dir)
    if lock is None or other_engines_alive(data_dir, lock):
        # A read-only look, or another process is mid-job (its temp files are not strays).
        return
    # Temp files of atomic writes cut short: images, sidecars, thumbnails, references, settings.
    for temp in data_dir.rglob(".*.tmp"):
        try:
            temp.unlink()
            report.removed_temp_files += 1
        except OSError:
            pass
    known = journal.library.image_ids()
    dead = [job for job in journal.jobs((JobStatus.RUNNING.value, JobStatus.SAVING.value))
            if not owner_is_alive(data_dir, job.owner, lock)]
    for job in dead:
        if job.status is JobStatus.SAVING and job.planned_image_ids:
            landed = [_finish_saved_image(store, image_id, job) for image_id in job.planned_image_ids]
            records = [r for r in landed if r is not None]
            if len(records) == len(landed):
                journal.finish_success(job.id, records, job.actual_cost, job.timings,
                                       job.result_text or "")
                report.finished_saves.append(job.id)
                known |= {r.id for r in records}
                continue
        report.interrupted.append(job.id)
    journal.mark_interrupted(report.interrupted)
    # Images deleted to the OS trash and put back from there by hand show again.
    back = [r.id for r in journal.library.trashed_records() if (data_dir / r.path).exists()]
    if back:
        GalleryIndex(journal.database).mark_restored(back)
        report.restored_from_trash = back
    _index_orphans(journal, store, known, report)


def open_library_read_only(data_dir: Path) -> tuple[Journal, RecoveryReport]:
    """Another library (a copy, a shared drive, a USB stick) looked at without changing a byte:
    its database is copied into memory, or rebuilt there from the sidecars when it cannot be
    read, and images the database does not know are added from their sidecars."""
    data_dir = Path(data_dir)
    if not (data_dir / DATABASE_FILE).exists() and not (data_dir / LIBRARY_FOLDER).is_dir():
        raise NbpError(ErrorKind.INVALID_SETTING,
                       RecoveryText.tr("“{name}” is not an nbp-desktop library: it has neither "
                                       "{database} nor a “{folder}” folder.")
                       .format(name=data_dir.name, database=DATABASE_FILE,
                               folder=LIBRARY_FOLDER))
    report = RecoveryReport()
    try:
        journal = Journal(data_dir, read_only=True)
        if journal.integrity_check() != "ok":
            raise sqlite3.DatabaseError("integrity check failed")
    except sqlite3.DatabaseError:
        journal = Journal(data_dir, read_only=True, copy_database=False)
        report.database_unreadable = True
    _index_orphans(journal, ImageStore(data_dir), journal.library.image_ids(), report)
    return journal, report


def _index_orphans(journal: Journal, store: ImageStore, known: set[str], report: RecoveryReport) -> None:
    """Image files with a sidecar but no database row are indexed again."""
    # Only sidecars whose file name is not a known id are read: opening 20,000 JSON files at
    # every start would take seconds.
    orphans = [_record_from_sidecar(store, sidecar, path) for sidecar, path in store.sidecars(skip_ids=known)
               if sidecar.id not in known and path.exists()]
    # A damaged sidecar does not make its image vanish: it is indexed from the file itself.
    orphans += [record_from_file(store, path) for path in
                images_with_unreadable_sidecars(store, known | {o.id for o in orphans})]
    if orphans:
        journal.library.add_images(orphans)
        report.reindexed += [o.id for o in orphans]


def _open_or_rebuild(data_dir: Path, report: RecoveryReport) -> Journal:
    """Open the database; only when it is damaged (or emptied) is it moved aside and restored
    from the newest backup, or else rebuilt from the sidecars. A full disk, a lock or a
    read-only folder raise their own sentence and leave it untouched."""
    database = data_dir / DATABASE_FILE
    reason = "empty" if _emptied(database) else None
    if reason is None:
        try:
            journal = Journal(data_dir)
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise not_corruption_error(exc, database) from None
        else:
            try:
                healthy = journal.integrity_check() == "ok"
            except sqlite3.DatabaseError as exc:
                journal.close()
                if not is_corruption(exc):
                    raise not_corruption_error(exc, database) from None
                healthy = False
            if healthy:
                return journal
            journal.close()
        reason = "unreadable"
    aside = aside_name(database, reason)
    for suffix in ("", "-wal", "-shm"):
        source = data_dir / f"{DATABASE_FILE}{suffix}"
        if source.exists():
            os.replace(source, Path(f"{aside}{suffix}"))
    report.database_moved_to = aside
    report.database_was_empty = reason == "empty"
    report.database_restored_from = restore_newest(data_dir, database)
    return Journal(data_dir)


def _emptied(database: Path) -> bool:
    """A database file of 0 bytes (and no write-ahead log with content): emptied, not new."""
    try:
        if database.stat().st_size != 0:
            return False
    except FileNotFoundError:
        return False
    wal = Path(f"{database}-wal")
    return not wal.exists() or wal.stat().st_size == 0


def _record_from_sidecar(store: ImageStore, sidecar: Sidecar, path: Path) -> ImageRecord:
    return ImageRecord.of_sidecar(sidecar, store.relative(path),
                                  sidecar.sha256 or hashlib.sha256(path.read_bytes()).hexdigest(),
                                  int(sidecar.bytes or path.stat().st_size))


def _finish_saved_image(store: ImageStore, image_id: str, job: JobRecord) -> ImageRecord | None:
    """A planned image of a job that was saving: index it, writing its sidecar if the crash
    came between the image and the sidecar. None if the image itself never landed."""
    image_path, sidecar_file = store.find(image_id)
    if image_path is None:
        return None
    sidecar = read_sidecar_file(sidecar_file) if sidecar_file is not None else None
    if sidecar is None:
        data = image_path.read_bytes()
        size = pixel_size(data) or (0, 0)
        sidecar = Sidecar(
            id=image_id, created=job.started_at or "", image_file=image_path.name,
            sha256=hashlib.sha256(data).hexdigest(), mime=sniff_mime(data) or "",
            width=size[0], height=size[1], bytes=len(data), job_id=job.id, spec=job.spec,
            request=RequestFacts(prompt=job.spec.prompt, model=job.spec.model, size=job.spec.size,
                                 aspect_ratio=job.spec.aspect_ratio),
            connection=ConnectionFacts(name=job.connection, model=job.model),
            recovered="sidecar rebuilt after an interrupted save")
        write_sidecar(image_path, sidecar)
    return _record_from_sidecar(store, sidecar, image_path)
