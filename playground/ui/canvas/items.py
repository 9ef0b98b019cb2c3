"""The graphics items of the network canvas. They draw and report clicks; they own no logic.

Every item reports to a `CanvasHost` (the canvas widget), as pyqtgraph's flowchart separates a
node's logic from its `NodeGraphicsItem`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
)

from ..language import translate
from .layout import Rect
from .theme import Theme

LINK_PICK_WIDTH = 7.0  # links are this easy to hit, however thin they are drawn
# A neuron's badge: a wash over its image and a mark in its top-right corner.
BADGES = {  # kind: (wash RGBA, mark RGB, glyph)
    "dead": ((90, 90, 90, 150), (70, 70, 70), "✕"),
    "saturated": ((230, 145, 0, 70), (214, 120, 0), "≈"),
}


class CanvasHost(Protocol):
    """What the items report to. `layer` is an index in spec.layers."""

    def select_layer(self, layer: int) -> None: ...
    def show_layer_menu(self, layer: int | None, screen_pos: QPoint) -> None: ...
    def change_neurons(self, layer: int, delta: int) -> None: ...
    def toggle_feature(self, name: str) -> None: ...
    def edit_weight(self, layer: int, i: int, j: int) -> None: ...
    def edit_bias(self, layer: int, j: int) -> None: ...
    def describe_link(self, layer: int, i: int, j: int) -> str: ...
    def describe_neuron(self, layer: int, j: int) -> str: ...
    def show_message(self, text: str) -> None: ...


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def rgb_pixmap(rgb: np.ndarray) -> QPixmap:
    """A pixmap of a (rows, columns, 3) uint8 image, row 0 at the top."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    rows, columns = rgb.shape[:2]
    image = QImage(rgb.data, columns, rows, 3 * columns, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())  # copy: the image must not outlive the array


def deferred(action: Callable[[], None]) -> None:
    """Run `action` once the current event has returned: an edit rebuilds the scene, which
    deletes the very item whose event handler is still running."""
    QTimer.singleShot(0, action)


def deferred_click(item: QGraphicsItem, action: Callable[[], None]) -> None:
    """Run `action` as `deferred` does, and only if the scene still draws the network that was
    clicked: an edit between the click and its action ("+ layer" at once, a key pressed in the
    same instant) would make it act on another layer or weight, or on one no longer there."""
    scene = item.scene()
    clicked = scene.spec

    def run() -> None:
        if scene.spec == clicked:
            action()
        else:
            scene.refuse_outdated_click()

    deferred(run)


def request_menu(
    item: QGraphicsItem, host: CanvasHost, layer: int | None,
    event: QGraphicsSceneContextMenuEvent,
) -> None:
    deferred_click(item, partial(host.show_layer_menu, layer, event.screenPos()))


class Clickable:
    """A left click (press and release on the item) runs `action()`, after the event."""

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.contains(event.pos()):
            deferred_click(self, self.action())

    def action(self) -> Callable[[], None]:
        """What a click does, as a callable that holds no reference to the item."""
        raise NotImplementedError

    def click(self) -> None:
        """Do what a click does, now."""
        self.action()()


class ColumnItem(QGraphicsRectItem):
    """A column's background: click selects the layer, right click opens its menu."""

    def __init__(self, rect: Rect, layer: int | None, host: CanvasHost, theme: Theme) -> None:
        super().__init__(qrect(rect))
        self.layer, self._host, self._theme = layer, host, theme
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setZValue(-2)
        self.set_selected(False)

    def set_selected(self, selected: bool) -> None:
        self.setBrush(QBrush(self._theme.selection) if selected else QBrush(Qt.BrushStyle.NoBrush))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.layer is not None and event.button() == Qt.MouseButton.LeftButton:
            self._host.select_layer(self.layer)
        event.ignore()  # a drag that starts here still pans the view

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        request_menu(self, self._host, self.layer, event)


def drawn_once(item: QGraphicsItem) -> None:
    """Cache a static item's drawing as a pixmap: the canvas repaints under it on every
    snapshot, and copying a pixmap is cheaper than drawing text again."""
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class HeaderItem(QGraphicsItem):
    """Two lines of text, elided to the column width: a bold title and a detail line."""

    def __init__(self, rect: Rect, title: str, detail: str, theme: Theme) -> None:
        super().__init__()
        self._rect, self.title, self.detail, self._theme = qrect(rect), title, detail, theme
        self.setToolTip(f"{title} · {detail}")
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the column
        drawn_once(self)

    def boundingRect(self) -> QRectF:
        return self._rect

    def font_pixels(self) -> int:
        """The text's height in scene units (pixels at zoom 1)."""
        return round(self._rect.height() / 2 * 0.72)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        line = self._rect.height() / 2
        for row, (text, bold, colour) in enumerate(
            [(self.title, True, self._theme.text), (self.detail, False, self._theme.dim_text)]
        ):
            font = QFont(painter.font())
            font.setPixelSize(self.font_pixels())
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(colour)
            shown = QFontMetricsF(font).elidedText(
                text, Qt.TextElideMode.ElideRight, self._rect.width()
            )
            box = QRectF(self._rect.x(), self._rect.y() + row * line, self._rect.width(), line)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)


class NeuronButton(Clickable, QGraphicsItem):
    """A small "+" or "−" button that adds or removes a neuron of a hidden layer."""

    def __init__(self, rect: Rect, layer: int, delta: int, host: CanvasHost, theme: Theme) -> None:
        super().__init__()
        self._rect, self.layer, self.delta, self._host, self._theme = (
            qrect(rect),
            layer,
            delta,
            host,
            theme,
        )
        self._hovered = False
        drawn_once(self)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(translate("NetworkCanvas", "Add a neuron") if delta > 0
                        else translate("NetworkCanvas", "Remove a neuron"))

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self._theme.accent if self._hovered else self._theme.node_fill)
        painter.setBrush(fill)
        painter.setPen(QPen(self._theme.node_border, 1))
        painter.drawRoundedRect(self._rect, 4, 4)
        mark = QColor("white") if self._hovered else self._theme.text
        pen = QPen(mark, 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        c, arm = self._rect.center(), self._rect.width() * 0.28
        painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
        if self.delta > 0:
            painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()

    def action(self) -> Callable[[], None]:
        return partial(self._host.change_neurons, self.layer, self.delta)


class Thumbnail(QGraphicsPixmapItem):
    """A node's picture, drawn without anti-aliasing: a picture's edges need none (the node's
    frame is drawn over them), and with it Qt draws a scaled pixmap the slow way (the canvas's
    two dozen pictures took about a millisecond more of every repaint)."""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        smooth = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        super().paint(painter, option, widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)


class NodeItem(Clickable, QGraphicsRectItem):
    """A neuron or an input feature: a framed square showing its output over the input plane.

    `layer` is None for an input feature, whose `feature` names it; a click toggles it.
    """

    def __init__(
        self,
        rect: Rect,
        host: CanvasHost,
        theme: Theme,
        layer: int | None,
        index: int,
        feature: str = "",
    ) -> None:
        super().__init__(qrect(rect))
        self.layer, self.index, self.feature = layer, index, feature
        self._host, self._theme = host, theme
        self._image = Thumbnail(self)
        self._image.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self._image.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._image.setPos(rect.x, rect.y)
        self.setZValue(2)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setBrush(theme.node_fill)
        self.badge: str | None = None
        self._badge_item: NodeBadge | None = None
        self.set_active(True)

    def set_active(self, active: bool) -> None:
        """Inputs only: an input that is off is drawn dim with a dashed frame."""
        style = Qt.PenStyle.SolidLine if active else Qt.PenStyle.DashLine
        colour = (
            self._theme.node_border if active or self.layer is not None else self._theme.dim_text
        )
        pen = QPen(colour, max(1.0, self.rect().width() / 28), style)
        pen.setCosmetic(False)
        self.setPen(pen)
        self.setOpacity(1.0 if active else 0.38)
        self.active = active

    def set_image(self, rgb: np.ndarray | None) -> None:
        """Show a (res, res, 3) image (row 0 at the top), or the plain fill when None."""
        if rgb is None:
            self._image.setPixmap(QPixmap())
            self.setBrush(self._theme.node_fill)
            return
        pixmap = rgb_pixmap(rgb)
        self._image.setPixmap(pixmap)
        self._image.setScale(self.rect().width() / max(pixmap.width(), 1))
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))

    def has_image(self) -> bool:
        return not self._image.pixmap().isNull()

    def set_badge(self, kind: str | None) -> None:
        """Mark the neuron "dead" or "saturated" (see BADGES), or unmark it (None)."""
        if kind == self.badge:
            return
        self.badge = kind
        if self._badge_item is None and kind is not None:
            self._badge_item = NodeBadge(self.rect(), self)
        if self._badge_item is not None:
            self._badge_item.show_kind(kind)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.layer is not None:
            self.setToolTip(self._host.describe_neuron(self.layer, self.index))
        pen = self.pen()
        pen.setColor(self._theme.accent)
        self.setPen(pen)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.set_active(self.active)

    def action(self) -> Callable[[], None]:
        if self.layer is None:
            return partial(self._host.toggle_feature, self.feature)
        return partial(self._host.select_layer, self.layer)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        request_menu(self, self._host, self.layer, event)


class NodeBadge(QGraphicsItem):
    """A neuron's badge (a key of BADGES): its wash over the node and its mark in the corner.
    It takes no mouse events: hover, tooltip and clicks stay the node's."""

    def __init__(self, rect: QRectF, node: NodeItem) -> None:
        super().__init__(node)
        self._rect, self.kind = QRectF(rect), ""
        side = max(7.0, rect.width() * 0.36)
        self._mark = QRectF(rect.right() - side * 0.7, rect.top() - side * 0.3, side, side)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        drawn_once(self)

    def show_kind(self, kind: str | None) -> None:
        """Show the badge of `kind`, or none."""
        if kind is not None:
            self.kind = kind
            self.update()
        self.setVisible(kind is not None)

    def boundingRect(self) -> QRectF:
        return self._rect.united(self._mark).adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        wash, mark, glyph = BADGES[self.kind]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(*wash))
        painter.drawRect(self._rect)
        painter.setBrush(QColor(*mark))
        painter.setPen(QPen(QColor("white"), max(0.8, self._mark.width() / 10)))
        painter.drawEllipse(self._mark)
        font = QFont(painter.font())
        font.setPixelSize(max(5, round(self._mark.height() * 0.72)))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(self._mark, Qt.AlignmentFlag.AlignCenter, glyph)


class BiasItem(Clickable, QGraphicsRectItem):
    """The small square on a neuron's corner: its bias, coloured by sign; click to edit."""

    def __init__(self, rect: Rect, layer: int, index: int, host: CanvasHost, theme: Theme) -> None:
        super().__init__(qrect(rect))
        self.layer, self.index, self._host = layer, index, host
        self.setZValue(3)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setPen(QPen(theme.node_border, max(0.5, rect.w / 10)))
        self.setBrush(theme.node_fill)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(
            self._host.describe_neuron(self.layer, self.index) + "\n"
            + translate("NetworkCanvas", "Click to edit the bias.")
        )

    def action(self) -> Callable[[], None]:
        return partial(self._host.edit_bias, self.layer, self.index)


class LinkItem(Clickable, QGraphicsPathItem):
    """One weight: a curve from input i (a node of the previous column) to unit j of `layer`.

    It answers hover and clicks; the `LinkPainter` draws it, except while it is hovered, when
    it draws itself on top in the painter's pen.
    """

    def __init__(
        self,
        start: QPointF,
        end: QPointF,
        layer: int,
        i: int,
        j: int,
        host: CanvasHost,
    ) -> None:
        path = QPainterPath(start)
        middle = (start.x() + end.x()) / 2
        path.cubicTo(QPointF(middle, start.y()), QPointF(middle, end.y()), end)
        super().__init__(path)
        self.layer, self.i, self.j, self._host = layer, i, j, host
        self.painter: LinkPainter | None = None  # set by the painter that draws it,
        self.slot = 0  # with the link's place in its arrays
        self._pick: QPainterPath | None = None
        self.setAcceptHoverEvents(True)
        self._show(False)

    def _show(self, shown: bool) -> None:
        """Draw the link itself (while hovered, on top) or leave it to the painter."""
        self.setPen(self.drawn_pen() if shown else QPen(Qt.PenStyle.NoPen))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not shown)
        self.setZValue(1 if shown else 0)

    def drawn_pen(self) -> QPen:
        """The pen the link is drawn with."""
        return self.painter.pen(self.slot) if self.painter is not None else QPen()

    def shape(self) -> QPainterPath:
        if self._pick is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(LINK_PICK_WIDTH)
            self._pick = stroker.createStroke(self.path())
        return self._pick

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(self._host.describe_link(self.layer, self.i, self.j))
        self.setCursor(Qt.CursorShape.PointingHandCursor)  # set late: cheap for 10 000 links
        self._show(True)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._show(False)

    def action(self) -> Callable[[], None]:
        return partial(self._host.edit_weight, self.layer, self.i, self.j)


class LinkPainter(QGraphicsItem):
    """Draws every link in one paint, from arrays of widths and colours.

    Restyling a graphics item per link costs a pen, a geometry change and a call back into
    Python for every link on every snapshot; here a snapshot only replaces two arrays.
    """

    def __init__(self, links: list[LinkItem], idle: QColor) -> None:
        super().__init__()
        self._paths = [link.path() for link in links]
        self._idle = QPen(idle, 1.0)
        self._widths: np.ndarray | None = None
        self._colours: np.ndarray | None = None
        bounds = QRectF()
        for path in self._paths:
            bounds = bounds.united(path.controlPointRect())
        self._bounds = bounds.adjusted(-4.0, -4.0, 4.0, 4.0)  # the widest pen is 6 px wide
        for k, link in enumerate(links):
            link.painter, link.slot = self, k

    def set_styles(self, widths: np.ndarray | None, colours: np.ndarray | None) -> None:
        """Widths (n,) and uint8 RGB colours (n, 3), in the links' order; None: all idle."""
        self._widths = None if widths is None else np.asarray(widths, dtype=float).ravel()
        self._colours = None if colours is None else np.asarray(colours).reshape(-1, 3)
        self.update()

    def pen(self, k: int) -> QPen:
        """The pen of the k-th link."""
        if self._widths is None or self._colours is None:
            return QPen(self._idle)
        r, g, b = self._colours[k].tolist()
        return QPen(QColor(r, g, b), float(self._widths[k]))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._widths is None or self._colours is None:
            painter.setPen(self._idle)
            for path in self._paths:
                painter.drawPath(path)
            return
        for path, (r, g, b), width in zip(
            self._paths, self._colours.tolist(), self._widths.tolist(), strict=True
        ):
            painter.setPen(QPen(QColor(r, g, b), width))
            painter.drawPath(path)


class FeatureLabel(Clickable, QGraphicsSimpleTextItem):
    """An input feature's name, right-aligned left of its node; a click toggles the feature."""

    def __init__(self, rect: Rect, text: str, node: NodeItem, theme: Theme) -> None:
        super().__init__(node)
        font = QFont()
        font.setPixelSize(max(6, round(min(13.0, rect.h * 0.8))))
        self.setFont(font)
        self.setBrush(theme.text)
        self.setText(QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.w))
        box = self.boundingRect()
        self.setPos(rect.right - box.width(), rect.y + (rect.h - box.height()) / 2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._node = node
        drawn_once(self)

    def action(self) -> Callable[[], None]:
        return self._node.action()
