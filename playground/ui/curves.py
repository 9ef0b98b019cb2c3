"""Loss and metric curves over epochs: they show the run's History and draw it as it grows
when the repaint scheduler says (`paint_latest`, about ten times a second while training runs);
their own changes (log scale, metric) are drawn on a timer.

The plots follow the training on steady ranges rather than pyqtgraph's exact auto-range: epochs
from 0 on an axis that doubles, loss from 0 to a 1-2-5 step (whole decades on a log axis),
accuracy 0–100 %. The ranges, and with them the axes, then change seldom, and the axes, cached
as pixmaps, are otherwise not redrawn at all. Zooming or panning by hand stops the following; a
double-click resumes it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..engine.history import History
from ..engine.metrics import metric_name
from ..engine.texts import QT_TRANSLATE_NOOP
from ..files import write_text_atomic
from .exports import ExtraExport, offer_exports
from .plotstyle import follow_palette, set_axis_label, style_axes
from .run_overlay import RunOverlay
from .steady import SteadyLabel

if TYPE_CHECKING:
    from ..engine.dataset import Dataset
    from ..engine.runs import Run
    from .repaint import LatestState

TRAIN_COLOR = "#1f77b4"
TEST_COLOR = "#e6550d"
REDRAW_MS = 150  # the latest a change is drawn without a paint
MIN_EPOCHS_SHOWN = 100.0  # the epoch axis starts this long, so it rarely moves early on
# How far the metric axis may reach: R² can start hugely negative and flatten the view.
METRIC_LIMITS = {"Accuracy": (-2.0, 102.0), "R²": (-1.05, 1.05)}
# The metrics' names as the plots show them (translated in "LossCurves"); R² stays R².
METRIC_LABELS = {"Accuracy": QT_TRANSLATE_NOOP("LossCurves", "Accuracy")}


def _is_one_two_five(log_values: np.ndarray) -> np.ndarray:
    mantissas = np.round(10 ** (log_values % 1.0), 6)
    return np.isin(mantissas, (1.0, 2.0, 5.0, 10.0))


class LossAxis(pg.AxisItem):
    """A y axis that, in log mode, labels only 1, 2 and 5 × 10ⁿ: the 3…9 labels would overlap.

    pyqtgraph puts 1…9 × 10ⁿ in one level; this splits it so the unlabelled ticks come last
    and never push a labelled one out.
    """

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        levels = super().logTickValues(minVal, maxVal, size, stdTicks)
        if not levels or levels[-1][0] is not None:
            return levels
        values = np.asarray(levels[-1][1], dtype=float)
        labelled = _is_one_two_five(values)
        return [*levels[:-1], (None, list(values[labelled])), (None, list(values[~labelled]))]

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        strings = super().logTickStrings(values, scale, spacing)
        labelled = _is_one_two_five(np.asarray(values, dtype=float))
        return [s if keep else "" for s, keep in zip(strings, labelled, strict=True)]


def nice_range(low: float, high: float, divisions: int = 5) -> tuple[float, float]:
    """[low, high] widened to multiples of a 1, 2 or 5 × 10ⁿ step near (high − low) / divisions;
    a single value gets a range around it."""
    low, high = min(low, high), max(low, high)  # a loss below 0 (BCE on targets past 1)
    if not (high - low) / divisions > 1e-300:  # one value, or two too close for 10ⁿ steps
        half = max(abs(high), 1.0) / 2
        low, high = low - half, high + half
    raw = (high - low) / divisions
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    return math.floor(low / step + 1e-9) * step, math.ceil(high / step - 1e-9) * step


def epoch_span(last_epoch: float) -> float:
    """How far the epoch axis reaches: MIN_EPOCHS_SHOWN, doubled as often as needed to show
    `last_epoch`. The axis then moves a handful of times in a run, the curves always fill at
    least half of it."""
    doublings = math.ceil(math.log2(max(last_epoch, MIN_EPOCHS_SHOWN) / MIN_EPOCHS_SHOWN))
    return MIN_EPOCHS_SHOWN * 2.0**doublings


def decade_range(low: float, high: float) -> tuple[float, float]:
    """log10 of [low, high] widened to whole decades (low and high > 0)."""
    bottom, top = math.floor(math.log10(low)), math.ceil(math.log10(high))
    return float(bottom), float(max(top, bottom + 1))


def _finite_bounds(*columns: np.ndarray, positive: bool = False) -> tuple[float, float] | None:
    values = np.concatenate(columns)
    values = values[np.isfinite(values) & (values > 0 if positive else True)]
    return (float(values.min()), float(values.max())) if values.size else None


def _last_finite(values: np.ndarray) -> float:
    finite = np.flatnonzero(np.isfinite(values[-1000:]))
    return float(values[-1000:][finite[-1]]) if finite.size else math.nan


class LossCurves(QWidget):
    """Loss (train, test) above the metric (accuracy in % or R²), sharing the epoch axis.

    The metric arrives as a fraction; with the name "Accuracy" it is shown in percent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = History()  # the run's, shared: it grows between paints
        self._drawn_epochs = 0  # how many of its epochs the curves show
        self._metric_name = "Accuracy"
        self._shown_epoch: int | None = None  # the past epoch the timeline shows; None: live
        self._dirty = False
        self._following = True  # the plots' ranges follow the curves (until a zoom by hand)
        self._test_expected = False  # the data has a test split: its legend entry is due
        self._timer = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._timer.timeout.connect(self._redraw)

        self.log_box = QCheckBox(self.tr("Log scale"))
        self.log_box.setToolTip(self.tr("Show the loss on a logarithmic axis"))
        self.log_box.toggled.connect(self.set_log_scale)
        self.latest_label = QLabel()
        self.latest_label.setToolTip(self.tr(
            'Latest values: <span style="color:{0}">train</span> / '
            '<span style="color:{1}">test</span>'
        ).format(TRAIN_COLOR, TEST_COLOR))

        palette = self.palette()
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setBackground(palette.color(QPalette.ColorRole.Base))
        self.loss_plot = self.plots.addPlot(row=0, col=0, axisItems={"left": LossAxis("left")})
        self.metric_plot = self.plots.addPlot(row=1, col=0)
        self.metric_plot.setXLink(self.loss_plot)
        self.loss_plot.getAxis("bottom").setStyle(showValues=False)
        self.loss_plot.setLabel("left", self.tr("Loss"))
        self.metric_plot.setLabel("bottom", self.tr("Epoch"))
        legend = follow_palette(self.loss_plot.addLegend(offset=(-6, 6)))
        legend.setZValue(10)  # above the curves, so they never run through its text
        self.curves: dict[str, pg.PlotDataItem] = {}
        for plot, kind in ((self.loss_plot, "loss"), (self.metric_plot, "metric")):
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
            plot.setMenuEnabled(False)
            plot.hideButtons()  # pyqtgraph's auto-range button: a double-click follows instead
            plot.disableAutoRange()
            plot.getViewBox().sigRangeChangedManually.connect(self._stop_following)
            style_axes(plot, self)
            for axis in ("left", "bottom"):
                plot.getAxis(axis).enableAutoSIPrefix(False)  # no "(x0.001)" in axis labels
            # A fixed width: an axis that fits itself to its labels re-lays out both plots
            # whenever a label grows, and the two plots' left edges stay aligned.
            plot.getAxis("left").setWidth(self.fontMetrics().horizontalAdvance("−0.0005") + 28)
            for split, color in (("train", TRAIN_COLOR), ("test", TEST_COLOR)):
                # One pixel wide: Qt draws those on a fast path, wider ones take twice as long.
                self.curves[f"{split}_{kind}"] = plot.plot(
                    pen=pg.mkPen(color, width=1),
                    name=self.tr("train") if split == "train" else self.tr("test"),
                    connect="finite",
                )
        self.overlay = RunOverlay(self.loss_plot, self.metric_plot)
        self.plots.scene().sigMouseClicked.connect(self._on_click)
        self.metric_plot.getViewBox().sigResized.connect(self._fit_metric_label)
        offer_exports(self.plots, "curves", self.tr("Loss and metric curves"), [
            ExtraExport(self.tr("Export data as CSV…"), "csv", self.save_csv)])
        self.plots.setToolTip(self.tr(
            "Drag or scroll to look closer; double-click to follow the training again"
        ))
        self.set_metric_name("Accuracy")
        self._show_test_in_legend(False)
        self._follow_curves()

        header = QHBoxLayout()
        header.addWidget(SteadyLabel(self.latest_label, max_lines=2), 1)  # long numbers wrap
        header.addWidget(self.log_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.plots, 1)
        self._update_label()

    def save_csv(self, path: str) -> None:
        """Every epoch's losses, metric (accuracy as a fraction, or R²) and per-layer series
        as a CSV file (`History.to_csv`)."""
        metric = self._metric_name.lower().replace("²", "2")  # accuracy, r2
        write_text_atomic(path, self.history.to_csv(metric))

    def metric_name(self) -> str:
        """The metric shown under the loss, e.g. "Accuracy"."""
        return self._metric_name

    def metric_label(self) -> str:
        """The metric's name as the plots show it, in the interface's language."""
        label = METRIC_LABELS.get(self._metric_name)
        return self._metric_name if label is None else self.tr(label)

    @Slot(str)
    def _fit_metric_label(self) -> None:
        """"Accuracy (%)" along the metric axis, shortened to what fits when the plot is short
        (a small window): "Accuracy", then "%"; the line above the plots names the measure."""
        axis = self.metric_plot.getAxis("left")
        name = self.metric_label()
        texts = [f"{name} (%)", name, "%"] if self._in_percent() else [name]
        fits = [text for text in texts
                if self.fontMetrics().horizontalAdvance(text) + 4 <= axis.height()]
        text = fits[0] if fits else texts[-1]
        if axis.labelText != text:
            set_axis_label(axis, text)

    def set_metric_name(self, name: str) -> None:
        """Name the metric, e.g. "Accuracy" (shown in %) or "R²"."""
        self._metric_name = name
        self._fit_metric_label()
        low, high = METRIC_LIMITS.get(name, (None, None))
        self.metric_plot.setLimits(yMin=low, yMax=high)
        self._follow_curves()
        self._changed()

    def expect_test(self, expected: bool) -> None:
        """Say whether test curves will come, so the legend names them before they do (adding
        the entry during training would re-lay out the plots in the middle of it)."""
        self._test_expected = expected
        self._show_test_in_legend(expected or self.history.has_test)

    @Slot(bool)
    def set_log_scale(self, on: bool) -> None:
        """Show the loss on a log axis."""
        if self.log_box.isChecked() != on:
            self.log_box.setChecked(on)  # comes back here through toggled
            return
        self.loss_plot.setLogMode(y=on)
        self._follow_curves()

    def set_dataset(self, dataset: Dataset) -> None:
        """Name the data's metric, and say whether it has a test set (a `Dataset`)."""
        self.set_metric_name(metric_name(dataset.task))
        self.expect_test(len(dataset.y_test) > 0)

    def set_history(self, history: History) -> None:
        """Show `history` from now on, as it grows (drawn at the next paint); another run's
        history makes the plots follow the curves again."""
        if history is not self.history:
            self.history = history
            self._drawn_epochs = 0
            self._following = True
        self._changed()

    def show_runs(self, pinned: Sequence[Run], shown_epoch: int | None) -> None:
        """Overlay the pinned runs' curves, and mark the epoch the timeline shows (None: live)."""
        self.overlay.set_runs(pinned, 100.0 if self._in_percent() else 1.0)
        self.overlay.show_cursor(shown_epoch)
        self._shown_epoch = shown_epoch
        self._follow_curves()
        self._update_label()

    def paint_latest(self, state: LatestState) -> None:
        """Draw every epoch of the run's history now (the repaint scheduler's call); out of
        sight (a tab behind another) only keep it, to draw when shown."""
        if state.history is not self.history:
            self.set_history(state.history)
        if self.isVisibleTo(self.window()):
            self.flush()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.flush()

    def painted_scenes(self) -> tuple[QObject, ...]:
        return (self.plots.scene(),)

    def _in_percent(self) -> bool:
        return self._metric_name == "Accuracy"

    def _changed(self) -> None:
        """Redraw on the next paint or, if none comes first, on a timer."""
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Draw every epoch of the history now."""
        self._redraw()

    def _redraw(self) -> None:
        if not self._dirty and len(self.history) == self._drawn_epochs:
            return
        self._timer.stop()
        self._dirty = False
        self._drawn_epochs = len(self.history)
        epochs = self.history.epochs
        scale = 100.0 if self._in_percent() else 1.0
        for name, curve in self.curves.items():
            values = self.history.column(name)
            curve.setData(epochs, values * scale if name.endswith("metric") else values)
        self._follow_curves()
        self._show_test_in_legend(self.history.has_test or self._test_expected)
        self._update_label()

    def _stop_following(self) -> None:
        self._following = False

    def _on_click(self, event) -> None:
        if event.double():
            self._following = True
            self._follow_curves()

    def _follow_curves(self) -> None:
        """Set the plots' ranges around every epoch's values. The ranges hold from the start
        where they can (epochs from 0, loss from 0, accuracy 0–100 %) and otherwise grow in
        steps (the epoch axis doubles), so that they move, and the axes are redrawn, seldom."""
        if not self._following:
            return
        column = self.history.column
        epochs = self.history.epochs
        last = max(float(epochs[-1]) if epochs.size else 0.0, self.overlay.last_epoch)
        self.loss_plot.setXRange(0.0, epoch_span(last), padding=0)
        log = self.log_box.isChecked()
        loss = _finite_bounds(column("train_loss"), column("test_loss"), positive=log)
        if log:
            self.loss_plot.setYRange(*decade_range(*(loss or (0.01, 1.0))), padding=0)
        else:
            self.loss_plot.setYRange(*nice_range(0.0, loss[1] if loss else 1.0), padding=0)
        metric = _finite_bounds(column("train_metric"), column("test_metric"))
        if self._in_percent():
            low, high = 0.0, 100.0
        elif self._metric_name == "R²":  # at most 1; below 0 is worse than the mean
            low, high = nice_range(min(metric[0], 0.0) if metric else 0.0, 1.0)[0], 1.0
        else:
            low, high = nice_range(*metric) if metric else (0.0, 1.0)
        limit_low, limit_high = METRIC_LIMITS.get(self._metric_name, (-math.inf, math.inf))
        self.metric_plot.setYRange(max(low, limit_low), min(high, limit_high), padding=0)

    def _show_test_in_legend(self, shown: bool) -> None:
        legend, curve = self.loss_plot.legend, self.curves["test_loss"]
        if shown and legend.getLabel(curve) is None:
            legend.addItem(curve, self.tr("test"))
        elif not shown and legend.getLabel(curve) is not None:
            legend.removeItem(curve)

    def _update_label(self) -> None:
        """E.g. "Loss 0.052 / 0.236 · Accuracy 99.1 % / 95.3 %", train and test in their colours:
        the latest epoch's, or the one the timeline shows ("Epoch 120 · Loss …")."""
        shown = self._shown_epoch
        history = self.history if shown is None else self.history.until(shown)
        latest = {name: _last_finite(history.column(name)) for name in self.curves}
        if math.isnan(latest["train_loss"]):
            self.latest_label.setText(self.tr("No epochs yet"))
            return
        percent = self._in_percent()

        def pair(kind: str, scale: float, unit: str) -> str:
            shown = [
                f'<span style="color:{color}">{latest[f"{split}_{kind}"] * scale:.3g}{unit}</span>'
                for split, color in (("train", TRAIN_COLOR), ("test", TEST_COLOR))
                if not math.isnan(latest[f"{split}_{kind}"])
            ]
            return " / ".join(shown)

        loss = pair("loss", 1.0, "")
        metric = pair("metric", 100.0, " %") if percent else pair("metric", 1.0, "")
        text = self.tr("<b>Loss</b> {0}").format(loss)
        if shown is not None:
            text = self.tr("<i>Epoch {0}</i> · {1}").format(shown, text)
        if metric:
            text += f" · <b>{self.metric_label()}</b> {metric}"
        self.latest_label.setText(text)
