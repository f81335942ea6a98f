"""The money-and-data rules where timing is against them: a cancel said twice or racing the
answer, the budget cap changed while the queue waits on it, requests cut off by a crash (never
lose a paid image, never bill twice, count what may have been billed)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from nbp_desktop.core.google.image_client import Phase
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from tests.conftest import wait_until

SINCE = "2000-01-01T00:00:00+00:00"


async def test_cancel_pressed_twice_leaves_the_job_canceled_not_running(harness):
    """A double click on Cancel: the second cancel landed while the first was being journalled,
    cut it short, and the queue showed the job "running" forever."""
    harness.connect(concurrency=4)
    harness.emulator.service.latency = 30
    ids = await harness.engine.submit(JobSpec("studio", "slow"), count=4)
    await wait_until(lambda: len(harness.generate_requests()) == 4, timeout=5)
    for job_id in ids:
        await harness.engine.cancel(job_id)
        await harness.engine.cancel(job_id)
    jobs = await asyncio.wait_for(harness.engine.wait_for(ids), timeout=5)
    assert [job.status for job in jobs] == [JobStatus.CANCELED] * 4
    journalled = [await asyncio.to_thread(harness.journal.job, job_id) for job_id in ids]
    assert [job.status for job in journalled] == [JobStatus.CANCELED] * 4


async def test_many_cancels_at_once_are_one_cancel(harness):
    harness.connect()
    harness.emulator.service.latency = 30
    [job_id] = await harness.engine.submit(JobSpec("studio", "slow"))
    await wait_until(lambda: harness.generate_requests(), timeout=5)
    await asyncio.gather(*(harness.engine.cancel(job_id) for _ in range(5)))
    [job] = await asyncio.wait_for(harness.engine.wait_for([job_id]), timeout=5)
    assert job.status is JobStatus.CANCELED
    assert job.error_message == "The job was canceled."


async def test_cancel_after_the_answer_arrived_keeps_the_paid_image(harness, monkeypatch):
    """Cancel racing the job's own completion: the answer (billed) is in, the files are being
    written. The image must reach the library and be counted once."""
    harness.connect()
    messages: list[str] = []
    harness.engine.add_message_listener(messages.append)
    canceled = threading.Event()
    real_save = harness.engine._save_files

    def save_after_the_cancel(*args):
        canceled.wait(5)  # the save is still running when Cancel is pressed
        return real_save(*args)

    monkeypatch.setattr(harness.engine, "_save_files", save_after_the_cancel)
    [job_id] = await harness.engine.submit(JobSpec("studio", "paid for"))
    await wait_until(lambda: getattr(harness.engine.progress.get(job_id), "phase", None)
                     is Phase.DECODING, timeout=10)
    await harness.engine.cancel(job_id)
    await harness.engine.cancel(job_id)
    await asyncio.sleep(0.7)  # the cancel poll sees the flag in the journal too
    canceled.set()
    [job] = await asyncio.wait_for(harness.engine.wait_for([job_id]), timeout=10)
    assert job.status is JobStatus.SUCCEEDED and len(job.image_ids) == 1
    image = harness.journal.library.image(job.image_ids[0])
    assert (harness.data_dir / image.path).stat().st_size > 0
    assert len(harness.generate_requests()) == 1
    spent = await asyncio.to_thread(harness.journal.spent, SINCE)
    assert spent == pytest.approx(job.actual_cost) and spent > 0.1  # counted once
    assert sum("already arrived and was billed" in m for m in messages) == 1
