"""Every shortcut in the registry, pressed as a real key on the widget that has the focus
where the UI teaches it, with its effect checked; the help dialog and the menus show them."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.jobs.spec import JobSpec, JobStatus
from nbp_desktop.core.library.gallery_index import PICK, REJECT
from nbp_desktop.qt.batch.sheet_import_dialog import SheetImportDialog
from nbp_desktop.qt.export.export_dialog import ExportDialog
from nbp_desktop.qt.settings.settings_dialog import SettingsDialog
from nbp_desktop.qt.shortcuts import SHORTCUTS, ShortcutsDialog, Where
from tests.conftest import wait_until

import pytest

pytestmark = pytest.mark.gui


class Keyboard:
    """Presses a registered shortcut's keys on a widget after giving it the focus."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window
        self.pressed: set[str] = set()

    async def press(self, name: str, widget, which: int = 0) -> None:
        combination = SHORTCUTS[name].sequences()[which][0]
        widget.window().activateWindow()
        await wait_until(lambda: widget.window().isActiveWindow(), timeout=3)
        widget.setFocus()
        assert QApplication.focusWidget() is widget, f"{name}: the focus is not where the UI teaches it"
        self.qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())
        self.pressed.add(name)


def record(window, image_id):
    return window.own_library.index.image(image_id)


def shown(window, dialog_type):
    return [d for d in window.findChildren(dialog_type) if d.isVisible()]


async def finished(window, count: int) -> list:
    await wait_until(lambda: len(window.engine.jobs) >= count
                     and all(j.status.finished for j in window.engine.jobs.values()), timeout=15)
    return sorted(window.engine.jobs.values(), key=lambda j: j.position)


async def test_every_documented_shortcut_does_what_it_says(window, emulator, qtbot, monkeypatch, tmp_path):
    keys = Keyboard(qtbot, window)
    infos: list[str] = []
    window.messages.info.connect(infos.append)
    window.services.add_temporary_connection(ConnectionConfig("studio", "aistudio", base_url=emulator.base_url),
                                             ApiKeyAuth("emulator-key"))
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText("studio")
    compose, preview, queue, gallery = window.compose, window.preview, window.queue, window.gallery

    # Compose: Ctrl+Enter (and the keypad's Enter) queue from the prompt box.
    compose.prompt_edit.setPlainText("a red kite")
    await keys.press("queue", compose.prompt_edit)
    await finished(window, 1)
    compose.prompt_edit.setPlainText("a green kite")
    await keys.press("queue", compose.prompt_edit, which=1)
    jobs = await finished(window, 2)
    assert [j.spec.prompt for j in jobs] == ["a red kite", "a green kite"]
    await wait_until(lambda: preview.record is not None and preview.record.id == jobs[1].image_ids[0]
                     and preview.view.has_image)

    # The Image tab: zoom, compare with the previous image, edit with Ctrl+Enter in the box.
    await keys.press("show_image", compose.prompt_edit)
    assert window.tabs.currentWidget() is preview and preview.view.hasFocus()
    view = preview.view
    await keys.press("actual_size", view)
    assert view.zoom == pytest.approx(1 / view.devicePixelRatioF())
    before = view.zoom
    await keys.press("zoom_in", view)
    assert view.zoom > before
    await keys.press("zoom_out", view)
    assert view.zoom == pytest.approx(before)
    await keys.press("fit", view)
    assert view._fit
    await keys.press("compare_previous", view)
    await wait_until(lambda: preview.compare_view.isVisible() and preview.compare_view.has_image)
    assert preview.compare_action.isChecked()
    await keys.press("compare_previous", view)
    assert not preview.compare_action.isChecked()
    await keys.press("edit_image", view)
    dialog = preview.edit_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.text_edit.setPlainText("make it blue")
    await keys.press("send_edit", dialog.text_edit)
    assert preview.edit_dialog is None  # accepted and closed
    jobs = await finished(window, 3)
    assert jobs[2].spec.edit == "edit" and jobs[2].spec.prompt == "make it blue"
    assert jobs[2].spec.parent_image_id == jobs[1].image_ids[0]
    await wait_until(lambda: preview.record.id == jobs[2].image_ids[0] and preview.view.has_image)

    await keys.press("copy_prompt", view)
    assert QApplication.clipboard().text() == "make it blue" or "Prompt copied." in infos
    await keys.press("copy_image", view)
    await wait_until(lambda: any(i.startswith("Image copied as") for i in infos))

    # Ctrl+E in the Image tab exports the image on screen, whatever the queue's selection.
    queue.table.selectRow(0)
    await keys.press("export", view)
    [export] = shown(window, ExportDialog)
    assert [s.image_id for s in export.sources] == [preview.record.id]
    assert export.strip.names() == ["make it blue"]
    assert await export.thumbnails_loaded == 1
    export.reject()

    await keys.press("settings", view)
    [settings] = shown(window, SettingsDialog)
    settings.reject()
    await keys.press("help", view)
    [help_dialog] = shown(window, ShortcutsDialog)
    listed = help_dialog.rows()
    for entry in SHORTCUTS.values():
        assert (entry.help, entry.text()) in listed
    help_dialog.reject()

    reference = tmp_path / "reference.png"
    reference.write_bytes((window.services.data_dir / record(window, jobs[0].image_ids[0]).path).read_bytes())
    clip = QMimeData()
    clip.setUrls([QUrl.fromLocalFile(str(reference))])
    QApplication.clipboard().setMimeData(clip)
    await keys.press("paste_reference", view)
    await wait_until(lambda: compose.references.count() == 1)
    assert f"paste with {SHORTCUTS['paste_reference'].text()}," in compose.references.toolTip()
    compose.references.set_files([])

    await keys.press("show_compose", view)
    assert compose.prompt_edit.hasFocus()
    await keys.press("show_queue", compose.prompt_edit)
    assert queue.table.hasFocus()

    # The queue: move, cancel and run again with the queue focused.
    window.engine.pause("held for the test")
    ids = await window.engine.submit(JobSpec("studio", "queued one"), 3)
    await wait_until(lambda: queue.model.row_of(ids[-1]) >= 0)
    queue.select_job(ids[-1])
    row = queue.model.row_of(ids[-1])
    assert [j.id for j in queue.selected_jobs()] == [ids[-1]]
    await keys.press("move_job_up", queue.table)

    await wait_until(lambda: queue.model.row_of(ids[-1]) == row - 1)
    await keys.press("move_job_down", queue.table)
    await wait_until(lambda: queue.model.row_of(ids[-1]) == row)
    await keys.press("cancel_job", queue.table)
    await wait_until(lambda: window.engine.jobs[ids[-1]].status is JobStatus.CANCELED)
    await keys.press("retry_job", queue.table)
    await wait_until(lambda: window.engine.jobs[ids[-1]].status is JobStatus.QUEUED)
    window.engine.resume()
    await finished(window, 6)

    # The Library grid.
    await keys.press("show_library", queue.table)
    grid = gallery.view
    assert window.tabs.currentWidget() is gallery and grid.hasFocus()
    await gallery.reload()
    grid.setCurrentIndex(gallery.model.index(0))
    first = gallery.model.items[0].id
    for name, check in (("pick", lambda r: r.flag == PICK), ("reject", lambda r: r.flag == REJECT),
                        ("unflag", lambda r: r.flag == 0), ("no_stars", lambda r: r.rating == 0)):
        await keys.press(name, grid)
        await wait_until(lambda check=check: check(record(window, first)))
    for which in range(5):
        await keys.press("stars", grid, which)
        await wait_until(lambda which=which: record(window, first).rating == which + 1)
    await keys.press("labels", grid, 0)
    await wait_until(lambda: record(window, first).label == 1)
    steps = len(gallery.undo_steps)
    await keys.press("labels", grid, 3)
    # The change is stored, then put on the undo stack: Ctrl+Z takes back this one.
    await wait_until(lambda: record(window, first).label == 4 and len(gallery.undo_steps) > steps)
    await keys.press("undo", grid)
    await wait_until(lambda: record(window, first).label == 1 and gallery.redo_action.isEnabled())
    await keys.press("redo", grid)
    await wait_until(lambda: record(window, first).label == 4)

    await keys.press("loupe", grid)
    await wait_until(lambda: gallery.loupe is not None and gallery.loupe.views[0].has_image)
    qtbot.keyClick(gallery.loupe, Qt.Key.Key_Space)
    assert not gallery.loupe.isVisible() and grid.hasFocus()

    board = await gallery.new_board("Keepers")
    grid.setCurrentIndex(gallery.model.index(0))
    await keys.press("add_to_board", grid)
    await wait_until(lambda: any(b.id == board and b.count == 1 for b in gallery.boards.boards))
    # C compares the selection (not the Image tab's compare), and B still works after it.
    grid.setCurrentIndex(gallery.model.index(1))
    grid.selectionModel().select(gallery.model.index(2), grid.selectionModel().SelectionFlag.Select)
    await keys.press("compare_selection", grid)
    await wait_until(lambda: gallery.loupe.isVisible() and gallery.loupe.comparing
                     and gallery.loupe.views[1].has_image)
    assert not preview.compare_action.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B)
    await wait_until(lambda: any(b.id == board and b.count == 3 for b in gallery.boards.boards))
    qtbot.keyClick(gallery.loupe, Qt.Key.Key_Escape)
    assert grid.hasFocus()
    # Ctrl+E in the Library exports the selection.
    selected = set(grid.selected_ids())
    await keys.press("export", grid)
    [export] = shown(window, ExportDialog)
    assert {s.image_id for s in export.sources} == selected and len(selected) == 2
    assert await export.thumbnails_loaded == 2
    export.reject()

    count = len(gallery.model.items)
    grid.clearSelection()
    grid.setCurrentIndex(gallery.model.index(count - 1))
    trashed = gallery.model.items[count - 1].id
    steps = len(gallery.undo_steps)
    await keys.press("trash", grid)
    await wait_until(lambda: len(gallery.model.items) == count - 1 and record(window, trashed).trashed
                     and len(gallery.undo_steps) > steps)
    await keys.press("undo", grid)
    await wait_until(lambda: len(gallery.model.items) == count)

    grid.setCurrentIndex(gallery.model.index(0))
    opened = gallery.model.items[0].id
    await keys.press("open_image", grid)
    await wait_until(lambda: window.tabs.currentWidget() is preview and preview.record is not None
                     and preview.record.id == opened)

    await keys.press("find", preview.view)
    assert window.tabs.currentWidget() is gallery and gallery.find_bar.search_edit.hasFocus()

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args: asked.append("open library") or "")
    await keys.press("open_library", grid)
    await wait_until(lambda: asked == ["open library"])

    await keys.press("import_sheet", grid)
    [sheet_dialog] = shown(window, SheetImportDialog)
    sheet_dialog.reject()

    # Tab and F on the image (or the grid): side panels away and back, full screen and back.
    window.show_image_tab()
    await keys.press("hide_panels", window.preview.view)
    assert window.compose_dock.isHidden() and window.queue_dock.isHidden()
    await keys.press("hide_panels", window.preview.view)
    assert not window.compose_dock.isHidden() and not window.queue_dock.isHidden()
    await keys.press("full_screen", window.preview.view)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    await keys.press("full_screen", window.preview.view)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen

    quits: list[bool] = []
    window.quit_requested.connect(lambda: quits.append(True))
    await keys.press("quit", grid)
    assert quits == [True]
    await keys.press("minimize", grid)
    await wait_until(lambda: window.isMinimized())
    window.showNormal()

    QApplication.clipboard().clear()  # what the test put there must not outlive its window
    assert keys.pressed == set(SHORTCUTS), set(SHORTCUTS) - keys.pressed


def test_keys_have_one_owner_where_the_focus_is():
    """A key appears twice only for panes that never hold the focus together."""
    owners: dict[str, list[Where]] = {}
    for entry in SHORTCUTS.values():
        for key in entry.keys:
            owners.setdefault(key, []).append(entry.where)
    for key, places in owners.items():
        assert len(places) == len(set(places)), key
        if len(places) > 1:
            assert Where.WINDOW not in places, key


async def test_menus_show_the_keys(window):
    texts: dict[str, str] = {}

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif action.text():
                name = action.text().split("\t")[0]
                shortcut = action.shortcut().toString()
                texts[name] = shortcut or (action.text().split("\t")[1] if "\t" in action.text() else "")

    for action in window.menuBar().actions():
        walk(action.menu())
    assert texts["Queue generation"] == "Ctrl+Return"
    assert texts["&Settings…"] == "Ctrl+,"
    assert texts["&Export…"] == "Ctrl+E"
    assert texts["Compare"] == "C"
    assert texts["Edit this image…"] == "E"
    assert texts["Pick"] == "P"
    assert texts["Move to Trash"] == SHORTCUTS["trash"].text()
    assert texts["Cancel"] == "Del"
    assert texts["Keyboard shortcuts"] == "F1"


async def test_a_newer_image_drops_an_older_loads_result(window, emulator):
    """Moving on before an image has loaded never writes that load's outcome under the next
    image (issue 18.3: a false "missing or cannot be read")."""
    import asyncio

    window.services.add_temporary_connection(ConnectionConfig("studio", "aistudio", base_url=emulator.base_url),
                                             ApiKeyAuth("emulator-key"))
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText("studio")
    window.compose.prompt_edit.setPlainText("two quick ones")
    window.compose.count_spin.setValue(2)
    jobs = await window.generate()
    first, second = (record(window, job.image_ids[0]) for job in jobs)
    for _ in range(5):
        await asyncio.gather(window.preview.show_image(first), window.preview.show_image(second))
        assert window.preview.record.id == second.id and window.preview.view.has_image
        assert "missing" not in window.preview.reply_label.text()


async def test_a_finished_job_does_not_take_over_an_image_chosen_while_it_was_looked_up(window, emulator):
    """A job's result is shown when it finishes, but an image the user picks while that result
    is still being looked up stays: the later choice wins."""
    import asyncio

    window.services.add_temporary_connection(ConnectionConfig("studio", "aistudio", base_url=emulator.base_url),
                                             ApiKeyAuth("emulator-key"))
    window.compose.reload_connections()
    window.compose.connection_box.setCurrentText("studio")
    window.compose.prompt_edit.setPlainText("two quick ones")
    window.compose.count_spin.setValue(2)
    jobs = await window.generate()
    chosen = record(window, jobs[1].image_ids[0])
    before = window.preview.take_turn()
    finished_job = asyncio.ensure_future(window.show_job(jobs[0]))
    await wait_until(lambda: not window.preview.is_turn(before))  # its result is being looked up
    await window.show_image(chosen)
    await finished_job
    assert window.preview.record.id == chosen.id and window.preview.view.has_image
    assert window.filmstrip.currentItem().data(Qt.ItemDataRole.UserRole) == chosen.id
    assert record(window, jobs[0].image_ids[0]).id in [  # still offered on the strip
        window.filmstrip.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.filmstrip.count())]
