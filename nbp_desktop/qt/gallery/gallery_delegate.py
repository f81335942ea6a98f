"""How a gallery cell is painted: the thumbnail fitted in a square, picks and rejects as corner
badges (rejects dimmed), a "CR" badge for Content Credentials (C2PA), stars and the colour
label in a strip below, and a clear "missing" state when the original file is gone. Nothing
here scales a pixmap: the cache hands out thumbnails made at the cell's size."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from nbp_desktop.core.library.gallery_index import PICK, REJECT

LABEL_COLOURS = (None, QColor("#e5484d"), QColor("#f5c518"), QColor("#30a46c"), QColor("#3e8ef7"))
PICK_COLOUR = QColor("#30a46c")
REJECT_COLOUR = QColor("#e5484d")
CREDENTIALS_COLOUR = QColor(24, 24, 27, 215)  # dark pill: readable on light and dark pictures
CREDENTIALS_DAMAGED_COLOUR = QColor("#f5a524")
PAD = 6
STRIP = 20


def _star_path(radius: float) -> QPainterPath:
    path = QPainterPath()
    for point in range(10):
        r = radius if point % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + point * math.pi / 5
        position = QPointF(r * math.cos(angle), r * math.sin(angle))
        path.moveTo(position) if point == 0 else path.lineTo(position)
    path.closeSubpath()
    return path


class GalleryDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, edge: int = 160) -> None:
        super().__init__(parent)
        self.edge = edge
        self._star = _star_path(5.5)
        self._star_strips: dict[tuple, QPixmap] = {}

    def cell_size(self) -> QSize:
        return QSize(self.edge + 2 * PAD, self.edge + 2 * PAD + STRIP)

    def sizeHint(self, option, index) -> QSize:
        return self.cell_size()

    def paint(self, painter: QPainter, option, index) -> None:
        # Straight to the gallery model (not three index.data() round trips through Qt): a
        # screenful of cells is painted many times a second while scrolling.
        model = index.model()
        item = model.item(index.row())
        if item is None:
            return
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        cell = QRectF(option.rect).adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2) if focused else Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight) if selected
                         else palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(cell, 6, 6)

        square = QRect(option.rect.left() + PAD, option.rect.top() + PAD, self.edge, self.edge)
        pixmap: QPixmap | None = model.thumbnails.get(item.id, item.path)
        missing = model.thumbnails.is_missing(item.id)
        picture = square  # where the thumbnail is drawn: the credentials badge sits on it
        if item.flag == REJECT:
            painter.setOpacity(0.35)
        if pixmap is not None and not pixmap.isNull():
            ratio = pixmap.devicePixelRatio() or 1.0
            size = QSize(round(pixmap.width() / ratio), round(pixmap.height() / ratio))
            size.scale(square.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(square.center())
            painter.drawPixmap(target, pixmap)
            picture = target
        elif not missing:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Mid).lighter(115))
            painter.drawRoundedRect(QRectF(square).adjusted(8, 8, -8, -8), 4, 4)
        painter.setOpacity(1.0)
        if missing:
            self._paint_missing(painter, square, palette, dimmed=pixmap is not None)
        self._paint_flag(painter, square, item.flag)
        self._paint_credentials(painter, picture, item.credentials)
        strip = QRect(square.left(), square.bottom() + 3, self.edge, STRIP - 4)
        self._paint_strip(painter, strip, item, palette, selected)
        painter.restore()

    def _paint_missing(self, painter: QPainter, square: QRect, palette: QPalette, dimmed: bool) -> None:
        box = QRectF(square).adjusted(6, 6, -6, -6)
        if dimmed:
            painter.fillRect(box, QColor(0, 0, 0, 140))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#ffffff") if dimmed else palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         self.tr("File missing"))

    def _paint_flag(self, painter: QPainter, square: QRect, flag: int) -> None:
        if flag not in (PICK, REJECT):
            return
        badge = QRectF(square.left() + 4, square.top() + 4, 20, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PICK_COLOUR if flag == PICK else REJECT_COLOUR)
        painter.drawEllipse(badge)
        painter.setPen(QPen(QColor("white"), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        c = badge.center()
        if flag == PICK:  # a check mark
            painter.drawPolyline([QPointF(c.x() - 5, c.y()), QPointF(c.x() - 1.5, c.y() + 4),
                                  QPointF(c.x() + 5, c.y() - 4)])
        else:  # a cross
            painter.drawLine(QPointF(c.x() - 4, c.y() - 4), QPointF(c.x() + 4, c.y() + 4))
            painter.drawLine(QPointF(c.x() + 4, c.y() - 4), QPointF(c.x() - 4, c.y() + 4))

    def _paint_credentials(self, painter: QPainter, square: QRect, state: str) -> None:
        """The Content Credentials mark ("CR") in the picture's top-right corner; amber with
        "!" when the manifest is damaged."""
        if state not in ("present", "damaged"):
            return
        damaged = state == "damaged"
        text = "CR!" if damaged else "CR"
        badge = QRectF(square.right() - (32 if damaged else 26) - 3, square.top() + 4, 32 if damaged else 26, 18)
        painter.setPen(QPen(QColor(255, 255, 255, 220), 1.2))
        painter.setBrush(CREDENTIALS_DAMAGED_COLOUR if damaged else CREDENTIALS_COLOUR)
        painter.drawRoundedRect(badge, 9, 9)
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(10)
        painter.setFont(font)
        painter.setPen(QColor("white") if not damaged else QColor("#1a1a1a"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_strip(self, painter: QPainter, strip: QRect, item, palette: QPalette, selected: bool) -> None:
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(strip.left(), strip.top(), self._stars(item.rating, text_colour, strip.height(), ratio))
        colour = LABEL_COLOURS[item.label] if 0 <= item.label < len(LABEL_COLOURS) else None
        if colour is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(strip.right() - 26, strip.center().y() - 4, 26, 9), 4, 4)

    def _stars(self, rating: int, colour: QColor, height: int, ratio: float) -> QPixmap:
        """The five stars, drawn once per rating and colour: painting a screenful of cells
        must stay well inside a frame."""
        key = (rating, colour.rgba(), height, ratio)
        pixmap = self._star_strips.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(5 * 13 * ratio + 2), round(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            faint = QColor(colour)
            faint.setAlpha(60)
            strip_painter = QPainter(pixmap)
            strip_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            strip_painter.setPen(Qt.PenStyle.NoPen)
            for star in range(5):
                strip_painter.setBrush(colour if star < rating else faint)
                strip_painter.drawPath(self._star.translated(7 + star * 13, height / 2 + 1))
            strip_painter.end()
            self._star_strips[key] = pixmap
        return pixmap
