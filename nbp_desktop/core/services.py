"""The core's services for one data dir, wired once and shared by the GUI and the CLI:
settings, connections (with keychain secrets), the image store, and one HTTP client."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.connections.registry import ConnectionRegistry
from nbp_desktop.core.google.auth import Authenticator
from nbp_desktop.core.google.error_mapping import map_http_error, map_transport_error
from nbp_desktop.core.google.image_client import ImageClient
from nbp_desktop.core.google.transport import RetryPolicy, TimeoutPolicy, make_http_client
from nbp_desktop.core.library.image_store import ImageStore


class Services:
    """Use as ``async with Services(data_dir) as services:``; the HTTP client is closed on
    exit, before the event loop ends."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.registry = ConnectionRegistry(self.data_dir)
        self.store = ImageStore(self.data_dir)
        self.http: httpx.AsyncClient | None = None
        self.client: ImageClient | None = None
        self._authenticators: dict[str, Authenticator] = {}
        self.temporary: list[ConnectionConfig] = []  # not saved, e.g. the --demo emulator

    @property
    def settings(self):
        return self.registry.settings

    def connections(self) -> list[ConnectionConfig]:
        return self.temporary + self.registry.list()

    def connection(self, name: str) -> ConnectionConfig:
        for config in self.temporary:
            if config.name == name:
                return config
        return self.registry.get(name)

    def add_temporary_connection(self, config: ConnectionConfig, auth: Authenticator) -> None:
        """A connection for this session only (nothing goes to settings or the keychain)."""
        self.temporary = [c for c in self.temporary if c.name != config.name] + [config]
        self._authenticators[config.name] = auth

    async def __aenter__(self) -> Services:
        network = self.settings.network
        # In a thread: loading the trust store takes a tenth of a second, at every start.
        self.http = await asyncio.to_thread(make_http_client, ca_file=network.ca_file or None,
                                            proxy=network.proxy or None, http2=network.http2)
        self.client = ImageClient(
            self.http,
            TimeoutPolicy(per_size=network.timeouts_by_size(), connect=network.connect_timeout),
            RetryPolicy(max_attempts=network.max_attempts, base_delay=network.retry_base_delay))
        return self

    async def __aexit__(self, *exc) -> None:
        if self.http is not None:
            await self.http.aclose()
            self.http = None

    async def authenticator(self, config: ConnectionConfig) -> Authenticator:
        """Cached per connection, so a service account's token is reused; the keychain read
        runs in a thread because it can block."""
        auth = self._authenticators.get(config.name)
        if auth is None:
            auth = await asyncio.to_thread(self.registry.authenticator, config)
            self._authenticators[config.name] = auth
        return auth

    def forget_authenticator(self, name: str) -> None:
        self._authenticators.pop(name, None)

    async def test_connection(self, config: ConnectionConfig, auth: Authenticator | None = None) -> str:
        """A real call that costs nothing; returns a sentence or raises NbpError. ``auth``
        tests credentials that are not saved yet (the connection editor)."""
        auth = auth or await self.authenticator(config)
        url = config.check_url()
        headers = await auth.headers()
        for attempt in range(2):
            try:
                if config.kind == "openai":
                    response = await self.http.get(url, headers=headers, timeout=20)
                else:
                    body = {"contents": [{"role": "user", "parts": [{"text": "test"}]}]}
                    response = await self.http.post(url, json=body, headers=headers, timeout=20)
            except httpx.HTTPError as exc:
                raise map_transport_error(exc, timeout=20) from None
            if response.status_code == 401 and attempt == 0 and await auth.after_unauthorized():
                headers = await auth.headers()
                continue
            break
        if response.status_code != 200:
            raise map_http_error(response.status_code, response.content, kind=str(config.kind),
                                 model=config.model, location=config.location)
        return f"“{config.name}” works: {config.kind.label} accepted the credentials for {config.model}."
