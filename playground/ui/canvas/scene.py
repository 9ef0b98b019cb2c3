"""The scene of the network canvas: built from a spec, then recoloured from snapshots.

`build` runs on every structural change and keeps a reference to every item; `apply_snapshot`
runs on every training update and only restyles those items, never rebuilding them. The links
show the weights, their gradients or their last updates (`set_link_mode`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from ...engine.diagnostics import Diagnostics
from ...engine.features import FEATURES
from ...engine.spec import NetworkSpec
from ...workers.snapshot import Snapshot
from ..language import translate
from ..numbers import number
from .colormap import diverging_rgb, feature_map, layer_scale, link_styles, unit_means
from .edits import activation_label, is_hidden, short_name
from .items import (
    BiasItem,
    CanvasHost,
    ColumnItem,
    FeatureLabel,
    HeaderItem,
    LinkItem,
    LinkPainter,
    NeuronButton,
    NodeItem,
)
from .layout import NetworkGeometry, network_geometry
from .link_modes import DEFAULT_LINK_MODE, LINK_MODES, LinkMode
from .overlay import TraceOverlay
from .readout import badge_flags, snapshot_fits
from .theme import Theme

FEATURE_RESOLUTION = 32  # pixels per side of an input feature's image
DEFAULT_EXTENT = Snapshot.__dataclass_fields__["grid_extent"].default


def feature_label(name: str) -> str:
    return FEATURES[name].label if name in FEATURES else name


class NetworkScene(QGraphicsScene):
    """Every item of the canvas, indexed by what it shows."""

    def __init__(self, host: CanvasHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Items never move but links restyle on every snapshot: a BSP index would be rebuilt
        # for each pen change, while a linear search of bounding rects stays cheap.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._host = host
        self.spec: NetworkSpec | None = None
        self.geometry: NetworkGeometry | None = None
        self.snapshot: Snapshot | None = None  # the latest one that fits the spec
        # The latest one given, fitting or not: an edit and its undo, or an edit whose network
        # could not be built, come back to the network it shows.
        self._given: Snapshot | None = None
        self.columns: list[ColumnItem] = []  # inputs first, then one per layer
        self.feature_nodes: dict[str, NodeItem] = {}
        self.nodes: list[list[NodeItem]] = []  # [layer][unit]
        self.biases: list[list[BiasItem]] = []  # [layer][unit]
        self.links: list[list[list[LinkItem]]] = []  # [layer][input][unit]
        self.link_painter: LinkPainter | None = None  # draws every link
        self.overlay: TraceOverlay | None = None  # the inspector's values and current node
        self._shown: list[str] = []  # the input column's features, in order
        self.buttons: list[NeuronButton] = []
        self._extent: tuple[float, float, float, float] | None = None
        self.link_mode: LinkMode = LINK_MODES[DEFAULT_LINK_MODE]
        self.link_scale: float | None = None  # the largest |value| the links show
        self._badges: tuple[tuple[str | None, ...], ...] = ()  # per layer and unit
        self._marks: tuple | None = None  # the spec the inspector's marks are for, and them

    def build(self, spec: NetworkSpec, shown_features: Sequence[str], theme: Theme,
              width: float | None = None) -> None:
        """Draw `spec` from scratch, fitting `width` if it can (the view's, in pixels); inputs
        show every name in `shown_features`."""
        self.clear()
        self.spec, self._theme, self._extent, self._badges = spec, theme, None, ()
        self.geometry = geometry = network_geometry(
            len(shown_features), [layer.units for layer in spec.layers], width
        )
        self.setSceneRect(geometry.scene.x, geometry.scene.y, geometry.scene.w, geometry.scene.h)
        self.columns, self.nodes, self.biases, self.links, self.buttons = [], [], [], [], []
        self.feature_nodes = {}
        inputs = geometry.columns[0]
        self._add_column(inputs.body, None, translate("NetworkCanvas", "Input"),
                         translate("NetworkCanvas", "{0} of {1} on").format(
                             spec.n_inputs, len(shown_features)))
        for k, name in enumerate(shown_features):
            node = NodeItem(inputs.nodes[k], self._host, theme, None, k, name)
            node.set_active(name in spec.features)
            tip = (translate("NetworkCanvas", "Input feature {0} (on: click to switch it off)")
                   if node.active else
                   translate("NetworkCanvas", "Input feature {0} (off: click to use it)"))
            node.setToolTip(tip.format(feature_label(name)))
            self.addItem(node)
            FeatureLabel(inputs.labels[k], feature_label(name), node, theme)
            self.feature_nodes[name] = node
        for index, layer in enumerate(spec.layers):
            column = geometry.column_of_layer(index)
            self._add_column(
                column.body,
                index,
                short_name(spec, index),
                f"{layer.units} · {activation_label(layer.activation)}",
            )
            if is_hidden(spec, index):
                for rect, delta in ((column.minus, -1), (column.plus, 1)):
                    button = NeuronButton(rect, index, delta, self._host, theme)
                    self.addItem(button)
                    self.buttons.append(button)
            units = [
                NodeItem(rect, self._host, theme, index, j) for j, rect in enumerate(column.nodes)
            ]
            biases = [
                BiasItem(rect, index, j, self._host, theme) for j, rect in enumerate(column.biases)
            ]
            for item in units + biases:
                self.addItem(item)
            self.nodes.append(units)
            self.biases.append(biases)
        self._add_links(spec, theme)
        self.overlay = TraceOverlay(geometry, theme, number)
        self.addItem(self.overlay)
        self._shown = list(shown_features)
        self.apply_snapshot(self._given)
        if self._marks is not None and self._marks[0] is spec:  # drawn again: its marks too
            self.show_marks(*self._marks[1:])

    def _add_column(self, body, layer: int | None, title: str, detail: str) -> None:
        column = ColumnItem(body, layer, self._host, self._theme)
        self.addItem(column)
        self.columns.append(column)
        geometry = self.geometry.columns[len(self.columns) - 1]
        self.addItem(HeaderItem(geometry.header, title, detail, self._theme))

    def _add_links(self, spec: NetworkSpec, theme: Theme) -> None:
        sources = [self.feature_nodes[name] for name in spec.features]
        for index, targets in enumerate(self.nodes):
            layer_links = []
            for i, source in enumerate(sources):
                start = source.rect()
                row = []
                for j, target in enumerate(targets):
                    end = target.rect()
                    link = LinkItem(
                        QPointF(start.right(), start.center().y()),
                        QPointF(end.left(), end.center().y()),
                        index,
                        i,
                        j,
                        self._host,
                    )
                    self.addItem(link)
                    row.append(link)
                layer_links.append(row)
            self.links.append(layer_links)
            sources = targets
        self.link_painter = LinkPainter(self.all_links(), theme.link_idle)
        self.addItem(self.link_painter)

    def refuse_outdated_click(self) -> None:
        """A click that arrived after the network it was made on had changed: say so."""
        self._host.show_message(self.tr(
            "The network changed before your click was handled: nothing was edited. Click "
            "again."))

    def show_marks(self, inputs: Sequence[float],
                   values: Sequence[Sequence[tuple[float | None, float]]],
                   current: tuple[int, int] | None) -> None:
        """The inspected sample's values beside the nodes (`inputs` in the network's feature
        order) and a ring round the backward pass's current node."""
        if self.spec is None or self.overlay is None:
            return
        self._marks = (self.spec, inputs, values, current)
        by_node: list[float | None] = [None] * len(self._shown)
        for feature, value in zip(self.spec.features, inputs):
            if feature in self._shown:
                by_node[self._shown.index(feature)] = value
        self.overlay.show_values(by_node, values)
        self.overlay.show_current(current)

    def clear_marks(self) -> None:
        self._marks = None
        if self.overlay is not None:
            self.overlay.clear()

    def all_links(self) -> list[LinkItem]:
        """Every link, layer by layer, each layer's row by row (input i, then unit j)."""
        return [link for layer in self.links for row in layer for link in row]

    def node_count(self) -> int:
        """Input nodes plus neurons: what the scene draws as nodes."""
        return len(self.feature_nodes) + sum(len(units) for units in self.nodes)

    def set_selected_layer(self, layer: int | None) -> None:
        for column in self.columns:
            column.set_selected(layer is not None and column.layer == layer)

    def set_link_mode(self, key: str) -> None:
        """Show what LINK_MODES[key] names on the links and biases from now on."""
        self.link_mode = LINK_MODES[key]
        self.apply_snapshot(self._given)

    def apply_snapshot(self, snapshot: Snapshot | None) -> None:
        """Restyle links, biases, neuron images and badges from `snapshot` (idle if it does
        not fit)."""
        if self.spec is None:
            return
        fits = snapshot_fits(self.spec, snapshot)
        self._given, self.snapshot = snapshot, snapshot if fits else None
        self._show_features(snapshot.grid_extent if snapshot is not None else DEFAULT_EXTENT)
        if not fits:
            self._show_idle()
            return
        self._show_links(self.link_mode.values(snapshot))
        self._show_neuron_maps(snapshot)
        self._show_badges(snapshot.diagnostics)

    def _show_links(self, values: Sequence[dict[str, np.ndarray]] | None) -> None:
        """Links and biases styled by `values` (per layer "W" and "b", like the weights); idle
        and no scale when there are none."""
        layers = self.spec.layers
        if values is None or len(values) != len(layers):
            self.link_scale = None
            self._show_idle_links()
            return
        weights = [unit_means(p["W"], layer.units) for p, layer in zip(values, layers)]
        biases = [unit_means(p["b"], layer.units) for p, layer in zip(values, layers)]
        largest = max(float(np.nanmax(np.abs(w))) for w in weights)
        largest_bias = max(float(np.nanmax(np.abs(b))) for b in biases)
        self.link_scale = largest
        max_width = min(6.0, max(1.8, self.geometry.node_size * 0.16))
        background = self._theme.background.getRgb()[:3]
        all_widths, all_colours = [], []
        for index, (w, b) in enumerate(zip(weights, biases, strict=True)):
            widths, colours = link_styles(w, largest, max_width, background)
            all_widths.append(widths.ravel())
            all_colours.append(colours.reshape(-1, 3))
            fills = diverging_rgb(b, 0.0, largest_bias)
            for j, item in enumerate(self.biases[index]):
                item.setBrush(QColor(*fills[j].tolist()))
        self.link_painter.set_styles(np.concatenate(all_widths), np.concatenate(all_colours))

    def _show_idle(self) -> None:
        self.link_scale = None
        self._show_idle_links()
        self._show_badges(None)
        for units in self.nodes:
            for node in units:
                node.set_image(None)

    def _show_idle_links(self) -> None:
        self.link_painter.set_styles(None, None)
        for biases in self.biases:
            for item in biases:
                item.setBrush(self._theme.node_fill)

    def _show_badges(self, health: Diagnostics | None) -> None:
        """Mark dead and saturated neurons; the items change only when the flags do."""
        flags = badge_flags(health, [len(units) for units in self.nodes])
        if flags == self._badges:
            return
        self._badges = flags
        for units, layer_flags in zip(self.nodes, flags, strict=True):
            for node, badge in zip(units, layer_flags, strict=True):
                node.set_badge(badge)

    def _show_neuron_maps(self, snapshot: Snapshot) -> None:
        for index, units in enumerate(self.nodes):
            maps = snapshot.neuron_maps[index] if index < len(snapshot.neuron_maps) else None
            if maps is None or maps.ndim != 3 or maps.shape[0] != len(units):
                for node in units:
                    node.set_image(None)
                continue
            centre, half = layer_scale(self.spec.layers[index].activation, maps)
            # Row 0 must be the top; every other pixel is plenty for a node-sized thumbnail.
            images = diverging_rgb(maps[:, ::-2, ::2], centre, half)
            for node, image in zip(units, images, strict=True):
                node.set_image(image)

    def _show_features(self, extent: tuple[float, float, float, float]) -> None:
        if extent == self._extent:
            return
        self._extent = tuple(extent)
        for name, node in self.feature_nodes.items():
            values = feature_map(name, extent, FEATURE_RESOLUTION)
            if values is None:
                continue
            largest = float(np.max(np.abs(values))) or 1.0
            node.set_image(diverging_rgb(values[::-1, :], 0.0, largest))
