"""Crash safety: the real command is killed (SIGKILL) at random moments, 20 times; each
restart must find a sound database, every image whole, no job run twice, and the jobs that
were in flight flagged as interrupted. Plus the individual recovery paths."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.jobs.journal import DATABASE_FILE, Journal
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.workspace import Workspace
from tests.conftest import REPO, run_cli

KILLS = 20


@pytest.mark.subprocess
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments(emulator, data_dir, os_keyring):
    add = run_cli("connection", "add", "studio", "--kind", "aistudio", "--base-url", emulator.base_url,
                  "--api-key-stdin", data_dir=data_dir, stdin="emulator-key\n")
    assert add.returncode == 0, add.stderr
    emulator.service.latency = 0.25  # requests in flight at most moments
    rng = random.Random(7)
    env = {**os.environ, "NBP_DATA_DIR": str(data_dir)}
    interrupted_total = 0
    seen_job_ids: set[str] = set()
    for round_no in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-m", "nbp_desktop", "generate", "--connection",
                                 "studio", "--prompt", f"crash round {round_no}", "--count", "6"],
                                env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.3, 1.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        # Requests the killed process had already sent may still sit in the emulator's socket
        # buffers (its thread reads them a moment later): let them land before counting.
        time.sleep(emulator.service.latency + 0.3)
        requests_before_restart = len(emulator.service.log())

        # Restart: any command that opens the library runs recovery.
        listed = run_cli("queue", "list", "--json", data_dir=data_dir)
        assert listed.returncode == 0, listed.stderr
        jobs = json.loads(listed.stdout)
        time.sleep(0.3)
        assert len(emulator.service.log()) == requests_before_restart  # nothing re-ran by itself

        with sqlite3.connect(data_dir / DATABASE_FILE) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert all(j["status"] in ("queued", "succeeded", "failed", "interrupted") for j in jobs)
        interrupted = [j for j in jobs if j["status"] == "interrupted"]
        assert all("may have been billed" in j["error"]["message"] for j in interrupted)
        interrupted_total += sum(1 for j in interrupted if j["job_id"] not in seen_job_ids)
        seen_job_ids |= {j["job_id"] for j in jobs if j["status"] != "queued"}
        assert all(j["sends"] <= 1 for j in jobs)  # no job was sent twice

        # Every indexed image is whole and is exactly what the emulator sent, once.
        sent = [h for e in emulator.service.log() for h in e.get("image_sha256", [])]
        images = json.loads(run_cli("library", "list", "--json", data_dir=data_dir).stdout)
        for image in images:
            data = Path(image["image_path"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == image["sha256"]
            assert image["sha256"] in sent
        assert len({i["sha256"] for i in images}) == len(images)
        assert not list(data_dir.rglob("*.tmp"))
        # Requests that reached the emulator never exceed the sends the journal recorded.
        assert len([e for e in emulator.service.log() if ":generateContent" in e["path"]]) <= \
            sum(j["sends"] for j in jobs)
    assert interrupted_total > 0  # the kills really hit jobs in flight


async def test_corrupt_database_is_moved_aside_and_rebuilt_from_sidecars(data_dir, emulator):
    async with Workspace(data_dir) as ws:
        ws.services.add_temporary_connection(
            ConnectionConfig("s", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"))
        ids = await ws.engine.submit(JobSpec("s", "keep me"), count=3)
        await ws.engine.wait_for(ids)
        before = {i.id: i.sha256 for i in ws.journal.library.images()}
    (data_dir / DATABASE_FILE).write_bytes(b"this is not a database" * 100)
    shutil.rmtree(data_dir / "backups")  # no backup to restore: the sidecars are the last resort
    for suffix in ("-wal", "-shm"):
        (data_dir / f"{DATABASE_FILE}{suffix}").unlink(missing_ok=True)
    async with Workspace(data_dir, start_engine=False) as ws:
        report = ws.report
        assert report.database_moved_to is not None and report.database_moved_to.exists()
        assert "moved aside" in report.messages[0] and "3 images found" in report.messages[0]
        assert {i.id: i.sha256 for i in ws.journal.library.images()} == before
        assert ws.journal.library.image(next(iter(before))).prompt == "keep me"


def test_half_done_save_is_finished_and_strays_removed(data_dir):
    """A process died after writing an image but before its sidecar and its commit."""
    from io import BytesIO

    from PIL import Image

    from nbp_desktop.core.generation.result import GeneratedImage
    from nbp_desktop.core.library.image_store import ImageStore
    from nbp_desktop.core.library.sidecar import Sidecar, read_sidecar
    from nbp_desktop.core.recovery import open_library

    journal = Journal(data_dir)
    spec = JobSpec("s", "half saved")
    journal.add_jobs([("job-1", spec, 0.134)])
    assert journal.mark_running("job-1", "424242-deadbeef")  # an owner that no longer exists
    journal.mark_saving("job-1", ["img-1"])
    journal.close()
    buf = BytesIO()
    Image.new("RGB", (40, 30), (1, 2, 3)).save(buf, "PNG")
    stored = ImageStore(data_dir).save(GeneratedImage(buf.getvalue(), "image/png", "image/png", 40, 30),
                                       Sidecar(), image_id="img-1")
    stored.sidecar_path.unlink()  # the crash came before the sidecar
    stray = stored.image_path.parent / ".img-2.png.abc.tmp"
    stray.write_bytes(b"partial")

    journal, report = open_library(data_dir, lock=None)
    assert report.finished_saves == []  # without a lock of its own, recovery leaves jobs alone
    journal.close()
    from nbp_desktop.core.jobs.process_lock import ProcessLock
    lock = ProcessLock(data_dir)
    try:
        journal, report = open_library(data_dir, lock)
        assert report.finished_saves == ["job-1"] and report.removed_temp_files == 1
        job = journal.job("job-1")
        assert job.status is JobStatus.SUCCEEDED and job.image_ids == ["img-1"]
        assert stored.sidecar_path.exists()  # rebuilt from the journal
        rebuilt = read_sidecar(stored.image_path)
        assert rebuilt.recovered and rebuilt.settings() == spec and rebuilt.width == 40
        assert not stray.exists()
        journal.close()
    finally:
        lock.release()


def test_running_job_of_a_live_process_is_not_interrupted(data_dir):
    from nbp_desktop.core.jobs.process_lock import ProcessLock
    from nbp_desktop.core.recovery import open_library

    other = ProcessLock(data_dir)  # stands for another live app on the same library
    journal = Journal(data_dir)
    journal.add_jobs([("job-live", JobSpec("s", "busy"), 0.1)])
    journal.mark_running("job-live", other.name)
    journal.close()
    mine = ProcessLock(data_dir)
    try:
        journal, report = open_library(data_dir, mine)
        assert report.interrupted == []
        assert journal.job("job-live").status is JobStatus.RUNNING
        journal.close()
        other.release()  # now it is gone
        journal, report = open_library(data_dir, mine)
        assert report.interrupted == ["job-live"]
        journal.close()
    finally:
        mine.release()
