"""The status bar's spend of the day counts what requests cut off by a crash may have cost,
and says so in words."""

from __future__ import annotations

import pytest

from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.jobs.spec import JobSpec
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.main_window import MainWindow
from nbp_desktop.qt.messages import MessageBridge
from tests.conftest import wait_until

pytestmark = pytest.mark.gui


async def test_the_days_spend_counts_and_names_what_interrupted_jobs_may_have_cost(data_dir, qtbot):
    journal = Journal(data_dir)
    journal.add_jobs([("job-cut", JobSpec("studio", "cut off"), 0.134)])
    assert journal.mark_running("job-cut", "424242-deadbeef")  # a process that no longer exists
    journal.count_send("job-cut")  # the request went out; then the app was killed
    journal.close()
    async with Workspace(data_dir) as workspace:
        window = MainWindow(workspace, MessageBridge())
        window.show()
        try:
            await wait_until(lambda: window.spent_label.text() == "Today $0.13", timeout=10)
            assert ("including $0.13 that Google may have billed for jobs interrupted while "
                    "they ran") in window.spent_label.toolTip()
        finally:
            await window.shutdown()
            window.hide()
            window.deleteLater()
