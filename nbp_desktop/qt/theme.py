"""Light, dark or the system's colour scheme, switchable at run time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget

THEMES = ("system", "light", "dark")


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 31, 34), QColor(43, 45, 48), QColor(223, 225, 229)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor(38, 40, 43))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor(55, 57, 61))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(60, 63, 66))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(64, 118, 210))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(130, 133, 138))
        p.setColor(group, QPalette.ColorRole.Link, QColor(110, 160, 240))
        p.setColor(group, QPalette.ColorRole.Mid, QColor(70, 72, 76))
        p.setColor(group, QPalette.ColorRole.Dark, QColor(25, 26, 28))
        p.setColor(group, QPalette.ColorRole.Light, QColor(80, 82, 86))
    disabled = QColor(120, 122, 126)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(50, 52, 55))
    return p


def apply_theme(app: QApplication, theme: str) -> None:
    """``system`` follows the OS (Qt 6.5+ reports its scheme); light and dark are forced."""
    hints = app.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    dark = theme == "dark" or (theme == "system" and hints.colorScheme() == Qt.ColorScheme.Dark)
    # Fusion renders both schemes consistently on every platform where the native style
    # does not follow the scheme by itself.
    current = app.style()
    name = (current.baseStyle() if isinstance(current, QProxyStyle) else current).name()
    wanted = name if theme == "system" else "fusion"
    if not isinstance(current, _AppStyle) or name.lower() != wanted.lower():
        app.setStyle(_AppStyle(wanted))  # made from its name: the proxy owns its base style
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())


class _AppStyle(QProxyStyle):
    """The style with one change: no stock icons on dialog buttons (Save, Cancel, Close),
    which would be a second icon set beside the app's own (qt/icons.py)."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)
