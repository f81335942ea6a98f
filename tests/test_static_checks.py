"""Static checks that CI keeps at zero: ruff over the repository and mypy over the package
(strict for the core and the emulator), both configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STRICT_FLAGS = ("disallow_any_generics", "disallow_untyped_defs", "disallow_incomplete_defs",
                "disallow_untyped_calls", "disallow_untyped_decorators", "warn_return_any")


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=600)


def test_ruff_finds_nothing() -> None:
    proc = run_tool("ruff", "check", "--no-cache", "--output-format=concise", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_finds_nothing() -> None:
    # The incremental cache (.mypy_cache) keeps a re-run to a few seconds.
    proc = run_tool("mypy")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("Success: no issues found"), proc.stdout


def test_core_and_emulator_are_checked_strictly() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["packages"] == ["nbp_desktop"]
    strict = [o for o in config["overrides"] if "nbp_desktop.core.*" in o["module"]]
    assert len(strict) == 1 and "nbp_desktop.emulator.*" in strict[0]["module"]
    assert all(strict[0].get(flag) is True for flag in STRICT_FLAGS), strict[0]
    assert not any(o.get("ignore_errors") for o in config["overrides"])
