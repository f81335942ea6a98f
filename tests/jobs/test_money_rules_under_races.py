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


@pytest.mark.parametrize("moment", ["decoding the answer", "saving the files"])
async def test_cancel_after_the_answer_arrived_keeps_the_paid_image(harness, monkeypatch, moment):
    """Cancel racing the job's own completion: the answer (billed) is in, and is being decoded
    or written to the library. The image must reach the library and be counted once."""
    from nbp_desktop.core.google import image_client

    harness.connect()
    messages: list[str] = []
    harness.engine.add_message_listener(messages.append)
    canceled = threading.Event()

    def after_the_cancel(real):
        def held(*args):
            canceled.wait(5)  # still at work when Cancel is pressed
            return real(*args)
        return held

    if moment == "decoding the answer":
        monkeypatch.setattr(image_client, "_parse_body", after_the_cancel(image_client._parse_body))
    else:
        monkeypatch.setattr(harness.engine, "_save_files", after_the_cancel(harness.engine._save_files))
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


def _budget(harness, limit_usd: float) -> None:
    """As Settings → Save does (on a worker thread): the engine hears of it at once."""
    settings = harness.ws.services.settings
    settings.budget.limit_usd, settings.budget.period = limit_usd, "day"
    harness.ws.services.registry.settings_file.save(settings)


async def test_raising_the_budget_cap_resumes_the_queue_it_paused(harness):
    harness.connect(concurrency=1)
    _budget(harness, 0.30)  # room for two 1K images
    messages: list[str] = []
    harness.engine.add_message_listener(messages.append)
    ids = await harness.engine.submit(JobSpec("studio", "b"), count=3)
    jobs = await harness.engine.wait_for(ids, give_up_when_paused=True)
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED, JobStatus.SUCCEEDED, JobStatus.QUEUED]
    # Raised, but still no room for the next job: it stays paused and says why.
    await asyncio.to_thread(_budget, harness, 0.35)
    await wait_until(lambda: messages[-1].startswith("Budget cap of $0.35 for today reached"),
                     timeout=5)
    assert harness.engine.paused and len(harness.generate_requests()) == 2
    # Raised enough: the queue continues by itself.
    await asyncio.to_thread(_budget, harness, 1.00)
    jobs = await asyncio.wait_for(harness.engine.wait_for(ids), timeout=10)
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED] * 3
    assert not harness.engine.paused
    assert "The budget cap is now $1.00; the queue continues." in messages


async def test_removing_the_budget_cap_resumes_the_queue_it_paused(harness):
    harness.connect(concurrency=1)
    _budget(harness, 0.15)
    ids = await harness.engine.submit(JobSpec("studio", "b"), count=2)
    jobs = await harness.engine.wait_for(ids, give_up_when_paused=True)
    assert jobs[1].status is JobStatus.QUEUED
    await asyncio.to_thread(_budget, harness, 0.0)
    jobs = await asyncio.wait_for(harness.engine.wait_for(ids), timeout=10)
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED] * 2


async def test_a_cap_paused_by_hand_is_not_resumed_by_a_raise(harness):
    harness.connect(concurrency=1)
    _budget(harness, 0.15)
    ids = await harness.engine.submit(JobSpec("studio", "b"), count=2)
    await harness.engine.wait_for(ids, give_up_when_paused=True)
    harness.engine.pause()  # the user paused it too
    await asyncio.to_thread(_budget, harness, 1.00)
    await asyncio.sleep(0.8)
    assert harness.engine.paused and len(harness.generate_requests()) == 1


async def test_lowering_the_cap_below_todays_spend_pauses_before_the_next_job(harness):
    harness.connect(concurrency=1)
    [first] = await harness.engine.submit(JobSpec("studio", "paid"))
    await harness.engine.wait_for([first])
    messages: list[str] = []
    harness.engine.add_message_listener(messages.append)
    await asyncio.to_thread(_budget, harness, 0.10)
    [second] = await harness.engine.submit(JobSpec("studio", "not now"))
    [job] = await asyncio.wait_for(harness.engine.wait_for([second], give_up_when_paused=True), 10)
    assert job.status is JobStatus.QUEUED and harness.engine.paused
    assert messages[-1].startswith("Budget cap of $0.10 for today reached")
    assert len(harness.generate_requests()) == 1


# ------------------------------------------------- requests cut off by a crash (interrupted)
def _crashed_mid_request(data_dir, *, answered: bool) -> None:
    """The journal as a killed app left it: a request sent (and, with ``answered``, its answer
    charged) by a process that no longer exists."""
    from nbp_desktop.core.jobs.journal import Journal

    journal = Journal(data_dir)
    journal.add_jobs([("job-cut", JobSpec("studio", "cut off"), 0.134)])
    assert journal.mark_running("job-cut", "424242-deadbeef")  # an owner that no longer exists
    journal.count_send("job-cut")
    if answered:
        journal.record_charge("job-cut", 0.14)
    journal.close()


async def test_a_request_cut_off_by_a_crash_counts_as_possibly_billed(data_dir, emulator):
    from nbp_desktop.core.connections.config import ConnectionConfig
    from nbp_desktop.core.google.auth import ApiKeyAuth
    from nbp_desktop.core.workspace import Workspace

    _crashed_mid_request(data_dir, answered=False)
    async with Workspace(data_dir) as ws:
        assert ws.report.interrupted == ["job-cut"]
        spent, possible = await asyncio.to_thread(ws.journal.spent_and_possibly_billed, SINCE)
        assert spent == possible == pytest.approx(0.134)
        # The budget counts it: a cap of $0.20 leaves no room for another $0.134 image.
        settings = ws.services.settings
        settings.budget.limit_usd, settings.budget.period = 0.20, "day"
        await asyncio.to_thread(ws.services.registry.settings_file.save, settings)
        ws.services.add_temporary_connection(
            ConnectionConfig("studio", "aistudio", base_url=emulator.base_url),
            ApiKeyAuth("emulator-key"))
        messages: list[str] = []
        ws.engine.add_message_listener(messages.append)
        ws.engine.resume()
        ids = await ws.engine.submit(JobSpec("studio", "next"))
        [job] = await asyncio.wait_for(ws.engine.wait_for(ids, give_up_when_paused=True), 10)
        assert job.status is JobStatus.QUEUED
        assert [e for e in emulator.service.log() if ":generateContent" in e["path"]] == []
        assert ("The spend includes $0.13 that Google may have billed for jobs interrupted "
                "while they ran.") in messages[-1]
        # Run again: the cut-off request stays possibly billed, the new answer adds its own.
        settings.budget.limit_usd = 0.0
        await asyncio.to_thread(ws.services.registry.settings_file.save, settings)
        await ws.engine.retry("job-cut")
        [again, _] = await asyncio.wait_for(ws.engine.wait_for(["job-cut", *ids]), 10)
        assert again.status is JobStatus.SUCCEEDED
        spent, possible = await asyncio.to_thread(ws.journal.spent_and_possibly_billed, SINCE)
        assert possible == pytest.approx(0.134)
        assert spent == pytest.approx(0.134 + again.actual_cost + ws.journal.job(ids[0]).actual_cost)


async def test_an_answer_charged_before_the_crash_is_not_counted_twice(data_dir):
    from nbp_desktop.core.workspace import Workspace

    _crashed_mid_request(data_dir, answered=True)
    async with Workspace(data_dir, start_engine=False) as ws:
        assert ws.report.interrupted == ["job-cut"]
        spent, possible = await asyncio.to_thread(ws.journal.spent_and_possibly_billed, SINCE)
        assert (spent, possible) == (pytest.approx(0.14), 0.0)


async def test_stopping_the_app_mid_request_counts_it_as_possibly_billed(data_dir, emulator):
    from nbp_desktop.core.connections.config import ConnectionConfig
    from nbp_desktop.core.google.auth import ApiKeyAuth
    from nbp_desktop.core.workspace import Workspace

    emulator.service.latency = 30
    async with Workspace(data_dir) as ws:
        ws.services.add_temporary_connection(
            ConnectionConfig("s", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"))
        [job_id] = await ws.engine.submit(JobSpec("s", "long"))
        await wait_until(lambda: emulator.service.log(), timeout=5)
    async with Workspace(data_dir, start_engine=False) as ws:
        job = ws.journal.job(job_id)
        assert job.status is JobStatus.INTERRUPTED and job.possible_cost == pytest.approx(0.134)
        assert ws.journal.spent(SINCE) == pytest.approx(0.134)


def test_cost_says_what_interrupted_jobs_may_have_cost(data_dir):
    from tests.conftest import run_cli

    _crashed_mid_request(data_dir, answered=False)
    result = run_cli("cost", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Spent in the last 30 days: $0.13" in result.stderr
    assert ("This includes $0.13 that Google may have billed for jobs interrupted while they "
            "ran.") in result.stderr
    result = run_cli("cost", "--json", data_dir=data_dir)
    assert '"possibly_billed_usd": 0.134' in result.stdout
