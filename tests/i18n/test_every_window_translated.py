"""Every window, dialog, menu, tooltip, placeholder and header in each language: no English
left that the English build shows there (``tests/i18n/ui_walk.py`` walks them).

A language is checked once its ``.ts`` file is complete (every sentence translated), or when
it is listed in ``REQUIRED`` — then an incomplete file fails too, so a sentence added later
without its translation is caught. ``"pseudo"`` (every marked sentence as ``⟦…⟧``) checks
that every word is marked at all; ``tests/i18n_report.py`` lists what is not.
"""

from __future__ import annotations

import importlib.util
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nbp_desktop.core.translation import LANGUAGES
from nbp_desktop.qt.translations.loading import install_language
from nbp_desktop.qt.translations.sources import compile_qm, qm_name, ts_file, update_ts
from tests.i18n.pseudo import PSEUDO, build_pseudo_qm, pseudo_ts
from tests.i18n.ui_walk import Judge, Seen, collect, make_library, walk_in_language

# Menus and popups the walk opens: the offscreen platform's notes, not the app's.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support raise",
                                                         "This plugin does not support grabbing")]

#: Languages (and "pseudo") that must be complete and clean. The integrator adds "pseudo" once
#: the marking is merged (tests/i18n_report.py prints nothing), and each language once its
#: translators are done; until then a language is checked only when its .ts is complete.
REQUIRED: frozenset[str] = frozenset({"pseudo", "fr", "zh_TW", "zh_CN", "ko", "ja", "de", "es"})
# To try before committing: NBP_I18N_REQUIRED=pseudo,fr python3 tests/run_tests.py tests/i18n
REQUIRED |= {code for code in os.environ.get("NBP_I18N_REQUIRED", "").split(",") if code}


def untranslated_count(ts: Path) -> tuple[int, int]:
    """(sentences without a finished translation, all sentences) of a ``.ts`` file."""
    messages = list(ET.parse(ts).getroot().iter("message"))
    missing = 0
    for message in messages:
        translation = message.find("translation")
        forms = [] if translation is None else ([f.text for f in translation.findall("numerusform")]
                                                or [translation.text])
        if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all(f and f.strip() for f in forms)):
            missing += 1
    return missing, len(messages)


# ------------------------------------------------------------ the walk can fail
PROBE = '''
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout


class ProbeDialog(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Probe window"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Marked words here")))
        layout.addWidget(QLabel("Forgotten words here"))
        button = QPushButton(self.tr("Marked button"))
        button.setToolTip("Forgotten tooltip text")
        layout.addWidget(button)
        layout.addWidget(QLabel(self.tr("Exported {count} files").format(count=3) + " and more words"))
'''


def _probe_dialog(folder: Path):
    source = folder / "probe_dialog.py"
    source.write_text(PROBE, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("probe_dialog", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return source, module.ProbeDialog


def _texts(dialog_class, qm_folder: Path | None, code: str) -> list[Seen]:
    installed = install_language(code, qm_folder) if qm_folder is not None else None
    try:
        dialog = dialog_class()
        try:
            return collect(dialog, "Probe")
        finally:
            dialog.deleteLater()
    finally:
        if installed is not None:
            installed.remove()


async def test_the_walk_catches_words_left_unmarked_or_untranslated(qtbot, tmp_path):
    source, dialog_class = _probe_dialog(tmp_path)
    english = _texts(dialog_class, None, "en")
    # The pseudo-translation: what was never marked is what has no brackets.
    pseudo_folder = build_pseudo_qm(tmp_path / "pseudo", [source]).parent
    pseudo = _texts(dialog_class, pseudo_folder, PSEUDO)
    assert "⟦Probe window⟧" in {s.text for s in pseudo}
    found = Judge(english, pseudo=True).untranslated(pseudo)
    assert sorted(s.text for s in found) == ["Forgotten tooltip text", "Forgotten words here",
                                             "⟦Exported 3 files⟧ and more words"]
    assert all(s.window == "Probe" and s.widget.startswith("ProbeDialog") for s in found)
    # A real translation with one sentence left in English.
    ts = update_ts(tmp_path / "fr", ["fr"], [source])[0]
    pseudo_ts(ts)
    french = {"Probe window": "Fenêtre d'essai", "Marked words here": "Mots marqués ici",
              "Marked button": "Bouton marqué"}
    text = ts.read_text(encoding="utf-8")
    for english_text, translated in french.items():
        text = text.replace(f"⟦{english_text}⟧", translated)
    ts.write_text(text, encoding="utf-8")
    compile_qm(ts, tmp_path / "fr" / qm_name("fr"))
    shown = _texts(dialog_class, tmp_path / "fr", "fr")
    assert "Mots marqués ici" in {s.text for s in shown}
    found = Judge(english).untranslated(shown)
    assert sorted(s.text for s in found) == ["Forgotten tooltip text", "Forgotten words here"]


# ------------------------------------------------------------ every window, each language
_english_walk: dict[str, object] = {}


async def _walk(code: str, qm_folder: Path | None, tmp_path_factory, emulator):
    template = tmp_path_factory.getbasetemp() / "i18n-library"
    if not template.exists():
        _english_walk["prompts"] = make_library(template)
    prompts = _english_walk["prompts"]
    work = tmp_path_factory.mktemp(f"walk-{code}")
    return await walk_in_language(code, qm_folder, template, work, emulator, prompts)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["pseudo", *LANGUAGES])
async def test_every_window_in_each_language(code, qtbot, emulator, tmp_path, tmp_path_factory):
    if code == "pseudo":
        if code not in REQUIRED:
            pytest.skip("switched on once every word is marked (REQUIRED); see tests/i18n_report.py")
        qm_folder = build_pseudo_qm(tmp_path / "pseudo").parent
        language = PSEUDO
    else:
        missing, total = untranslated_count(ts_file(code))
        if code in REQUIRED:
            assert total and not missing, (f"{ts_file(code).name}: {missing} of {total} sentences "
                                           "have no finished translation")
        elif missing or not total:
            pytest.skip(f"{ts_file(code).name}: {missing} of {total} sentences still untranslated")
        qm_folder = tmp_path / "qm"
        compile_qm(ts_file(code), qm_folder / qm_name(code))
        language = code
    if "walk" not in _english_walk:
        _english_walk["walk"] = await _walk("en", None, tmp_path_factory, emulator)
    english = _english_walk["walk"]
    shown = await _walk(language, qm_folder, tmp_path_factory, emulator)
    judge = Judge(english.seen, english.typed | shown.typed, pseudo=code == "pseudo", language=code)  # type: ignore[attr-defined]
    found = judge.untranslated(shown.seen)
    assert not found, (f"{len(found)} text(s) still in English in {code}:\n"
                       + "\n".join(s.line() for s in found[:200]))
    assert not shown.cut, "Cut off:\n" + "\n".join(s.line() for s in shown.cut)  # type: ignore[attr-defined]


async def test_no_button_or_label_is_cut_off_when_words_are_longer(qtbot, emulator, tmp_path_factory,
                                                                   monkeypatch):
    """Every shown button and one-line label made 40 % longer (as German or French often are)
    still fits: layouts grow, nothing has a width that cuts its words off."""
    monkeypatch.setenv("NBP_WALK_LONGER", "0.4")
    walk = await _walk("en-longer", None, tmp_path_factory, emulator)
    assert walk.seen and not walk.cut, "Cut off:\n" + "\n".join(s.line() for s in walk.cut)
