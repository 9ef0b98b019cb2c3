"""One look for every pyqtgraph plot in the app: the palette's colours, axes drawn once, and
the same colours again when the palette changes (a new theme)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QWidget

FOLLOWS_PALETTE = "followsPalette"  # the property that marks an item restyle_plots recolours
LEGEND_ALPHA = 210  # a legend's fill: the plot's base, nearly opaque, so curves pass under it
# Every curve is drawn as separate line segments. Drawn as one path, a long, nearly flat curve
# in a one-pixel pen (the accuracy of 30,000 epochs, say) lost most of its length: Qt's
# one-pixel line drawing drops segments that go back and forth within a pixel. Segments cost
# a fraction of a millisecond more per repaint of the curves.
pg.setConfigOption("segmentedLineMode", "on")


def new_plot_widget(owner: QWidget, view_box: pg.ViewBox | None = None) -> pg.PlotWidget:
    """A plot on the palette's base colour, with no context menu and no auto-range button."""
    plot = pg.PlotWidget(background=owner.palette().color(QPalette.ColorRole.Base),
                         viewBox=view_box)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    return plot


class MarkedPoints(pg.ScatterPlotItem):
    """A scatter of the few points marked just now (the inspected one, a chosen cell's, the
    one being edited), hidden while there are none: pyqtgraph paints an empty scatter for
    about as long as a full one, on every repaint of the plot under it, 30 times a second
    while training runs."""

    def setData(self, *args, **kwargs) -> None:  # noqa: N802  (pyqtgraph's name)
        super().setData(*args, **kwargs)
        self.setVisible(len(self.data) > 0)

    def clear(self) -> None:
        super().clear()
        self.setVisible(False)


def style_axes(plot: pg.PlotItem, owner: QWidget) -> None:
    """Left and bottom axes in the palette's text colour, cached as pixmaps: pyqtgraph replays
    an axis's drawing on every repaint of its plot (milliseconds each); a cached axis is only
    drawn again when its range or size changes."""
    foreground = owner.palette().color(QPalette.ColorRole.Text)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(foreground)
        axis.setTextPen(foreground)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def set_axis_label(axis: pg.AxisItem, text: str) -> None:
    """Give `axis` the label `text`, placed for its own length: pyqtgraph places a label only
    when its axis is resized, so a longer new one would run past its plot until then."""
    axis.setLabel(text)
    axis.resizeEvent()


def follow_palette(item: QGraphicsObject) -> QGraphicsObject:
    """Mark a legend, text, title or line drawn in the palette's text colour, so that
    `restyle_plots` gives it the new palette's colours; returns `item`."""
    item.setProperty(FOLLOWS_PALETTE, True)
    _recolour(item, _palette_of(item))
    return item


def restyle_plots(root: QWidget) -> None:
    """Every plot under `root` (and `root`, if it is one) in its palette's colours: the
    background, the axes and the items marked with `follow_palette`."""
    views = root.findChildren(pg.GraphicsView)
    if isinstance(root, pg.GraphicsView):
        views.append(root)
    for view in views:
        palette = view.palette()
        view.setBackground(palette.color(QPalette.ColorRole.Base))
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                text = palette.color(QPalette.ColorRole.Text)
                item.setPen(text)
                item.setTextPen(text)
            elif isinstance(item, QGraphicsObject) and item.property(FOLLOWS_PALETTE):
                _recolour(item, palette)


def _palette_of(item: QGraphicsObject) -> QPalette:
    scene = item.scene()
    views = scene.views() if scene is not None else []
    return views[0].palette() if views else QPalette()


def _recolour(item: QGraphicsObject, palette: QPalette) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    if isinstance(item, pg.LegendItem):
        fill = palette.color(QPalette.ColorRole.Base)
        fill.setAlpha(LEGEND_ALPHA)
        item.setBrush(fill)
        item.setLabelTextColor(text)
        for _sample, label in item.items:  # drawn again in the colour just set
            label.setText(label.text)
    elif isinstance(item, pg.TextItem):
        item.setColor(text)
    elif isinstance(item, pg.LabelItem):
        item.setText(item.text, color=text.name())
    elif isinstance(item, pg.InfiniteLine):
        item.setPen(pg.mkPen(text, width=1))
