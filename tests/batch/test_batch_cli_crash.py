"""The real `nbp-desktop batch` command in child processes, SIGKILLed at the moments that
matter (during the upload, right after Google created the batch, during the download), then
run again: no batch is created twice, none is lost, no image lands in the library twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.batch.conftest import write_sheet
from tests.cli.test_generate_end_to_end import add_connection, secret_for
from tests.conftest import REPO, run_cli

pytestmark = pytest.mark.subprocess
ROWS = 200


def _start(data_dir: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "NBP_DATA_DIR": str(data_dir)}
    return subprocess.Popen([sys.executable, "-m", "nbp_desktop", "batch", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)


def _kill_when(proc: subprocess.Popen, condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            raise AssertionError("the command ended before the moment to kill it: "
                                 + proc.stderr.read().decode())
        assert time.monotonic() < deadline, "the moment to kill never came"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    proc.stdout.close()
    proc.stderr.close()


def _library(data_dir: Path) -> list[dict]:
    proc = run_cli("library", "list", "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _check_complete(data_dir: Path, service, sheet_rows: int) -> None:
    assert len(service.batches) == 1, "a batch was created twice at Google"
    images = _library(data_dir)
    assert len(images) == sheet_rows
    assert len({i["id"] for i in images}) == len({i["sha256"] for i in images}) == sheet_rows
    files = [p for p in (data_dir / "library").rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert len(files) == 2 * sheet_rows  # each image once, with its sidecar
    [batch] = json.loads(run_cli("batch", "list", "--json", data_dir=data_dir).stdout)
    assert batch["state"] == "succeeded" and batch["rows_done"] == sheet_rows


def _resume(data_dir: Path) -> None:
    proc = run_cli("batch", "resume", "--poll-seconds", "0.05", "--json", data_dir=data_dir,
                   timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.fixture
def studio(batch_emulator, data_dir, tmp_path, os_keyring):
    add_connection("aistudio", "studio", batch_emulator, data_dir,
                   secret_for("aistudio", batch_emulator), tmp_path)
    return batch_emulator.service.batches


def test_sigkill_during_upload_then_resume(studio, data_dir, tmp_path):
    sheet = write_sheet(tmp_path / "upload.csv", ROWS)
    studio.options.upload_delay = 30
    proc = _start(data_dir, "submit", str(sheet), "--connection", "studio", "--mode", "file",
                  "--poll-seconds", "0.05")
    _kill_when(proc, lambda: any(r["command"] and "upload" in r["command"] and "start" not in r["command"]
                                 for r in list(studio.requests)))
    assert studio.batches == {}
    studio.options.upload_delay = 0
    _resume(data_dir)
    _check_complete(data_dir, studio, ROWS)


def test_sigkill_right_after_create_then_resume(studio, data_dir, tmp_path):
    sheet = write_sheet(tmp_path / "create.csv", ROWS)
    studio.options.create_delay = 30  # Google has the batch; its name has not reached us
    proc = _start(data_dir, "submit", str(sheet), "--connection", "studio", "--mode", "inline",
                  "--poll-seconds", "0.05")
    _kill_when(proc, lambda: len(studio.batches) == 1)
    studio.options.create_delay = 0
    [journalled] = json.loads(run_cli("batch", "list", "--json", data_dir=data_dir).stdout)
    assert journalled["google_name"] is None and journalled["stage"] == "creating"
    _resume(data_dir)
    _check_complete(data_dir, studio, ROWS)
    [batch] = json.loads(run_cli("batch", "list", "--json", data_dir=data_dir).stdout)
    assert batch["google_name"] == next(iter(studio.batches))


def test_sigkill_during_download_then_download_again(studio, data_dir, tmp_path):
    sheet = write_sheet(tmp_path / "download.csv", ROWS)
    studio.options.download_seconds = 30
    proc = _start(data_dir, "submit", str(sheet), "--connection", "studio", "--mode", "file",
                  "--poll-seconds", "0.05")
    _kill_when(proc, lambda: any(":download" in r["path"] for r in list(studio.requests)))
    studio.options.download_seconds = 0
    [journalled] = json.loads(run_cli("batch", "list", "--json", data_dir=data_dir).stdout)
    proc = run_cli("batch", "download", journalled["id"], "--poll-seconds", "0.05", "--json",
                   data_dir=data_dir, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert all(row["tags"] == ["campaign", f"row{row['row']}"] for row in result["rows"])
    _check_complete(data_dir, studio, ROWS)
    # And once more: downloading a finished batch again adds nothing.
    proc = run_cli("batch", "download", journalled["id"], "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    _check_complete(data_dir, studio, ROWS)


def test_interactive_mode_uses_the_queue_and_the_sheets_board(studio, data_dir, tmp_path):
    sheet = write_sheet(tmp_path / "Quick look.csv", 3)
    proc = run_cli("batch", "submit", str(sheet), "--connection", "studio", "--interactive",
                   "--json", data_dir=data_dir, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["mode"] == "interactive" and result["rows_done"] == 3
    assert studio.batches == {}  # not Google's batch mode
    assert len(_library(data_dir)) == 3
    assert "interactive" in proc.stderr


def test_status_list_and_cancel_from_the_command_line(studio, data_dir, tmp_path):
    sheet = write_sheet(tmp_path / "slow.csv", 4)
    studio.options.delay = 60
    proc = run_cli("batch", "submit", str(sheet), "--connection", "studio", "--no-wait", "--json",
                   data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    batch_id = json.loads(proc.stdout)["id"]
    status = run_cli("batch", "status", batch_id, "--json", data_dir=data_dir)
    assert json.loads(status.stdout)["state"] in ("queued", "running")
    cancel = run_cli("batch", "cancel", batch_id, "--json", data_dir=data_dir)
    assert cancel.returncode == 0, cancel.stderr
    assert json.loads(cancel.stdout)["state"] == "cancelled"
    listed = run_cli("batch", "list", data_dir=data_dir)
    assert f"{batch_id}\tcancelled" in listed.stderr
    missing = run_cli("batch", "status", "batch-nope", data_dir=data_dir)
    assert missing.returncode == 1 and "There is no batch batch-nope." in missing.stderr
