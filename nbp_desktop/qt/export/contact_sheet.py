"""A contact sheet PDF: thumbnails with captions from the metadata, for client proofing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from nbp_desktop.core import formatting
from nbp_desktop.core.export.exporter import ExportSource

COLUMNS, ROWS = 3, 4


def write_contact_sheet(path: Path, items: list[tuple[ExportSource, Path]], title: str) -> Path:
    """``items``: (source, thumbnail file). Blocking; QPdfWriter may run off the GUI thread."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    writer.setTitle(title)
    writer.setCreator("nbp-desktop")
    painter = QPainter(writer)
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    page.moveTo(0, 0)
    header = 60
    cell_w = page.width() / COLUMNS
    cell_h = (page.height() - header) / ROWS
    caption_h = 70
    title_font, caption_font = QFont("Sans", 14, QFont.Weight.Bold), QFont("Sans", 7)
    for index, (source, thumbnail) in enumerate(items):
        slot = index % (COLUMNS * ROWS)
        if index and slot == 0:
            writer.newPage()
        if slot == 0:
            painter.setFont(title_font)
            painter.drawText(QRectF(0, 0, page.width(), header - 10),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        x = (slot % COLUMNS) * cell_w
        y = header + (slot // COLUMNS) * cell_h
        box = QRectF(x + 8, y + 8, cell_w - 16, cell_h - caption_h - 16)
        image = QImage(str(thumbnail))
        if not image.isNull():
            size = QSizeF(image.size()).scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(box.x() + (box.width() - size.width()) / 2, box.y() + (box.height() - size.height()) / 2,
                            size.width(), size.height())
            painter.drawImage(target, image)
        painter.setFont(caption_font)
        caption = (f"{source.prompt[:110]}\n{source.model} · {source.width}×{source.height}"
                   f" · {formatting.date_of(source.created)}")
        painter.drawText(QRectF(x + 8, y + cell_h - caption_h - 4, cell_w - 16, caption_h),
                         Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, caption)
    painter.end()
    return path
