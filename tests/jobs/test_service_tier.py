"""A connection's service tier goes to Google as its SDK sends it, is priced in the estimate
and the spend, and is turned off for a model that Google refuses it for (the job says so)."""

from __future__ import annotations

import pytest

from nbp_desktop.core.catalog import actual_cost, estimate_cost
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus

MODEL = "gemini-nano-banana-2.1"


def _flex(harness) -> ConnectionConfig:
    config = ConnectionConfig("flex", "aistudio", base_url=harness.emulator.base_url,
                              service_tier="flex", model=MODEL)
    harness.ws.services.add_temporary_connection(config, ApiKeyAuth("emulator-key"))
    return config


async def test_flex_is_sent_and_costs_half(harness):
    _flex(harness)
    [job_id] = await harness.engine.submit(JobSpec("flex", "a kite", model=MODEL))
    [job] = await harness.engine.wait_for([job_id])
    assert job.status is JobStatus.SUCCEEDED, job.error_message
    [entry] = harness.generate_requests()
    assert entry["request"]["serviceTier"] == "flex" and entry["service_tier"] == "flex"
    assert job.estimated_cost == pytest.approx(estimate_cost(MODEL, "1K") / 2)
    image = harness.journal.library.image(job.image_ids[0])
    usage = __import__("json").loads((harness.data_dir / image.path).with_suffix(".json")
                                      .read_text())["usage"]
    assert usage["serviceTier"] == "flex"
    assert job.actual_cost == pytest.approx(actual_cost(MODEL, {**usage, "serviceTier": "standard"}) / 2)


async def test_a_refused_tier_is_said_and_turned_off_for_that_model(harness):
    config = _flex(harness)
    harness.emulator.service.tier_refusals = {MODEL: {"FLEX"}}
    try:
        [job_id] = await harness.engine.submit(JobSpec("flex", "a kite", model=MODEL))
        [job] = await harness.engine.wait_for([job_id])
        assert job.status is JobStatus.FAILED
        assert job.error_message == (f"Google does not take the Flex service tier for {MODEL}; "
                                     "“flex” now uses Standard for this model. Run the job again.")
        assert len(harness.generate_requests()) == 1  # not retried
        assert config.tier_refused_models == [MODEL] and config.tier_for(MODEL) == "standard"
        [again] = await harness.engine.submit(JobSpec("flex", "a kite", model=MODEL))
        [job] = await harness.engine.wait_for([again])
        assert job.status is JobStatus.SUCCEEDED
        assert harness.generate_requests()[-1]["request"]["serviceTier"] is None
        assert job.estimated_cost == pytest.approx(estimate_cost(MODEL, "1K"))
    finally:
        harness.emulator.service.tier_refusals = {}


async def test_a_gateway_is_sent_each_request_once(harness):
    harness.connect("gateway", "openai")
    harness.emulator.service.faults.configure({"faults": [{"kind": "overloaded", "times": 3}]})
    [job_id] = await harness.engine.submit(JobSpec("gateway", "x"))
    [job] = await harness.engine.wait_for([job_id])
    assert job.status is JobStatus.FAILED
    assert job.error_message.startswith("The gateway answered that the model is unavailable")
    assert len(harness.generate_requests()) == 1  # the gateway retries; the app does not
