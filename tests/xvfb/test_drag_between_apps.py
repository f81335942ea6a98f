"""A real drag under Xvfb: from the app's preview onto a second, separate Qt window that
accepts file drops, driven by xdotool (XDND between two processes). Covers: the drag starts
from the image, the drop target receives file URLs, and the file behind the URL is finished
and in the drag preset's format (Print JPEG). Skipped, saying why, without Xvfb or xdotool."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = [pytest.mark.subprocess,
              pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                                 reason="needs Xvfb and xdotool (Debian packages xvfb, xdotool)")]

TARGET = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication(sys.argv)
    class Target(QLabel):
        def __init__(self):
            super().__init__("drop here")
            self.setAcceptDrops(True)
            self.setWindowTitle("nbp-drop-target")
        def dragEnterEvent(self, e):
            if e.mimeData().hasUrls(): e.acceptProposedAction()
        def dragMoveEvent(self, e):
            e.acceptProposedAction()
        def dropEvent(self, e):
            e.acceptProposedAction()
            for url in e.mimeData().urls():
                path = Path(url.toLocalFile())
                print(f"DROPPED|{path}|{path.exists() and path.read_bytes()[:3].hex()}", flush=True)
            app.quit()
    w = Target(); w.resize(300, 300); w.move(760, 100); w.show()
    print("TARGET READY", flush=True)
    sys.exit(app.exec())
""")

SOURCE = textwrap.dedent("""
    import argparse, asyncio, sys
    from nbp_desktop.qt.app import run_gui

    async def hook(window):
        window.compose_dock.hide(); window.queue_dock.hide(); window.history_dock.hide()
        window.batches_pane.parentWidget().hide()  # (beside the queue, on the right)
        window.layout().activate()  # the minimum size without the panels, now
        window.setGeometry(0, 0, 720, 640)  # (clear of the target window at x = 760)
        assert window.minimumSizeHint().width() <= 720, window.minimumSizeHint()
        window.compose.prompt_edit.setPlainText("drag me")
        jobs = await window.generate()
        record = window.workspace.journal.library.image(jobs[0].image_ids[0])
        await window.show_image(record)
        await asyncio.sleep(0.5)
        view = window.preview.view
        centre = view.mapToGlobal(view.rect().center())
        print("SOURCE READY", centre.x(), centre.y(), flush=True)
        await asyncio.sleep(25)
        return 0

    args = argparse.Namespace(data_dir=sys.argv[1], demo=True, self_test=False)
    sys.exit(run_gui(args, after_start=hook))
""")


def _read_line(proc: subprocess.Popen, prefix: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith(prefix):
            return line
        if not line and proc.poll() is not None:
            break
    raise AssertionError(f"no {prefix!r} from {proc.args[:3]}: {proc.stderr.read() if proc.stderr else ''}")


def test_drag_from_the_preview_to_another_app(tmp_path):
    display = f":{40 + os.getpid() % 50}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "NBP_NO_FIRST_RUN": "1"}
    procs = []
    try:
        time.sleep(1.0)
        target = subprocess.Popen([sys.executable, "-c", TARGET], env=env, cwd=REPO, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        procs.append(target)
        _read_line(target, "TARGET READY", 30)
        source = subprocess.Popen([sys.executable, "-c", SOURCE, str(tmp_path / "data")], env=env,
                                  cwd=REPO, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        procs.append(source)
        _, x, y = _read_line(source, "SOURCE READY", 60).split()[1:]
        xdo = lambda *a: subprocess.run(["xdotool", *a], env=env, check=True)  # noqa: E731
        xdo("mousemove", x, y)
        time.sleep(0.3)
        xdo("mousedown", "1")
        for step in range(1, 21):  # move in steps so both apps see the drag progress
            xdo("mousemove", str(int(x) + (910 - int(x)) * step // 20), str(int(y) + (250 - int(y)) * step // 20))
            time.sleep(0.05)
        time.sleep(0.5)
        xdo("mouseup", "1")
        dropped = _read_line(target, "DROPPED", 30).rstrip("\n").split("|")
        path, magic = Path(dropped[1]), dropped[2]
        assert path.suffix == ".jpg" and magic == "ffd8ff"  # a finished JPEG (Print JPEG preset)
        assert "drag-exports" in path.parts
        from PIL import Image

        img = Image.open(path)
        assert img.format == "JPEG" and img.info["dpi"] == (300, 300)
    finally:
        for proc in procs:
            proc.kill()
        xvfb.kill()
