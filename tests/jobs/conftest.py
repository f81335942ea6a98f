"""An engine on a fresh data dir, with emulator connections that need no keychain."""

from __future__ import annotations

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.google.transport import RetryPolicy
from nbp_desktop.core.jobs.engine import QueueLimits
from nbp_desktop.core.workspace import Workspace


class Harness:
    def __init__(self, workspace: Workspace, emulator) -> None:
        self.ws = workspace
        self.engine = workspace.engine
        self.journal = workspace.journal
        self.emulator = emulator
        self.data_dir = workspace.data_dir

    def connect(self, name: str = "studio", kind: str = "aistudio", **limits) -> ConnectionConfig:
        """A session connection to the emulator (the keychain is tested elsewhere)."""
        config = ConnectionConfig(name, kind, base_url=self.emulator.base_url)
        self.ws.services.add_temporary_connection(config, ApiKeyAuth("emulator-key",
                                                                     bearer=kind == "openai"))
        if limits:
            self.engine.limits[name] = QueueLimits(**limits)
        return config

    def generate_requests(self) -> list[dict]:
        return [e for e in self.emulator.service.log() if ":generateContent" in e["path"]
                or e["path"].endswith("/images/generations")]


@pytest.fixture
async def harness(data_dir, emulator):
    async with Workspace(data_dir, wait_for_daily_quota=True) as workspace:
        workspace.services.client.retries = RetryPolicy(max_attempts=2, base_delay=0.01, jitter=0)
        yield Harness(workspace, emulator)
