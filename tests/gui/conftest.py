"""The real main window on a fresh data dir, for GUI tests (qasync loop, offscreen)."""

from __future__ import annotations

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.main_window import MainWindow
from nbp_desktop.qt.messages import MessageBridge


@pytest.fixture
async def window(qtbot, data_dir, emulator):
    # The fixture owns the window's life (not qtbot.addWidget): pytest-qt's own teardown may
    # run before this async one and would delete the window before shutdown() could run.
    async with Workspace(data_dir) as workspace:
        win = MainWindow(workspace, MessageBridge())
        win.show()
        try:
            yield win
        finally:
            await win.shutdown()
            win.hide()  # as the app does; close() on the last window would quit the test app
            win.deleteLater()


@pytest.fixture
def studio_window(window, emulator):
    """The window with an AI Studio connection to the emulator selected in compose."""
    window.services.add_temporary_connection(
        ConnectionConfig("studio", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"))
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText("studio")
    return window
