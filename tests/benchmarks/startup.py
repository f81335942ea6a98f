"""Benchmark: start-up to an empty window, ``nbp-desktop --demo`` on a fresh data dir, cold
Python, measured from the moment the process is started to the main window's first paint.
Target: median <= 1.0 s over the runs. The process's CPU time until that paint is
shown too: on a shared, busy machine it says more than the wall clock. Also prints the ten
slowest top-level imports of a start-up (``python -X importtime``), and when the library
check finished.

Side by side, the same start-up with a translation loaded (``--language``, default ja): its
median CPU time to the first paint must be within 5 % of English's (runs alternate, so a busy
machine slows both alike). A language whose ``.ts`` is not fully translated yet is measured
with a pseudo-translation of every sentence instead (the same size of catalogue), and says so.

Run: .venv/bin/python tests/benchmarks/startup.py [--runs 5] [--language ja] [--no-importtime]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2]))
RUNS = 5
FIRST_PAINT_MARK = "-- first paint --"
_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def one_run(json_out: Path | None, language: str | None = None, qm_folder: Path | None = None) -> int:
    """In a fresh process: the app as ``nbp-desktop --demo [--language L]`` starts it, plus a
    hook that notes the first paint of the main window."""
    import asyncio

    if qm_folder is not None:  # the catalogue measured (a pseudo one until the .ts is complete)
        from nbp_desktop.qt.translations import loading
        from nbp_desktop.qt.translations.sources import qm_name

        loading.app_qm = lambda code: qm_folder / qm_name(code)

    from nbp_desktop.cli.main import build_parser  # the real entry's imports, too

    from PySide6.QtCore import QEvent, QObject

    from nbp_desktop.qt.main_window import MainWindow

    painted: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in painted:
                painted["paint"] = time.time()
                print(FIRST_PAINT_MARK, file=sys.stderr, flush=True)  # splits -X importtime
                times = os.times()  # CPU seconds: far less swayed by a busy machine
                painted["cpu"] = times.user + times.system
            return False

    watch = FirstPaint()
    show = MainWindow.show

    def show_watched(window) -> None:  # the window is watched from before it is first shown
        window.installEventFilter(watch)
        show(window)

    MainWindow.show = show_watched

    async def after_start(window) -> int:
        while "paint" not in painted:
            await asyncio.sleep(0.001)
        until_ready = getattr(window.workspace, "until_ready", None)  # older builds: ready now
        if until_ready is not None:
            await until_ready()
        painted["checked"] = time.time()
        return 0

    from nbp_desktop.qt.app import run_gui

    with tempfile.TemporaryDirectory() as data_dir:
        args = build_parser().parse_args(["--demo", "--data-dir", data_dir,
                                          *(["--language", language] if language else [])])
        status = run_gui(args, after_start=after_start)
    if json_out is not None:
        json_out.write_text(json.dumps({"painted_at": painted["paint"], "checked_at": painted["checked"],
                                          "cpu_to_paint": painted["cpu"]}))
    return status


def import_top_ten() -> list[tuple[str, float]]:
    """One start-up under ``-X importtime``: the ten top-level imports that took longest
    before the window's first paint (what is imported later does not delay it)."""
    with tempfile.TemporaryDirectory() as folder:
        proc = subprocess.run([sys.executable, "-X", "importtime", str(HERE), "--one-run",
                               "--json-out", str(Path(folder) / "f.json")],
                              capture_output=True, text=True, env=_env())
    totals: list[tuple[str, float]] = []
    for line in proc.stderr.splitlines():
        if line.strip() == FIRST_PAINT_MARK:
            break
        match = _IMPORT_LINE.match(line)
        if match and len(match.group(3)) == 1:  # depth 0: one space after the bar
            totals.append((match.group(4), int(match.group(2)) / 1e6))
    return sorted(totals, key=lambda item: -item[1])[:10]


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONDONTWRITEBYTECODE": "0"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--one-run", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json-out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--no-importtime", action="store_true")
    parser.add_argument("--language", default="ja", help="the translation measured beside English")
    parser.add_argument("--qm-folder", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one_run:
        return one_run(options.json_out, options.language if options.qm_folder else None, options.qm_folder)
    # Only the measuring parent needs these (a measured run stays as lean as the app).
    from tests.benchmarks.repeat import Figure, Target, report, run_repeatedly

    to_paint = Figure("to_paint", "process start to first window paint")
    to_checked = Figure("to_checked", "process start to library checked")
    cpu = Figure("cpu_to_paint", "CPU time of the process until its first paint")
    if not options.no_importtime:
        print("Slowest top-level imports before the first paint (python -X importtime, cumulative):")
        for name, seconds in import_top_ten():
            print(f"   {seconds * 1000:7.1f} ms  {name}")
    qm_folder, what = translation_measured(options.language, Path(tempfile.mkdtemp(prefix="nbp-qm-")))
    results: dict[str, list[dict]] = {"en": [], options.language: []}
    for _ in range(options.runs):  # alternating: a busy machine slows both alike
        for code, extra in (("en", []), (options.language, ["--language", options.language,
                                                             "--qm-folder", str(qm_folder)])):
            for run in run_repeatedly(HERE, 1, extra=extra, env=_env()):
                results[code].append({"to_paint": run["painted_at"] - run["spawned_at"],
                                      "to_checked": run["checked_at"] - run["spawned_at"],
                                      "cpu_to_paint": run["cpu_to_paint"]})
    status = report("Start-up of nbp-desktop --demo to an empty window (offscreen), English", results["en"],
                    [to_paint, to_checked, cpu], [Target(to_paint, 1000, of_median=True)])
    status |= report(f"The same in {options.language} ({what})", results[options.language],
                     [to_paint, to_checked, cpu], [Target(to_paint, 1000, of_median=True)])
    return status | side_by_side(results["en"], results[options.language], options.language)


def translation_measured(code: str, folder: Path) -> tuple[Path, str]:
    """A folder with ``code``'s compiled catalogue: the real one if every sentence is
    translated, else a pseudo-translation of every sentence (the size a finished one has)."""
    from nbp_desktop.qt.translations.sources import compile_qm, qm_name, ts_file
    from tests.i18n.pseudo import build_pseudo_qm
    from tests.i18n.test_every_window_translated import untranslated_count

    missing, total = untranslated_count(ts_file(code))
    if total and not missing:
        compile_qm(ts_file(code), folder / qm_name(code))
        return folder, f"its translation, {total} sentences"
    pseudo = build_pseudo_qm(folder / "pseudo")
    (folder / qm_name(code)).write_bytes(pseudo.read_bytes())
    return folder, f"a pseudo-translation of all sentences: {missing} of {total} not translated yet"


def side_by_side(english: list[dict], translated: list[dict], code: str, tolerance: float = 0.05) -> int:
    """PASS when the translated start-up's median CPU time to the first paint is within
    ``tolerance`` of English's (CPU time: the wall clock of a shared machine swings more)."""
    import statistics

    lines = []
    for key, label in (("cpu_to_paint", "CPU time to first paint"), ("to_paint", "wall time to first paint")):
        en, tr = (statistics.median(r[key] for r in runs) for runs in (english, translated))
        lines.append((key, label, en, tr, (tr - en) / en if en else 0.0))
    for _key, label, en, tr, change in lines:
        print(f"   {label}: English {en * 1000:.1f} ms, {code} {tr * 1000:.1f} ms ({change:+.1%})")
    change = lines[0][4]
    ok = change <= tolerance
    print(f"{'PASS' if ok else 'FAIL'}  {code} start-up within {tolerance:.0%} of English "
          f"(median CPU time to first paint: {change:+.1%})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
