"""Settings changes reach the running queue at once, and a wrong-typed value in settings.json
never stops it (issue 10, defects 2 and 3)."""

from __future__ import annotations

import asyncio
import json

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.workspace import Workspace


async def test_a_string_concurrency_in_settings_json_does_not_stop_the_queue(data_dir, emulator):
    """Defect 3: ``"concurrency": "4"`` killed the scheduler with a TypeError nobody saw."""
    (data_dir / "settings.json").write_text(json.dumps(
        {"schema_version": 2, "profile_id": "p", "queue": {"concurrency": "4"}}))
    async with Workspace(data_dir, run_only_own_jobs=True) as ws:
        ws.services.add_temporary_connection(
            ConnectionConfig("studio", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"))
        ids = await ws.engine.submit(JobSpec("studio", "still runs"), count=2)
        jobs = await asyncio.wait_for(ws.engine.wait_for(ids), timeout=20)
        assert [j.status for j in jobs] == [JobStatus.SUCCEEDED, JobStatus.SUCCEEDED]
        assert ('Settings: "queue.concurrency" must be a whole number from 1 to 32; using 4.'
                in ws.services.settings_problems)


async def test_queue_settings_reach_saved_connections_at_once(data_dir, emulator, os_keyring):
    """Defect 2: "jobs at once" changed in Settings did not reach saved connections until a
    restart. Here it is lowered to 2 while the queue runs; the emulator sees at most 2."""
    async with Workspace(data_dir, run_only_own_jobs=True) as ws:
        registry = ws.services.registry
        registry.add(ConnectionConfig("saved", "aistudio", base_url=emulator.base_url), "emulator-key")
        try:
            assert ws.engine.limits_for("saved").concurrency == 4
            settings = ws.services.settings
            settings.queue.concurrency = 2
            settings.queue.requests_per_minute = 90
            await asyncio.to_thread(registry.settings_file.save, settings)  # as Settings → Save does
            limits = ws.engine.limits_for("saved")
            assert (limits.concurrency, limits.requests_per_minute) == (2, 90)
            emulator.service.latency = 0.3
            ids = await ws.engine.submit(JobSpec("saved", "two at once"), count=5)
            await asyncio.wait_for(ws.engine.wait_for(ids), timeout=30)
            spans = [(e["time"], e["completed_at"]) for e in emulator.service.log()
                     if ":generateContent" in e["path"]]
            assert max(sum(1 for s, e in spans if s <= t < e) for t, _ in spans) == 2
        finally:
            registry.remove("saved")


async def test_a_connection_of_its_own_limit_is_used_at_once(data_dir, emulator, os_keyring):
    async with Workspace(data_dir, run_only_own_jobs=True) as ws:
        registry = ws.services.registry
        registry.add(ConnectionConfig("saved", "aistudio", base_url=emulator.base_url), "emulator-key")
        try:
            config = registry.get("saved")
            config.concurrency, config.requests_per_minute = 1, 7
            await asyncio.to_thread(registry.update, "saved", config)  # as the connection editor does
            limits = ws.engine.limits_for("saved")
            assert (limits.concurrency, limits.requests_per_minute) == (1, 7)
            ws.services.settings.queue.concurrency = 3
            await asyncio.to_thread(registry.settings_file.save, ws.services.settings)
            assert ws.engine.limits_for("saved").concurrency == 1  # its own setting wins
            assert ws.engine.limits_for("another").concurrency == 3
        finally:
            registry.remove("saved")
