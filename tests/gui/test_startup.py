"""Start-up order: the window is up before the library check (every file walked) is done;
the queue pane says "checking the library…" until it is, then lists last time's jobs."""

from __future__ import annotations

import asyncio
import threading

import pytest

from nbp_desktop.core import workspace as workspace_module
from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.main_window import MainWindow
from nbp_desktop.qt.messages import MessageBridge

pytestmark = pytest.mark.gui


async def test_window_is_usable_while_the_library_is_checked(qtbot, data_dir, monkeypatch):
    journal = Journal(data_dir)  # last time, the app died while this job was running
    journal.add_jobs([("job-crashed", JobSpec("studio", "a lighthouse"), 0.1)])
    journal.mark_running("job-crashed", "a-process-that-is-gone")
    journal.close()
    check_may_finish = threading.Event()
    real_check = workspace_module.check_library

    def slow_check(*args) -> None:  # a big library on a slow disk
        check_may_finish.wait(10)
        real_check(*args)

    monkeypatch.setattr(workspace_module, "check_library", slow_check)
    async with Workspace(data_dir, check_library_later=True) as workspace:
        window = MainWindow(workspace, MessageBridge())
        window.queue.set_checking_library(not workspace.ready.is_set())
        window.show()
        try:
            await asyncio.sleep(0.2)
            assert window.isVisible() and not workspace.ready.is_set()
            assert window.queue.checking_label.isVisibleTo(window)
            assert window.queue.checking_label.text() == "checking the library…"
            assert window.queue.model.rowCount() == 0
            check_may_finish.set()
            await workspace.until_ready()
            window.queue.set_checking_library(False)
            assert not window.queue.checking_label.isVisibleTo(window)
            assert window.queue.model.rowCount() == 1
            assert workspace.engine.jobs["job-crashed"].status is JobStatus.INTERRUPTED
            assert workspace.report.interrupted == ["job-crashed"]
        finally:
            check_may_finish.set()
            await window.shutdown()
            window.hide()
            window.deleteLater()
