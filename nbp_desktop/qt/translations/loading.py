"""Start-up: which language the app speaks, and Qt's translators for it.

The ``.qm`` files are built when the app is installed (``pip install``: ``setup.py``'s
build step) or bundled (``packaging/nbp_desktop.spec``) and sit next to the ``.ts`` files.
An install path that could not build them (a source checkout run without installing, an
editable install whose ``.ts`` files were regenerated since) would silently show English, so
as a fallback a missing or stale ``.qm`` is compiled here from the ``.ts`` into the cache
folder (never into the package, which may be read-only), keyed by the ``.ts`` content so it
is built once per change. A frozen bundle has no lrelease and needs none: its ``.qm`` files
are built with it.
"""

from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from nbp_desktop.core import formatting, translation
from nbp_desktop.core.translation import ENGLISH, LANGUAGES, SYSTEM_LANGUAGE, english_plural
from nbp_desktop.qt.locale_format import QtLocaleFormat
from nbp_desktop.qt.translations.sources import (TRANSLATIONS_DIR, ToolMissing, compile_qm, qm_name,
                                                 ts_file, ts_fingerprint)

log = logging.getLogger(__name__)
#: Overrides Settings → Language for one run (tests, screenshots): a code of LANGUAGES or "en".
LANGUAGE_ENV = "NBP_LANGUAGE"


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's preferred languages the app speaks (else English)."""
    for name in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        locale = QLocale(name)
        if locale.language() == QLocale.Language.Chinese:
            traditional = locale.script() == QLocale.Script.TraditionalChineseScript
            return "zh_TW" if traditional else "zh_CN"
        code = locale.name().split("_")[0]
        if code in LANGUAGES or code == ENGLISH:
            return code
    return ENGLISH


def chosen_language(setting: str, override: str | None = None) -> str:
    """``--language``, else ``NBP_LANGUAGE``, else Settings → Language (``"system"``: the
    system's language). An unknown code means English."""
    code = override or os.environ.get(LANGUAGE_ENV) or setting
    if code == SYSTEM_LANGUAGE:
        return system_language()
    return code if code in LANGUAGES else ENGLISH


@dataclass
class InstalledLanguage:
    code: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)

    def remove(self) -> None:
        """English and the previous locale again (tests switch languages in one process)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        translation.install_translator(None)
        formatting.install_format(None)
        QLocale.setDefault(self.previous_locale)


def formatting_locale(code: str) -> QLocale:
    """How numbers and dates are written: the system's locale when it speaks the app's
    language (its region kept: fr_CA, en_GB), else the language's own (fr → fr_FR)."""
    system = QLocale.system()
    if system_language(system.uiLanguages()) == code and system.language() != QLocale.Language.C:
        return system
    return QLocale("en_US" if code == ENGLISH else code)


class EnglishPlurals(QTranslator):
    """English plural forms for every counted text ("Queued 1 job", "Queued 3 jobs" from
    "Queued %n job(s)"), installed first so each language's translator is asked before it:
    a sentence a language lacks still reads as good English. English has no ``.ts`` of its
    own; the rule is the core's (:func:`nbp_desktop.core.translation.english_plural`)."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n >= 0 and ("(s)" in source_text or "(es)" in source_text):
            return english_plural(source_text, n)
        return None  # not found: Qt then shows the source text

    def isEmpty(self) -> bool:
        return False


def install_language(code: str, qm_folder: Path | None = None) -> InstalledLanguage:
    """Qt's translators for ``code`` (the app's words and Qt's own, for the standard dialogs)
    installed on the application, the core's words routed through them, and numbers, money,
    sizes and dates written the locale's way. Call before any window is built: widgets take
    their words when they are made."""
    installed = InstalledLanguage(code)
    QLocale.setDefault(formatting_locale(code))
    formatting.install_format(QtLocaleFormat())
    plurals = EnglishPlurals(QCoreApplication.instance())
    QCoreApplication.installTranslator(plurals)
    installed.translators.append(plurals)
    translation.install_translator(QCoreApplication.translate)
    if code not in LANGUAGES:
        return installed
    qm = qm_folder / qm_name(code) if qm_folder is not None else app_qm(code)
    files = [qm, *qt_base_qm(code)]
    for path in files:
        if path is None or not path.exists():
            continue
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            installed.translators.append(translator)
        else:
            log.warning("The translation %s could not be read.", path)
    translation.install_translator(QCoreApplication.translate)
    return installed


def qt_base_qm(code: str) -> list[Path | None]:
    """Qt's own words (the file dialog's buttons, "Cancel", …) in ``code``: where Qt says its
    translations are, else beside PySide6 (a frozen bundle keeps them there)."""
    import PySide6

    name = f"qtbase_{code}.qm"
    for folder in (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                   Path(PySide6.__file__).resolve().parent / "Qt" / "translations"):
        if (folder / name).exists():
            return [folder / name]
    return [None]


def app_qm(code: str) -> Path | None:
    """The compiled translation for ``code``: the one built at install time when it is as
    new as its ``.ts``, else one compiled now into the cache folder (see the module's note)."""
    ts = ts_file(code)
    built = TRANSLATIONS_DIR / qm_name(code)
    if not ts.exists():  # a bundle ships only the .qm files
        return built if built.exists() else None
    if built.exists() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    cached = _cache_folder() / ts_fingerprint(ts) / qm_name(code)
    if cached.exists():
        return cached
    try:
        return compile_qm(ts, cached)
    except (ToolMissing, OSError, subprocess.CalledProcessError) as exc:  # English rather than no app
        log.warning("The %s translation could not be compiled: %s", code, exc)
    return built if built.exists() else None


def _cache_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location or Path.home() / ".cache" / "nbp-desktop") / "translations"
