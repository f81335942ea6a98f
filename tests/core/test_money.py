"""Money said explicitly: the demo, and whether a failed request may have been billed."""

from __future__ import annotations

from nbp_desktop.core.jobs.journal import JobRecord
from nbp_desktop.core.library.library_index import ImageRecord
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.money import (DEMO_CONNECTION, estimate_text, image_cost_text, job_cost_text,
                                    price_before_spending)


def job(status: JobStatus, sends: int, kind: str | None = None, connection: str = "studio") -> JobRecord:
    return JobRecord(id="job-1", position=1.0, created="2026-12-02T10:00:00+00:00",
                     connection=connection, model="gemini-3-pro-image", size="1K",
                     spec=JobSpec(prompt="p", connection=connection), status=status,
                     error_kind=kind, sends=sends, estimated_cost=0.134)


def test_failed_jobs_say_whether_google_may_have_billed_them():
    assert job_cost_text(job(JobStatus.CANCELED, sends=0))[0] == "not billed"
    assert job_cost_text(job(JobStatus.FAILED, 1, "quota_per_day"))[0] == "not billed"
    assert job_cost_text(job(JobStatus.FAILED, 1, "image_safety"))[0] == "may have been billed"
    assert job_cost_text(job(JobStatus.FAILED, 3, "overloaded"))[0] == "may have been billed"
    assert job_cost_text(job(JobStatus.INTERRUPTED, 1))[0] == "may have been billed"
    assert job_cost_text(job(JobStatus.FAILED, 1, "timeout", DEMO_CONNECTION))[0] == "not billed"
    assert "$0.134" in job_cost_text(job(JobStatus.FAILED, 1, "timeout"))[1]


def test_the_demo_costs_nothing_and_says_what_google_would_charge():
    assert job_cost_text(job(JobStatus.QUEUED, 0))[0] == "~$0.134"
    assert job_cost_text(job(JobStatus.SUCCEEDED, 1, connection=DEMO_CONNECTION)) == \
        ("$0.00", "Demo: would be $0.134 on Google.")
    assert estimate_text(0.24, DEMO_CONNECTION) == "Cost: $0.00 (demo: would be $0.24 on Google)"
    assert estimate_text(1.5, "studio") == "Estimated cost: $1.50"
    image = ImageRecord(id="i", job_id="job-1", path="a.png", sha256="", mime="image/png", width=1,
                        height=1, bytes=1, created="", model="gemini-3-pro-image",
                        connection=DEMO_CONNECTION, cost=0.0, size="4K")
    assert image_cost_text(image) == "$0.00 (demo: would be $0.24 on Google)"
    assert price_before_spending("gemini-3-pro-image", "4K", "studio") == "about $0.24"
    assert price_before_spending("gemini-3-pro-image", "4K", DEMO_CONNECTION).startswith("free in the demo")
