"""The queue model follows the engine's events one to one while 300 jobs churn through the
engine against the emulator: Qt's own model tester watches every signal, and a shadow list
kept only from the row signals must equal the model and, at the end, the engine's queue."""

from __future__ import annotations

import asyncio
import random

import pytest
from PySide6.QtCore import QModelIndex

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.google.transport import RetryPolicy
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.queue.queue_model import JOB_ID_ROLE, STATUS, QueueModel
from nbp_desktop.qt.thumbnail_cache import ThumbnailCache
from tests.conftest import wait_until

pytestmark = pytest.mark.gui

JOBS = 300


class ShadowRows:
    """The rows as the signals say they are; a reset is counted (events map to row changes)."""

    def __init__(self, model: QueueModel) -> None:
        self.model = model
        self.ids = self._model_ids()
        self.resets = self.inserts = self.moves = self.removes = self.changes = 0
        model.rowsInserted.connect(self._inserted)
        model.rowsMoved.connect(self._moved)
        model.rowsRemoved.connect(self._removed)
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._changed)

    def _model_ids(self) -> list[str]:
        return [self.model.index(r, 0).data(JOB_ID_ROLE) for r in range(self.model.rowCount())]

    def _check(self) -> None:
        assert self.ids == self._model_ids()

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.inserts += 1
        for row in range(first, last + 1):
            self.ids.insert(row, self.model.index(row, 0).data(JOB_ID_ROLE))
        self._check()

    def _moved(self, _parent: QModelIndex, start: int, end: int, _dest: QModelIndex, row: int) -> None:
        self.moves += 1
        moving = self.ids[start:end + 1]
        del self.ids[start:end + 1]
        target = row if row < start else row - len(moving)
        self.ids[target:target] = moving
        self._check()

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.removes += 1
        del self.ids[first:last + 1]
        self._check()

    def _reset(self) -> None:
        self.resets += 1
        self.ids = self._model_ids()

    def _changed(self, top_left, _bottom_right, _roles=()) -> None:
        self.changes += 1
        assert top_left.data(JOB_ID_ROLE) == self.ids[top_left.row()]


async def test_queue_model_follows_300_jobs_churning_through_the_engine(qtmodeltester, data_dir, emulator):
    rng = random.Random(7)
    emulator.service.faults.set_random({"server_error": 0.1, "image_safety": 0.05}, seed=3)
    async with Workspace(data_dir) as workspace:
        services, engine = workspace.services, workspace.engine
        services.client.retries = RetryPolicy(max_attempts=1, base_delay=0.01, jitter=0)
        for name in ("one", "two"):
            services.add_temporary_connection(ConnectionConfig(name, "aistudio", base_url=emulator.base_url,
                                                               concurrency=6), ApiKeyAuth("emulator-key"))
        thumbnails = ThumbnailCache(data_dir)
        model = QueueModel(engine, thumbnails, lambda image_id: None)
        qtmodeltester.check(model)
        shadow = ShadowRows(model)
        try:
            engine.pause("Held while the first jobs are queued.")
            submitted: list[str] = []
            for batch in range(JOBS // 20):
                spec = JobSpec("one" if batch % 2 else "two", f"churn {batch}", size="1K")
                submitted += await engine.submit(spec, 20)
                if batch == 2:
                    engine.resume()
                # Reorder and cancel while others run.
                queued = [j for j in submitted if j in engine.jobs and engine.jobs[j].status is JobStatus.QUEUED]
                if len(queued) > 3:
                    await engine.move(queued[-1], queued[0])
                    await engine.move(queued[1], None)
                    await engine.cancel(rng.choice(queued[2:]))
                if True:  # keep the table short: the model tester walks every row per signal
                    await engine.clear_finished()
                await asyncio.sleep(0)
            emulator.service.faults.set_random({})
            await wait_until(lambda: all(engine.jobs[j].status.finished for j in submitted
                                         if j in engine.jobs), timeout=90)
            for job_id in [j for j in submitted if j in engine.jobs
                           and engine.jobs[j].status is JobStatus.FAILED][:10]:
                await engine.retry(job_id)  # moves to the end, then runs
            await wait_until(lambda: all(job.status.finished for job in engine.jobs.values()), timeout=30)
            await asyncio.sleep(0.25)  # coalesced repaints land
            model._flush()

            order = [job.id for job in sorted(engine.jobs.values(), key=lambda j: j.position)]
            assert shadow.ids == order == [model.job_at(r).id for r in range(model.rowCount())]
            assert shadow.resets == 0
            assert shadow.inserts >= JOBS and shadow.moves > 0 and shadow.removes > 0
            for row, job_id in enumerate(order):
                assert model.job_at(row) == engine.jobs[job_id]
                assert model.index(row, STATUS).data(JOB_ID_ROLE) == job_id
            assert JobStatus.SUCCEEDED in {engine.jobs[j].status for j in order}
        finally:
            model.detach()
            await thumbnails.close()


def test_no_qt_code_reads_the_engines_state():
    """The GUI knows the queue from the engine's events only (actions stay method calls)."""
    import re
    from pathlib import Path

    import nbp_desktop.qt

    internals = re.compile(r"engine\.(jobs|progress|journal|paused|connection_paused_until|limits|_\w+)\b")
    found = [f"{path.name}:{number}" for path in Path(nbp_desktop.qt.__file__).parent.rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if internals.search(line)]
    assert found == []
