"""Where everything on the network canvas goes, as pure geometry in scene units.

Columns run left to right: the input features, the hidden layers, the output layer. Every column
has a header (and, for hidden layers, "−"/"+" neuron buttons) on one shared baseline; its nodes
are centred vertically on a shared axis. Node size shrinks with the widest column, so ten layers
of 32 neurons still fit without overlapping, and "Fit" shows them all.

Given the view's width, the columns move closer together until the network fits it at its
natural size (text as large as the window's), down to MIN_PITCH; headers too wide for such a
column alternate between two rows, so neighbours never overlap.
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
MIN_PITCH = 48.0  # the closest columns get: two buttons and a node with room for links
HEADER_MIN_WIDTH = 96.0  # a header narrower than this takes a row of its own ("Hidden 10")
NODE_PITCH_RATIO = 0.5  # a node is at most this share of the column pitch: links need room
FIT_SLACK = 6.0  # pixels of the view's width left over, so that rounding never shrinks it
HEADER_HEIGHT = 34.0  # two lines of header text
BUTTON = 18.0  # side of the "−"/"+" buttons
BUTTON_GAP = 6.0
PAIR_GAP = 3.0  # between a column's "−" and "+": less than between two columns' pairs
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


def column_pitch(columns: int, width: float | None) -> float:
    """The distance between column centres: the full COLUMN_PITCH, or less, down to MIN_PITCH,
    so that `columns` columns fit `width` scene units (None: no width to fit)."""
    if width is None:
        return COLUMN_PITCH
    # Beside the labels, the columns take (columns − ¼)·pitch at most, and (columns + ¼)·pitch
    # with headers on two rows: the last one's header is then twice as wide as its column.
    room = width - FIT_SLACK - 2 * MARGIN - LABEL_WIDTH - LABEL_GAP
    fitted = room / (columns - 0.25)
    if _staggered(fitted):
        fitted = room / (columns + 0.25)
    return min(COLUMN_PITCH, max(MIN_PITCH, float(int(fitted))))


def _staggered(pitch: float) -> bool:
    """Whether columns `pitch` apart are too narrow for their headers side by side."""
    return pitch - 12 < HEADER_MIN_WIDTH


def network_geometry(
    n_inputs: int, layer_units: Sequence[int], width: float | None = None
) -> NetworkGeometry:
    """The geometry for `n_inputs` input nodes followed by layers of `layer_units` neurons,
    with columns close enough to fit `width` if they can (see `column_pitch`)."""
    counts = [n_inputs, *layer_units]
    pitch = column_pitch(len(counts), width)
    staggered = _staggered(pitch)  # then alternate columns put their header a row lower
    header_width = (2 if staggered else 1) * pitch - 12
    headers_height = (2 if staggered else 1) * HEADER_HEIGHT
    size = max(NODE_MIN, min(node_side(max(counts)), pitch * NODE_PITCH_RATIO))
    pitch_y = size * (1.0 + GAP_RATIO)
    bias = size * BIAS_RATIO
    nodes_top = MARGIN + headers_height + BUTTON_GAP + BUTTON + 2 * BUTTON_GAP
    axis = nodes_top + (max(counts) * pitch_y - size * GAP_RATIO) / 2
    first_x = MARGIN + LABEL_WIDTH + LABEL_GAP + size / 2
    hidden_last = len(layer_units) - 1  # index of the output layer
    columns = []
    for position, count in enumerate(counts):
        cx = first_x + position * pitch
        column_height = count * pitch_y - size * GAP_RATIO
        top = axis - column_height / 2
        nodes = tuple(Rect(cx - size / 2, top + k * pitch_y, size, size) for k in range(count))
        layer = position - 1 if position else None
        row = position % 2 if staggered else 0
        header = Rect(cx - header_width / 2, MARGIN + row * HEADER_HEIGHT, header_width,
                      HEADER_HEIGHT)
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
            button_y = MARGIN + headers_height + BUTTON_GAP
            minus = Rect(cx - BUTTON - PAIR_GAP / 2, button_y, BUTTON, BUTTON)
            plus = Rect(cx + PAIR_GAP / 2, button_y, BUTTON, BUTTON)
        left = labels[0].x if labels else cx - pitch / 2 + 2
        bottom = max(nodes[-1].bottom + bias / 2 if nodes else axis, axis) + BUTTON_GAP
        body = Rect(left, MARGIN - 4, cx + pitch / 2 - 2 - left, bottom - MARGIN + 4)
        columns.append(ColumnGeometry(layer, body, header, nodes, biases, labels, minus, plus))
    right = max(max(c.body.right, c.header.right) for c in columns) + MARGIN
    bottom = max(c.body.bottom for c in columns) + MARGIN
    return NetworkGeometry(size, tuple(columns), Rect(0.0, 0.0, right, bottom))
