"""The diagnostics panel: gradient health while training runs. Warnings in plain words at the
top; below, in tabs, the gradient flow (each layer's mean |∂L/∂W| over the epochs), the update
size (‖ΔW‖/‖W‖ per layer per epoch) and each layer's histograms of W, z, a or ∂L/∂W.

It reads the run's History (the per-epoch layer series) and the latest snapshot's diagnostics,
works only while shown, and draws only its visible tab. The curves are kept cheap as in
`curves.LossCurves`: setData on the history's columns, steady ranges (epochs on an axis that
doubles, whole decades), axes cached as pixmaps.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine.diagnostics import HISTOGRAM_KINDS, Diagnostics
from ..engine.history import History
from ..engine.texts import QT_TRANSLATE_NOOP
from ..engine.training_warnings import TrainingWarning
from .canvas.colormap import hex_colour
from .curves import LossAxis, decade_range, epoch_span
from .exports import offer_exports
from .language import translate, translated
from .plotstyle import follow_palette, new_plot_widget, style_axes
from .repaint import LatestState
from .theme import is_dark

HEALTHY_UPDATE_RATIO = 1e-3  # the update:data ratio of a healthy run, roughly
RAMP = "viridis"  # input side dark, output side light: an ordered ramp
RAMP_SPANS = (0.0, 0.85), (0.3, 1.0)  # viridis: its pale end fades on a light base, its dark
# start on a dark one
HISTOGRAM_COLUMNS = 4
HISTOGRAM_LABELS = {
    "weights": QT_TRANSLATE_NOOP("Diagnostics", "weights W"),
    "z": QT_TRANSLATE_NOOP("Diagnostics", "pre-activations z"),
    "a": QT_TRANSLATE_NOOP("Diagnostics", "activations a"),
    "gradients": QT_TRANSLATE_NOOP("Diagnostics", "gradients ∂L/∂W"),
}
WARNING_COLOURS = {"exploding": "#c0392b", "dead": "#a04000"}  # others: amber
WARNING_COLOUR = "#b35900"
HEALTHY_TEXT = QT_TRANSLATE_NOOP("Diagnostics", "No warnings: gradients look healthy.")
WAITING_TEXT = QT_TRANSLATE_NOOP(
    "Diagnostics", "Gradient health appears once there is a network and data."
)
WARNINGS_MAX_HEIGHT = 66  # pixels: more warnings scroll, the plots keep their room


def layer_names(count: int) -> list[str]:
    """ "hidden 1", …, "output" for `count` layers, input side first."""
    hidden = translate("Diagnostics", "hidden {0}")
    output = [translate("Diagnostics", "output")] if count else []
    return [hidden.format(k + 1) for k in range(count - 1)] + output


def layer_colours(count: int, dark: bool = False) -> list[tuple[int, int, int]]:
    """One colour per layer along the ramp, input side first, for a light (or `dark`) base."""
    stops = np.linspace(*RAMP_SPANS[dark], max(count, 2))[:count]
    return [tuple(int(c) for c in rgba[:3]) for rgba in pg.colormap.get(RAMP).map(stops, "byte")]


def legend_html(colours: Sequence[tuple[int, int, int]]) -> str:
    """One line that names every layer in its colour: "hidden ■1 ■2 ■3 · ■ output"; empty
    for a history without layer series (one opened from a file that has none)."""
    if not colours:
        return ""

    def mark(colour: tuple[int, int, int], name: str) -> str:
        return f"<span style='color:{hex_colour(colour)}'>■</span>{name}"

    *hidden, output = colours
    marks = "&nbsp;".join(mark(c, str(k + 1)) for k, c in enumerate(hidden))
    parts = [escape(translate("Diagnostics", "hidden")) + " " + marks] if hidden else []
    output_name = "&nbsp;" + escape(translate("Diagnostics", "output"))
    return " &nbsp;·&nbsp; ".join([*parts, mark(output, output_name)])


def warnings_html(warnings: Sequence[TrainingWarning]) -> str:
    """The warnings as rich text: what happens in the kind's colour, then what to try."""
    blocks = []
    for warning in warnings:
        head, _, rest = translated(warning.message).partition(":")
        colour = WARNING_COLOURS.get(warning.kind, WARNING_COLOUR)
        blocks.append(
            f"<p style='margin:0 0 3px 0'><b style='color:{colour}'>⚠ {escape(head)}:</b>"
            f"{escape(rest)} <i>{escape(translated(warning.remedy))}</i></p>")
    return "".join(blocks)


class LayerSeriesPlot(QWidget):
    """One layer series of the history (a name from LAYER_SERIES) over the epochs, log y, one
    curve per layer in the ramp's colours, with a legend naming the layers."""

    def __init__(self, series: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = series
        self.plot = new_plot_widget(self)
        self.plot.setMouseEnabled(x=False, y=False)
        offer_exports(self.plot, series.replace("_", "-"), label)
        item = self.plot.getPlotItem()
        item.setAxisItems({"left": LossAxis("left")})
        item.setLogMode(y=True)
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        item.disableAutoRange()
        style_axes(item, self)
        item.setLabel("left", label)
        item.setLabel("bottom", translate("Diagnostics", "Epoch"))
        for axis in ("left", "bottom"):
            item.getAxis(axis).enableAutoSIPrefix(False)
        item.getAxis("left").setWidth(self.fontMetrics().horizontalAdvance("1e−10") + 30)
        # The legend sits above the plot, not in it: the curves fill the plot's every corner.
        self.legend = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.legend.setContentsMargins(6, 2, 6, 0)
        self.curves: list[pg.PlotDataItem] = []
        self._ranges: tuple[float, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)

    def show_history(self, history: History) -> None:
        """Draw every epoch of `history`'s series."""
        values = history.layer_series(self.series)
        if len(self.curves) != values.shape[1]:
            self._make_curves(values.shape[1])
        epochs = history.epochs
        for index, curve in enumerate(self.curves):
            # Only recorded epochs (the app records the epochs its snapshots show), joined.
            shown = np.isfinite(values[:, index])
            curve.setData(epochs[shown], values[shown, index])
        finite = values[np.isfinite(values) & (values > 0)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (1e-4, 1.0)
        last = float(epochs[-1]) if epochs.size else 0.0
        ranges = (epoch_span(last), *decade_range(low, high))
        if ranges != self._ranges:  # the axes are drawn again only when their range moves
            self._ranges = ranges
            self.plot.setXRange(0.0, ranges[0], padding=0)
            self.plot.setYRange(ranges[1], ranges[2], padding=0)

    def _make_curves(self, count: int) -> None:
        for curve in self.curves:
            self.plot.removeItem(curve)
        colours = layer_colours(count, is_dark(self.palette()))
        # One pixel wide: Qt draws those on a fast path, wider ones take twice as long.
        self.curves = [self.plot.plot(pen=pg.mkPen(colour, width=1), connect="finite")
                       for colour in colours]
        self.legend.setText(legend_html(colours))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.curves:  # a new theme
            colours = layer_colours(len(self.curves), is_dark(self.palette()))
            for curve, colour in zip(self.curves, colours, strict=True):
                curve.setPen(pg.mkPen(colour, width=1))
            self.legend.setText(legend_html(colours))


class HistogramGrid(QWidget):
    """Small multiples: per layer, the latest histogram of one kind (a HISTOGRAM_KINDS name,
    picked above the grid)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_box = QComboBox()
        for kind in HISTOGRAM_KINDS:
            self.kind_box.addItem(translate("Diagnostics", HISTOGRAM_LABELS[kind]), kind)
        self.kind_box.setToolTip(translate(
            "Diagnostics",
            "Which values the histograms count, per layer: z and a on the first training "
            "points, W and ∂L/∂W over the layer",
        ))
        self.kind_box.currentIndexChanged.connect(lambda _index: self.show_health(self.health))
        self.grid = pg.GraphicsLayoutWidget()
        self.grid.setBackground(self.palette().color(QPalette.ColorRole.Base))
        self.grid.ci.layout.setSpacing(2)
        offer_exports(self.grid, "histograms", self.tr("Histograms per layer"))
        self.plots: list[pg.PlotItem] = []
        self.bars: list[pg.PlotDataItem] = []
        self.health: Diagnostics | None = None
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 4, 0)
        header.addWidget(QLabel(translate("Diagnostics", "Show:")))
        header.addWidget(self.kind_box)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)

    def kind(self) -> str:
        return self.kind_box.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def show_health(self, health: Diagnostics | None) -> None:
        """Each layer's histogram of the chosen kind from `health`; none without it."""
        self.health = health
        layers = health.layers if health is not None else ()
        if len(self.plots) != len(layers):
            self._make_plots(len(layers))
        kind = self.kind()
        for bars, layer in zip(self.bars, layers, strict=True):
            histogram = layer.histograms[kind]
            bars.setData(histogram.edges, histogram.counts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.plots:  # a new theme: new colours
            self._make_plots(len(self.plots))
            self.show_health(self.health)

    def _make_plots(self, count: int) -> None:
        self.grid.clear()
        self.plots, self.bars = [], []
        colours = layer_colours(count, is_dark(self.palette()))
        for index, (name, colour) in enumerate(zip(layer_names(count), colours)):
            plot = self.grid.addPlot(row=index // HISTOGRAM_COLUMNS, col=index % HISTOGRAM_COLUMNS)
            plot.setTitle(name, size="8pt")
            follow_palette(plot.titleLabel)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
            plot.hideAxis("left")
            style_axes(plot, self)
            bottom = plot.getAxis("bottom")
            bottom.enableAutoSIPrefix(False)
            bottom.setStyle(tickTextOffset=2, maxTickLevel=0)
            bars = plot.plot(stepMode="center", fillLevel=0, pen=pg.mkPen(colour, width=1),
                             brush=pg.mkBrush(*colour, 120))
            self.plots.append(plot)
            self.bars.append(bars)


class DiagnosticsView(QWidget):
    """Gradient health of the run: warnings, gradient flow, update size and histograms.

    It registers with the repaint scheduler (throttled) and works only while shown; its tabs
    are `tabs` ("Gradient flow", "Update size", "Histograms"), of which only the one shown is
    drawn.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: LatestState | None = None
        # What the shown tab last drew: (tab, history or diagnostics, epochs or histogram kind).
        self._drawn: tuple[object, object, object] | tuple[()] = ()
        self._warnings: tuple[TrainingWarning, ...] | None = None
        self.warnings_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.warnings_label.setContentsMargins(6, 4, 6, 4)
        self.warnings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warnings_box = QScrollArea()
        self.warnings_box.setWidget(self.warnings_label)
        self.warnings_box.setWidgetResizable(True)
        self.warnings_box.setFrameShape(QFrame.Shape.NoFrame)
        self.warnings_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flow = LayerSeriesPlot("grad_mean_abs", translate("Diagnostics", "mean |∂L/∂W|"))
        self.flow.setToolTip(translate(
            "Diagnostics",
            "Per layer, the mean |∂L/∂W| over the training set at the end of each epoch. "
            "Input-side curves orders of magnitude below the output's: a vanishing gradient.",
        ))
        self.updates = LayerSeriesPlot("update_ratio", "‖ΔW‖ / ‖W‖")
        self.updates.setToolTip(translate(
            "Diagnostics",
            "Per layer, how much each epoch changed the weights against their size. About "
            "1e-3 is healthy; far above, training is unstable; far below, it barely learns.",
        ))
        guide = pg.InfiniteLine(
            math.log10(HEALTHY_UPDATE_RATIO), angle=0,
            pen=pg.mkPen(120, 120, 120, width=1, style=Qt.PenStyle.DashLine),
            label=translate("Diagnostics", "healthy ≈ 1e−3"),
            labelOpts={"position": 0.98, "color": (110, 110, 110), "anchors": [(1, 1), (1, 1)]})
        self.updates.plot.addItem(guide)
        self.histograms = HistogramGrid()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.flow, translate("Diagnostics", "Gradient flow"))
        self.tabs.addTab(self.updates, translate("Diagnostics", "Update size"))
        self.tabs.addTab(self.histograms, translate("Diagnostics", "Histograms"))
        self.tabs.currentChanged.connect(lambda _index: self._repaint())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.warnings_box)
        layout.addWidget(self.tabs, 1)
        self.show_warnings(None)

    # ------------------------------------------------------------------ the scheduler's calls
    def paint_latest(self, state: LatestState) -> None:
        """Show the run's history and the latest diagnostics, while shown and only when they
        changed."""
        self._state = state
        if not self.isVisible():
            return
        snapshot = state.latest
        health = snapshot.diagnostics if snapshot is not None else None
        self.show_warnings(health.warnings if health is not None else None)
        page = self.tabs.currentWidget()
        if page is self.histograms:
            source: tuple[object, object, object] = (page, health, self.histograms.kind())
        else:
            source = (page, state.history, len(state.history))
        drawn = self._drawn
        if drawn and drawn[0] is source[0] and drawn[1] is source[1] and drawn[2] == source[2]:
            return
        self._drawn = source
        if page is self.histograms:
            self.histograms.show_health(health)
        else:
            page.show_history(state.history)

    def painted_scenes(self) -> tuple[QObject, ...]:
        return (self.flow.plot.scene(), self.updates.plot.scene(), self.histograms.grid.scene())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._repaint()

    def _repaint(self) -> None:
        if self._state is not None:
            self.paint_latest(self._state)

    # ------------------------------------------------------------------ warnings
    def show_warnings(self, warnings: Sequence[TrainingWarning] | None) -> None:
        """Show `warnings` (None: no diagnostics yet); the label changes only when they do."""
        found = tuple(warnings) if warnings is not None else None
        if found == self._warnings and self.warnings_label.text():
            return
        self._warnings = found
        if found:
            self.warnings_label.setText(warnings_html(found))
            style = "background: #fff4d6; color: #202020; border: 1px solid #e0b84a;"
        elif found is None:
            self.warnings_label.setText(escape(translate("Diagnostics", WAITING_TEXT)))
            style = ""
        else:
            self.warnings_label.setText(f"<span style='color:#2e7d32'>✓</span> "
                                        f"{escape(translate('Diagnostics', HEALTHY_TEXT))}")
            style = "background: #e8f5e9; color: #202020; border: 1px solid #a5d6a7;"
        self.warnings_label.setStyleSheet(f"QLabel {{ {style} }}" if style else "")
        self._fit_warnings()

    def _fit_warnings(self) -> None:
        """The warnings take the height their text needs, up to WARNINGS_MAX_HEIGHT."""
        height = self.warnings_label.heightForWidth(max(self.width(), 200))
        self.warnings_box.setFixedHeight(min(WARNINGS_MAX_HEIGHT, height + 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_warnings()
