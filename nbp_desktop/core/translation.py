"""The one translation hook the core calls, without importing Qt.

Core sentences are marked as ``SomeContext.tr("text")`` on a :class:`TranslationContext`
subclass: that is a form ``pyside6-lupdate`` reads from Python source (context = the class
name, ``%n`` plural forms when ``n`` is given), so the core's words land in the same ``.ts``
files as the windows' words. Until the GUI installs Qt's translator here the text comes back
in English (the command line and its ``--json`` output stay English on purpose).

Values go in after translation with ``str.format`` (never f-strings inside ``tr``: the
translator must see one fixed source text)::

    LibraryText.tr("Moved {name} to the trash.").format(name=name)
    LibraryText.tr("%n image(s) exported.", None, count)
"""

from __future__ import annotations

from collections.abc import Callable

#: The languages the app speaks besides English (the source language), each named in itself as
#: Settings → Language lists it. Codes are Qt's (``QLocale(code).name()``), also the suffix of
#: the translation files (``nbp_desktop_<code>.ts``).
LANGUAGES: dict[str, str] = {
    "fr": "Français",
    "zh_TW": "繁體中文",
    "zh_CN": "简体中文",
    "ko": "한국어",
    "ja": "日本語",
    "de": "Deutsch",
    "es": "Español",
}
ENGLISH = "en"
#: Settings → Language's "the system's language" (the default).
SYSTEM_LANGUAGE = "system"

#: ``(context, source text, disambiguation, n) -> text``; Qt's is QCoreApplication.translate.
Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def install_translator(translator: Translator | None) -> None:
    """The GUI installs Qt's translator at start-up; ``None`` puts English back (tests)."""
    global _translator
    _translator = translator or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (lupdate reads literal calls of this form too)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks a text for lupdate where it is defined (a module constant, read before the
    translator is installed); translate it with :func:`translate` where it is shown."""
    return text


def english_numerus(text: str, n: int) -> str:
    """The English words of a numerus source text for ``n``: ``%n`` and its ``(s)``/``(es)``
    plurals ("%n image(s)": "1 image", "3 images")."""
    for ending in ("(s)", "(es)"):
        text = text.replace(ending, "" if n == 1 else ending[1:-1])
    return text.replace("%n", str(n))


class TranslationContext:
    """Subclass to name a context; ``Subclass.tr(text, disambiguation, n)`` translates in it."""

    #: A context whose counted texts said "1 image", "3 images" before they were marked sets
    #: this: an untranslated ``%n`` text then gets its English plural forms (with or without
    #: Qt's translator; Qt has them only from an English translation file). Other contexts keep
    #: "(s)" as written.
    english_plurals = False

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        translated = _translator(cls.__name__, text, disambiguation, n)
        if cls.english_plurals and n >= 0 and translated == text.replace("%n", str(n)):
            return english_numerus(text, n)
        return translated
