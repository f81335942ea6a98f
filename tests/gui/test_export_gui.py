"""Export from the window: drag-out with a real QDrag/QMimeData, the export dialog, copy."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image

from nbp_desktop.qt.export.drag_out import ExportingMimeData
from nbp_desktop.qt.export.export_dialog import ExportDialog
from tests.conftest import wait_until

pytestmark = pytest.mark.gui


@pytest.fixture
def window(studio_window):
    return studio_window


async def generate(window, count=1, mislabel=False, emulator=None):
    if emulator is not None:
        emulator.service.mislabel_jpeg = mislabel  # JPEG bytes, as Google sometimes sends
    window.compose.prompt_edit.setPlainText("a paper lantern")
    window.compose.aspect_box.setCurrentText("16:9")
    window.compose.count_spin.setValue(count)
    jobs = await window.generate()
    await wait_until(lambda: window.preview.record is not None)
    return jobs


async def test_drag_from_the_queue_delivers_finished_files_in_the_preset(window, emulator):
    jobs = await generate(window, count=2)
    window.queue.table.selectAll()
    window.handoff.preset_box.setCurrentText("Print TIFF")
    sources = window.queue_sources()
    assert len(sources) == 2
    from nbp_desktop.qt.export.drag_out import make_drag

    started = time.perf_counter()
    drag = make_drag(window, sources, window.handoff.drag_preset(), window.services.data_dir)
    assert time.perf_counter() - started < 0.1  # the drag starts at once
    mime = drag.mimeData()
    assert isinstance(mime, ExportingMimeData)
    urls = [u.toLocalFile() for u in mime.urls()]
    assert len(urls) == 2 and all(u.endswith(".tif") for u in urls)
    # A drop target asks for the data: it only ever gets finished files.
    raw = bytes(mime.data("text/uri-list")).decode()
    assert raw.count("file://") == 2
    for url in urls:
        img = Image.open(url)
        assert img.format == "TIFF" and img.size == (1376, 768) and img.info["dpi"] == (300, 300)
    assert all(Path(u).is_relative_to(window.services.data_dir / "drag-exports") for u in urls)
    assert {j.status for j in jobs} == {"succeeded"}


async def test_export_dialog_warns_about_a_second_jpeg_compression(window, emulator, tmp_path):
    await generate(window, mislabel=True, emulator=emulator)  # the source is a JPEG
    dialog = window.open_export()
    dialog.preset_box.setCurrentText("Web JPEG")
    dialog.quality.setValue(60)
    assert "Second compression" in dialog.warning.text()
    assert not dialog.use_original.isHidden()
    await wait_until(lambda: dialog.estimate_label.text().startswith("About"), timeout=10)
    dialog.use_original.click()
    assert dialog.preset_box.currentText() == "Original"
    dialog.reject()


async def test_batch_export_with_csv_and_contact_sheet(window, emulator, tmp_path):
    await generate(window, count=3)
    window.queue.table.selectAll()
    window.queue.table.setFocus()  # the queue's selection is what the user works on
    dialog = window.open_export()
    assert isinstance(dialog, ExportDialog)
    dialog.preset_box.setCurrentText("PNG")
    dialog.folder.setText(str(tmp_path / "handoff"))
    dialog.csv_check.setChecked(True)
    dialog.sheet_check.setChecked(True)
    dialog.export()
    await wait_until(lambda: not dialog.isVisible(), timeout=30)
    files = sorted((tmp_path / "handoff").iterdir())
    names = [f.name for f in files]
    assert sum(n.endswith(".png") for n in names) == 3
    assert "metadata.csv" in names and "contact-sheet.pdf" in names
    csv_text = (tmp_path / "handoff" / "metadata.csv").read_text(encoding="utf-8-sig")
    import csv
    rows = list(csv.DictReader(csv_text.splitlines()))
    assert len(rows) == 3 and {r["prompt"] for r in rows} == {"a paper lantern"}
    assert {r["file"] for r in rows} == {n for n in names if n.endswith(".png")}
    assert (tmp_path / "handoff" / "contact-sheet.pdf").read_bytes()[:5] == b"%PDF-"


async def test_copy_image_puts_a_finished_file_and_pixels_on_the_clipboard(window, emulator):
    await generate(window)
    window.handoff.preset_box.setCurrentText("Web JPEG")
    # What Copy puts on the clipboard (the offscreen platform's clipboard itself cannot be
    # read back reliably, so the test checks the data the app hands to it).
    mime = await window.handoff.clipboard_data(window.preview_sources())
    path = mime.urls()[0].toLocalFile()
    assert path.endswith(".jpg") and Image.open(path).format == "JPEG"
    assert not mime.imageData().isNull()


async def test_export_dialog_says_when_a_long_prompt_was_shortened_in_the_jpeg(window, emulator,
                                                                              tmp_path):
    """Issue 16 point 5: a prompt over JPEG's 64 KB XMP segment no longer breaks the export
    (the dialog used to stay disabled with no message): the file is written, and it says so."""
    window.compose.prompt_edit.setPlainText(" ".join(f"lantern detail {n}," for n in range(6000)))
    await window.generate()
    await wait_until(lambda: window.preview.record is not None, timeout=20)
    dialog = window.open_export()
    dialog.preset_box.setCurrentText("Web JPEG")
    # The size estimate runs as a task of its own: let it land before the dialog goes away.
    await wait_until(lambda: dialog.estimate_label.text().startswith("About"), timeout=20)
    dialog.folder.setText(str(tmp_path / "handoff"))
    dialog.export()
    await wait_until(lambda: "shortened" in dialog.status.text(), timeout=30)
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert dialog.status.text() == (
        f"1 exported to {tmp_path / 'handoff'}. The prompt of 1 of them was too long for a JPEG's "
        "metadata, so it is shortened there; the full text stays in the library.")
    assert [p.suffix for p in (tmp_path / "handoff").iterdir()] == [".jpg"]
    if __import__("os").environ.get("NBP_SCREENSHOT_DIR"):
        dialog.grab().save(str(Path(__import__("os").environ["NBP_SCREENSHOT_DIR"]) /
                               "export-long-prompt.png"))
    dialog.reject()
