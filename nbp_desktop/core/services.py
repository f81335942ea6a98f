"""The core's services for one data dir, wired once and shared by the GUI and the CLI:
settings (and what they become at run time), connections (with keychain secrets), one
authenticator per connection, the image store, and one HTTP client."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import httpx

from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionText
from nbp_desktop.core.connections.registry import ConnectionRegistry
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.google import gateway_check
from nbp_desktop.core.google.auth import Authenticator
from nbp_desktop.core.google.error_mapping import map_http_error, map_transport_error
from nbp_desktop.core.google.image_client import ImageClient
from nbp_desktop.core.google.transport import make_http_client
from nbp_desktop.core.library.image_store import ImageStore
from nbp_desktop.core.runtime_settings import RETRIES, TIMEOUTS, RuntimeSettings
from nbp_desktop.core.settings import Settings


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
        # One lock per connection name: concurrent jobs wait for the first one's keychain
        # read and share its authenticator (and so its OAuth token).
        self._authenticator_locks: dict[str, asyncio.Lock] = {}
        self.temporary: list[ConnectionConfig] = []  # not saved, e.g. the --demo emulator
        self.runtime = RuntimeSettings(lambda: self.registry.settings, self.connections)
        self.registry.settings_file.subscribe(self._settings_saved)
        self.runtime.subscribe(self._runtime_changed)

    @property
    def settings(self) -> Settings:
        return self.registry.settings

    @property
    def settings_problems(self) -> list[str]:
        """Sentences about what was wrong in settings.json when it was loaded."""
        return list(self.registry.settings_file.problems)

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
        self.runtime.refresh()

    def _settings_saved(self, _settings: Settings) -> None:
        self.runtime.refresh()

    def _runtime_changed(self, changed: frozenset[str]) -> None:
        if self.client is not None:
            if TIMEOUTS in changed:
                self.client.timeouts = self.runtime.timeouts
            if RETRIES in changed:
                self.client.retries = self.runtime.retries

    async def __aenter__(self) -> Services:
        network = self.settings.network
        # In a thread: loading the trust store takes a tenth of a second, at every start.
        self.http = await asyncio.to_thread(make_http_client, ca_file=network.ca_file or None,
                                            proxy=network.proxy or None, http2=network.http2)
        self.client = ImageClient(self.http, self.runtime.timeouts, self.runtime.retries,
                                  on_tier_refused=self._save_tier_refusal)
        return self

    def _save_tier_refusal(self, config: ConnectionConfig, model: str) -> None:
        """Google refused the connection's service tier for ``model``: remember it on disk."""
        if config in self.temporary:
            return
        try:
            saved = self.registry.get(config.name)
        except NbpError:
            return
        if model not in saved.tier_refused_models:
            saved.tier_refused_models.append(model)
        with contextlib.suppress(NbpError):  # settings from a newer version stay untouched;
            self.registry.settings_file.save(self.registry.settings)  # the refusal holds this session

    async def __aexit__(self, *exc: object) -> None:
        if self.http is not None:
            await self.http.aclose()
            self.http = None

    async def authenticator(self, config: ConnectionConfig) -> Authenticator:
        """One per connection, shared by all its jobs: the keychain is read once (in a
        thread, because it can block) and a service account's token is fetched once."""
        auth = self._authenticators.get(config.name)
        if auth is not None:
            return auth
        lock = self._authenticator_locks.setdefault(config.name, asyncio.Lock())
        async with lock:
            auth = self._authenticators.get(config.name)
            if auth is None:
                auth = await asyncio.to_thread(self.registry.authenticator, config)
                if self._authenticator_locks.get(config.name) is lock:  # not forgotten meanwhile
                    self._authenticators[config.name] = auth
        return auth

    def forget_authenticator(self, name: str) -> None:
        """After the connection's secret or settings changed: the next job reads them anew."""
        self._authenticators.pop(name, None)
        self._authenticator_locks.pop(name, None)

    async def test_connection(self, config: ConnectionConfig, auth: Authenticator | None = None) -> str:
        """A real call that costs nothing (countTokens at Google; a gateway's model list and one
        tiny text request, see gateway_check); returns a sentence or raises NbpError. ``auth``
        tests credentials that are not saved yet (the connection editor)."""
        auth = auth or await self.authenticator(config)
        http = self.http
        assert http is not None, "Services is used inside 'async with'"
        url = config.check_url()
        headers = await auth.headers()
        for attempt in range(2):
            try:
                if config.kind == "openai":
                    response = await http.get(url, headers=headers, timeout=20)
                else:
                    body = {"contents": [{"role": "user", "parts": [{"text": "test"}]}]}
                    response = await http.post(url, json=body, headers=headers, timeout=20)
            except httpx.HTTPError as exc:
                raise map_transport_error(exc, timeout=20) from None
            if response.status_code == 401 and attempt == 0 and await auth.after_unauthorized():
                headers = await auth.headers()
                continue
            break
        if response.status_code != 200:
            raise map_http_error(response.status_code, response.content, kind=str(config.kind),
                                 model=config.model, location=config.location)
        if config.kind == "openai":
            gateway_check.check_listed(config, response)
            return await gateway_check.reach_the_model(http, config, headers)
        return ConnectionText.tr("“{name}” works: {service} accepted the credentials for "
                                 "{model}.").format(name=config.name, service=config.kind.label,
                                                    model=config.model)
