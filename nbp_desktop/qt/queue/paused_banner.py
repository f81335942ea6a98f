"""Why nothing is running: shown above the queue while it is paused (by the user, a restart or
the budget cap) or a connection waits for its daily quota. The status bar's messages come and
go; this stays until the state changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from nbp_desktop.core.errors import describe_wait
from nbp_desktop.qt.queue.queue_model import QueueModel


class PausedBanner(QWidget):
    def __init__(self, model: QueueModel, resume: Callable[[], None]) -> None:
        """``model``: the queue as the engine's events told it (never the engine's state)."""
        super().__init__()
        self.model = model
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Why the queue waits"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.clicked.connect(resume)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        row.addWidget(self.label, 1)
        row.addWidget(self.resume_button)
        self.setObjectName("paused-banner")
        # An amber tint reads as "waiting" on the light and the dark theme alike.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#paused-banner { background: rgba(230, 160, 40, 0.22); border-radius: 3px; }")
        self.hide()

    def reasons(self) -> list[str]:
        reasons = []
        if self.model.paused:
            reasons.append(self.model.paused_reason or self.tr("The queue is paused."))
        now = datetime.now(UTC)
        for connection, until in sorted(self.model.waiting_until.items()):
            wait = describe_wait((until - now).total_seconds())
            reasons.append(self.tr("Jobs for “{connection}” wait for its daily quota to reset (in {wait}).")
                           .format(connection=connection, wait=wait))
        return reasons

    def sync(self) -> None:
        reasons = self.reasons()
        if reasons:
            said = " ".join(reasons)
            self.label.setText(self.tr("Paused: {reasons}").format(reasons=said) if self.model.paused else said)
        self.resume_button.setVisible(self.model.paused)
        self.setVisible(bool(reasons))
