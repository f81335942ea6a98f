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

import re
from collections.abc import Callable

#: ``(context, source text, disambiguation, n) -> text``; Qt's is QCoreApplication.translate.
Translator = Callable[[str, str, str | None, int], str]


# English plural forms of a numerus source text: "image(s)" is "image" for one, "images" else.
_ENGLISH_PLURAL = re.compile(r"\((s|es)\)")


def english_numerus(text: str, n: int) -> str:
    """The English words of a numerus source text (``%n`` and its ``(s)`` plurals) for ``n``:
    the English build shows "1 image", "3 images" without an English translation file."""
    return _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


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


class TranslationContext:
    """Subclass to name a context; ``Subclass.tr(text, disambiguation, n)`` translates in it."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translator(cls.__name__, text, disambiguation, n)
