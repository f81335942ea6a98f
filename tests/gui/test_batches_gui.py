"""The prompt-sheet import dialog and the Batches pane in the real main window (offscreen)."""

from __future__ import annotations

import pytest

from nbp_desktop.core.batch.runner import PollPolicy
from nbp_desktop.core.batch.sheet import read_sheet
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.google.auth import ApiKeyAuth
from nbp_desktop.core.library.gallery_index import GalleryIndex
from tests.batch.conftest import write_sheet
from tests.conftest import wait_until

pytestmark = pytest.mark.gui


async def _ready_pane(window, emulator):
    emulator.service.batches.reset()
    emulator.service.batches.options.delay = 0.2
    window.services.add_temporary_connection(
        ConnectionConfig("studio", "aistudio", base_url=emulator.base_url), ApiKeyAuth("emulator-key"))
    window.services.add_temporary_connection(
        ConnectionConfig("relay", "openai", base_url=emulator.base_url), ApiKeyAuth("emulator-key", True))
    pane = window.batches_pane
    await wait_until(lambda: pane.runner is not None)
    pane.runner.poll = PollPolicy(initial=0.05, maximum=0.3)
    return pane


async def test_import_shows_bad_rows_and_both_prices_then_runs_the_batch(window, emulator, tmp_path):
    pane = await _ready_pane(window, emulator)
    sheet_path = write_sheet(tmp_path / "Autumn lookbook.csv", 20)
    with open(sheet_path, "a", encoding="utf-8") as sheet:
        sheet.write("\"a {product}\",7:3,1K,1,1,x,boot\n")
    dialog = pane.open_import()
    dialog.connection_box.setCurrentText("studio")
    await dialog.load(sheet_path)

    assert dialog.table.rowCount() == 20
    assert dialog.table.item(0, 1).text() == "a shoe-0 on white, shot 0"
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["Row 22: the aspect ratio “7:3” is not one Nano Banana Pro makes; use one "
                        "of 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9."]
    sheet = dialog.sheet
    assert dialog.cost_label.text() == (f"20 images: ${sheet.batch_cost():.2f} at batch price · "
                                        f"${sheet.interactive_cost():.2f} interactive")
    assert not dialog.submit_button.isEnabled()  # nothing is sent while a row is bad
    dialog.skip_box.setChecked(True)
    assert dialog.submit_button.isEnabled()
    dialog.submit_button.click()

    await wait_until(lambda: any(r.state == "succeeded" for r in pane.records.values()), timeout=30)
    [record] = pane.records.values()
    assert (record.rows_done, record.rows_total) == (20, 20)
    assert record.actual_cost == pytest.approx(sheet.batch_cost(), rel=0.5)
    row = [pane.table.item(0, c).text() for c in range(pane.table.columnCount())]
    assert row[:4] == ["Autumn lookbook", "succeeded", "20 / 20", "0"]
    assert row[5].endswith("(batch price)")
    boards = {b.name: b.count for b in GalleryIndex(window.workspace.journal.database).boards()}
    assert boards["Autumn lookbook"] == 20


async def test_a_gateway_connection_offers_only_the_queue(window, emulator, tmp_path):
    pane = await _ready_pane(window, emulator)
    dialog = pane.open_import()
    dialog.connection_box.setCurrentText("relay")
    await dialog.load(write_sheet(tmp_path / "s.csv", 2))
    assert not dialog.batch_radio.isEnabled() and dialog.interactive_radio.isChecked()
    assert "has no batch mode" in dialog.note_label.text()
    dialog.reject()


async def test_a_refused_sheet_is_explained_in_the_dialog(window, emulator, tmp_path):
    pane = await _ready_pane(window, emulator)
    dialog = pane.open_import()
    path = tmp_path / "latin.csv"
    path.write_bytes("prompt\nCafé\n".encode("latin-1"))
    await dialog.load(path)
    assert dialog.problems.item(0).text().startswith("Row 2 of “latin” is not UTF-8 text")
    assert not dialog.submit_button.isEnabled()
    dialog.reject()


async def test_failed_rows_show_their_own_errors(window, emulator, tmp_path):
    pane = await _ready_pane(window, emulator)
    emulator.service.batches.options.fail_keys = {"r3-1"}
    dialog = pane.open_import()
    dialog.connection_box.setCurrentText("studio")
    await dialog.load(write_sheet(tmp_path / "Mixed.csv", 4))
    dialog.submit_button.click()
    await wait_until(lambda: any(r.state == "partly failed" for r in pane.records.values()), timeout=30)
    await wait_until(lambda: bool(pane.failed_rows), timeout=10)
    await wait_until(lambda: pane.table.item(0, 3).toolTip() != "", timeout=5)
    assert pane.table.item(0, 1).text() == "partly failed"
    assert pane.table.item(0, 3).text() == "1"
    assert pane.table.item(0, 3).toolTip().startswith("Row 3 (r3-1): ")


async def test_unfinished_batches_resume_when_the_window_opens(window, emulator, tmp_path):
    from nbp_desktop.qt.batch.batches_pane import BatchesPane

    pane = await _ready_pane(window, emulator)
    sheet = read_sheet(write_sheet(tmp_path / "Left over.csv", 5), "gemini-3-pro-image")
    journalled = await pane.runner.submit(sheet, "studio", mode="file", run=False)
    assert emulator.service.batches.batches == {}  # nothing sent yet: as after a crash
    reopened = BatchesPane(window.workspace, window.messages, window._spawn,
                           poll=PollPolicy(initial=0.05, maximum=0.3))
    window._spawn(reopened.start())
    await wait_until(lambda: reopened.records.get(journalled.id) is not None
                     and reopened.records[journalled.id].state == "succeeded", timeout=30)
    assert len(emulator.service.batches.batches) == 1
    reopened.deleteLater()


async def test_a_table_pasted_from_a_spreadsheet(window, emulator, qtbot):
    from PySide6.QtWidgets import QApplication, QPushButton

    pane = await _ready_pane(window, emulator)
    dialog = pane.open_import()
    QApplication.clipboard().setText("Prompt\tAspect ratio\tTags\n"
                                     "A {colour} vase\t3:4\tvase\n")
    paste = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Paste table")
    paste.click()
    await wait_until(lambda: dialog.sheet is not None or dialog.problems.count() > 0)
    assert dialog.problems.item(0).text() == ("Row 2: the prompt uses {colour} but the sheet has "
                                              "no “colour” column.")
    QApplication.clipboard().setText("Prompt\tAspect ratio\tTags\nA blue vase\t3:4\tvase\n")
    paste.click()
    await wait_until(lambda: dialog.sheet is not None and dialog.sheet.rows)
    assert dialog.sheet.name == "Pasted sheet" and dialog.table.item(0, 2).text() == "3:4"
    assert dialog.submit_button.isEnabled()
    dialog.reject()
