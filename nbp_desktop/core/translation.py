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
    return english_numerus(text, n) if n >= 0 else text


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


#: The verb after a counted noun, singular for one ("%n job(s) were saved": "1 job was saved").
_SINGULAR_VERBS = {" are ": " is ", " were ": " was ", " have ": " has "}


def english_plural(text: str, n: int) -> str:
    """The English form of a numerus source text for ``n``, ``%n`` kept: its ``(s)``/``(es)``
    plurals resolved ("%n image(s)": "%n image", "%n images") and, for one, the first verb
    after them made singular. English has no translation file: Qt's translator in the GUI
    (qt/translations/loading.py) and the command line's words both come from here."""
    counted = min((at for at in (text.find("(s)"), text.find("(es)")) if at >= 0), default=-1)
    for ending in ("(s)", "(es)"):
        text = text.replace(ending, "" if n == 1 else ending[1:-1])
    if n == 1 and counted >= 0:
        head, tail = text[:counted], text[counted:]
        hits = [(tail.find(verb), verb) for verb in _SINGULAR_VERBS if verb in tail]
        if hits:
            at, verb = min(hits)
            tail = tail[:at] + _SINGULAR_VERBS[verb] + tail[at + len(verb):]
        text = head + tail
    return text


def english_numerus(text: str, n: int) -> str:
    """:func:`english_plural` with the number in ("%n image(s)": "1 image", "3 images")."""
    return english_plural(text, n).replace("%n", str(n))


class TranslationContext:
    """Subclass to name a context; ``Subclass.tr(text, disambiguation, n)`` translates in it."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translator(cls.__name__, text, disambiguation, n)
