"""HTTP/2 proven against the emulator's h2-over-TLS mode: the engine's shared client keeps a
burst on one TLS connection (counted by the server), and a connection that goes away
mid-burst (GOAWAY) costs nothing extra: every job succeeds and Google bills each once."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.google.transport import RetryPolicy
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.settings import SettingsFile
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.emulator.runner import EmulatorThread

JOBS = 10
CONCURRENCY = 4


@pytest.fixture
def h2_emulator() -> Iterator[EmulatorThread]:
    with EmulatorThread(http2=True) as emulator:
        yield emulator


def trust_emulator(data_dir: Path, emulator: EmulatorThread) -> None:
    """The way a user trusts a company proxy's certificate: Settings → Network → CA file."""
    settings_file = SettingsFile(data_dir)
    settings = settings_file.load()
    settings.network.ca_file = str(emulator.emulator.ca_file)
    settings_file.save(settings)


def billed_answers(emulator: EmulatorThread) -> list[dict]:
    """Requests the emulator processed and answered with images (what Google bills)."""
    return [e for e in emulator.service.log()
            if e["path"].endswith(":generateContent") and e.get("status") == 200]


def most_in_flight(entries: list[dict]) -> int:
    """The most requests the emulator was answering at one moment."""
    return max(sum(1 for other in entries if other["time"] <= e["time"] < other["completed_at"])
               for e in entries)


async def run_burst(data_dir: Path, emulator: EmulatorThread) -> list:
    trust_emulator(data_dir, emulator)
    async with Workspace(data_dir) as workspace:
        workspace.services.client.retries = RetryPolicy(max_attempts=4, base_delay=0.05, jitter=0)
        config = ConnectionConfig("h2", "aistudio", base_url=emulator.base_url,
                                  concurrency=CONCURRENCY)
        workspace.services.add_temporary_connection(config, ApiKeyAuth("emulator-key"))
        ids = await workspace.engine.submit(JobSpec("h2", "a lighthouse"), count=JOBS)
        jobs = await workspace.engine.wait_for(ids)
        for job in jobs:  # every image on disk, byte-exact
            image = workspace.journal.library.image(job.image_ids[0])
            data = (data_dir / image.path).read_bytes()
            assert hashlib.sha256(data).hexdigest() == image.sha256
        return jobs


async def test_ten_jobs_at_concurrency_four_share_one_tls_connection(data_dir, h2_emulator):
    h2_emulator.service.latency = 0.2  # so four are really in flight together
    jobs = await run_burst(data_dir, h2_emulator)
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED] * JOBS
    server = h2_emulator.emulator.server
    assert server.connections_opened == 1  # counted by the server, one per TLS handshake
    assert server.http_versions == ["2"] * JOBS  # ALPN chose h2 for every request
    assert len(billed_answers(h2_emulator)) == JOBS
    assert {e["connection_id"] for e in h2_emulator.service.log()} == {1}
    assert most_in_flight(billed_answers(h2_emulator)) == CONCURRENCY  # streams side by side


async def test_goaway_mid_burst_is_survived_without_billing_twice(data_dir, h2_emulator):
    h2_emulator.service.latency = 0.2
    server = h2_emulator.emulator.server
    server.goaway_after = 3  # each connection takes three requests, then goes away
    jobs = await run_burst(data_dir, h2_emulator)
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED] * JOBS
    # Google answered (and billed) each job exactly once, though requests were refused and
    # sent again on new connections.
    billed = billed_answers(h2_emulator)
    assert len(billed) == JOBS
    assert server.refused_streams >= 1  # the GOAWAY really caught requests in flight
    assert server.connections_opened >= 4  # ceil(10 / 3): the client moved on each time
    per_connection: dict[int, int] = {}
    for entry in billed:
        per_connection[entry["connection_id"]] = per_connection.get(entry["connection_id"], 0) + 1
    assert max(per_connection.values()) <= 3


async def test_a_client_without_http2_is_served_http11_over_the_same_tls_port(data_dir, h2_emulator):
    """ALPN offers h2 and http/1.1: with HTTP/2 switched off in the settings, jobs still run."""
    settings_file = SettingsFile(data_dir)
    settings = settings_file.load()
    settings.network.http2 = False
    settings_file.save(settings)
    jobs = await run_burst(data_dir, h2_emulator)
    assert [j.status for j in jobs] == [JobStatus.SUCCEEDED] * JOBS
    assert set(h2_emulator.emulator.server.http_versions) == {"1.1"}
    assert len(billed_answers(h2_emulator)) == JOBS
