"""Running a benchmark several times, each in a fresh process, and judging its targets.

A benchmark script measures one run and, given ``--json-out FILE``, writes its figures there.
``run_repeatedly`` starts it ``runs`` times; ``report`` prints min/median/max of each figure
and one PASS/FAIL line per target, and returns the exit status (0: every target met).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_RUNS = 5


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    unit: str = "ms"
    scale: float = 1000.0  # seconds in the JSON, shown in ms

    def show(self, value: float) -> str:
        return f"{value * self.scale:.1f} {self.unit}".rstrip()


@dataclass(frozen=True)
class Target:
    """``figure`` must stay below ``limit`` (in the figure's unit) in every run, or (with
    ``of_median``) in the median of the runs."""

    figure: Figure
    limit: float
    of_median: bool = False

    def judge(self, values: Sequence[float]) -> tuple[bool, str]:
        shown = [v * self.figure.scale for v in values]
        if self.of_median:
            median = statistics.median(shown)
            ok = median <= self.limit
            return ok, (f"{self.figure.label}: median {median:.1f} {self.figure.unit} "
                        f"(target <= {self.limit:g} {self.figure.unit})")
        passed = sum(1 for v in shown if v < self.limit)
        ok = passed == len(shown)
        return ok, (f"{self.figure.label} < {self.limit:g} {self.figure.unit} in {passed} of "
                    f"{len(shown)} runs (worst {max(shown):.1f} {self.figure.unit})")


def run_repeatedly(script: Path, runs: int, extra: Sequence[str] = (),
                   env: dict[str, str] | None = None) -> list[dict]:
    """``script --one-run --json-out FILE [extra]`` ``runs`` times; the figures of each run."""
    results: list[dict] = []
    for index in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "figures.json"
            command = [sys.executable, str(script), "--one-run", "--json-out", str(out), *extra]
            spawned_at = time.time()
            proc = subprocess.run(command, env={**os.environ, **(env or {})}, text=True,
                                  stdout=subprocess.PIPE)
            sys.stdout.write(proc.stdout)
            if proc.returncode != 0 or not out.exists():
                raise SystemExit(f"run {index + 1} failed (exit status {proc.returncode})")
            results.append({**json.loads(out.read_text()), "spawned_at": spawned_at})
        print(f"   run {index + 1} of {runs} done", file=sys.stderr, flush=True)
    return results


def report(title: str, results: list[dict], figures: Sequence[Figure],
           targets: Sequence[Target]) -> int:
    print(f"{title}: {len(results)} runs; load average now {_load()}")
    for figure in figures:
        values = [r[figure.key] for r in results if r.get(figure.key) is not None]
        if not values:
            continue
        print(f"   {figure.label}: min {figure.show(min(values))} / median "
              f"{figure.show(statistics.median(values))} / max {figure.show(max(values))}")
    status = 0
    for target in targets:
        ok, line = target.judge([r[target.figure.key] for r in results])
        print(f"{'PASS' if ok else 'FAIL'}  {line}")
        status |= 0 if ok else 1
    return status


def write_figures(path: Path | None, figures: dict) -> None:
    if path is not None:
        path.write_text(json.dumps(figures))


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"
