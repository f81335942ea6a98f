"""The real main window on a fresh data dir, for GUI tests (qasync loop, offscreen)."""

from __future__ import annotations

import pytest

from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.main_window import MainWindow
from nbp_desktop.qt.messages import MessageBridge


@pytest.fixture
async def window(qtbot, data_dir, emulator):
    async with Workspace(data_dir) as workspace:
        win = MainWindow(workspace, MessageBridge())
        qtbot.addWidget(win)
        win.show()
        yield win
        await win.shutdown()
