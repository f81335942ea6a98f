"""The library database shared by two processes (the GUI and the CLI on one library)."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.jobs.spec import JobSpec
from nbp_desktop.core.library.database import DATABASE_FILE
from nbp_desktop.core.library.gallery_index import PICK, GalleryIndex
from tests.library_builder import build_library

HOLD_WRITE_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
"""


def test_a_write_lock_held_by_another_process_is_refused_with_a_sentence_and_later_calls_work(data_dir):
    """Defect 4: when BEGIN IMMEDIATE failed, the journal's lock was never released and every
    later database call of the process (from any other thread) blocked for good."""
    records = build_library(data_dir, 3, thumbnails=False)
    journal = Journal(data_dir, busy_timeout=0.2)
    gallery = GalleryIndex(journal.database)
    other = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(data_dir / DATABASE_FILE)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    # The engine and the GUI call the database from worker threads, never the same one twice.
    workers = ThreadPoolExecutor(max_workers=4)
    try:
        assert other.stdout.readline().strip() == "locked"
        for change in (lambda: journal.add_jobs([("job-1", JobSpec(connection="c", prompt="p"), 0.1)]),
                       lambda: gallery.set_mark([records[0].id], "flag", PICK)):
            with pytest.raises(NbpError) as refused:
                workers.submit(change).result(timeout=10)
            assert refused.value.kind is ErrorKind.LIBRARY_BUSY
            assert refused.value.message.startswith(
                "The library is busy in another nbp-desktop window or command")
        # Reads from other threads still answer while the other process writes...
        assert workers.submit(journal.jobs).result(timeout=5) == []
        assert len(workers.submit(gallery.images).result(timeout=5)) == 3
        other.stdin.close()
        assert other.wait(timeout=10) == 0
        # ... and once it has finished, changes go through again.
        workers.submit(journal.add_jobs, [("job-1", JobSpec(connection="c", prompt="p"), 0.1)]).result(timeout=5)
        workers.submit(gallery.set_mark, [records[0].id], "flag", PICK).result(timeout=5)
        assert journal.job("job-1") is not None and gallery.records([records[0].id])[0].flag == PICK
    finally:
        if other.poll() is None:
            other.kill()
            other.wait()
        other.stdout.close()
        workers.shutdown(wait=False, cancel_futures=True)
        journal.close()
