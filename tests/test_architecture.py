"""The layering contract (napari-style): the core and the emulator never import Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Contracts: 3 kept, 0 broken." in proc.stdout


def test_core_imports_without_qt():
    code = ("import sys, nbp_desktop.core.services, nbp_desktop.core.workspace, "
            "nbp_desktop.emulator.runner, nbp_desktop.cli.main; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'qasync'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
