"""Failures nobody awaits reach the user through the message bridge (a sentence, details on
demand), not only stderr: a Qt slot, an async slot, a worker thread and a loop callback, in
the real app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.gui


@pytest.mark.subprocess
def test_background_failures_reach_the_message_bridge(tmp_path):
    script = textwrap.dedent("""
        import argparse, asyncio, json, sys, threading
        from PySide6.QtCore import QTimer
        from nbp_desktop.qt.app import run_gui
        from nbp_desktop.qt.event_loop import async_slot

        shown = []

        async def hook(window):
            window.messages.error.connect(lambda sentence, details: shown.append([sentence, details]))

            def slot_fails():
                raise ValueError("slot boom")

            @async_slot(bool)
            async def async_slot_fails(_checked):
                raise KeyError("async slot boom")

            def thread_fails():
                raise OSError("thread boom")

            def callback_fails():
                raise ZeroDivisionError("callback boom")

            QTimer.singleShot(0, slot_fails)
            QTimer.singleShot(0, lambda: async_slot_fails(False))  # as a button's clicked(bool)
            threading.Thread(target=thread_fails).start()
            asyncio.get_running_loop().call_soon(callback_fails)
            for _ in range(200):
                if len(shown) >= 4:
                    break
                await asyncio.sleep(0.02)
            print("SHOWN " + json.dumps(shown), file=sys.stderr, flush=True)
            return 0

        args = argparse.Namespace(data_dir=sys.argv[1], demo=True, self_test=False)
        sys.exit(run_gui(args, after_start=hook))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NBP_NO_FIRST_RUN": "1"}
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          text=True, timeout=90, env=env, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    line = next(line for line in proc.stderr.splitlines() if line.startswith("SHOWN "))
    shown = json.loads(line[len("SHOWN "):])
    details = "\n".join(d for _s, d in shown)
    for boom in ("slot boom", "async slot boom", "thread boom", "callback boom"):
        assert boom in details, proc.stderr
    for sentence, _details in shown:
        assert sentence.startswith("Something unexpected went wrong.") and "Traceback" not in sentence
