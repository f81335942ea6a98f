"""The app's one icon set: Lucide line icons (``resources/icons/ui``, ISC licence).

Each icon is painted at draw time in the palette's text colour, so the same file suits the light
and the dark theme, follows a theme switch without being rebuilt, and greys out when its action
is disabled. Without the resource folder (a bare wheel) an icon is empty and the text stays.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from nbp_desktop.qt.resources import resources_dir

# What each action shows, by the concept's name (one place to change a picture).
ICON_FILES = {
    "pause": "pause", "resume": "play", "cancel": "x", "retry": "rotate-cw",
    "move-up": "arrow-up", "move-down": "arrow-down", "clear-finished": "list-x",
    "open-in-viewer": "external-link", "show-in-folder": "folder-open", "edit": "pencil",
    "re-render": "scaling", "use-settings": "sliders-horizontal", "compare": "columns-2",
    "zoom-in": "zoom-in", "zoom-out": "zoom-out", "fit": "scan", "export": "download",
    "copy": "copy", "trash": "trash-2", "image": "image", "library": "images",
    "generate": "sparkles", "error": "circle-alert", "hide-panels": "panel-left-close",
    "full-screen": "fullscreen", "queue": "list-checks", "document": "file-text", "video": "film",
}


class _PaletteSvgEngine(QIconEngine):
    """Renders one SVG whose strokes are ``currentColor`` in the colour of the icon's mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        name = colour.name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(name)
        if renderer is None:
            svg = self._svg.replace(b"currentColor", colour.name().encode())
            if colour.alpha() < 255:
                svg = svg.replace(b"<svg", f'<svg stroke-opacity="{colour.alphaF():.2f}"'.encode(), 1)
            renderer = QSvgRenderer(QByteArray(svg))
            self._renderers[name] = renderer
        return renderer

    @staticmethod
    def colour(mode: QIcon.Mode) -> QColor:
        palette = QApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(self.colour(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _PaletteSvgEngine(self._svg)


@cache
def _svg(name: str) -> bytes | None:
    folder = resources_dir()
    path = folder / "icons" / "ui" / f"{ICON_FILES[name]}.svg" if folder is not None else None
    return path.read_bytes() if path is not None and path.exists() else None


def icon(name: str) -> QIcon:
    """The icon for a concept in ``ICON_FILES`` (KeyError for an unknown name: a typo fails fast)."""
    svg = _svg(name)
    return QIcon(_PaletteSvgEngine(svg)) if svg is not None else QIcon()
