"""The main window under a translation: its words come from the translator (read by
pyside6-lupdate from the code itself), while what is kept in the settings and what finds its
way by name — dock names, the Queue menu the Batches pane adds to — stays the same."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator, Qt
from PySide6.QtWidgets import QApplication

from nbp_desktop.core.translation import install_translator

QT = Path(__file__).resolve().parents[2] / "nbp_desktop" / "qt"
# The window's own parts (the gallery, export and settings packages are marked on their own).
MARKED = [QT / name for name in ("main_window.py", "app.py", "shortcuts.py", "messages.py", "empty_state.py")]
MARKED += sorted(path for package in ("compose", "preview", "queue", "batch")
                 for path in (QT / package).glob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing (it comes with PySide6)")
    return found


def _pseudo(text: str) -> str:
    return f"«{text}»"


@pytest.fixture
def pseudo_translation(tmp_path) -> Iterator[None]:
    """Every marked text as «text», through Qt's translator and the core's hook."""
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    subprocess.run([_tool("pyside6-lupdate"), *map(str, MARKED), "-ts", str(ts)], check=True,
                   capture_output=True)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = _pseudo(source)
        if not forms:
            translation.text = _pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    install_translator(lambda context, text, disambiguation, n: QCoreApplication.translate(
        context, text, disambiguation, n))
    try:
        yield
    finally:
        install_translator(None)
        app.removeTranslator(translator)


@pytest.fixture
async def translated_window(pseudo_translation, window):
    return window  # built after the translation is installed (fixture order)


async def test_the_window_speaks_the_translation_and_keeps_its_names(translated_window):
    window = translated_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["«&File»", "«&Edit»"]
    assert window.queue_dock.windowTitle() == "«Queue»"
    assert window.tabs.tabText(0) == "«Generate»"
    # Dock names are kept in the settings: the same in every language.
    assert {dock.objectName() for dock in (window.compose_dock, window.queue_dock, window.history_dock)} == {
        "compose-dock", "queue-dock", "history-dock"}
    assert window.batches_pane.parentWidget().objectName() == "batches-dock"
    # The Batches pane found the Queue menu without reading its (translated) title.
    assert "«Import prompt sheet…»" in [a.text() for a in window.queue_menu.actions()]
    header = window.queue.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "«Prompt»"
    assert window.compose.queue_button.text() == "«Queue»"
    assert window.compose.references.toolTip().startswith("«Reference images")


async def test_the_shortcuts_help_is_translated_but_not_its_keys(translated_window):
    dialog = translated_window.show_shortcuts()
    try:
        rows = dict(dialog.rows())
        assert rows["«Anywhere»"] == ""  # a section title
        assert rows["«Settings»"] == "Ctrl+,"
        assert rows["«Pick»"] == "P"
        assert rows["«Queue the generation»"] == "«Ctrl+Return or Ctrl+Enter»"
    finally:
        dialog.close()
