"""Toolbar actions of a pane: tooltip and status tip, a shortcut that works while the pane
(or a child) has focus, and listed in the pane's toolbar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QToolBar, QWidget


def pane_action(pane: QWidget, toolbar: QToolBar, text: str, tip: str, slot,
                shortcut=None, icon: QIcon | None = None) -> QAction:
    action = QAction(text, pane) if icon is None else QAction(icon, text, pane)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if shortcut is not None:
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    toolbar.addAction(action)
    pane.addAction(action)
    return action
