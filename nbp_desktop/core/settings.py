"""The settings schema, declared once: typed, versioned, migrated, stored as JSON.

Secrets are never part of it (they live in the OS keychain, see ``connections.secrets``).
Every value is checked on load against its rule (``core.settings_schema``): a bad one is
named in a sentence and takes its default; the original file is kept aside, never deleted or
overwritten. A file from a newer app version is read as far as this version understands it
and is not overwritten silently. Saving tells the file's listeners (see ``RuntimeSettings``).
"""

from __future__ import annotations

import itertools
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from nbp_desktop.core.atomic_write import write_atomically
from nbp_desktop.core.catalog import DEFAULT_MODEL
from nbp_desktop.core.connections.config import CONCURRENCY, REQUESTS_PER_MINUTE, ConnectionConfig
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.translation import ENGLISH, LANGUAGES, SYSTEM_LANGUAGE
from nbp_desktop.core.settings_schema import (NAME, TEXT_LIST, Invalid, Number, OneOf, Problems,
                                              Rule, SettingsText, WholeNumber, bad_value,
                                              read_checked, setting)
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP

SCHEMA_VERSION = 3
SETTINGS_FILE = "settings.json"


@dataclass
class NetworkSettings:
    timeout_1k: float = setting(45.0, Number(10, 1800))
    timeout_2k: float = setting(90.0, Number(10, 1800))
    timeout_4k: float = setting(180.0, Number(10, 1800))
    connect_timeout: float = setting(10.0, Number(1, 300))
    max_attempts: int = setting(4, WholeNumber(1, 10))
    retry_base_delay: float = setting(1.0, Number(0, 60))
    proxy: str = ""  # empty: use the system/environment proxy
    ca_file: str = ""  # extra CA certificate for TLS-intercepting proxies
    http2: bool = True

    def timeouts_by_size(self) -> dict[str, float]:
        return {"1K": self.timeout_1k, "2K": self.timeout_2k, "4K": self.timeout_4k}


@dataclass
class QueueSettings:
    # per connection, unless the connection sets its own
    concurrency: int = setting(4, CONCURRENCY)
    # per connection; 0 = no client-side limit
    requests_per_minute: int = setting(0, REQUESTS_PER_MINUTE)


@dataclass
class BudgetSettings:
    limit_usd: float = setting(0.0, Number(0, 100_000))  # 0 = no cap
    period: str = setting("day", OneOf("day", "month"))


@dataclass
class GenerationDefaults:
    model: str = DEFAULT_MODEL
    size: str = "1K"
    aspect_ratio: str = "1:1"


@dataclass
class WindowState:
    geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    dock_state: str = ""  # base64 of QMainWindow.saveState()
    prompt_history: list[str] = setting(rule=TEXT_LIST, default_factory=list)  # newest first
    debug_lag_monitor: bool = False  # log event-loop stalls (also NBP_LAG_MONITOR=1)
    # the tab shown at the last quit
    central_tab: str = setting("image", OneOf("image", "library"))
    # the gallery's cell size in logical pixels
    thumbnail_size: int = setting(168, WholeNumber(96, 320))
    # the side panels each workspace shows (dock names); Generate shows all at first
    generate_panels: list[str] = setting(rule=TEXT_LIST, default_factory=lambda: [
        "compose-dock", "queue-dock", "history-dock", "batches-dock"])
    library_panels: list[str] = setting(rule=TEXT_LIST, default_factory=list)
    # the first-start welcome was answered (a connection, the demo, or closed): not shown again
    welcome_seen: bool = False


PROMPT_HISTORY_LIMIT = 50


def _built_in_presets() -> list[Any]:
    from nbp_desktop.core.export.presets import BUILT_IN_PRESETS, ExportPreset

    return [ExportPreset.from_json(p.to_json()) for p in BUILT_IN_PRESETS]


class _PresetList(Rule):
    def check(self, value: object) -> list[object]:
        if not isinstance(value, list):
            raise Invalid
        return value  # each preset is checked on its own (see Settings.read)


@dataclass
class ExportSettings:
    # list[ExportPreset]
    presets: list[Any] = setting(
        rule=_PresetList(QT_TRANSLATE_NOOP("SettingsText", "a list of export presets")),
        default_factory=_built_in_presets,
        fallback=QT_TRANSLATE_NOOP("SettingsText", "the built-in presets"))
    drag_preset: str = "Print JPEG"  # what drag-out and copy deliver
    last_folder: str = ""
    # Content Credentials: the user's certificate file (PEM or PKCS#12; its password is in the
    # keychain), empty for this installation's own; an optional RFC 3161 time-stamp server; and
    # the presets whose "strip all provenance" the user has confirmed once.
    signing_certificate: str = ""
    timestamp_url: str = ""
    strip_confirmed: list[str] = setting(rule=TEXT_LIST, default_factory=list)


_SECTIONS: dict[str, type] = {"defaults": GenerationDefaults, "network": NetworkSettings,
                              "queue": QueueSettings, "budget": BudgetSettings,
                              "window": WindowState, "export": ExportSettings}


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    # Random per data dir: namespaces keychain entries so two libraries never share secrets.
    profile_id: str = setting(rule=NAME, default_factory=lambda: secrets.token_hex(8),
                              fallback=QT_TRANSLATE_NOOP("SettingsText",
                                                         "a new one (keys stored under the old "
                                                         "one must be entered again)"))
    connections: list[ConnectionConfig] = field(default_factory=list)
    default_connection: str = ""
    defaults: GenerationDefaults = field(default_factory=GenerationDefaults)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    queue: QueueSettings = field(default_factory=QueueSettings)
    budget: BudgetSettings = field(default_factory=BudgetSettings)
    window: WindowState = field(default_factory=WindowState)
    export: ExportSettings = field(default_factory=ExportSettings)
    theme: str = setting("system", OneOf("system", "light", "dark"))
    # The app's language ("system": the system's, if the app speaks it); applies at start.
    language: str = setting(SYSTEM_LANGUAGE, OneOf(SYSTEM_LANGUAGE, ENGLISH, *LANGUAGES))

    def connection(self, name: str) -> ConnectionConfig:
        for conn in self.connections:
            if conn.name == name:
                return conn
        known = ", ".join(c.name for c in self.connections) or SettingsText.tr("none yet")
        raise NbpError(ErrorKind.CONNECTION_NOT_FOUND,
                       SettingsText.tr("There is no connection named “{name}” (connections: "
                                       "{known}).").format(name=name, known=known))

    def remember_prompt(self, prompt: str) -> None:
        prompt = prompt.strip()
        if prompt:
            history = [p for p in self.window.prompt_history if p != prompt]
            self.window.prompt_history = [prompt, *history][:PROMPT_HISTORY_LIMIT]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["connections"] = [c.to_json() for c in self.connections]
        data["export"]["presets"] = [p.to_json() for p in self.export.presets]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], problems: Problems | None = None) -> Settings:
        """Checked, never raising: each bad value is named in ``problems`` and takes its
        default; a connection without a usable name or kind is left out."""
        problems = [] if problems is None else problems
        data = migrate(dict(data), problems)
        top = read_checked(cls, {k: v for k, v in data.items()
                                 if k not in ("connections", *_SECTIONS)}, "settings", problems)
        settings = top if top is not None else cls()
        for name, section in _SECTIONS.items():
            setattr(settings, name, read_checked(section, data.get(name), name, problems))
        connections = data.get("connections", [])
        if isinstance(connections, list):
            read = (ConnectionConfig.read(c, f"connections[{i}]", problems)
                    for i, c in enumerate(connections, 1))
            settings.connections = [c for c in read if c is not None]
        else:
            problems.append(SettingsText.tr('Settings: "connections" must be a list of '
                                            'connections; using none.'))
        settings.export.presets = _read_presets(settings.export.presets, problems)
        return settings


def _read_presets(presets: list[Any], problems: Problems) -> list[Any]:
    from nbp_desktop.core.export.presets import ExportPreset

    read = [p if isinstance(p, ExportPreset) else
            read_checked(ExportPreset, p, f"export.presets[{i}]", problems, required=("name",),
                         left_out=SettingsText.tr("that preset is left out"))
            for i, p in enumerate(presets, 1)]
    return [p for p in read if p is not None] or _built_in_presets()


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    # Version 1 kept a flat "timeouts" mapping; version 2 groups network settings.
    timeouts = data.pop("timeouts", None) or {}
    network = data.setdefault("network", {})
    if isinstance(timeouts, dict) and isinstance(network, dict):
        for size, key in (("1K", "timeout_1k"), ("2K", "timeout_2k"), ("4K", "timeout_4k")):
            if size in timeouts:
                network[key] = timeouts[size]
    return data


def _migrate_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    # Version 3 speaks other languages: a library from before follows the system's language.
    data.setdefault("language", SYSTEM_LANGUAGE)
    return data


MIGRATIONS = {1: _migrate_1_to_2, 2: _migrate_2_to_3}
_VERSION = WholeNumber(1, 10_000)


def migrate(data: dict[str, Any], problems: Problems | None = None) -> dict[str, Any]:
    try:
        version = _VERSION.check(data.get("schema_version", 1))
    except Invalid:
        if problems is not None:
            problems.append(bad_value("schema_version", _VERSION, str(SCHEMA_VERSION)))
        version = SCHEMA_VERSION
    data["schema_version"] = version
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


SettingsListener = Callable[[Settings], None]


class SettingsFile:
    """Load and save ``settings.json`` in a data dir, atomically, and tell listeners about
    every saved change.

    Loading never fails on the file's content: each problem becomes one sentence in
    ``problems`` (the CLI prints them, the GUI shows them), the values in use are written back
    and the original file is first kept aside under a name that never collides."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / SETTINGS_FILE
        self.newer_version = False  # read-only protection for files from a newer app
        self.problems: list[str] = []  # sentences about the last load
        self.kept_aside: Path | None = None
        self._listeners: list[SettingsListener] = []

    def subscribe(self, listener: SettingsListener) -> None:
        """``listener(settings)`` after each save, on the thread that saved."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: SettingsListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def load(self) -> Settings:
        self.problems, self.kept_aside = [], None
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           SettingsText.tr("The settings file {path} cannot be read ({reason}).")
                           .format(path=self.path, reason=exc.strerror or exc),
                           detail=str(exc)) from None
        settings = Settings()
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            self.problems.append(SettingsText.tr("Settings: the file is not text (UTF-8); "
                                                 "using the default settings."))
        except json.JSONDecodeError as exc:
            self.problems.append(SettingsText.tr("Settings: the file is not valid JSON (line "
                                                 "{line}, column {column}); using the default "
                                                 "settings.")
                                 .format(line=exc.lineno, column=exc.colno))
        else:
            if isinstance(data, dict):
                version = data.get("schema_version", 1)
                self.newer_version = isinstance(version, int) and version > SCHEMA_VERSION
                settings = Settings.from_json(data, self.problems)
            else:
                self.problems.append(SettingsText.tr("Settings: the file must hold one JSON "
                                                     "object; using the default settings."))
        if self.problems and not self.newer_version:
            self._keep_aside_and_rewrite(raw, settings)
        return settings

    def _keep_aside_and_rewrite(self, raw: bytes, settings: Settings) -> None:
        """The original stays, byte for byte, next to the file; the file then holds what is
        used, so the same sentences are not repeated at every start."""
        try:
            self.kept_aside = _write_new_file(self.path, raw)
            self._write(settings)
        except OSError as exc:
            self.problems.append(SettingsText.tr("Settings: the file could not be corrected "
                                                 "({reason}); it is left as it is.")
                                 .format(reason=exc.strerror or exc))
            return
        self.problems.append(SettingsText.tr("Settings: the original file is kept as {name}.")
                             .format(name=self.kept_aside.name))

    def save(self, settings: Settings) -> None:
        if self.newer_version:
            raise NbpError(ErrorKind.INVALID_SETTING,
                           SettingsText.tr("These settings were written by a newer version of "
                                           "nbp-desktop; update the app before changing them."))
        self._write(settings)
        for listener in list(self._listeners):
            listener(settings)

    def _write(self, settings: Settings) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(settings.to_json(), indent=2, ensure_ascii=False)
        write_atomically(self.path, text.encode("utf-8"))


def _write_new_file(beside: Path, data: bytes) -> Path:
    """``settings.kept-<time>[-n].json``: created exclusively, so two starts in the same second
    (or two processes) never write over each other's copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in itertools.count(1):
        path = beside.with_name(f"{beside.stem}.kept-{stamp}{'' if n == 1 else f'-{n}'}{beside.suffix}")
        try:
            with open(path, "xb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except FileExistsError:
            continue
        return path
    raise AssertionError("unreachable")
