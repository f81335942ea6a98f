"""The job engine against the emulator: journal-first, cancel, pause, limits, quota, edits,
variations, budget, cost."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time

import pytest

from nbp_desktop.core.google.image_client import Phase
from nbp_desktop.core.jobs.events import JobProgress
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from tests.conftest import wait_until


async def test_job_is_journalled_before_its_request_is_sent(harness):
    harness.connect()
    harness.emulator.service.latency = 0.6
    [job_id] = await harness.engine.submit(JobSpec("studio", "a teapot"))
    await wait_until(lambda: harness.generate_requests(), timeout=5)
    # While Google is still "thinking", the database already says running, sent once.
    row = await asyncio.to_thread(harness.journal.job, job_id)
    assert row.status is JobStatus.RUNNING and row.sends == 1 and row.owner == harness.ws.lock.name
    [done] = await harness.engine.wait_for([job_id])
    assert done.status is JobStatus.SUCCEEDED
    image = harness.journal.library.image(done.image_ids[0])
    data = (harness.data_dir / image.path).read_bytes()
    assert hashlib.sha256(data).hexdigest() == image.sha256 == harness.generate_requests()[0]["image_sha256"][0]
    thumb = harness.data_dir / "thumbnails" / image.id[:8] / f"{image.id}.webp"
    assert thumb.exists() and thumb.stat().st_size > 0


async def test_cancel_aborts_an_in_flight_request_within_a_second(harness):
    harness.connect()
    harness.emulator.service.latency = 30  # Google would take 30 s
    [job_id] = await harness.engine.submit(JobSpec("studio", "slow"))
    await wait_until(lambda: harness.generate_requests(), timeout=5)
    started = time.monotonic()
    await harness.engine.cancel(job_id)
    await wait_until(lambda: harness.emulator.service.log()[-1]["closed_by_client"], timeout=1.0)
    assert time.monotonic() - started < 1.0  # the emulator saw the connection close
    [job] = await harness.engine.wait_for([job_id])
    assert job.status is JobStatus.CANCELED


async def test_cancel_of_a_queued_job_never_sends_it(harness):
    harness.connect(concurrency=1)
    harness.emulator.service.latency = 0.5
    first, second = await harness.engine.submit(JobSpec("studio", "x"), count=2)
    await harness.engine.cancel(second)
    jobs = await harness.engine.wait_for([first, second])
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED, JobStatus.CANCELED]
    assert len(harness.generate_requests()) == 1


async def test_pause_and_resume(harness):
    harness.connect()
    harness.engine.pause()
    ids = await harness.engine.submit(JobSpec("studio", "p"), count=3)
    await asyncio.sleep(0.8)
    assert harness.generate_requests() == []  # nothing is sent while paused
    resumed_at = time.time()
    harness.engine.resume()
    jobs = await harness.engine.wait_for(ids)
    assert all(j.status is JobStatus.SUCCEEDED for j in jobs)
    assert all(e["time"] >= resumed_at for e in harness.generate_requests())


async def test_requests_per_minute_limit_spaces_requests(harness):
    """3 requests per window; the window is shortened to 1.5 s for the test (60 s in use).
    Measured where the app decides it: when each request has left (its last byte written,
    the job's "waiting" phase). The emulator's own arrival stamps are not used: it runs in this
    process and reads a request only when it gets the CPU, so they drift under load."""
    harness.connect(concurrency=8, requests_per_minute=3, window_seconds=1.5)
    sent_at: dict[str, float] = {}

    def on_event(event) -> None:
        if isinstance(event, JobProgress) and event.progress.phase is Phase.WAITING:
            sent_at.setdefault(event.job_id, time.monotonic())
    harness.engine.subscribe(on_event)
    ids = await harness.engine.submit(JobSpec("studio", "r"), count=7)
    await harness.engine.wait_for(ids)
    assert len(harness.generate_requests()) == 7
    times = sorted(sent_at.values())
    assert len(times) == 7
    for i in range(3, 7):  # any 4 consecutive requests span at least one window
        assert times[i] - times[i - 3] >= 1.45, times


async def test_concurrency_limit_per_connection(harness):
    harness.connect(concurrency=2)
    harness.emulator.service.latency = 0.3
    ids = await harness.engine.submit(JobSpec("studio", "c"), count=6)
    await harness.engine.wait_for(ids)
    spans = [(e["time"], e["completed_at"]) for e in harness.generate_requests()]
    most = max(sum(1 for s, e in spans if s <= t < e) for t, _ in spans)
    assert most == 2


async def test_daily_quota_pauses_only_that_connection_until_reset(harness):
    harness.connect("quota-hit")
    harness.connect("other", kind="vertex-express")
    harness.emulator.service.faults.configure({"faults": [{"kind": "quota_per_day", "api": "aistudio"}]})
    messages = []
    harness.engine.add_message_listener(messages.append)
    [blocked] = await harness.engine.submit(JobSpec("quota-hit", "q"))
    await wait_until(lambda: "quota-hit" in harness.engine.connection_paused_until, timeout=5)
    job = harness.engine.jobs[blocked]
    assert job.status is JobStatus.QUEUED and job.error_kind == "quota_per_day"  # waiting, not failed
    assert "resets at 00:00 Pacific" in messages[-1]
    [other] = await harness.engine.submit(JobSpec("other", "o"))
    [done] = await harness.engine.wait_for([other])
    assert done.status is JobStatus.SUCCEEDED
    await asyncio.sleep(0.3)
    assert harness.engine.jobs[blocked].status is JobStatus.QUEUED
    assert len([e for e in harness.generate_requests() if e.get("api") == "aistudio"]) == 1
    harness.engine.resume()  # the user can force it (as the reset would)
    [after] = await harness.engine.wait_for([blocked])
    assert after.status is JobStatus.SUCCEEDED


async def test_retry_reorder_and_clear_finished(harness):
    harness.connect(concurrency=1)
    harness.emulator.service.faults.configure({"faults": [{"kind": "bad_request"}]})
    [failed] = await harness.engine.submit(JobSpec("studio", "will fail"))
    [job] = await harness.engine.wait_for([failed])
    assert job.status is JobStatus.FAILED and job.error_kind == "bad_request"
    harness.engine.pause()
    a, b, c = await harness.engine.submit(JobSpec("studio", "order"), count=3)
    await harness.engine.move(c, a)  # c before a
    await harness.engine.retry(failed)
    harness.emulator.service.clear_log()
    harness.engine.resume()
    jobs = await harness.engine.wait_for([a, b, c, failed])
    assert all(j.status is JobStatus.SUCCEEDED for j in jobs)
    order = [j.id for j in sorted(jobs, key=lambda j: j.started_at)]
    assert order == [c, a, b, failed]
    assert harness.journal.job(failed).runs == 2
    images_before = len(harness.journal.library.images())
    assert await harness.engine.clear_finished() == 4
    assert harness.journal.jobs() == []
    assert len(harness.journal.library.images()) == images_before  # images stay in the library


async def test_multi_turn_edit_sends_the_model_turn_with_its_signature(harness):
    harness.connect()
    [first] = await harness.engine.submit(JobSpec("studio", "a red chair"))
    [parent_job] = await harness.engine.wait_for([first])
    parent_id = parent_job.image_ids[0]
    issued = harness.generate_requests()[0]["thought_signature"]
    [edit] = await harness.engine.submit(JobSpec("studio", "make it blue", parent_image_id=parent_id,
                                                 edit="edit"))
    [edit_job] = await harness.engine.wait_for([edit])
    assert edit_job.status is JobStatus.SUCCEEDED
    sent = harness.generate_requests()[-1]["request"]["contents"]
    assert [c["role"] for c in sent] == ["user", "model", "user"]
    assert sent[0]["parts"][0]["text"] == "a red chair"
    model_image = sent[1]["parts"][0]
    assert model_image["thoughtSignature"] == issued
    parent = harness.journal.library.image(parent_id)
    assert model_image["inlineData"]["sha256"] == parent.sha256
    assert sent[2]["parts"][0]["text"] == "make it blue"
    child = harness.journal.library.image(edit_job.image_ids[0])
    assert child.parent_id == parent_id
    sidecar = json.loads((harness.data_dir / child.path).with_suffix(".json").read_text())
    assert sidecar["parent_id"] == parent_id


async def test_rerender_at_4k_is_an_edit_asking_for_a_larger_size(harness):
    harness.connect()
    [first] = await harness.engine.submit(JobSpec("studio", "a harbour", aspect_ratio="16:9"))
    [job] = await harness.engine.wait_for([first])
    parent_id = job.image_ids[0]
    [re] = await harness.engine.submit(JobSpec("studio", "", size="4K", aspect_ratio="16:9",
                                               parent_image_id=parent_id, edit="rerender"))
    [done] = await harness.engine.wait_for([re])
    image = harness.journal.library.image(done.image_ids[0])
    assert (image.width, image.height) == (5504, 3072)
    request = harness.generate_requests()[-1]["request"]
    assert request["generationConfig"]["imageConfig"]["imageSize"] == "4K"
    assert "higher resolution" in request["contents"][-1]["parts"][0]["text"]
    assert image.parent_id == parent_id


async def test_variations_grid_is_one_request_with_four_tiles(harness):
    harness.connect()
    [job_id] = await harness.engine.submit(JobSpec("studio", "a logo for a bakery", variations_grid=True))
    [job] = await harness.engine.wait_for([job_id])
    images = [harness.journal.library.image(i) for i in job.image_ids]
    grid = [i for i in images if i.role == "grid"]
    tiles = [i for i in images if i.role == "tile"]
    assert len(grid) == 1 and len(tiles) == 4
    assert all(t.parent_id == grid[0].id for t in tiles)
    assert all((t.width, t.height) == (grid[0].width // 2, grid[0].height // 2) for t in tiles)
    assert len(harness.generate_requests()) == 1  # a quarter of the cost of four requests
    assert "2×2 grid" in harness.generate_requests()[0]["request"]["contents"][0]["parts"][0]["text"]
    assert job.estimated_cost == pytest.approx(0.134)


async def test_budget_cap_pauses_the_queue(harness):
    harness.connect(concurrency=1)
    settings = harness.ws.services.settings
    settings.budget.limit_usd, settings.budget.period = 0.30, "day"  # room for two 1K images
    harness.ws.services.registry.settings_file.save(settings)
    messages = []
    harness.engine.add_message_listener(messages.append)
    ids = await harness.engine.submit(JobSpec("studio", "b"), count=3)
    jobs = await harness.engine.wait_for(ids, give_up_when_paused=True)
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED, JobStatus.SUCCEEDED, JobStatus.QUEUED]
    assert harness.engine.paused
    assert "Budget cap of $0.30 for today reached" in messages[-1]
    assert len(harness.generate_requests()) == 2


async def test_cost_totals(harness):
    harness.connect("one")
    harness.connect("two", kind="vertex-express")
    ids = await harness.engine.submit(JobSpec("one", "x"), count=2)
    ids += await harness.engine.submit(JobSpec("two", "y", size="4K"))
    await harness.engine.wait_for(ids)
    since = "2000-01-01"
    by_connection = harness.journal.totals_by("connection", since)
    assert set(by_connection) == {"one", "two"}
    assert by_connection["two"] > by_connection["one"] / 2  # 4K costs more than a 1K
    assert harness.journal.spent(since) == pytest.approx(sum(by_connection.values()), abs=1e-5)
    assert all(j.actual_cost and j.actual_cost > 0.13 for j in map(harness.journal.job, ids))


async def test_stop_with_running_jobs_marks_them_interrupted(data_dir, emulator):
    from nbp_desktop.core.connections.config import ConnectionConfig
    from nbp_desktop.core.google.auth import ApiKeyAuth
    from nbp_desktop.core.workspace import Workspace

    emulator.service.latency = 30
    async with Workspace(data_dir) as ws:
        ws.services.add_temporary_connection(ConnectionConfig("s", "aistudio", base_url=emulator.base_url),
                                             ApiKeyAuth("emulator-key"))
        [job_id] = await ws.engine.submit(JobSpec("s", "long"))
        await wait_until(lambda: emulator.service.log(), timeout=5)
    async with Workspace(data_dir, start_engine=False) as ws:
        job = ws.journal.job(job_id)
        assert job.status is JobStatus.INTERRUPTED
        assert "may have been billed" in job.error_message


async def test_an_unexpected_error_while_starting_jobs_is_said_and_the_queue_carries_on(harness, monkeypatch):
    """The scheduler once died on a job cleared from the list while its task wound down (a
    KeyError), and the queue stopped for good with no word. Any such slip is now said once and
    the queue goes on. A stand-in fault: the limits provider fails the first time it is asked."""
    harness.connect()
    messages: list[str] = []
    harness.engine.add_message_listener(messages.append)
    real_limits = harness.engine.runtime.queue_limits
    calls = {"n": 0}

    def failing_once(connection):
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyError("job-that-was-just-cleared")
        return real_limits(connection)

    monkeypatch.setattr(harness.engine.runtime, "queue_limits", failing_once)
    ids = await harness.engine.submit(JobSpec("studio", "still runs"), count=2)
    done = await asyncio.wait_for(harness.engine.wait_for(ids), timeout=20)
    assert [job.status for job in done] == [JobStatus.SUCCEEDED, JobStatus.SUCCEEDED]
    assert any("the queue carries on" in text for text in messages), messages


async def test_clearing_finished_jobs_keeps_what_they_cost_in_the_spend(harness):
    """`queue clear` (or Clear finished) once deleted the jobs' rows, and with them the day's
    spend, the budget's count and `cost`'s history."""
    harness.connect()
    ids = await harness.engine.submit(JobSpec("studio", "paid for"), count=2)
    await harness.engine.wait_for(ids)
    since = "2000-01-01T00:00:00+00:00"
    before = await asyncio.to_thread(harness.journal.spent, since)
    by_connection = await asyncio.to_thread(harness.journal.totals_by, "connection", since)
    assert before > 0 and by_connection == {"studio": pytest.approx(before)}
    assert await harness.engine.clear_finished() == 2
    assert harness.engine.jobs == {}
    assert await asyncio.to_thread(harness.journal.spent, since) == pytest.approx(before)
    assert await asyncio.to_thread(harness.journal.totals_by, "connection", since) == by_connection
