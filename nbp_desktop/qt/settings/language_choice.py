"""Settings → Language: the app's language, each named in itself, applied at the next start
(widgets take their words when they are built, so a live switch would leave half the window
in the old language)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from nbp_desktop.core.translation import ENGLISH, LANGUAGES, SYSTEM_LANGUAGE
from nbp_desktop.qt.translations.loading import system_language

#: English is named in itself like the others.
OWN_NAMES = {**LANGUAGES, ENGLISH: "English"}


class LanguageChoice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Language"))
        self.box = QComboBox()
        self.box.setAccessibleName(self.tr("Language"))
        system = OWN_NAMES.get(system_language(), "English")
        self.box.addItem(self.tr("The system's language ({language})").format(language=system), SYSTEM_LANGUAGE)
        for code, name in OWN_NAMES.items():
            self.box.addItem(name, code)
        self.heading.setBuddy(self.box)
        self.note = QLabel(self.tr("A new language is used from the next start of the app."))
        self.note.setWordWrap(True)
        self.box.currentIndexChanged.connect(self._on_changed)
        self._loaded = SYSTEM_LANGUAGE
        layout.addWidget(self.heading)
        layout.addWidget(self.box)
        layout.addWidget(self.note)

    def set_value(self, code: str) -> None:
        self._loaded = code
        self.box.setCurrentIndex(max(0, self.box.findData(code)))

    def value(self) -> str:
        return str(self.box.currentData())

    def _on_changed(self, _index: int) -> None:
        changed = self.value() != self._loaded
        self.note.setText(self.tr("Restart the app to use the new language.") if changed
                          else self.tr("A new language is used from the next start of the app."))
        font = self.note.font()
        font.setBold(changed)
        self.note.setFont(font)
