"""Issue 16: nothing lost, never billed twice. Every answered request is either in the library
(or the unsaved-images folder) or counted; what may have been billed is never re-sent on its
own. Full-disk and read-only cases run on a small tmpfs mounted over the library folder (root,
as in CI), else on a stand-in that raises ENOSPC / EROFS."""

from __future__ import annotations

import asyncio
import errno
import hashlib
from pathlib import Path

import pytest

from nbp_desktop.core.catalog import estimate_cost
from nbp_desktop.core.google.transport import TimeoutPolicy
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.library import image_store
from nbp_desktop.core.library.image_store import write_atomically as real_write_atomically
from tests.conftest import wait_until
from tests.small_disk import fill, make_read_only, small_tmpfs

EVER = "2000-01-01T00:00:00+00:00"
ESTIMATE_1K = estimate_cost("gemini-3-pro-image", "1K")
CUT_OFF = "The answer was cut off after Google produced it — you may have been billed."


@pytest.fixture
def unsaved(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "unsaved"
    monkeypatch.setenv("NBP_UNSAVED_DIR", str(folder))
    return folder


def answered(harness) -> list[dict]:
    """Requests the emulator produced an image for (Google would have billed each)."""
    return [e for e in harness.generate_requests() if e.get("image_sha256")]


def shas_in(folder: Path) -> set[str]:
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*")
            if p.is_file() and p.suffix != ".json" and not p.name.startswith(".")}


def broken_writes(monkeypatch, code: int) -> None:
    """The stand-in where no tmpfs can be mounted: every library write fails with ``code``."""
    def fail(*_args, **_kwargs):
        raise OSError(code, "stand-in")
    monkeypatch.setattr(image_store, "write_atomically", fail)


async def run_one(harness, prompt: str):
    [job_id] = await harness.engine.submit(JobSpec("studio", prompt))
    [job] = await harness.engine.wait_for([job_id])
    return job


async def test_full_disk_during_the_request_keeps_the_paid_image_and_counts_it(harness, unsaved,
                                                                                  monkeypatch):
    """Point 3: the disk fills while Google works; the answered image is kept elsewhere, the
    job says where, its cost is in the spend, and Run again saves it without paying again."""
    harness.connect()
    library = harness.data_dir / "library"
    with small_tmpfs(library, "24m") as disk:
        if disk is None:
            broken_writes(monkeypatch, errno.ENOSPC)
        harness.emulator.service.latency = 0.6
        [job_id] = await harness.engine.submit(JobSpec("studio", "a lighthouse at dusk"))
        await wait_until(lambda: harness.generate_requests(), timeout=5)
        if disk is not None:
            await asyncio.to_thread(fill, library)  # another program fills the disk meanwhile
        [job] = await harness.engine.wait_for([job_id])
        assert job.status is JobStatus.FAILED and job.error_kind == "disk"
        assert job.error_message.startswith("The disk is full, so the image could not be saved in ")
        kept = unsaved / job.id
        assert job.error_message.endswith(
            f"The image Google made (billed ${job.actual_cost:.2f}) is kept in {kept}; Run again "
            "saves it into the library without a new request.")
        [request] = answered(harness)
        assert request["image_sha256"][0] in shas_in(kept)
        assert job.actual_cost and harness.journal.spent(EVER) == pytest.approx(job.actual_cost)
        assert len(harness.generate_requests()) == 1  # not re-sent

        # Room again: Run again saves the kept image and pays nothing more.
        if disk is not None:
            (library / ".filler").unlink()
        else:
            monkeypatch.setattr(image_store, "write_atomically", real_write_atomically)
        await harness.engine.retry(job.id)
        [saved] = await harness.engine.wait_for([job.id])
        assert saved.status is JobStatus.SUCCEEDED, saved.error_message
        image = harness.journal.library.image(saved.image_ids[0])
        assert image.sha256 == request["image_sha256"][0]
        assert hashlib.sha256((harness.data_dir / image.path).read_bytes()).hexdigest() == image.sha256
        assert len(harness.generate_requests()) == 1  # no new request...
        assert harness.journal.spent(EVER) == pytest.approx(job.actual_cost)  # ...no new charge
        assert not kept.exists()


async def test_no_room_for_the_result_refuses_before_sending(harness, monkeypatch):
    """Point 3: a job whose result cannot fit is not sent (so not paid for)."""
    harness.connect()
    library = harness.data_dir / "library"
    with small_tmpfs(library, "2m") as disk:
        if disk is None:
            from nbp_desktop.core.library import disk_space

            monkeypatch.setattr(disk_space.shutil, "disk_usage",
                                lambda _p: type("U", (), {"free": 2 * 2**20})())
        job = await run_one(harness, "a harbour")
    assert job.status is JobStatus.FAILED and job.error_kind == "disk"
    assert job.error_message == (
        f"There is not enough free space for this image in {library}: about 7 MB is needed and "
        "2.0 MB is free. Nothing was sent. Free some space, then run the job again.")
    assert harness.generate_requests() == [] and harness.journal.spent(EVER) == 0


async def test_read_only_library_keeps_the_paid_image_and_counts_it(harness, unsaved, monkeypatch):
    harness.connect()
    library = harness.data_dir / "library"
    with small_tmpfs(library, "24m") as disk:
        if disk is None:
            broken_writes(monkeypatch, errno.EROFS)
        else:
            make_read_only(library)
        job = await run_one(harness, "a quiet street")
    assert job.status is JobStatus.FAILED
    assert "cannot be written to (permission denied or read-only)" in job.error_message
    assert job.error_message.endswith(f"is kept in {unsaved / job.id}; Run again saves it into "
                                      "the library without a new request.")
    assert answered(harness)[0]["image_sha256"][0] in shas_in(unsaved)
    assert harness.journal.spent(EVER) == pytest.approx(job.actual_cost) and job.actual_cost > 0


async def test_cut_off_answer_is_never_resent_and_its_possible_charge_counted(harness):
    """Point 4: an answer cut off mid-body was produced (and billed) by Google."""
    harness.connect()
    harness.emulator.service.faults.configure({"faults": [{"kind": "truncated", "times": 1}]})
    job = await run_one(harness, "a red kite")
    assert job.status is JobStatus.FAILED and job.error_message == CUT_OFF
    assert job.sends == 1 and len(harness.generate_requests()) == 1
    assert job.actual_cost == pytest.approx(ESTIMATE_1K)
    assert harness.journal.spent(EVER) == pytest.approx(ESTIMATE_1K)
    # Retry stays one click away: run again, it succeeds, and both charges are counted.
    await harness.engine.retry(job.id)
    [again] = await harness.engine.wait_for([job.id])
    assert again.status is JobStatus.SUCCEEDED
    assert harness.journal.spent(EVER) > ESTIMATE_1K + 0.1


# The fault matrix: for each fault, spend == the sum of answered requests' costs and no
# answered image is lost. A request answered whole costs what its usage says; one whose answer
# the app never got whole costs the catalog estimate (Google's usage never arrived), which is
# within a cent of what Google bills.
MATRIX = ["cut_off_body", "slow_after_headers", "timeout_after_send", "disk_full_on_save",
          "read_only_library"]


@pytest.mark.parametrize("case", MATRIX)
async def test_fault_matrix_spend_equals_answered_and_nothing_is_lost(harness, unsaved, monkeypatch,
                                                                      case):
    harness.connect()
    harness.ws.services.client.timeouts = TimeoutPolicy(per_size={"1K": 1.0, "2K": 1.0, "4K": 1.0},
                                                        connect=1.0)
    faults = harness.emulator.service.faults
    library = harness.data_dir / "library"
    prompts = [f"matrix {case} {n}" for n in range(3)]
    with small_tmpfs(library, "40m") as disk:
        if case in ("cut_off_body", "slow_after_headers"):
            faults.configure({"faults": [{"kind": case, "seconds": 5, "times": 1}]})
        elif case == "timeout_after_send":
            faults.configure({"faults": [{"kind": "slow_headers", "seconds": 5, "times": 1}]})
        elif case == "disk_full_on_save":
            if disk is None:
                broken_writes(monkeypatch, errno.ENOSPC)
            else:
                # Full to the last byte; the check before sending is told there is room, so
                # the save itself meets the full disk (as when another program fills it).
                await asyncio.to_thread(fill, library)
                monkeypatch.setattr("nbp_desktop.core.library.disk_space.room_needed",
                                    lambda _size, _images=1: 0)
        elif disk is None:
            broken_writes(monkeypatch, errno.EROFS)
        else:
            make_read_only(library)
        ids = []
        for prompt in prompts:
            ids += await harness.engine.submit(JobSpec("studio", prompt))
        jobs = await harness.engine.wait_for(ids)
        library_shas = {i.sha256 for i in harness.journal.library.images()}
    requests = harness.generate_requests()
    assert len(requests) == len(prompts)  # nothing was re-sent on its own
    whole = {j.id for j in jobs if j.status is JobStatus.SUCCEEDED or j.error_kind == "disk"}
    expected = 0.0
    for job in jobs:
        if job.id in whole:
            expected += job.actual_cost  # usage-priced the moment the answer arrived
        else:
            assert job.error_message.endswith("you may have been billed."), job.error_message
            expected += ESTIMATE_1K
    assert len(answered(harness)) == len(prompts)  # the emulator produced every one
    assert harness.journal.spent(EVER) == pytest.approx(expected, abs=1e-9)
    assert all(j.actual_cost for j in jobs)  # no answered request left out of the spend
    kept = library_shas | shas_in(unsaved)
    by_prompt = {r["request"]["contents"][-1]["parts"][0]["text"]: r for r in requests}
    received = [by_prompt[j.spec.prompt] for j in jobs if j.id in whole]
    for request in received:
        assert request["image_sha256"][0] in kept  # in the library or the unsaved folder
    if case in ("disk_full_on_save", "read_only_library"):
        assert not library_shas and len(received) == len(prompts)
    else:
        assert len(received) == len(prompts) - 1

