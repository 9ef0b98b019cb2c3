"""What the loss and metric curves draw besides the current run: the pinned runs' curves, each
in its own colour and named in the legend, and a cursor at the epoch the timeline shows."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt

from ..engine.runs import Run
from .language import translated
from .plotstyle import follow_palette

# Pinned runs' colours: none of them the train (blue) or test (orange) curves' own.
RUN_COLOURS = ("#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f")
CURSOR_COLOUR = "#d62728"
LEGEND_CHARACTERS = 34  # a longer label is cut, so the legend leaves the curves room


def run_colour(run: Run) -> str:
    """The colour a run's curves and its row in the run list share."""
    return RUN_COLOURS[(run.number - 1) % len(RUN_COLOURS)]


def run_label(run: Run) -> str:
    """What the run changed, in the interface's language when it was labelled in this session
    (a run read from a file keeps its English label)."""
    return translated(run.label_text) if run.label_text is not None else run.label


def run_title(run: Run) -> str:
    """The run's number and label, cut to fit a legend."""
    text = f"#{run.number} {run_label(run)}"
    return text if len(text) <= LEGEND_CHARACTERS else text[: LEGEND_CHARACTERS - 1] + "…"


class RunOverlay:
    """The pinned runs' training curves and the timeline's cursor on a loss plot and a metric
    plot (the metric plot's legend names the runs)."""

    def __init__(self, loss_plot: pg.PlotItem, metric_plot: pg.PlotItem) -> None:
        self._loss_plot, self._metric_plot = loss_plot, metric_plot
        # The runs are named at the metric plot's foot, where accuracy seldom goes and the
        # loss plot's legend leaves room.
        legend = follow_palette(metric_plot.addLegend(offset=(-6, -6)))
        legend.setZValue(10)
        self._items: dict[int, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self._shown: dict[int, tuple] = {}  # run → (epochs, title, metric scale) drawn
        pen = pg.mkPen(CURSOR_COLOUR, width=1, style=Qt.PenStyle.DashLine)
        self.cursors = [pg.InfiniteLine(angle=90, movable=False, pen=pen)
                        for _plot in (loss_plot, metric_plot)]
        for plot, cursor in zip((loss_plot, metric_plot), self.cursors):
            plot.addItem(cursor, ignoreBounds=True)
            cursor.hide()
        self.last_epoch = 0.0  # the last epoch of the pinned runs

    def show_cursor(self, epoch: int | None) -> None:
        """A line at `epoch` on both plots; none for None (live)."""
        for cursor in self.cursors:
            cursor.setVisible(epoch is not None)
            if epoch is not None:
                cursor.setValue(epoch)

    def set_runs(self, runs: Sequence[Run], metric_scale: float) -> None:
        """Draw these runs' curves (the metric times `metric_scale`); forget the others."""
        wanted = {run.number: run for run in runs}
        for number in [n for n in self._items if n not in wanted]:
            self._remove(number)
        for number, run in wanted.items():
            drawn = (len(run.history), run_title(run), metric_scale)
            if self._shown.get(number) == drawn:
                continue
            if number in self._items:
                self._remove(number)
            pen = pg.mkPen(run_colour(run), width=1)
            epochs = run.history.epochs
            loss = self._loss_plot.plot(epochs, run.history.column("train_loss"), pen=pen,
                                        connect="finite")
            metric = self._metric_plot.plot(
                epochs, run.history.column("train_metric") * metric_scale, pen=pen,
                name=drawn[1], connect="finite")
            self._items[number], self._shown[number] = (loss, metric), drawn
        self.last_epoch = max((float(run.history.last_epoch) for run in runs), default=0.0)

    def _remove(self, number: int) -> None:
        loss, metric = self._items.pop(number)
        self._shown.pop(number, None)
        self._loss_plot.removeItem(loss)  # and its legend entry
        self._metric_plot.removeItem(metric)
