"""A zoomable, pannable image view that never converts a 4K image to a pixmap on the GUI
thread: it paints QImages directly, a downscaled copy (made in a worker thread) when the
image is shown small, and only the exposed part of the full image when zoomed in."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
from PySide6.QtWidgets import (QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView,
                               QStyleOptionGraphicsItem)

from nbp_desktop.core.background_threads import background_executor

SURROUND = QColor(96, 96, 96)
PREVIEW_EDGE = 2560  # long edge of the copy used when the image is shown fitted
# One decode at a time, and only of the image still wanted: when eight 4K results land at once,
# the ones shown and replaced meanwhile are never decoded. Each is ~0.8 s of CPU, and eight in
# parallel kept the GUI thread waiting for a CPU on a 2-core machine (stall dumps: up to five
# decode_for_view threads running during one 250 ms stall).
_DECODES = background_executor(1, "nbp-view-decode")


def decode_for_view(path: Path, edge: int = PREVIEW_EDGE) -> tuple[QImage, QImage]:
    """Worker thread: (full image, copy at most ``edge`` px long)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.read()
    if full.isNull():
        return full, full
    full = full.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied
                                if full.hasAlphaChannel() else QImage.Format.Format_RGB32)
    small = full
    if max(full.width(), full.height()) > edge:
        small = _scaled_without_the_gil(full, edge)
    return full, small


def _scaled_without_the_gil(image: QImage, edge: int) -> QImage:
    """``image`` (32 bits per pixel) at most ``edge`` px long. QImage.scaled holds the
    interpreter lock for its whole run (~60-100 ms at 4K: a visible GUI stall); Pillow's
    resize releases it. The four channels are resampled as they are, premultiplied or not."""
    from PIL import Image

    width, height = image.width(), image.height()
    scale = edge / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    mode = "RGBa" if image.hasAlphaChannel() else "RGBX"  # never un-premultiplied by Pillow
    # Pillow reads any buffer (no copy); its stub lists only bytes and array-interface objects.
    source = Image.frombuffer(mode, (width, height), image.constBits(), "raw", mode,  # type: ignore[arg-type]
                              image.bytesPerLine(), 1)
    pixels = source.resize(size, Image.Resampling.BOX).tobytes()
    return QImage(pixels, size[0], size[1], size[0] * 4, image.format()).copy()


class _ImageItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.full = QImage()
        self.small = QImage()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def set_images(self, full: QImage, small: QImage) -> None:
        self.prepareGeometryChange()
        self.full, self.small = full, small
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.full.width(), self.full.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self.full.isNull():
            return
        scale = painter.worldTransform().m11()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 1.0)
        if scale * self.full.width() <= self.small.width() * 1.05 and self.small is not self.full:
            painter.drawImage(self.boundingRect(), self.small)
            return
        exposed = option.exposedRect.intersected(self.boundingRect())
        painter.drawImage(exposed, self.full, exposed)


class ImageView(QGraphicsView):
    zoom_changed = Signal(float)
    drag_requested = Signal()  # dragging the fitted image: hand the file to another app

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self._item = _ImageItem()
        self._scene.addItem(self._item)
        self.setScene(self._scene)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Image"))
        # A neutral grey in both themes: white or near-black around an image skews how its
        # tones and colours are judged.
        self.setBackgroundBrush(SURROUND)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self._fit = True
        self.path: Path | None = None
        self._wanted = object()  # the latest load's token

    @property
    def has_image(self) -> bool:
        return not self._item.full.isNull()

    @property
    def fitted(self) -> bool:
        return self._fit

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def image_size(self) -> tuple[int, int]:
        return self._item.full.width(), self._item.full.height()

    async def load(self, path: Path) -> bool:
        self.path = path
        self._wanted = token = object()

        def decode_if_still_wanted() -> tuple[QImage, QImage] | None:
            return decode_for_view(path) if self._wanted is token else None

        decoded = await asyncio.get_running_loop().run_in_executor(_DECODES, decode_if_still_wanted)
        if decoded is None or self._wanted is not token:  # a newer load started meanwhile
            return False
        full, small = decoded
        self._item.set_images(full, small)
        self._scene.setSceneRect(self._item.boundingRect())
        if self._fit:
            self.fit()
        return not full.isNull()

    def clear(self) -> None:
        self.path = None
        self._wanted = object()
        self._item.set_images(QImage(), QImage())

    def fit(self) -> None:
        self._fit = True
        if self.has_image:
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit(self.zoom)

    def actual_size(self) -> None:
        """100%: one image pixel per device pixel."""
        self._fit = False
        ratio = self.devicePixelRatioF() or 1.0
        self.resetTransform()
        self.scale(1 / ratio, 1 / ratio)
        self.zoom_changed.emit(self.zoom)

    def zoom_by(self, factor: float) -> None:
        new = self.zoom * factor
        if 0.02 <= new <= 32:
            self._fit = False
            self.scale(factor, factor)
            self.zoom_changed.emit(self.zoom)

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(1.0015 ** delta)
            event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        # Fitted, there is nothing to pan: a drag takes the file out (zoomed in, it pans).
        press = getattr(self, "_press", None)
        if (press is not None and self._fit and self.has_image
                and (event.position().toPoint() - press).manhattanLength() >= QApplication.startDragDistance()):
            self._press = None
            self.drag_requested.emit()
            return
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self._fit:
            self.actual_size()
        else:
            self.fit()
