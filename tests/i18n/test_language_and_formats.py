"""Settings → Language, the start-up in a chosen language (the app's words, Qt's own and the
core's), and numbers, money, sizes and dates written the way the locale writes them."""

from __future__ import annotations

import argparse
import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from nbp_desktop.core import formatting, translation
from nbp_desktop.core.export.batch import write_metadata_csv
from nbp_desktop.core.export.exporter import ExportResult, ExportSource
from nbp_desktop.core.settings import SCHEMA_VERSION, SettingsFile
from nbp_desktop.qt.locale_format import QtLocaleFormat
from nbp_desktop.qt.translations.loading import LANGUAGE_ENV, chosen_language, install_language, system_language


@pytest.fixture
def french(qapp):
    """The app in French for one test (Qt's own words, the core's hook, QLocale fr_FR)."""
    installed = install_language("fr")
    yield installed
    installed.remove()


# ------------------------------------------------------------------ the setting
def test_language_defaults_to_the_system_and_a_bad_value_is_a_sentence(data_dir):
    file = SettingsFile(data_dir)
    assert file.load().language == "system"
    (data_dir / "settings.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION, "language": "xx"}))
    file = SettingsFile(data_dir)
    assert file.load().language == "system"
    assert any("language" in problem and "system" in problem for problem in file.problems), file.problems
    (data_dir / "settings.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION, "language": "ko"}))
    assert SettingsFile(data_dir).load().language == "ko"


def test_a_settings_file_from_before_languages_follows_the_system(data_dir):
    (data_dir / "settings.json").write_text(json.dumps({"schema_version": 2, "profile_id": "old", "theme": "dark"}))
    file = SettingsFile(data_dir)
    settings = file.load()
    assert (settings.language, settings.theme, settings.schema_version) == ("system", "dark", SCHEMA_VERSION)
    assert file.problems == []


def test_which_language_is_spoken(monkeypatch):
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert system_language(["zh-Hant-TW", "en-US"]) == "zh_TW"
    assert system_language(["zh-Hans-CN"]) == "zh_CN"
    assert system_language(["fr-CA", "en"]) == "fr"
    assert system_language(["pt-BR", "ja-JP"]) == "ja"  # the first the app speaks
    assert system_language(["pt-BR"]) == "en"
    assert chosen_language("de") == "de"
    assert chosen_language("de", "es") == "es"  # --language wins
    monkeypatch.setenv(LANGUAGE_ENV, "ko")
    assert chosen_language("de") == "ko" and chosen_language("de", "ja") == "ja"
    monkeypatch.setenv(LANGUAGE_ENV, "tlh")
    assert chosen_language("de") == "en"  # a language the app does not speak: English


# ------------------------------------------------------------------ formats
def test_numbers_money_sizes_and_dates_in_french_and_english():
    moment = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
    assert (formatting.usd(0.134), formatting.money(1234.5), formatting.data_size(1_288_490),
            formatting.number(12345), formatting.seconds(1.5)) == ("$0.134", "$1234.50", "1.2 MB", "12,345", "1.5 s")
    assert formatting.date(moment) == moment.astimezone().strftime("%Y-%m-%d")
    formatting.install_format(QtLocaleFormat(QLocale("fr_FR")))
    try:
        assert formatting.usd(0.134) == "0,134\u00a0$"
        assert formatting.money(1234.5) == "1\u202f234,50\u00a0$"
        assert formatting.data_size(1_288_490) == "1,2 Mo"
        assert formatting.number(12345) == "12\u202f345"
        assert formatting.seconds(1.5) == "1,5 s"
        assert formatting.date(moment) == moment.astimezone().strftime("%d/%m/%Y")
        assert formatting.list_separator() == ";"
    finally:
        formatting.install_format(None)
    formatting.install_format(QtLocaleFormat(QLocale("ja_JP")))
    try:
        assert formatting.date(moment) == moment.astimezone().strftime("%Y/%m/%d")
        assert formatting.money(1234.5) == "$1,234.50"
    finally:
        formatting.install_format(None)


def _exported(tmp_path: Path) -> list[tuple[ExportSource, ExportResult]]:
    created = "2026-03-04T12:00:00+00:00"
    source = ExportSource(image_id="img-1", path=tmp_path / "img-1.png", mime="image/png", prompt="un phare, le soir",
                          model="gemini-3-pro-image", width=1024, height=768, created=created)
    return [(source, ExportResult(path=tmp_path / "out" / "img-1.png", reencoded=False))]


def test_the_metadata_csv_in_french_opens_in_a_french_spreadsheet(tmp_path, french):
    (tmp_path / "out").mkdir()
    path = write_metadata_csv(tmp_path / "out", _exported(tmp_path))
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("file;id;prompt;")  # Excel in French splits on ";"
    row = next(csv.DictReader(text.splitlines(), delimiter=";"))
    assert row["prompt"] == "un phare, le soir" and row["created"] == "2026-03-04T12:00:00+00:00"
    local = datetime(2026, 3, 4, 12, 0, tzinfo=UTC).astimezone()
    assert row["created_local"] == local.strftime("%d/%m/%Y %H:%M")


def test_the_metadata_csv_in_english_is_unchanged(tmp_path):
    (tmp_path / "out").mkdir()
    text = write_metadata_csv(tmp_path / "out", _exported(tmp_path)).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("file,id,prompt,")
    row = next(csv.DictReader(text.splitlines()))
    assert row["width"] == "1024" and row["created"] == "2026-03-04T12:00:00+00:00"


# ------------------------------------------------------------------ start-up in French
@pytest.mark.gui
async def test_the_app_started_in_french_speaks_french_and_writes_french_numbers(qtbot, data_dir, monkeypatch):
    from nbp_desktop.qt import app as gui_app

    monkeypatch.setenv("NBP_NO_FIRST_RUN", "1")
    seen: dict[str, object] = {}

    async def look(window) -> int:
        await window.workspace.until_ready()
        window._update_spent()
        dialog = window.open_settings()
        buttons = dialog.findChild(QDialogButtonBox)
        seen["buttons"] = sorted(b.text().replace("&", "") for b in buttons.buttons())
        seen["choices"] = [dialog.language.box.itemText(i) for i in range(dialog.language.box.count())]
        dialog.language.box.setCurrentIndex(dialog.language.box.findData("ja"))
        seen["note"] = dialog.language.note.text()
        dialog.reject()
        seen["core"] = translation.translate("QPlatformTheme", "Cancel")
        seen["estimate"] = window.compose.estimate_label.text()
        seen["min_width"] = window.minimumSizeHint().width()
        for _ in range(50):
            if window.spent_label.text():
                break
            await _sleep()
        seen["spent"] = window.spent_label.text()
        return 0

    args = argparse.Namespace(data_dir=str(data_dir), demo=True, self_test=False, language="fr")
    status = await gui_app.run_main_window(QApplication.instance(), args, look)
    assert status == 0
    assert seen["buttons"] == ["Annuler", "Enregistrer"]  # Qt's own words: qtbase_fr is loaded
    assert seen["core"] == "Annuler"  # the core's hook goes through Qt's translators
    assert seen["choices"][1:] == ["Français", "繁體中文", "简体中文", "한국어", "日本語", "Deutsch", "Español",
                                   "English"]
    assert "0,134\u00a0$" in str(seen["estimate"])  # the demo's would-be price, written the French way
    assert "0,00\u00a0$" in str(seen["spent"])
    # French's longer Library filter row once made Generate 1,467 px wide: wider than a laptop.
    assert int(seen["min_width"]) < 1366 - 20, seen["min_width"]
    assert seen["note"] == "Redémarrez l'application pour utiliser la nouvelle langue."  # said in the language in use
    # Afterwards (the app has quit): English again.
    assert translation.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert formatting.usd(0.134) == "$0.134"


async def _sleep() -> None:
    import asyncio

    await asyncio.sleep(0.02)


@pytest.mark.gui
async def test_the_chosen_language_is_saved_for_the_next_start(qtbot, window):
    dialog = window.open_settings()
    assert dialog.language.value() == "system"
    assert dialog.language.note.text() == "A new language is used from the next start of the app."
    dialog.language.box.setCurrentIndex(dialog.language.box.findData("zh_TW"))
    assert dialog.language.note.font().bold()
    await dialog.save()
    saved = json.loads((window.services.data_dir / "settings.json").read_text())
    assert saved["language"] == "zh_TW"
    dialog.reject()


# ------------------------------------------------------------------ English plurals
def test_english_counts_read_as_english_in_the_windows_and_the_core(qapp):
    """English has no translation file: counted texts ("Queued %n job(s)") get their English
    forms from the app's own plural rule, in Qt's tr() and in the core's words alike."""
    from PySide6.QtCore import QCoreApplication

    from nbp_desktop.core.jobs import JobText
    from nbp_desktop.core.recovery import RecoveryText

    installed = install_language("en")
    try:
        queued = "Queued %n job(s) with “{connection}”."
        assert QCoreApplication.translate("MainWindow", queued, None, 1) == "Queued 1 job with “{connection}”."
        assert QCoreApplication.translate("MainWindow", queued, None, 3) == "Queued 3 jobs with “{connection}”."
        assert JobText.tr("%n job(s) queued last time are waiting. Resume the queue to run them.", None, 1) \
            .startswith("1 job queued last time is waiting.")
        assert RecoveryText.tr("%n job(s) that had finished while the app stopped were saved.", None, 2) \
            == "2 jobs that had finished while the app stopped were saved."
        assert QCoreApplication.translate("MainWindow", "Queue paused") == "Queue paused"  # not counted: as is
    finally:
        installed.remove()


def test_a_counted_text_a_language_lacks_falls_back_to_english_forms(french):
    from PySide6.QtCore import QCoreApplication

    missing = "%n thing(s) nobody translated"
    assert QCoreApplication.translate("Nowhere", missing, None, 1) == "1 thing nobody translated"
    assert QCoreApplication.translate("MainWindow", "Queued %n job(s) with “{connection}”.", None, 2) \
        .startswith("2 ")  # French's own form wins where it exists
    assert "job" not in QCoreApplication.translate("MainWindow", "Queued %n job(s) with “{connection}”.", None, 2)
