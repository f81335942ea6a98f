"""An engine on a fresh data dir, with emulator connections that need no keychain."""

from __future__ import annotations

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.google.transport import RetryPolicy
from nbp_desktop.core.workspace import Workspace


class Harness:
    def __init__(self, workspace: Workspace, emulator) -> None:
        self.ws = workspace
        self.engine = workspace.engine
        self.journal = workspace.journal
        self.emulator = emulator
        self.data_dir = workspace.data_dir

    def connect(self, name: str = "studio", kind: str = "aistudio", concurrency: int | None = None,
                requests_per_minute: int | None = None,
                window_seconds: float | None = None) -> ConnectionConfig:
        """A session connection to the emulator (the keychain is tested elsewhere), with its
        own limits; ``window_seconds`` shortens the rate limit's minute for the test."""
        if window_seconds is not None:
            self.ws.services.runtime.rate_window_seconds = window_seconds
        config = ConnectionConfig(name, kind, base_url=self.emulator.base_url,
                                  concurrency=concurrency, requests_per_minute=requests_per_minute)
        self.ws.services.add_temporary_connection(config, ApiKeyAuth("emulator-key",
                                                                     bearer=kind == "openai"))
        return config

    def generate_requests(self) -> list[dict]:
        return [e for e in self.emulator.service.log() if ":generateContent" in e["path"]
                or e["path"].endswith("/images/generations")]


@pytest.fixture
async def harness(data_dir, emulator):
    async with Workspace(data_dir, wait_for_daily_quota=True) as workspace:
        workspace.services.client.retries = RetryPolicy(max_attempts=2, base_delay=0.01, jitter=0)
        yield Harness(workspace, emulator)
