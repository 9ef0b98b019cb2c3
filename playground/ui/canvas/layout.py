"""Where everything on the network canvas goes, as pure geometry in scene units.

Columns run left to right: the input features, the hidden layers, the output layer. Every column
has a header (and, for hidden layers, "−"/"+" neuron buttons) on one shared baseline; its nodes
are centred vertically on a shared axis. Node size shrinks with the widest column, so ten layers
of 32 neurons still fit without overlapping, and "Fit" shows them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

NODE_MAX = 40.0  # node side when columns are short
NODE_MIN = 12.0  # never smaller: still clickable once zoomed in
NODES_HEIGHT = 380.0  # the tallest column's nodes aim for this height
GAP_RATIO = 0.3  # vertical gap between nodes, as a fraction of the node side
BIAS_RATIO = 0.32  # bias square side, as a fraction of the node side
COLUMN_PITCH = 150.0  # distance between column centres: room for links and header text
HEADER_HEIGHT = 34.0  # two lines of header text
BUTTON = 18.0  # side of the "−"/"+" buttons
BUTTON_GAP = 6.0
LABEL_WIDTH = 62.0  # input feature labels, left of the input nodes
LABEL_GAP = 8.0
MARGIN = 14.0


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle: top-left corner (x, y), width w, height h."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def intersects(self, other: Rect) -> bool:
        """True when the interiors overlap (touching edges do not count)."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, other: Rect) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


@dataclass(frozen=True)
class ColumnGeometry:
    """One column. `layer` is the index in spec.layers, or None for the input features."""

    layer: int | None
    body: Rect  # the whole column, header included: the click and highlight area
    header: Rect
    nodes: tuple[Rect, ...]
    biases: tuple[Rect, ...]  # one per node; empty for the inputs
    labels: tuple[Rect, ...]  # feature labels; empty for layers
    minus: Rect | None = None  # neuron buttons, hidden layers only
    plus: Rect | None = None


@dataclass(frozen=True)
class NetworkGeometry:
    """The whole canvas: every column and the scene rectangle that holds them with a margin."""

    node_size: float
    columns: tuple[ColumnGeometry, ...]
    scene: Rect

    def column_of_layer(self, layer: int) -> ColumnGeometry:
        return self.columns[layer + 1]

    def rects(self) -> list[Rect]:
        """Everything that must not overlap anything else (bias squares sit on their node)."""
        found: list[Rect] = []
        for column in self.columns:
            found += [column.header, *column.nodes, *column.labels]
            found += [button for button in (column.minus, column.plus) if button]
        return found


def node_side(tallest: int) -> float:
    """The node side for a network whose widest column has `tallest` nodes."""
    fitted = NODES_HEIGHT / (max(tallest, 1) * (1.0 + GAP_RATIO))
    return min(NODE_MAX, max(NODE_MIN, fitted))


def network_geometry(n_inputs: int, layer_units: Sequence[int]) -> NetworkGeometry:
    """The geometry for `n_inputs` input nodes followed by layers of `layer_units` neurons."""
    counts = [n_inputs, *layer_units]
    size = node_side(max(counts))
    pitch_y = size * (1.0 + GAP_RATIO)
    bias = size * BIAS_RATIO
    nodes_top = MARGIN + HEADER_HEIGHT + BUTTON_GAP + BUTTON + 2 * BUTTON_GAP
    axis = nodes_top + (max(counts) * pitch_y - size * GAP_RATIO) / 2
    first_x = MARGIN + LABEL_WIDTH + LABEL_GAP + size / 2
    hidden_last = len(layer_units) - 1  # index of the output layer
    columns = []
    for position, count in enumerate(counts):
        cx = first_x + position * COLUMN_PITCH
        column_height = count * pitch_y - size * GAP_RATIO
        top = axis - column_height / 2
        nodes = tuple(Rect(cx - size / 2, top + k * pitch_y, size, size) for k in range(count))
        layer = position - 1 if position else None
        header = Rect(cx - COLUMN_PITCH / 2 + 6, MARGIN, COLUMN_PITCH - 12, HEADER_HEIGHT)
        if layer is None:
            label_h = min(16.0, pitch_y * 0.9)
            labels = tuple(
                Rect(n.x - LABEL_GAP - LABEL_WIDTH, n.center[1] - label_h / 2, LABEL_WIDTH, label_h)
                for n in nodes
            )
            biases: tuple[Rect, ...] = ()
        else:
            labels = ()
            biases = tuple(Rect(n.x - bias / 2, n.bottom - bias / 2, bias, bias) for n in nodes)
        minus = plus = None
        if layer is not None and layer < hidden_last:
            button_y = header.bottom + BUTTON_GAP
            minus = Rect(cx - BUTTON - BUTTON_GAP / 2, button_y, BUTTON, BUTTON)
            plus = Rect(cx + BUTTON_GAP / 2, button_y, BUTTON, BUTTON)
        left = labels[0].x if labels else cx - COLUMN_PITCH / 2 + 2
        bottom = max(nodes[-1].bottom + bias / 2 if nodes else axis, axis) + BUTTON_GAP
        body = Rect(left, MARGIN - 4, cx + COLUMN_PITCH / 2 - 2 - left, bottom - MARGIN + 4)
        columns.append(ColumnGeometry(layer, body, header, nodes, biases, labels, minus, plus))
    right = max(c.body.right for c in columns) + MARGIN
    bottom = max(c.body.bottom for c in columns) + MARGIN
    return NetworkGeometry(size, tuple(columns), Rect(0.0, 0.0, right, bottom))
