"""The real main window on a fresh data dir, for GUI tests (qasync loop, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.main_window import MainWindow
from nbp_desktop.qt.messages import MessageBridge


@pytest.fixture(autouse=True)
def english(qapp):
    """The app's words as an English user gets them at start-up (run_gui installs the language
    before any window): counted texts in their English forms ("Queued 1 job")."""
    from nbp_desktop.qt.translations.loading import install_language

    installed = install_language("en")
    yield
    installed.remove()


@pytest.fixture(autouse=True)
def no_key_held(qapp):
    """Every GUI test starts with no modifier key held. QTest releases Ctrl and Shift with the
    modifier still set (as X11 reports a release), so after a keyClick with modifiers Qt
    believes they are down until the next key event; a later test's setCurrentIndex would then
    toggle the selection (Ctrl) instead of selecting."""
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        receiver = QWidget()
        QTest.keyRelease(receiver, Qt.Key.Key_Control)
        receiver.deleteLater()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


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
