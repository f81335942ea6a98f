"""A designer's first hour (issue 18): what a newcomer sees is explained and does not break."""

from __future__ import annotations

import asyncio
import json

import pytest

from PySide6.QtCore import Qt

from nbp_desktop.core.connections.config import ConnectionConfig, ConnectionKind
from nbp_desktop.qt.settings.connection_editor import ConnectionEditor
from nbp_desktop.qt.settings.settings_dialog import SettingsDialog
from tests.conftest import wait_until

pytestmark = pytest.mark.gui


async def test_a_bad_key_file_gets_one_sentence_and_keeps_the_drop_zone(window, tmp_path):
    fake = tmp_path / "fake-sa.json"
    fake.write_text(json.dumps({
        "type": "service_account", "client_email": "x@p.iam.gserviceaccount.com",
        "token_uri": "https://oauth2.googleapis.com/token", "project_id": "p",
        "private_key": "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n"}))
    editor = ConnectionEditor(window.services, window, kind=ConnectionKind.VERTEX)
    editor.show()
    await asyncio.sleep(0.05)
    height_before = editor.drop.height()
    assert not editor.load_service_account(fake)
    await wait_until(lambda: editor.drop.height() >= height_before, timeout=20)
    text = editor.result_label.text()
    assert "“fake-sa.json” is not a usable service-account key" in text
    assert "PEM" not in text and "cryptography" not in text and "http" not in text
    sentence = text.split(">", 1)[1].rsplit("<", 1)[0]
    assert sentence.count(". ") == 0 and sentence.endswith(".")
    assert editor.drop.height() >= 56 and "fake-sa.json" in editor.drop.text()
    assert "key data" in editor.result_label.toolTip()  # the library's own words, on demand
    editor.reject()


async def test_cancel_in_settings_does_not_keep_a_connection_just_added(window, emulator, os_keyring):
    registry = window.services.registry
    registry.add(ConnectionConfig("Kept", "aistudio", base_url=emulator.base_url), "kept-key")
    try:
        dialog = SettingsDialog(window.services, window)
        dialog.open()
        dialog.add_connection()
        editor = dialog.findChild(ConnectionEditor)
        editor.name_edit.setText("Just added")
        editor.key_edit.setText("new-key")
        editor.save()
        # Until the editor has closed: the registry lists the connection while its save is
        # still being written, and the dialog's list is reloaded only when the editor closes.
        await wait_until(lambda: editor.result() == editor.DialogCode.Accepted, timeout=15)
        assert "Just added" in [c.name for c in registry.list()]
        dialog.connection_list.setCurrentRow(0)
        dialog.edit_connection()
        await wait_until(lambda: len(dialog.findChildren(ConnectionEditor)) == 2, timeout=15)
        kept_editor = next(e for e in dialog.findChildren(ConnectionEditor) if e.existing)
        kept_editor.name_edit.setText("Renamed")
        kept_editor.save()
        await wait_until(lambda: "Renamed" in [c.name for c in registry.list()], timeout=15)
        await wait_until(lambda: kept_editor.result() == kept_editor.DialogCode.Accepted, timeout=15)
        restored = []
        dialog.connections_changed.connect(lambda: restored.append(True))
        dialog.reject()

        def on_disk() -> list[str]:
            return [c["name"] for c in json.loads(registry.settings_file.path.read_text())["connections"]]
        await wait_until(lambda: [c.name for c in registry.list()] == ["Kept"] == on_disk()
                         and restored, timeout=15)
        assert registry.secrets.get("Kept") == "kept-key"
        assert registry.secrets.get("Just added") is None
        assert [window.compose.connection_box.itemText(i)
                for i in range(window.compose.connection_box.count())].count("Just added") == 0
    finally:
        for name in [c.name for c in registry.list()]:
            registry.remove(name)


async def test_the_welcome_is_asked_once(window, monkeypatch):
    from argparse import Namespace

    from nbp_desktop.core.settings import SettingsFile
    from nbp_desktop.qt.app import _show_first_run, welcome_due

    monkeypatch.delenv("NBP_NO_FIRST_RUN", raising=False)
    args = Namespace(demo=False, self_test=False)
    assert welcome_due(window.services, args)
    dialog = _show_first_run(window)
    dialog.reject()  # "Explore first with the built-in emulator" (or closing it)
    settings_file = window.services.registry.settings_file
    await wait_until(lambda: SettingsFile(settings_file.path.parent).load().window.welcome_seen,
                     timeout=15)
    assert not welcome_due(window.services, args)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_icons_follow_the_theme_and_grey_out_when_disabled(window, theme):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QPalette
    from PySide6.QtWidgets import QApplication

    from nbp_desktop.qt.icons import ICON_FILES, icon

    window.set_theme(theme)
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    for name in ICON_FILES:
        pixmap = icon(name).pixmap(QSize(24, 24))
        assert not pixmap.isNull(), name
    image = icon("pause").pixmap(QSize(24, 24)).toImage()
    stroke = image.pixelColor(5, 12)  # the left bar of ‖
    assert stroke.alpha() == 255
    assert abs(stroke.lightness() - background.lightness()) > 120  # visible on its background
    disabled = icon("pause").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage().pixelColor(5, 12)
    assert abs(disabled.lightness() - background.lightness()) < abs(stroke.lightness() - background.lightness())
    assert icon("open-in-viewer").pixmap(QSize(24, 24)).toImage() != \
        icon("show-in-folder").pixmap(QSize(24, 24)).toImage()


def _connect(window, emulator, name, key="emulator-key"):
    from nbp_desktop.core.google.auth import ApiKeyAuth

    window.services.add_temporary_connection(
        ConnectionConfig(name, "aistudio", base_url=emulator.base_url), ApiKeyAuth(key))
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText(name)


async def test_the_demo_costs_nothing_and_says_what_it_would_cost(window, emulator):
    from nbp_desktop.core.money import DEMO_CONNECTION
    from nbp_desktop.qt.queue.queue_model import COST

    _connect(window, emulator, DEMO_CONNECTION)
    window.compose.size_box.setCurrentText("1K")
    assert window.compose.estimate_label.text() == "Cost: $0.00 (demo: would be $0.134 on Google)"
    window.compose.prompt_edit.setPlainText("a demo teapot")
    [job] = await window.generate()
    model = window.queue.model
    cell = model.index(model.row_of(job.id), COST)
    assert cell.data() == "$0.00"
    assert "would be $0.134 on Google" in cell.data(Qt.ItemDataRole.ToolTipRole)
    await wait_until(lambda: window.preview.record is not None)
    assert window.preview.record.cost == 0.0
    await wait_until(lambda: window.spent_label.text() == "Today $0.00", timeout=15)
    _connect(window, emulator, "studio")
    assert window.compose.estimate_label.text() == "Estimated cost: $0.134"


async def test_failed_jobs_say_whether_they_were_billed(window, emulator):
    from nbp_desktop.qt.queue.queue_model import COST

    model = window.queue.model
    _connect(window, emulator, "studio")
    emulator.service.faults.configure({"faults": [{"kind": "image_safety"}]})
    window.compose.prompt_edit.setPlainText("blocked after generation")
    [blocked] = await window.generate()
    _connect(window, emulator, "wrong key", key="not-a-key")
    window.compose.prompt_edit.setPlainText("refused before generation")
    [refused] = await window.generate()
    assert model.index(model.row_of(blocked.id), COST).data() == "may have been billed"
    assert model.index(model.row_of(refused.id), COST).data() == "not billed"


async def test_empty_views_say_what_to_do(window, emulator):
    from nbp_desktop.qt.empty_state import EMPTY_LIBRARY, EMPTY_QUEUE, NO_IMAGE_YET, NO_MATCH, shown
    from nbp_desktop.qt.shortcuts import shortcut

    gallery = window.gallery
    await gallery.reload()
    assert window.queue.empty_state.isVisibleTo(window.queue) and window.queue.empty_state.text() == shown(EMPTY_QUEUE)
    assert gallery.empty_state.isVisibleTo(gallery) and gallery.empty_state.text() == shown(EMPTY_LIBRARY)
    assert window.preview.placeholder.text() == shown(NO_IMAGE_YET)
    keys = shortcut("queue").text()  # the registry's keys in the platform's words, not "Ctrl+"
    assert f"press {keys}" in window.preview.placeholder.text() and "{keys}" not in shown(EMPTY_QUEUE)
    assert f"({keys} queues it)" in window.compose.prompt_edit.placeholderText()
    _connect(window, emulator, "studio")
    window.compose.prompt_edit.setPlainText("a lighthouse")
    await window.generate()
    await gallery.reload()
    assert not window.queue.empty_state.isVisibleTo(window.queue)
    assert not gallery.empty_state.isVisibleTo(gallery)
    gallery.find_bar.search_edit.setText("no such words anywhere")
    await wait_until(lambda: gallery.model.rowCount() == 0, timeout=15)
    await gallery.reload()
    assert gallery.empty_state.isVisibleTo(gallery) and gallery.empty_state.text() == NO_MATCH


async def test_a_paused_queue_says_why_and_keeps_saying_it(window, emulator):
    banner = window.queue.paused_banner
    assert not banner.isVisibleTo(window.queue)
    window.engine.pause("2 job(s) queued last time are waiting. Resume the queue to run them.")
    await wait_until(lambda: banner.isVisibleTo(window.queue), timeout=10)  # as after a restart
    assert "2 job(s) queued last time are waiting" in banner.label.text()
    window.messages.show_info("Something else happened.")  # the status bar moves on …
    await asyncio.sleep(1.2)
    assert "2 job(s) queued last time are waiting" in banner.label.text()  # … the reason stays
    banner.resume_button.click()
    assert not window.engine.paused and not banner.isVisibleTo(window.queue)


async def test_the_filters_fit_one_row_and_the_rarer_ones_fold_away(window):
    bar = window.gallery.find_bar
    window.show_library()
    assert bar.more_row.isHidden()
    assert bar.clear_button.parent() is bar.cull_row and not bar.clear_button.isHidden()
    bar.date_box.setCurrentIndex(2)
    bar.edits_button.setChecked(True)
    assert bar.more_button.text() == "More filters (2)" and bar.clear_button.isEnabled()
    bar.more_button.click()
    assert bar.more_row.isVisibleTo(bar)
    bar.clear_button.click()
    assert bar.more_button.text() == "More filters" and not bar.clear_button.isEnabled()
    # In a narrow window the culling filters move under the search box: still all in sight.
    window.resize(700, 600)
    await asyncio.sleep(0.2)
    assert bar.wrapped.indexOf(bar.cull_row) >= 0
    assert bar.clear_button.mapTo(bar, bar.clear_button.rect().topRight()).x() <= bar.width()
    window.resize(1600, 1000)
    await asyncio.sleep(0.2)
    assert bar.top.indexOf(bar.cull_row) >= 0


async def test_the_window_fits_a_1366x768_laptop_with_six_queue_rows(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700  # room for a title bar and a panel
    window.resize(1366, 768)
    await asyncio.sleep(0.2)
    assert window.size().width() == 1366 and window.size().height() == 768
    table = window.queue.table
    assert table.viewport().height() >= 6 * table.verticalHeader().defaultSectionSize()
    assert window.preview.height() >= 340  # the image still gets most of the rest


async def test_at_1366x768_the_image_and_a_dozen_queue_rows_share_the_window(studio_window, emulator):
    """With compose, the queue, its paused banner and a failed job's reason all showing, the
    image still gets most of the laptop's height (not ~200 px) and the queue a dozen rows."""
    window = studio_window
    window.resize(1366, 768)
    emulator.service.faults.configure({"faults": [{"kind": "image_safety"}]})
    window.compose.prompt_edit.setPlainText("A crowded night market, neon signs, rain")
    failed = await window.queue_current()
    await window.engine.wait_for(failed)
    window.engine.pause("Queue paused.")
    window.queue.select_job(failed[0])
    await wait_until(lambda: window.queue.paused_banner.isVisible() and window.queue.detail_label.isVisible())
    await asyncio.sleep(0.2)
    assert not window.compose_dock.isHidden() and not window.queue_dock.isHidden()
    table = window.queue.table
    assert table.viewport().height() >= 12 * table.verticalHeader().defaultSectionSize()
    assert window.preview.view.height() >= 480 and window.preview.view.width() >= 560
    # A narrow queue keeps what a designer reads first; the rest is in the prompt's tooltip.
    assert table.isColumnHidden(1) and not table.isColumnHidden(3)
    assert "studio" in table.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    for toolbar in (window.queue.toolbar, window.preview.toolbar):  # nothing behind a » menu
        assert all(not toolbar.widgetForAction(a) or toolbar.widgetForAction(a).isVisible()
                   for a in toolbar.actions() if a.isVisible() and not a.isSeparator())


async def test_the_library_gets_the_whole_width_and_five_columns(window, emulator, qtbot):
    from PySide6.QtCore import Qt as Keys

    _connect(window, emulator, "studio")
    window.compose.prompt_edit.setPlainText("a teapot")
    await window.generate()
    await wait_until(lambda: window.preview.view.has_image, timeout=15)
    window.resize(1600, 1000)
    window.show_library()
    await asyncio.sleep(0.2)
    batches_dock = window.batches_pane.parentWidget()
    assert all(dock.isHidden() for dock in (window.compose_dock, window.queue_dock, window.history_dock,
                                            batches_dock))
    view = window.gallery.view
    assert view.viewport().width() // view.gridSize().width() >= 5
    window.tabs.setCurrentWidget(window.preview)
    await asyncio.sleep(0.1)
    assert not window.compose_dock.isHidden() and not window.queue_dock.isHidden()
    assert not window.queue_dock.visibleRegion().isEmpty()  # in front of the Batches pane it shares
    # Tab on the image puts the side panels away and brings them back; F is full screen.
    window.preview.view.setFocus()
    qtbot.keyClick(window.preview.view, Keys.Key.Key_Tab)
    assert window.compose_dock.isHidden() and window.queue_dock.isHidden()
    qtbot.keyClick(window.preview.view, Keys.Key.Key_Tab)
    assert not window.compose_dock.isHidden() and not window.queue_dock.isHidden()
    qtbot.keyClick(window.preview.view, Keys.Key.Key_F)
    assert window.windowState() & Keys.WindowState.WindowFullScreen
    qtbot.keyClick(window.preview.view, Keys.Key.Key_F)
    assert not window.windowState() & Keys.WindowState.WindowFullScreen
    window.compose.prompt_edit.setFocus()
    qtbot.keyClicks(window.compose.prompt_edit, "f")
    assert "f" in window.compose.prompt_edit.toPlainText()  # typing is never a shortcut
    assert not window.windowState() & Keys.WindowState.WindowFullScreen


async def test_the_image_has_a_grey_surround_a_zoom_readout_and_one_line_of_facts(window, emulator):
    from nbp_desktop.qt.preview.image_view import SURROUND

    _connect(window, emulator, "studio")
    window.compose.prompt_edit.setPlainText("a teapot")
    await window.generate()
    preview = window.preview
    await wait_until(lambda: preview.view.has_image, timeout=15)
    assert preview.view.backgroundBrush().color() == SURROUND
    assert preview.zoom_label.text().startswith("Fit ") and preview.zoom_label.text().endswith(" %")
    preview.actual_action.trigger()
    assert preview.zoom_label.text() == "100 %"
    assert preview.facts_scroll.isHidden() and preview.summary_label.text().count("·") >= 3
    assert "\n" not in preview.summary_label.text()
    preview.details_button.click()
    assert not preview.facts_scroll.isHidden()
    assert window.filmstrip.count() == 1 and not window.filmstrip.isHidden()


async def test_rerender_shows_its_price_and_only_larger_sizes(window, emulator):
    from nbp_desktop.core.money import DEMO_CONNECTION

    _connect(window, emulator, "studio")
    window.compose.size_box.setCurrentText("2K")
    window.compose.prompt_edit.setPlainText("a 2K teapot")
    await window.generate()
    preview = window.preview
    await wait_until(lambda: preview.record is not None and preview.record.size == "2K", timeout=15)
    assert not preview.rerender_2k.isVisible() and preview.rerender_4k.isVisible() is not None
    assert preview.rerender_2k.isVisible() is False
    assert preview.rerender_4k.text() == "at 4K — about $0.24"
    original = preview.record.id
    preview.rerender_4k.trigger()
    await wait_until(lambda: preview.record is not None and preview.record.size == "4K", timeout=20)
    model = window.queue.model
    assert model.index(0, 0).data() == "✎ Re-render at 4K" or \
        any(model.index(r, 0).data() == "✎ Re-render at 4K" for r in range(model.rowCount()))
    def labels() -> list[str]:
        tree, found = window.history.tree, []
        stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item.text(0))
            stack += [item.child(i) for i in range(item.childCount())]
        return found
    await wait_until(lambda: "Re-rendered at 4K" in labels(), timeout=15)
    assert "Generated: a 2K teapot" in labels() and preview.record.id != original
    assert not preview.rerender_button.isEnabled()  # already 4K: nothing larger to offer
    _connect(window, emulator, DEMO_CONNECTION)
    window.compose.size_box.setCurrentText("1K")
    window.compose.prompt_edit.setPlainText("a demo teapot")
    await window.generate()
    await wait_until(lambda: preview.record is not None and preview.record.size == "1K", timeout=15)
    assert preview.rerender_2k.text() == "at 2K — free in the demo (would be $0.134 on Google)"
    assert preview.rerender_button.isEnabled()


async def test_the_queue_menu_acts_on_the_job_under_the_mouse(window, emulator):
    from PySide6.QtWidgets import QApplication

    queue = window.queue
    assert not queue.cancel_action.isEnabled() and not queue.retry_action.isEnabled()  # nothing to act on
    assert not queue.clear_action.isEnabled()
    _connect(window, emulator, "studio")
    emulator.service.faults.configure({"faults": [{"kind": "image_safety"}]})
    window.compose.prompt_edit.setPlainText("a blocked market")
    [failed] = await window.generate()
    row = queue.model.row_of(failed.id)
    assert row >= 0
    queue.select_job(failed.id)  # as a right-click on its row does
    menu = queue.menu_for(queue.model.job_at(row))
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert {"Show image", "Run again", "Copy error message", "Cancel", "Remove from the queue"} <= set(actions)
    assert not actions["Show image"].isEnabled() and actions["Run again"].isEnabled()
    assert not actions["Cancel"].isEnabled()
    actions["Copy error message"].trigger()
    assert QApplication.clipboard().text().startswith("Google's safety filter withheld the image")
    actions["Remove from the queue"].trigger()
    await wait_until(lambda: queue.model.row_of(failed.id) < 0, timeout=15)
    assert window.engine.jobs.get(failed.id) is None


@pytest.mark.parametrize("theme", ["light", "dark", "system"])
async def test_dialog_buttons_carry_no_second_icon_set(window, theme):
    from PySide6.QtWidgets import QDialogButtonBox

    from PySide6.QtWidgets import QApplication, QStyle

    from nbp_desktop.qt.theme import _AppStyle

    window.set_theme(theme)
    # (the offscreen platform puts no icons on dialog buttons; X11 desktops and Windows do)
    assert isinstance(QApplication.style(), _AppStyle)
    assert QApplication.style().styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert all(button.icon().isNull() for button in box.buttons())
    box.deleteLater()
