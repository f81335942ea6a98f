"""Issue 16 points 1 and 7: the library database is never moved aside for a reason that is
not corruption, aside names never collide, rolling backups are kept and restored from when the
database is unreadable or emptied, and a rebuild never drops an image."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.jobs.journal import DATABASE_FILE
from nbp_desktop.core.jobs.process_lock import ProcessLock
from nbp_desktop.core.jobs.spec import JobSpec
from nbp_desktop.core.library.gallery_index import GalleryIndex
from nbp_desktop.core.recovery import open_library
from nbp_desktop.core.workspace import Workspace
from tests.conftest import run_cli
from tests.small_disk import can_mount, fill, make_read_only, small_tmpfs


async def make_library(data_dir: Path, emulator, count: int = 2) -> dict[str, str]:
    async with Workspace(data_dir) as ws:
        ws.services.add_temporary_connection(
            ConnectionConfig("s", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"))
        ids = await ws.engine.submit(JobSpec("s", "keep me"), count=count)
        await ws.engine.wait_for(ids)
        images = ws.journal.library.images()
        GalleryIndex(ws.journal.database).set_mark([images[0].id], "rating", 5)
        return {i.id: i.sha256 for i in images}


def database_files(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.glob(f"{DATABASE_FILE}*"))


def backups(data_dir: Path):
    from nbp_desktop.core.library.database_backups import backups as newest_first

    return newest_first(data_dir)


needs_mount = pytest.mark.skipif(not can_mount(), reason="mounting a small tmpfs needs root on Linux")


@pytest.mark.parametrize("sqlite_says, sentence", [
    ("database or disk is full", "The disk holding the library ({folder}) is full, so its database "
     "cannot be opened. Free some space, then start the app again. Nothing was changed."),
    ("attempt to write a readonly database", "The library folder {folder} cannot be written to "
     "(read-only or permission denied). Use File → Open library… to look at it read-only, or fix "
     "the folder's permissions. Nothing was changed."),
])
async def test_stand_in_full_or_read_only_disk_at_start_leaves_the_database_alone(
        data_dir, emulator, monkeypatch, sqlite_says, sentence):
    """Where no tmpfs can be mounted: SQLite's own errors, raised as it would raise them."""
    from nbp_desktop.core import recovery

    await make_library(data_dir, emulator, count=1)
    files = database_files(data_dir)

    def refuse(*_args, **_kwargs):
        raise sqlite3.OperationalError(sqlite_says)

    monkeypatch.setattr(recovery, "Journal", refuse)
    with pytest.raises(NbpError) as caught:
        open_library(data_dir, None)
    assert caught.value.message == sentence.format(folder=data_dir)
    assert database_files(data_dir) == files


@needs_mount
async def test_full_disk_at_start_is_said_and_the_database_left_alone(tmp_path, emulator):
    """Point 1: a full disk is not corruption: the healthy database stays where it is."""
    data_dir = tmp_path / "data"
    with small_tmpfs(data_dir, "24m"):
        await make_library(data_dir, emulator)
        before = (data_dir / DATABASE_FILE).read_bytes()
        files = database_files(data_dir)
        fill(data_dir)
        assert files == [DATABASE_FILE]
        for _ in range(2):  # twice, as two starts in the same second would
            result = run_cli("queue", "list", data_dir=data_dir)
            assert result.returncode == 1
            assert "Traceback" not in result.stderr
            assert result.stderr.startswith(f"error: The disk holding the library ({data_dir}) is "
                                            "full, so its database cannot be opened. Free some "
                                            "space, then start the app again. Nothing was changed."), \
                result.stderr
        # Not moved aside, not replaced (SQLite's own -wal/-shm may be there, empty).
        assert not list(data_dir.glob(f"{DATABASE_FILE}.*"))
        assert set(files) <= set(database_files(data_dir))
        assert (data_dir / DATABASE_FILE).read_bytes() == before


@needs_mount
async def test_read_only_folder_at_start_is_said_and_the_database_left_alone(tmp_path, emulator):
    data_dir = tmp_path / "data"
    with small_tmpfs(data_dir, "24m"):
        await make_library(data_dir, emulator)
        files = database_files(data_dir)
        make_read_only(data_dir)
        with pytest.raises(NbpError) as caught:
            open_library(data_dir, None)
        assert caught.value.kind == ErrorKind.READ_ONLY_LIBRARY
        assert caught.value.message == (
            f"The library folder {data_dir} cannot be written to (read-only or permission "
            "denied). Use File → Open library… to look at it read-only, or fix the folder's "
            "permissions. Nothing was changed.")
        assert database_files(data_dir) == files


def test_locked_database_is_said_and_left_alone(data_dir, monkeypatch):
    open_library(data_dir, None)[0].close()
    files = database_files(data_dir)
    holder = sqlite3.connect(data_dir / DATABASE_FILE, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE hold(x)")
    monkeypatch.setattr(sqlite3, "connect", _impatient(sqlite3.connect))
    try:
        with pytest.raises(NbpError) as caught:
            open_library(data_dir, None)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert caught.value.message == (
        "The library database is locked by another program (a backup or sync tool, or another "
        "copy of the app). Close it, then try again. Nothing was changed.")
    assert database_files(data_dir) == files


class _Impatient(sqlite3.Connection):
    def execute(self, sql, *args):
        if sql.startswith("PRAGMA busy_timeout"):
            sql = "PRAGMA busy_timeout=200"
        return super().execute(sql, *args)


def _impatient(connect):
    """The app waits 10 s for a lock; the test need not."""
    def connect_quickly(*args, **kwargs):
        return connect(*args, **{**kwargs, "timeout": 0.2, "factory": _Impatient})
    return connect_quickly


async def test_emptied_database_is_restored_from_the_newest_backup(data_dir, emulator):
    """Point 7: a database emptied to 0 bytes is restored, and the user is told from when."""
    images = await make_library(data_dir, emulator)
    assert len(backups(data_dir)) == 1  # the session changed the library: it was backed up
    from nbp_desktop.core.library import database_backups

    with sqlite3.connect(data_dir / DATABASE_FILE) as source:  # as a later session would
        newest = database_backups.back_up(source, data_dir)
    (data_dir / DATABASE_FILE).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{data_dir / DATABASE_FILE}{suffix}").unlink(missing_ok=True)
    lock = ProcessLock(data_dir)
    journal, report = open_library(data_dir, lock)
    try:
        assert report.messages[0] == (
            f"The library database was empty (0 bytes). It was moved aside to "
            f"{report.database_moved_to.name} and restored from the backup of {newest.when}; "
            "jobs, ratings, boards and spend history are as they were then, and 0 images made "
            "since were added from their files.")
        assert {i.id: i.sha256 for i in journal.library.images()} == images
        assert max(i.rating for i in journal.library.images()) == 5  # what only the database held
        assert len(journal.jobs()) == 2
    finally:
        journal.close()
        lock.release()


async def test_corrupt_database_twice_in_one_second_keeps_both_asides(data_dir, emulator):
    await make_library(data_dir, emulator, count=1)
    names = set()
    for attempt in range(2):
        (data_dir / DATABASE_FILE).write_bytes(b"not a database %d" % attempt * 200)
        journal, report = open_library(data_dir, None)
        journal.close()
        assert "could not be read. It was moved aside to" in report.messages[0]
        names.add(report.database_moved_to.name)
    assert len(names) == 2
    asides = sorted(data_dir.glob(f"{DATABASE_FILE}.unreadable-*"))
    assert {p.name for p in asides if not p.name.endswith(("-wal", "-shm"))} == names
    # Each holds the database it replaced: nothing was overwritten.
    assert {p.read_bytes()[:16] for p in asides if p.name in names} == {b"not a database 0",
                                                                        b"not a database 1"}


def test_backups_are_rolling_seven_and_at_most_every_ten_minutes(data_dir):
    from nbp_desktop.core.library import database_backups

    journal, _ = open_library(data_dir, None)
    try:
        journal.back_up_if_due()
        assert backups(data_dir) == []  # nothing changed yet
        journal.add_jobs([("job-1", JobSpec("s", "a"), 0.1)])
        journal.back_up_if_due()
        assert len(backups(data_dir)) == 1
        journal.add_jobs([("job-2", JobSpec("s", "b"), 0.1)])
        journal.back_up_if_due()
        assert len(backups(data_dir)) == 1  # changed, but within ten minutes of the last
        [only] = backups(data_dir)
        with sqlite3.connect(only.path) as copy:
            assert [r[0] for r in copy.execute("SELECT id FROM jobs")] == ["job-1"]
        source = sqlite3.connect(data_dir / DATABASE_FILE)
        for _ in range(9):
            database_backups.back_up(source, data_dir)
        source.close()
        assert len(backups(data_dir)) == 7  # the last seven are kept
    finally:
        journal.close()


async def test_rebuild_keeps_an_image_whose_sidecar_is_damaged(data_dir, emulator):
    """Point 7: a corrupt sidecar no longer makes its image vanish on the next rebuild."""
    images = await make_library(data_dir, emulator)
    damaged = next((data_dir / "library").rglob("*.json"))
    damaged.write_text('{"id": "trunc', encoding="utf-8")
    for path in data_dir.glob(f"{DATABASE_FILE}*"):
        path.unlink()
    subprocess.run(["rm", "-rf", str(data_dir / "backups")], check=True)
    lock = ProcessLock(data_dir)
    journal, report = open_library(data_dir, lock)
    try:
        assert {i.id: i.sha256 for i in journal.library.images()} == images
        lost = journal.library.image(damaged.stem)
        assert lost.model_text == ("Details lost: this image's sidecar file could not be read, "
                                   "so only what the image file itself holds is known.")
        assert lost.width > 0
        assert sorted(report.reindexed) == sorted(images)
    finally:
        journal.close()
        lock.release()
    assert json.loads(next(p for p in (data_dir / "library").rglob("*.json") if p != damaged)
                      .read_text())["id"]
