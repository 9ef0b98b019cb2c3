"""One neuron expanded into its computational graph: a × node per input (wᵢ·xᵢ), the + node
with the bias, the activation f. Forward values are written above the arrows and, once the
backward pass has reached the neuron, gradients below them (downstream = local × upstream)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..language import translate
from ..numbers import number
from .model import InspectorModel

GRADIENT_COLOUR = QColor(179, 38, 30)
NODE_RADIUS = 17
ROW_HEIGHT = 84
LEAF_X, TIMES_X, PLUS_X, F_X, WIDTH = 190.0, 340.0, 500.0, 630.0, 790.0  # drawing coordinates


@dataclass(frozen=True)
class Edge:
    """An arrow of the graph with its forward value and, once known, its gradient. A leaf
    (an input, a weight, the bias) is labelled at its start, "x₁ = 1"; other arrows carry
    their value above the middle and the gradient below it."""

    start: QPointF
    end: QPointF
    value: float
    gradient: float | None
    label: str = ""
    leaf: bool = False


@dataclass(frozen=True)
class GraphNode:
    centre: QPointF
    text: str  # ×, +, f
    caption: str = ""  # e.g. the local gradient


class NeuronDrawing(QWidget):
    """Paints the graph of one neuron (column of W) of one layer from the model's trace."""

    def __init__(self, model: InspectorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.layer: int | None = None
        self.unit = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(140)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(WIDTH // 2, 260)

    def show_neuron(self, layer: int | None, unit: int) -> None:
        self.layer, self.unit = layer, unit
        self.update()

    def graph(self) -> tuple[list[GraphNode], list[Edge], float]:
        """The nodes, the edges and the drawing's height for the chosen neuron."""
        walkthrough = self.model.walkthrough
        if walkthrough is None or self.layer is None:
            return [], [], 0.0
        trace = walkthrough.trace.layers[self.layer]
        params = walkthrough.network.params[self.layer]
        pieces = len(trace.z) // len(trace.a)
        group = trace.z[self.unit * pieces: self.unit * pieces + pieces]
        column = self.unit * pieces + int(np.argmax(group))  # maxout: the winning piece
        reached = self._reached()
        W, inputs = params["W"][:, column], trace.inputs
        grad_z = float(trace.grad_z[column]) if reached else None
        fan_in = len(inputs)
        height = max(fan_in, 1) * ROW_HEIGHT + 90
        plus = QPointF(PLUS_X, height / 2)
        f_node = QPointF(F_X, height / 2)
        nodes = [GraphNode(plus, "+"), GraphNode(
            f_node, "f", translate(
                "Inspector",
                "f′ = {0}",
            ).format(number(trace.local_gradient[column]))
            if reached else "")]
        edges = []
        for i in range(fan_in):
            y = 30 + (i + 0.5) * ROW_HEIGHT
            times = QPointF(TIMES_X, y)
            nodes.append(GraphNode(times, "×"))
            source = walkthrough.neuron(self.layer - 1, i)
            weight = walkthrough.weight(self.layer, i, column)
            edges.append(Edge(QPointF(LEAF_X, y - 20), times, float(inputs[i]),
                              float(W[i]) * grad_z if reached else None, source, leaf=True))
            edges.append(Edge(QPointF(LEAF_X, y + 20), times, float(W[i]),
                              float(inputs[i]) * grad_z if reached else None, weight, leaf=True))
            edges.append(Edge(times, plus, float(W[i] * inputs[i]), grad_z))
        bias = QPointF(PLUS_X - 80, height - 14)
        edges.append(Edge(bias, plus, float(params["b"][column]), grad_z,
                          walkthrough.bias(self.layer, column), leaf=True))
        edges.append(Edge(plus, f_node, float(trace.z[column]), grad_z, "z"))
        upstream = float(trace.grad_a[self.unit]) if reached else None
        edges.append(Edge(f_node, QPointF(WIDTH - 20, height / 2), float(trace.a[self.unit]),
                          upstream, walkthrough.neuron(self.layer, self.unit)))
        return nodes, edges, height

    def _reached(self) -> bool:
        """Whether the backward pass has passed this neuron (its gradients are known)."""
        model = self.model
        done = {(node.layer, node.unit) for node in model.nodes[: model.cursor]}
        return (self.layer, self.unit) in done

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        nodes, edges, height = self.graph()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        if not nodes:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             translate("Inspector", "Choose a sample, then a neuron to expand."))
            return
        scale = min(self.width() / WIDTH, self.height() / height)
        painter.translate((self.width() - WIDTH * scale) / 2, (self.height() - height * scale) / 2)
        painter.scale(scale, scale)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0))
        painter.setFont(font)
        for edge in edges:
            self._draw_edge(painter, edge, text_colour)
        for node in nodes:
            painter.setPen(QPen(text_colour, 1.5))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawEllipse(node.centre, NODE_RADIUS, NODE_RADIUS)
            painter.drawText(QRectF(node.centre.x() - NODE_RADIUS, node.centre.y() - NODE_RADIUS,
                                    2 * NODE_RADIUS, 2 * NODE_RADIUS),
                             Qt.AlignmentFlag.AlignCenter, node.text)
            if node.caption:
                painter.setPen(GRADIENT_COLOUR)
                painter.drawText(QRectF(node.centre.x() - 60, node.centre.y() + NODE_RADIUS + 2,
                                        120, 20), Qt.AlignmentFlag.AlignCenter, node.caption)

    def _draw_edge(self, painter: QPainter, edge: Edge, colour: QColor) -> None:
        start, end = edge.start, edge.end
        direction = end - start
        length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1e-9)
        unit = direction / length
        tip = end - unit * NODE_RADIUS
        painter.setPen(QPen(colour, 1.2))
        painter.drawLine(start, tip)
        normal = QPointF(-unit.y(), unit.x())
        painter.setBrush(colour)
        painter.drawPolygon([tip, tip - unit * 8 + normal * 4, tip - unit * 8 - normal * 4])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        centre = Qt.AlignmentFlag.AlignCenter
        if edge.leaf:  # "x₁ = 1" left of the start, its gradient in red below
            value_box = QRectF(start.x() - 186, start.y() - 16, 180, 16)
            gradient_box = value_box.translated(0, 15)
            painter.drawText(value_box, right, f"{edge.label} = {number(edge.value)}")
            align = right
        else:
            middle = (start + tip) / 2
            value_box = QRectF(middle.x() - 60, middle.y() - 19, 120, 17)
            gradient_box = value_box.translated(0, 19)
            label = f"{edge.label} = " if edge.label else ""
            painter.drawText(value_box, centre, label + number(edge.value))
            align = centre
        if edge.gradient is not None:
            painter.setPen(GRADIENT_COLOUR)
            painter.drawText(gradient_box, align, number(edge.gradient))


class NeuronGraph(QWidget):
    """A neuron picker over its drawing; follows the backward pass's current node."""

    def __init__(self, model: InspectorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.neuron_box = QComboBox(toolTip=translate("Inspector", "The neuron to expand"))
        self.neuron_box.currentIndexChanged.connect(self._chosen)
        self.drawing = NeuronDrawing(model)
        self.legend = QLabel(translate(
            "Inspector",
            "Values above the arrows (forward); gradients below, in red, once the backward pass "
            "has reached the neuron.",
        ), wordWrap=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 0)
        column.addWidget(self.neuron_box)
        column.addWidget(self.drawing, 1)
        column.addWidget(self.legend)
        self._neurons: list[tuple[int, int]] = []
        self._followed = None
        model.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        walkthrough = self.model.walkthrough
        neurons = [] if walkthrough is None else [
            (index, unit) for index, layer in enumerate(walkthrough.trace.layers)
            for unit in range(len(layer.a))
        ]
        current = self.model.current_node
        wanted = (current.layer, current.unit) if current is not None else None
        if neurons != self._neurons:
            self._neurons = neurons
            self.neuron_box.blockSignals(True)
            self.neuron_box.clear()
            for layer, unit in neurons:
                self.neuron_box.addItem(walkthrough.neuron(layer, unit))
            self.neuron_box.blockSignals(False)
            wanted = wanted or (neurons[-1] if neurons else None)
        if wanted is not None and wanted != self._followed and wanted in neurons:
            self.neuron_box.setCurrentIndex(neurons.index(wanted))
        self._followed = wanted
        self._chosen(self.neuron_box.currentIndex())

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self._neurons):
            self.drawing.show_neuron(*self._neurons[index])
        else:
            self.drawing.show_neuron(None, 0)
