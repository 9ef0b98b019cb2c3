"""The decision map behind the data view's points: an RGB picture stretched over a rectangle
of the plot.

pyqtgraph's ImageItem can do this and much more (levels, colour tables, downsampling), and pays
for it on every new picture; the map comes already coloured, about 30 times a second while
training runs, and this item only wraps its bytes in a QImage of the format the painter copies
fastest (32-bit RGB) and draws it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget


class MapImage(QGraphicsItem):
    """A (rows, columns, 3) uint8 picture, row 0 at the rectangle's low y (the plot's bottom)."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.image: np.ndarray | None = None  # the RGB picture shown, None for none
        self._pixels = np.empty((0, 0), dtype=np.uint32)  # what the QImage reads: 0xffRRGGBB
        self._qimage = QImage()
        self._rect = QRectF(0.0, 0.0, 1.0, 1.0)

    def setImage(self, rgb: np.ndarray) -> None:  # noqa: N802  (pyqtgraph's item's name)
        """Show `rgb` from the next paint on."""
        rows, columns = rgb.shape[:2]
        if self._pixels.shape != (rows, columns):
            self._pixels = np.empty((rows, columns), dtype=np.uint32)
            self._qimage = QImage(self._pixels.data, columns, rows, 4 * columns,
                                  QImage.Format.Format_RGB32)
        pixels = self._pixels
        np.left_shift(rgb[..., 0], 16, out=pixels, dtype=np.uint32)
        pixels |= rgb[..., 1].astype(np.uint32) << 8
        pixels |= rgb[..., 2]
        pixels |= 0xFF000000
        self.image = rgb
        self.update()

    @property
    def qimage(self) -> QImage:
        """The picture as the painter draws it (over the item's own pixels)."""
        return self._qimage

    def setRect(self, x: float, y: float, width: float, height: float) -> None:  # noqa: N802
        """Stretch the picture over the rectangle from (x, y), `width` by `height`."""
        self.prepareGeometryChange()
        self._rect = QRectF(x, y, width, height)

    def clear(self) -> None:
        """Show nothing."""
        self.image = None
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.image is not None:
            painter.drawImage(self._rect, self._qimage)
