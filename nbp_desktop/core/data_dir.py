"""Where the app keeps its settings, library and journal: ``--data-dir``, else
``NBP_DATA_DIR``, else the platform's standard application-data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from nbp_desktop import APP_NAME


def platform_data_dir() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    chosen = explicit or os.environ.get("NBP_DATA_DIR") or platform_data_dir()
    path = Path(chosen).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path
