"""PySide6 6.12.0 on Python 3.11 aborts at exit once qasync has opened sockets
(docs/maintainers/qt-version-trap.md). The real app, in a child process, opens sockets on
the qasync loop (emulator + HTTP client), generates, quits, and must exit 0 without noise."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.subprocess


def test_self_test_generates_and_exits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NBP_DATA_DIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "nbp_desktop", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "self-test: passed" in proc.stderr
    for bad in ("Traceback", "Fatal Python error", "Event loop stopped", "was never awaited"):
        assert bad not in proc.stderr
    assert list(tmp_path.rglob("*.png"))
