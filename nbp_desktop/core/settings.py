"""The settings schema, declared once: typed, versioned, migrated, stored as JSON.

Secrets are never part of it (they live in the OS keychain, see ``connections.secrets``).
A file from a newer app version is read as far as this version understands it and is not
overwritten silently; an unreadable file is moved aside, never deleted.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from nbp_desktop.core.atomic_write import write_atomically
from nbp_desktop.core.catalog import DEFAULT_MODEL
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.known_fields import from_known_fields

SCHEMA_VERSION = 2
SETTINGS_FILE = "settings.json"


@dataclass
class NetworkSettings:
    timeout_1k: float = 45.0
    timeout_2k: float = 90.0
    timeout_4k: float = 180.0
    connect_timeout: float = 10.0
    max_attempts: int = 4
    retry_base_delay: float = 1.0
    proxy: str = ""  # empty: use the system/environment proxy
    ca_file: str = ""  # extra CA certificate for TLS-intercepting proxies
    http2: bool = True

    def timeouts_by_size(self) -> dict[str, float]:
        return {"1K": self.timeout_1k, "2K": self.timeout_2k, "4K": self.timeout_4k}


@dataclass
class QueueSettings:
    concurrency: int = 4  # per connection, unless the connection sets its own
    requests_per_minute: int = 0  # per connection; 0 = no client-side limit


@dataclass
class BudgetSettings:
    limit_usd: float = 0.0  # 0 = no cap
    period: str = "day"  # day | month


@dataclass
class GenerationDefaults:
    model: str = DEFAULT_MODEL
    size: str = "1K"
    aspect_ratio: str = "1:1"


@dataclass
class WindowState:
    geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    dock_state: str = ""  # base64 of QMainWindow.saveState()
    prompt_history: list[str] = field(default_factory=list)  # newest first
    debug_lag_monitor: bool = False  # log event-loop stalls (also NBP_LAG_MONITOR=1)
    central_tab: str = "image"  # "image" or "library": the tab shown at the last quit
    thumbnail_size: int = 168  # the gallery's cell size in logical pixels


PROMPT_HISTORY_LIMIT = 50


def _built_in_presets() -> list:
    from nbp_desktop.core.export.presets import BUILT_IN_PRESETS, ExportPreset

    return [ExportPreset.from_json(p.to_json()) for p in BUILT_IN_PRESETS]


@dataclass
class ExportSettings:
    presets: list = field(default_factory=_built_in_presets)  # list[ExportPreset]
    drag_preset: str = "Print JPEG"  # what drag-out and copy deliver
    last_folder: str = ""


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    # Random per data dir: namespaces keychain entries so two libraries never share secrets.
    profile_id: str = field(default_factory=lambda: secrets.token_hex(8))
    connections: list[ConnectionConfig] = field(default_factory=list)
    default_connection: str = ""
    defaults: GenerationDefaults = field(default_factory=GenerationDefaults)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    queue: QueueSettings = field(default_factory=QueueSettings)
    budget: BudgetSettings = field(default_factory=BudgetSettings)
    window: WindowState = field(default_factory=WindowState)
    export: ExportSettings = field(default_factory=ExportSettings)
    theme: str = "system"  # system | light | dark

    def connection(self, name: str) -> ConnectionConfig:
        for conn in self.connections:
            if conn.name == name:
                return conn
        known = ", ".join(c.name for c in self.connections) or "none yet"
        raise NbpError(ErrorKind.CONNECTION_NOT_FOUND,
                       f"There is no connection named “{name}” (connections: {known}).")

    def remember_prompt(self, prompt: str) -> None:
        prompt = prompt.strip()
        if prompt:
            history = [p for p in self.window.prompt_history if p != prompt]
            self.window.prompt_history = [prompt, *history][:PROMPT_HISTORY_LIMIT]

    def to_json(self) -> dict:
        data = asdict(self)
        data["connections"] = [c.to_json() for c in self.connections]
        data["export"]["presets"] = [p.to_json() for p in self.export.presets]
        return data

    @classmethod
    def from_json(cls, data: dict) -> Settings:
        data = migrate(dict(data))
        settings = cls()
        sections = {"defaults": GenerationDefaults, "network": NetworkSettings,
                    "queue": QueueSettings, "budget": BudgetSettings, "window": WindowState,
                    "export": ExportSettings}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name == "connections":
                value = [ConnectionConfig.from_json(c) for c in value]
            elif f.name in sections:
                value = from_known_fields(sections[f.name], value)
            if f.name == "export":
                from nbp_desktop.core.export.presets import ExportPreset

                value.presets = [p if isinstance(p, ExportPreset) else ExportPreset.from_json(p)
                                 for p in value.presets] or _built_in_presets()
            setattr(settings, f.name, value)
        return settings


def _migrate_1_to_2(data: dict) -> dict:
    # Version 1 kept a flat "timeouts" mapping; version 2 groups network settings.
    timeouts = data.pop("timeouts", None) or {}
    network = data.setdefault("network", {})
    for size, key in (("1K", "timeout_1k"), ("2K", "timeout_2k"), ("4K", "timeout_4k")):
        if size in timeouts:
            network[key] = timeouts[size]
    return data


MIGRATIONS = {1: _migrate_1_to_2}


def migrate(data: dict) -> dict:
    version = int(data.get("schema_version", 1))
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


class SettingsFile:
    """Load and save ``settings.json`` in a data dir, atomically."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / SETTINGS_FILE
        self.newer_version = False  # read-only protection for files from a newer app

    def load(self) -> Settings:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            self.newer_version = int(data.get("schema_version", 1)) > SCHEMA_VERSION
            return Settings.from_json(data)
        except (ValueError, TypeError, KeyError) as exc:
            aside = self.path.with_name(f"settings.unreadable-{secrets.token_hex(3)}.json")
            os.replace(self.path, aside)
            raise NbpError(ErrorKind.INVALID_SETTING,
                           f"The settings file could not be read and was moved aside to "
                           f"{aside.name}; default settings are used.", detail=str(exc)) from None

    def save(self, settings: Settings) -> None:
        if self.newer_version:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           "These settings were written by a newer version of nbp-desktop; "
                           "update the app before changing them.")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(settings.to_json(), indent=2, ensure_ascii=False)
        write_atomically(self.path, text.encode("utf-8"))
