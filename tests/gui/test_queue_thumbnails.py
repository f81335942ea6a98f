"""A finished job's row in the queue shows its thumbnail (made in a worker process, its path
read off the GUI thread), even while the journal is busy with another commit."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.jobs.events import JobAdded
from nbp_desktop.core.jobs.spec import JobStatus
from nbp_desktop.qt.queue.queue_model import PROMPT, QueueModel
from tests.conftest import wait_until

pytestmark = pytest.mark.gui


async def test_finished_job_row_shows_its_thumbnail_without_waiting_for_the_journal(window, emulator):
    window.services.add_temporary_connection(
        ConnectionConfig("studio", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"))
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText("studio")
    window.compose.prompt_edit.setPlainText("a red bicycle")
    [job] = await window.generate()
    assert job.status is JobStatus.SUCCEEDED
    # A queue listing a job it has not painted yet (as after a restart).
    index = window.own_library.index
    model = QueueModel(window.engine, window.thumbnails,
                       lambda image_id: getattr(index.image(image_id), "path", None))
    model.on_event(JobAdded(window.engine.jobs[job.id]))
    cell = model.index(model.row_of(job.id), PROMPT)
    journal = window.workspace.journal
    released = threading.Event()

    def hold_the_journal() -> None:  # a commit stuck in fsync on a busy disk
        with journal.database.transaction():
            released.wait(5)

    holder = threading.Thread(target=hold_the_journal)
    holder.start()
    try:
        # Painting asks for the thumbnail: it must answer at once, not wait for the journal.
        started = time.monotonic()
        assert cell.data(Qt.ItemDataRole.DecorationRole) is None
        assert time.monotonic() - started < 0.5
    finally:
        released.set()
        holder.join()
    await wait_until(lambda: cell.data(Qt.ItemDataRole.DecorationRole) is not None, timeout=10)
