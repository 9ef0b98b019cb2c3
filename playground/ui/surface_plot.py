"""The loss-surface plot: the training loss over the plane as a colour map with contour lines
and a colour bar in loss values, the current point, the negative-gradient arrow, the path
training took and the optimizers' race. It draws a `SurfaceResult`; it computes nothing."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from ..engine.optimizers import OPTIMIZERS
from ..engine.surface import LossSurface
from ..workers.surface import SurfaceResult
from .exports import offer_exports
from .language import translate
from .numbers import number
from .plotstyle import new_plot_widget, set_axis_label, style_axes

CONTOUR_LEVELS = 7
ARROW_SHARE = 0.35  # the arrow's drawn length, as a share of the grid's half-width
HEAD_SHARE = 0.25  # the arrow head's barbs, as a share of the arrow's length
PATH_COLOUR = (255, 255, 255)
RACE_COLOURS = {  # bright, apart from each other and from the map's blue-green-yellow
    "sgd": (228, 26, 28),
    "momentum": (255, 140, 0),
    "rmsprop": (247, 104, 196),
    "adam": (0, 229, 255),
}
OTHER_RACE_COLOUR = (200, 200, 200)


def shown_loss(surface: LossSurface) -> np.ndarray:
    """log₁₀ of the loss, what the colours show: far out the loss grows by orders of magnitude.
    Infinite or undefined values (overflow far out) take the largest finite one."""
    loss = np.asarray(surface.loss, dtype=np.float64)
    finite = np.isfinite(loss)
    top = loss[finite].max() if finite.any() else 1.0
    floor = max(float(loss[finite].min()) if finite.any() else 1.0, 1e-12)
    return np.log10(np.clip(np.where(finite, loss, top), floor, None))


def arrow_points(surface: LossSurface) -> np.ndarray:
    """The arrow from the centre along −∇L in the plane, ARROW_SHARE of the half-width long,
    as a shaft and two barbs separated by NaN rows (x, y)."""
    span = float(surface.offsets[-1])
    length = float(np.hypot(*surface.arrow))
    if not np.isfinite(length) or length == 0:
        return np.empty((0, 2))
    direction = np.asarray(surface.arrow, dtype=np.float64) / length
    drawn = ARROW_SHARE * span
    tip = drawn * direction
    base = tip - HEAD_SHARE * drawn * direction
    across = 0.5 * HEAD_SHARE * drawn * np.array([-direction[1], direction[0]])
    gap = [np.nan, np.nan]
    return np.array([[0.0, 0.0], tip, gap, base + across, tip, base - across])


class SurfacePlot(QObject):
    """The plot of one loss surface (`widget` goes into a layout)."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.widget = new_plot_widget(owner)
        offer_exports(self.widget, "loss-surface", translate("SurfaceView", "Loss surface"))
        plot = self.plot = self.widget.getPlotItem()
        style_axes(plot, owner)
        plot.setMouseEnabled(x=False, y=False)
        plot.setAspectLocked(True)
        for name in ("left", "bottom"):
            plot.getAxis(name).enableAutoSIPrefix(False)
            plot.setLabel(name, " ")  # room for the directions' names from the start
        self.colour_map = pg.colormap.get("viridis")
        self.image = pg.ImageItem(axisOrder="col-major")  # image[i, j] at x = a_i, y = b_j
        self.image.setColorMap(self.colour_map)
        plot.addItem(self.image)
        self.contours = [pg.IsocurveItem(pen=pg.mkPen(255, 255, 255, 110, width=1))
                         for _ in range(CONTOUR_LEVELS)]
        for contour in self.contours:
            contour.setParentItem(self.image)  # in the image's pixel coordinates, as the image
        self.colour_bar = pg.ColorBarItem(colorMap=self.colour_map, interactive=False,
                                          width=12, label=translate(
                                              "SurfaceView",
                                              "training loss",
                                          ), pen=None,
                                          colorMapMenu=False)
        self.colour_bar.setImageItem(self.image, insert_in=plot)
        self.legend = plot.addLegend(offset=(4, 4), brush=pg.mkBrush(0, 0, 0, 110),
                                     labelTextColor="w", labelTextSize="8pt", verSpacing=-6)
        self.path = pg.PlotDataItem(pen=pg.mkPen(*PATH_COLOUR, width=1.5))
        self.race = [pg.PlotDataItem() for _ in OPTIMIZERS.names()]
        self.arrow = pg.PlotDataItem(pen=pg.mkPen(255, 255, 255, width=2.5), connect="finite")
        self.race_ends = pg.ScatterPlotItem(size=7, pen=pg.mkPen("k"))  # short runs show too
        self.point = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("w"), pen=pg.mkPen("k"))
        for item in (self.path, *self.race, self.race_ends, self.arrow, self.point):
            plot.addItem(item)
        self.surface: LossSurface | None = None

    def scene(self) -> QObject:
        return self.widget.scene()

    def clear(self) -> None:
        """Show no surface."""
        self.surface = None
        self.image.clear()
        for item in (self.path, *self.race, self.arrow):
            item.setData([], [])
        for contour in self.contours:
            contour.setData(None)
        self.point.setData([], [])
        self.race_ends.setData([], [])
        self.legend.clear()
        self.legend.setVisible(False)

    def show_result(self, result: SurfaceResult, labels: Sequence[str]) -> None:
        """Draw `result`'s surface, path and race, the axes named by `labels` (a, b)."""
        surface = result.surface
        if surface is None:
            self.clear()
            return
        self.surface = surface
        shown = shown_loss(surface)
        low, high = float(shown.min()), float(shown.max())
        high = high if high > low else low + 1e-6
        offsets = surface.offsets
        step = float(offsets[1] - offsets[0])
        edge = float(offsets[0]) - step / 2
        self.image.setImage(shown, levels=(low, high))
        self.image.setRect(QRectF(edge, edge, step * len(offsets), step * len(offsets)))
        for contour, level in zip(self.contours, np.linspace(low, high, CONTOUR_LEVELS + 2)[1:-1]):
            contour.setData(shown, level)
        self._show_scale(low, high)
        self.legend.clear()
        self.point.setData([0.0], [0.0])
        arrow = arrow_points(surface)
        self.arrow.setData(arrow[:, 0], arrow[:, 1])
        self.path.setData(result.path[:, 0], result.path[:, 1])
        if len(result.path) > 1:
            self.legend.addItem(self.path, translate("SurfaceView", "training path"))
        drawn = {run.optimizer: run for run in result.race}
        ends = []
        for item, name in zip(self.race, OPTIMIZERS.names()):
            run = drawn.get(name)
            if run is None:
                item.setData([], [])
                continue
            colour = RACE_COLOURS.get(name, OTHER_RACE_COLOUR)
            item.setPen(pg.mkPen(*colour, width=1.5))
            item.setData(run.points[:, 0], run.points[:, 1])
            ends.append({"pos": tuple(run.points[-1]), "brush": pg.mkBrush(*colour)})
            label = OPTIMIZERS[name].label
            self.legend.addItem(item, translate(
                "SurfaceView",
                "{0} (diverged)",
            ).format(label) if run.diverged
                                else label)
        self.race_ends.setData(ends)
        self.legend.setVisible(bool(self.legend.items))  # no empty box before a path or a race
        for name, label in zip(("bottom", "left"), labels):
            axis = self.plot.getAxis(name)
            if axis.labelText != label:
                set_axis_label(axis, label)
        half = float(offsets[-1]) + step / 2
        self.plot.setRange(xRange=(-half, half), yRange=(-half, half), padding=0)

    def _show_scale(self, low: float, high: float) -> None:
        """The colour bar over log₁₀ loss, its ticks labelled with loss values."""
        self.colour_bar.setLevels((low, high))
        inside = low + (high - low) * np.array([0.04, 0.35, 0.65, 0.96])  # ends would be cut
        ticks = [(value, number(10.0**value, 3)) for value in inside]
        axis = self.colour_bar.axis
        axis.setTicks([ticks, []])
        # The bar's axis keeps the width it was made with; labels that do not fit are not drawn.
        metrics = QFontMetrics(axis.style["tickFont"] or self.widget.font())
        widest = max(metrics.horizontalAdvance(text) for _, text in ticks)
        axis.setWidth(widest + axis.style["tickTextOffset"][0] + 8)
