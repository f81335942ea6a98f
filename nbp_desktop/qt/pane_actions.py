"""Toolbar actions of a pane: tooltip and status tip, the keys of a registered shortcut
(qt/shortcuts.py) that work while the pane (or a child) has focus, and listed in the pane's
toolbar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QToolBar, QWidget

from nbp_desktop.qt.shortcuts import bind


def pane_action(pane: QWidget, toolbar: QToolBar, text: str, tip: str, slot: Callable[..., Any],
                shortcut: str | None = None, icon: QIcon | None = None) -> QAction:
    """``shortcut``: the name of a registered shortcut, if the action has keys."""
    action = QAction(text, pane) if icon is None else QAction(icon, text, pane)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if shortcut is not None:
        bind(action, shortcut)
    action.triggered.connect(slot)
    toolbar.addAction(action)
    pane.addAction(action)
    return action
