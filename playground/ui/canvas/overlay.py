"""The inspector's marks on the canvas: each neuron's z and a for the inspected sample written
beside it, each input's value, and a ring round the node the backward pass is at. One item
draws them all, so a new sample or node costs one repaint."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from .layout import NetworkGeometry, Rect
from .theme import Theme

RING_COLOUR = QColor(230, 145, 0)
TEXT_WIDTH = 82.0
LINE_HEIGHT = 10.5


class TraceOverlay(QGraphicsItem):
    """Values next to nodes and the current node's ring; nothing until `show_values`."""

    def __init__(self, geometry: NetworkGeometry, theme: Theme,
                 number: Callable[[float], str]) -> None:
        super().__init__()
        self.setZValue(20)  # over links and nodes
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Kept as a picture until the marks change (the inspector's few times a second): the
        # canvas repaints under them about ten times a second while training runs, and
        # copying a picture is cheaper than writing a dozen boxes of text again.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._geometry, self._theme, self._number = geometry, theme, number
        self.inputs: tuple[float | None, ...] = ()  # per input node; None: not an input
        self.values: tuple[tuple[tuple[float | None, float], ...], ...] = ()  # [layer][unit]
        self.current: tuple[int, int] | None = None

    def show_values(self, inputs: Sequence[float | None],
                    values: Sequence[Sequence[tuple[float | None, float]]]) -> None:
        """Each input node's value (None: a feature the network does not use) and, per layer
        and unit, (z or None, a)."""
        self.inputs = tuple(inputs)
        self.values = tuple(tuple(units) for units in values)
        self.update()

    def show_current(self, node: tuple[int, int] | None) -> None:
        self.current = node
        self.update()

    def clear(self) -> None:
        self.inputs, self.values, self.current = (), (), None
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        scene = self._geometry.scene
        return QRectF(scene.x, scene.y, scene.w + TEXT_WIDTH, scene.h)

    def _node(self, layer: int, unit: int) -> Rect | None:
        columns = self._geometry.columns
        if not 0 <= layer + 1 < len(columns) or not 0 <= unit < len(columns[layer + 1].nodes):
            return None
        return columns[layer + 1].nodes[unit]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if not self.values and self.current is None:
            return
        font = QFont(painter.font())
        font.setPixelSize(9)
        painter.setFont(font)
        lines = [(-1, k, (f"x = {self._number(v)}",)) for k, v in enumerate(self.inputs)
                 if v is not None]
        for layer, units in enumerate(self.values):
            for unit, (z, a) in enumerate(units):
                text = (f"a = {self._number(a)}",) if z is None else (
                    f"z = {self._number(z)}", f"a = {self._number(a)}")
                lines.append((layer, unit, text))
        background = QColor(self._theme.background)
        background.setAlpha(215)
        for layer, unit, text in lines:
            node = self._node(layer, unit)
            if node is None:
                continue
            height = LINE_HEIGHT * len(text) + 2
            box = QRectF(node.right + 2, node.y - height - 1, TEXT_WIDTH, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(box, 2, 2)
            painter.setPen(self._theme.text)
            painter.drawText(box.adjusted(2, 1, -1, 0), Qt.AlignmentFlag.AlignLeft,
                             "\n".join(text))
        if self.current is not None:
            node = self._node(*self.current)
            if node is not None:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(RING_COLOUR, 3.0))
                painter.drawRoundedRect(QRectF(node.x - 4, node.y - 4, node.w + 8, node.h + 8),
                                        5, 5)
