"""The "Edit this image" box: what should change, queued with the button or Ctrl+Enter."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from nbp_desktop.qt.shortcuts import new_action, shortcut


class EditDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit this image"))
        label = QLabel(self.tr("What should change? (Google sees the image and the conversation so far.)"))
        label.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("What should change"))
        self.text_edit.setPlaceholderText(self.tr("e.g. make the sky stormy   ({keys} queues it)")
                                          .format(keys=shortcut("send_edit").text()))
        self.text_edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.queue_button = buttons.addButton(self.tr("Queue edit"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.send_action = new_action(self, self.tr("Queue edit"), "send_edit", self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text_edit)
        layout.addWidget(buttons)
        self.resize(460, 220)

    def instruction(self) -> str:
        return self.text_edit.toPlainText().strip()

    def accept(self) -> None:
        if not self.instruction():  # nothing to ask for: stay open
            self.text_edit.setFocus()
            return
        super().accept()
