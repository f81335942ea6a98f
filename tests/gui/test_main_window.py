"""The real main window on the qasync loop (offscreen), against the emulator."""

from __future__ import annotations

import pytest

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth, ServiceAccountAuth
from nbp_desktop.core.workspace import Workspace
from nbp_desktop.qt.main_window import MainWindow
from nbp_desktop.qt.messages import MessageBridge

pytestmark = pytest.mark.gui


@pytest.fixture
async def window(qtbot, data_dir, emulator):
    async with Workspace(data_dir) as workspace:
        win = MainWindow(workspace, MessageBridge())
        qtbot.addWidget(win)
        win.show()
        yield win
        await win.shutdown()


def use_connection(window, config, auth):
    window.services.add_temporary_connection(config, auth)
    window.reload_connections()
    window.connection_box.setCurrentText(config.name)


@pytest.mark.parametrize("kind", ["aistudio", "vertex", "vertex-express", "openai"])
async def test_generate_shows_result_for_each_kind(window, emulator, kind):
    if kind == "vertex":
        info = emulator.service.create_service_account("gui-project")
        auth = ServiceAccountAuth(info)
        config = ConnectionConfig("conn", kind, base_url=emulator.base_url, project="gui-project")
    else:
        auth = ApiKeyAuth("emulator-key", bearer=kind == "openai")
        config = ConnectionConfig("conn", kind, base_url=emulator.base_url)
    use_connection(window, config, auth)
    window.prompt_edit.setPlainText("an orange kite")
    window.aspect_box.setCurrentText("16:9")
    jobs = await window.generate()
    assert [j.status for j in jobs] == ["succeeded"]
    assert window._pixmap is not None and window._pixmap.width() == 1376
    assert "1376×768" in window.details_label.text()
    assert window.generate_button.isEnabled()


async def test_error_is_shown_in_words(window, emulator):
    use_connection(window, ConnectionConfig("c", "aistudio", base_url=emulator.base_url),
                   ApiKeyAuth("wrong-key"))
    window.prompt_edit.setPlainText("x")
    jobs = await window.generate()
    assert jobs[0].status == "failed"
    assert "Your API key was rejected" in window.statusBar().currentMessage()
    assert "Your API key was rejected" in window.details_label.text()


async def test_only_sizes_and_ratios_the_model_supports_are_offered(window):
    window.model_box.setCurrentText("gemini-2.5-flash-image")
    assert [window.size_box.itemText(i) for i in range(window.size_box.count())] == ["1K"]
    window.model_box.setCurrentText("gemini-nano-banana-2.1")
    ratios = [window.aspect_box.itemText(i) for i in range(window.aspect_box.count())]
    assert "1:8" in ratios and "4K" in [window.size_box.itemText(i) for i in range(window.size_box.count())]
    window.size_box.setCurrentText("4K")
    window.count_spin.setValue(2)
    assert window.estimate_label.text() == "Estimated cost: $0.151"
