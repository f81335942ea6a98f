"""Soak: 300 jobs through the real engine and the emulator, 8 at a time, with faults injected
at random. Every job must end in a terminal state with the kind its last answer deserved,
every image must be the emulator's bytes, and nothing may be left over on disk or in the
database."""

from __future__ import annotations

import hashlib
from collections import Counter

from nbp_desktop.core.google.transport import RetryPolicy, TimeoutPolicy
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus

JOBS = 300
FAULT_RATES = {"quota_per_minute": 0.05, "overloaded": 0.05, "server_error": 0.04,
               "truncated": 0.04, "stall_body": 0.02, "image_safety": 0.02,
               "prompt_blocked": 0.02, "malformed": 0.01}
# What a job's last answer makes of it (a body cut off or stalled after a 200 is never re-sent).
EXPECTED_KIND = {"quota_per_minute": "quota_per_minute", "overloaded": "overloaded",
                 "server_error": "server_error", "truncated": "truncated_body",
                 "stall_body": "truncated_body", "image_safety": "image_safety",
                 "prompt_blocked": "prompt_blocked", "malformed": "malformed_body"}


async def test_soak_300_jobs_with_faults(harness):
    harness.connect(concurrency=8)
    client = harness.ws.services.client
    client.retries = RetryPolicy(max_attempts=3, base_delay=0.01, jitter=0.0)
    client.timeouts = TimeoutPolicy(per_size={"1K": 1.5, "2K": 1.5, "4K": 1.5}, connect=1.0)
    harness.emulator.service.faults.configure({"random": FAULT_RATES, "seed": 20261121, "seconds": 30})

    ids = []
    for i in range(JOBS):
        ids += await harness.engine.submit(JobSpec("studio", f"soak {i:03d}"))
    jobs = await harness.engine.wait_for(ids)

    log = harness.generate_requests()
    by_prompt: dict[str, list[dict]] = {}
    for entry in log:
        prompt = entry["request"]["contents"][-1]["parts"][0]["text"]
        by_prompt.setdefault(prompt, []).append(entry)
    statuses = Counter(j.status for j in jobs)
    assert set(statuses) <= {JobStatus.SUCCEEDED, JobStatus.FAILED}
    assert statuses[JobStatus.SUCCEEDED] > 200 and statuses[JobStatus.FAILED] > 5, statuses
    faults_seen = Counter(e["fault"] for e in log if e["fault"])
    assert set(faults_seen) == set(FAULT_RATES), faults_seen  # every fault really happened

    for job in jobs:
        requests = by_prompt[job.spec.prompt]
        assert job.sends == len(requests)  # the journal counted every request that went out
        last = requests[-1]
        if job.status is JobStatus.SUCCEEDED:
            assert last["fault"] is None
            [image_id] = job.image_ids
            image = harness.journal.library.image(image_id)
            data = (harness.data_dir / image.path).read_bytes()
            assert hashlib.sha256(data).hexdigest() == image.sha256 == last["image_sha256"][0]
        else:
            assert job.error_kind == EXPECTED_KIND[last["fault"]], (job.error_kind, last["fault"])
            assert job.image_ids == []

    # No orphans: files and rows match one to one, no temp files, one thumbnail per image.
    rows = {i.path for i in harness.journal.library.images()}
    files = {p.relative_to(harness.data_dir).as_posix()
             for p in (harness.data_dir / "library").rglob("*") if p.is_file() and p.suffix != ".json"}
    sidecars = list((harness.data_dir / "library").rglob("*.json"))
    assert rows == files and len(sidecars) == len(files) == statuses[JobStatus.SUCCEEDED]
    assert not list(harness.data_dir.rglob("*.tmp"))
    assert len(list((harness.data_dir / "thumbnails").rglob("*.webp"))) == len(files)
    assert harness.journal.integrity_check() == "ok"
