"""Icons from ``resources/`` (HiDPI: an SVG plus PNG sizes); drawn in code if the files are
not installed alongside the package (e.g. a plain wheel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def resources_dir() -> Path | None:
    for candidate in (Path(__file__).resolve().parents[2] / "resources",
                      Path(__file__).resolve().parents[1] / "resources"):
        if candidate.is_dir():
            return candidate
    return None


def app_icon() -> QIcon:
    folder = resources_dir()
    icon = QIcon()
    if folder is not None:
        for size in ICON_SIZES:
            png = folder / "icons" / f"nbp-desktop-{size}.png"
            if png.exists():
                icon.addFile(str(png))
        svg = folder / "icons" / "nbp-desktop.svg"
        if icon.isNull() and svg.exists():
            icon.addFile(str(svg))
    if icon.isNull():
        pixmap = QPixmap(256, 256)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#F7B733"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(16, 16, 224, 224), 50, 50)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
