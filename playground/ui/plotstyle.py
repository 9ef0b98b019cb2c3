"""One look for every pyqtgraph plot in the app: the palette's colours, axes drawn once."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGraphicsItem, QWidget


def new_plot_widget(owner: QWidget, view_box: pg.ViewBox | None = None) -> pg.PlotWidget:
    """A plot on the palette's base colour, with no context menu and no auto-range button."""
    plot = pg.PlotWidget(background=owner.palette().color(QPalette.ColorRole.Base),
                         viewBox=view_box)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    return plot


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
