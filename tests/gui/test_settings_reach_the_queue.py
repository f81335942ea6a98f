"""Settings in the GUI: "jobs at once" reaches saved connections at once (issue 10, defect 2),
a connection's own limits are edited in the connection editor, and what was wrong in
settings.json is said in the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from nbp_desktop.qt.settings.connection_editor import ConnectionEditor
from tests.conftest import REPO, wait_until

pytestmark = pytest.mark.gui


@pytest.fixture
def saved_connection(data_dir):
    """A connection saved in settings.json before the window opens (its key is not needed to
    see its limits)."""
    (data_dir / "settings.json").write_text(json.dumps({
        "schema_version": 2, "profile_id": "gui-limits",
        "connections": [{"name": "saved", "kind": "aistudio", "base_url": "http://127.0.0.1:9"}]}))
    return "saved"


async def test_jobs_at_once_reaches_a_saved_connection_without_a_restart(saved_connection, window):
    assert window.engine.limits_for(saved_connection).concurrency == 4
    dialog = window.open_settings()
    dialog.concurrency.setValue(2)
    dialog.rpm.setValue(30)
    dialog.save()
    await wait_until(lambda: not dialog.isVisible())
    limits = window.engine.limits_for(saved_connection)
    assert (limits.concurrency, limits.requests_per_minute) == (2, 30)


async def test_a_connections_own_limits_are_edited_in_the_connection_editor(saved_connection, window,
                                                                           data_dir):
    config = window.services.registry.get(saved_connection)
    editor = ConnectionEditor(window.services, window, existing=config)
    assert editor.concurrency_spin.text() == "as in Settings → Queue (4)"
    editor.concurrency_spin.setValue(1)
    editor.rpm_spin.setValue(12)
    editor.save()
    await wait_until(lambda: editor.result() == editor.DialogCode.Accepted, timeout=5)
    limits = window.engine.limits_for(saved_connection)
    assert (limits.concurrency, limits.requests_per_minute) == (1, 12)
    [saved] = json.loads((data_dir / "settings.json").read_text())["connections"]
    assert (saved["concurrency"], saved["requests_per_minute"]) == (1, 12)
    again = ConnectionEditor(window.services, window, existing=window.services.registry.get(saved_connection))
    again.concurrency_spin.setValue(again.concurrency_spin.minimum())  # back to the queue's setting
    again.save()
    await wait_until(lambda: again.result() == again.DialogCode.Accepted, timeout=5)
    assert window.engine.limits_for(saved_connection).concurrency == 4
    assert window.services.registry.get(saved_connection).concurrency is None


@pytest.mark.subprocess
def test_the_window_says_what_was_wrong_in_settings_json(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps(
        {"schema_version": 2, "profile_id": "p", "connections": "demo", "queue": {"concurrency": "4"}}))
    script = textwrap.dedent("""
        import argparse, sys
        from nbp_desktop.qt.app import run_gui

        async def hook(window):
            print("status bar:", window.statusBar().currentMessage(), file=sys.stderr, flush=True)
            return 0

        args = argparse.Namespace(data_dir=sys.argv[1], demo=True, self_test=False)
        sys.exit(run_gui(args, after_start=hook))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          text=True, timeout=90, env=env, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    [kept] = tmp_path.glob("settings.kept-*.json")
    shown = proc.stderr.split("status bar:", 1)[1]
    assert 'Settings: "connections" must be a list of connections; using none.' in shown
    assert 'Settings: "queue.concurrency" must be a whole number from 1 to 32; using 4.' in shown
    assert f"Settings: the original file is kept as {kept.name}." in shown
