"""Shared fixtures. Tests use real parts: the emulator over loopback sockets, real files,
the real OS keyring, real Qt widgets (offscreen)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest

from nbp_desktop.emulator.runner import EmulatorThread

REPO = Path(__file__).resolve().parents[1]


def pytest_asyncio_loop_factories(config, item):
    """GUI tests run on the qasync loop (the app's own); everything else on plain asyncio,
    which also proves the core needs no Qt."""
    if item.get_closest_marker("gui"):
        def qt_loop():
            from PySide6.QtWidgets import QApplication

            return _app_like_qt_loop(QApplication.instance() or QApplication(["nbp-tests"]))
        return {"qasync": qt_loop}
    return {"asyncio": asyncio.new_event_loop}


def _app_like_qt_loop(app):  # the class is made on first use: qasync imports Qt
    import qasync

    class AppLikeQtLoop(qasync.QEventLoop):
        """The qasync loop as the app runs it. The app processes Qt events only inside the
        running loop, so its slots and task steps may rely on asyncio.get_running_loop().
        pytest-qt also processes events between a test's phases (and qasync once more after
        run_until_complete), when no loop is running: a task step or timer delivered then
        would fail with "no running event loop" (a thumbnail worker, a reload, an editor's
        save). Callbacks of this loop therefore run with it as the running loop, as in the app."""

        def call_later(self, delay, callback, *args, context=None):
            return super().call_later(delay, self._as_running, callback, *args, context=context)

        def _as_running(self, callback, *args) -> None:
            if asyncio._get_running_loop() is not None or self.is_closed():
                callback(*args)
                return
            asyncio._set_running_loop(self)
            try:
                callback(*args)
            finally:
                asyncio._set_running_loop(None)

    return AppLikeQtLoop(app)


@pytest.fixture(scope="session")
def _emulator_thread():
    with EmulatorThread() as emulator:
        yield emulator


@pytest.fixture
def emulator(_emulator_thread):
    """The shared emulator with a clean slate: no faults, empty log, default options."""
    service = _emulator_thread.service
    service.faults.clear()
    service.clear_log()
    service.realistic = False
    service.latency = 0.0
    service.mislabel_jpeg = False
    service.api_keys = {"emulator-key"}
    yield _emulator_thread
    service.faults.clear()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def os_keyring():
    """The real OS keyring. On Linux CI that is gnome-keyring inside dbus-run-session, which
    tests/run_tests.py sets up; without any keychain the test cannot run and says why."""
    from nbp_desktop.core.connections.secrets import SecretStore

    if SecretStore.backend_name() == "none":
        pytest.fail("No OS keyring is available. Run the suite with `python tests/run_tests.py`, "
                    "which starts an unlocked gnome-keyring inside dbus-run-session on Linux.")
    return SecretStore.backend_name()


def run_cli(*args: str, data_dir: Path, stdin: str | None = None, timeout: float = 60,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """The real `nbp-desktop` command in a child process."""
    full_env = {**os.environ, "NBP_DATA_DIR": str(data_dir), **(env or {})}
    return subprocess.run([sys.executable, "-m", "nbp_desktop", *args], input=stdin,
                          capture_output=True, text=True, timeout=timeout, env=full_env, cwd=REPO)


async def wait_until(predicate, timeout: float = 10.0, interval: float = 0.01) -> None:
    """Await a condition on the running loop (never qtbot.waitUntil inside async tests)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(interval)
