"""The first start with no connection: pick a way into Google (or try the demo)."""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from nbp_desktop.core.connections.config import ConnectionKind
from nbp_desktop.core.errors import NbpError
from nbp_desktop.core.services import Services
from nbp_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from nbp_desktop.qt.event_loop import async_slot
from nbp_desktop.qt.settings.connection_editor import ConnectionEditor

# Each way in, named by its kind's label; shown through translate("FirstRunDialog", …).
CHOICES = (
    (ConnectionKind.AISTUDIO, QT_TRANSLATE_NOOP("FirstRunDialog", "Paste an API key (the quickest start).")),
    (ConnectionKind.VERTEX,
     QT_TRANSLATE_NOOP("FirstRunDialog", "Drop a service-account key file; project and location are filled in.")),
    (ConnectionKind.VERTEX_EXPRESS, QT_TRANSLATE_NOOP("FirstRunDialog", "An express-mode API key.")),
    (ConnectionKind.OPENAI, QT_TRANSLATE_NOOP("FirstRunDialog", "A relay's base URL and key.")),
)


class FirstRunDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Welcome to nbp-desktop"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("<h3>Connect your Google account</h3>Images are made with your own "
                               "account and billed by Google. Your key is kept in the system keychain."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for kind, text in CHOICES:
            button = QCommandLinkButton(kind.label, translate("FirstRunDialog", text))
            button.clicked.connect(lambda _=False, k=kind: self._add(k))
            layout.addWidget(button)
        demo = QCommandLinkButton(self.tr("Explore first with the built-in emulator"),
                                  self.tr("Everything works locally with placeholder images; nothing is "
                                          "billed. Add a connection later in Settings."))
        demo.clicked.connect(self.reject)
        layout.addWidget(demo)
        # Any answer counts (the demo, a connection, or closing it): ask once, not every start.
        self.finished.connect(self._remember_answered)

    @async_slot()
    async def _remember_answered(self, _result: int = 0) -> None:
        settings = self.services.settings
        if not settings.window.welcome_seen:
            settings.window.welcome_seen = True
            with contextlib.suppress(NbpError, OSError):  # asked again next start: harmless
                await asyncio.to_thread(self.services.registry.settings_file.save, settings)

    def _add(self, kind: ConnectionKind) -> None:
        editor = ConnectionEditor(self.services, self, kind=kind)
        editor.accepted.connect(self.accept)
        editor.open()
