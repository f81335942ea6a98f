"""One authenticator per connection (issue 10, defect 5): a burst of Vertex jobs reads the
keychain once and fetches one OAuth token, counted on the emulator's side."""

from __future__ import annotations

import asyncio
import json

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.connections.secrets import SecretStore
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.emulator.runner import EmulatorThread


@pytest.fixture
def own_emulator():
    """An emulator of its own, so every socket and token request it counts is this test's."""
    with EmulatorThread() as emulator:
        yield emulator


async def test_ten_vertex_jobs_at_concurrency_four_share_one_token(data_dir, own_emulator, os_keyring,
                                                                    monkeypatch):
    info = own_emulator.service.tokens.create_service_account(own_emulator.base_url + "/token")
    keychain_reads = []
    real_get = SecretStore.get

    def counting_get(self, name):
        keychain_reads.append(name)
        return real_get(self, name)

    monkeypatch.setattr(SecretStore, "get", counting_get)
    async with Workspace(data_dir, run_only_own_jobs=True) as ws:
        registry = ws.services.registry
        await asyncio.to_thread(registry.add, ConnectionConfig("vertex", "vertex", base_url=own_emulator.base_url),
                                json.dumps(info))
        try:
            assert ws.engine.limits_for("vertex").concurrency == 4
            own_emulator.service.latency = 0.2  # the four first jobs overlap
            before = own_emulator.emulator.server.connections_opened
            ids = await ws.engine.submit(JobSpec("vertex", "shared token"), count=10)
            jobs = await asyncio.wait_for(ws.engine.wait_for(ids), timeout=60)
            assert all(j.status is JobStatus.SUCCEEDED for j in jobs), [j.error_message for j in jobs]
            assert own_emulator.service.tokens.token_requests == 1
            assert own_emulator.emulator.server.connections_opened - before <= 5
            assert keychain_reads == ["vertex"]
        finally:
            registry.remove("vertex")


async def test_two_connections_with_one_service_account_share_its_token(data_dir, own_emulator, os_keyring):
    info = own_emulator.service.tokens.create_service_account(own_emulator.base_url + "/token")
    async with Workspace(data_dir, run_only_own_jobs=True) as ws:
        registry = ws.services.registry
        for name in ("vertex-us", "vertex-eu"):  # e.g. two projects billed to one account
            config = ConnectionConfig(name, "vertex", base_url=own_emulator.base_url)
            await asyncio.to_thread(registry.add, config, json.dumps(info))
        try:
            ids = await ws.engine.submit(JobSpec("vertex-us", "one"), count=2)
            ids += await ws.engine.submit(JobSpec("vertex-eu", "account"), count=2)
            jobs = await asyncio.wait_for(ws.engine.wait_for(ids), timeout=60)
            assert all(j.status is JobStatus.SUCCEEDED for j in jobs), [j.error_message for j in jobs]
            assert own_emulator.service.tokens.token_requests == 1
        finally:
            registry.remove("vertex-us")
            registry.remove("vertex-eu")
