"""The Results view: how the network does on the training and the test points, beyond one
number. Classification: a confusion matrix per split (counts and row percentages in the class
colours, per-class accuracy; precision, recall and F1 for two classes), whose cells name their
points when clicked. Regression: predicted against true values with y = x, the residuals, R²
and RMSE.

It computes the predictions itself from the latest weights, and only while it is shown.
"""

from __future__ import annotations

import math
from html import escape
from typing import TYPE_CHECKING, Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..engine.errors import PlaygroundError
from ..engine.network import Network
from ..engine.results import SPLITS, ConfusionMatrix, RegressionFit, Results, split_results
from .canvas.colormap import NEUTRAL, POSITIVE, hex_colour
from .dataview import CLASS_COLORS, evenly_spaced
from .exports import offer_exports
from .language import translate
from .numbers import number
from .plotstyle import new_plot_widget, style_axes
from .repaint import LatestState

if TYPE_CHECKING:
    from ..engine.dataset import Dataset
    from .session import SessionModel

MAX_SCATTER_POINTS = 2000  # per split: a small plot shows no more, and stays quick to repaint
TEST_RIM = (30, 30, 30)  # test points are outlined, as in the data view


def percent(share: float) -> str:
    """A share (0…1) as a whole percentage in the locale's format, "—" when unknown (NaN)."""
    if not math.isfinite(share):
        return "—"
    return translate("Results", "{0}\u00a0%").format(QLocale().toString(100.0 * share, "f", 0))


def split_name(split: str) -> str:
    return translate("Results", "Training") if split == "train" else translate("Results", "Test")


def score(value: float) -> str:
    return number(value, 3) if math.isfinite(value) else "—"


class ResultsState(LatestState, Protocol):
    """The application controller as the Results view reads it."""

    @property
    def dataset(self) -> Dataset | None: ...

    @property
    def session(self) -> SessionModel: ...


def _shade(rgb: np.ndarray, share: float) -> QColor:
    """`rgb` blended from the neutral white by `share` (0…1; NaN is white)."""
    share = share if math.isfinite(share) else 0.0
    mixed = np.asarray(NEUTRAL) + share * (np.asarray(rgb, dtype=float) - np.asarray(NEUTRAL))
    return QColor(*(round(c) for c in mixed))


def _ink(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor(20, 20, 20) if luminance > 150 else QColor(255, 255, 255)


class ConfusionGrid(QWidget):
    """One confusion matrix drawn as cells: rows the true class, columns the predicted one,
    each cell in its predicted class's colour, shaded by its share of the row; a last column
    gives each class's accuracy. A click on a cell emits `cell_clicked(true, predicted)`."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: ConfusionMatrix | None = None
        self.chosen: tuple[int, int] | None = None
        self._empty_text = ""
        self.setMinimumSize(150, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_matrix(self, matrix: ConfusionMatrix | None, empty_text: str = "") -> None:
        """Show `matrix`; with no matrix or no points, `empty_text` instead."""
        self.matrix, self._empty_text = matrix, empty_text
        self.update()

    def set_chosen(self, cell: tuple[int, int] | None) -> None:
        """Outline the cell (true, predicted) whose points are ringed; None outlines none."""
        self.chosen = cell
        self.update()

    # ------------------------------------------------------------------ geometry
    @property
    def n_classes(self) -> int:
        """The matrix's classes; two before there is one."""
        return self.matrix.n_classes if self.matrix is not None else 2

    def _margins(self) -> tuple[float, float, float]:
        """Room for the headers: left (the rotated "true" and the row labels), top (the
        "predicted" line and the column labels) and right (the accuracy column)."""
        metrics = self.fontMetrics()
        count = self.n_classes
        left = metrics.height() + self._label_width(count - 1) + 8
        right = metrics.horizontalAdvance(percent(1.0)) + 10
        return left, 2 * metrics.height() + 4, right

    def _label_width(self, k: int) -> float:
        return self.fontMetrics().ascent() + self.fontMetrics().horizontalAdvance(str(k))

    def cells_rect(self) -> QRectF:
        """Where the cells are drawn, centred in the widget."""
        count = self.n_classes
        left, top, right = self._margins()
        room_w = max(self.width() - left - right, count * 4.0)
        room_h = max(self.height() - top - 2.0, count * 4.0)
        height = min(room_w, room_h) / count
        width = min(room_w / count, 1.6 * height)
        x = (self.width() - (count * width + left + right)) / 2 + left
        y = top + max(0.0, (room_h - count * height) / 2)
        return QRectF(x, y, count * width, count * height)

    def cell_rect(self, true_class: int, predicted_class: int) -> QRectF:
        """The rectangle of one cell, in widget coordinates."""
        cells = self.cells_rect()
        count = self.n_classes
        width, height = cells.width() / count, cells.height() / count
        return QRectF(cells.left() + predicted_class * width, cells.top() + true_class * height,
                      width, height)

    def cell_at(self, position: QPointF) -> tuple[int, int] | None:
        """The cell (true, predicted) under `position`, if the matrix has points there."""
        if self.matrix is None or self.matrix.total == 0:
            return None
        cells, count = self.cells_rect(), self.matrix.n_classes
        if not cells.contains(position):
            return None
        column = int((position.x() - cells.left()) / cells.width() * count)
        row = int((position.y() - cells.top()) / cells.height() * count)
        return min(row, count - 1), min(column, count - 1)

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.Text)
        matrix = self.matrix
        if matrix is None or matrix.total == 0:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
            return
        self._draw_headers(painter, matrix, text)
        shares = matrix.row_percentages() / 100.0
        shown = self._cell_contents(matrix)
        for i in range(matrix.n_classes):
            for j in range(matrix.n_classes):
                cell = self.cell_rect(i, j)
                background = _shade(CLASS_COLORS[j % len(CLASS_COLORS)], shares[i, j])
                painter.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), background)
                painter.setPen(_ink(background))
                lines = (str(int(matrix.counts[i, j])), percent(shares[i, j]))[:shown]
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        if self.chosen is not None:
            painter.setPen(QPen(text, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(*self.chosen).adjusted(1.5, 1.5, -1.5, -1.5))

    def _cell_contents(self, matrix: ConfusionMatrix) -> int:
        """What every cell can show: 2, the count and the row percentage; 1, the count; 0,
        neither (the tooltips still tell). The same in every cell, so they read alike."""
        metrics, cell = self.fontMetrics(), self.cell_rect(0, 0)
        room = cell.width() - 4
        if metrics.horizontalAdvance(str(int(matrix.counts.max()))) > room:
            return 0
        if metrics.horizontalAdvance(percent(1.0)) > room or cell.height() < 2 * metrics.height():
            return 1
        return 2

    def _draw_headers(self, painter: QPainter, matrix: ConfusionMatrix, text: QColor) -> None:
        cells, metrics = self.cells_rect(), self.fontMetrics()
        line, count = metrics.height(), matrix.n_classes
        painter.setPen(text)
        labels_top = cells.top() - line - 2  # the column labels, under the "predicted" line
        painter.drawText(QRectF(cells.left(), labels_top - line, cells.width(), line),
                         Qt.AlignmentFlag.AlignCenter, translate("Results", "predicted"))
        painter.save()
        painter.translate(cells.left() - self._margins()[0] + 2, cells.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-cells.height() / 2, 0, cells.height(), line),
                         Qt.AlignmentFlag.AlignCenter, translate("Results", "true"))
        painter.restore()
        accuracy_column = QRectF(cells.right() + 6, labels_top, self._margins()[2] - 6, line)
        painter.drawText(
            accuracy_column,
            Qt.AlignmentFlag.AlignLeft,
            translate("Results", "accuracy")
            if metrics.horizontalAdvance(translate("Results", "accuracy"))
            <= accuracy_column.width()
            else translate("Results", "acc."),
        )
        recall = matrix.recall()
        for k in range(count):
            column = self.cell_rect(0, k)
            self._draw_class(painter, QRectF(column.left(), labels_top, column.width(), line), k)
            row = self.cell_rect(k, 0)
            width = self._label_width(k)
            self._draw_class(painter, QRectF(row.left() - width - 4, row.top(), width,
                                             row.height()), k)
            painter.setPen(text)
            painter.drawText(QRectF(cells.right() + 6, row.top(), accuracy_column.width(),
                                    row.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             percent(recall[k]))

    def _draw_class(self, painter: QPainter, box: QRectF, k: int) -> None:
        """A dot in class k's colour and its number, centred in `box`."""
        metrics = self.fontMetrics()
        dot = metrics.ascent() * 0.7
        width = self._label_width(k)
        left = box.center().x() - width / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(*(int(c) for c in CLASS_COLORS[k % len(CLASS_COLORS)])))
        painter.drawEllipse(QRectF(left, box.center().y() - dot / 2, dot, dot))
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(left + dot + 2, box.top(), width - dot, box.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(k))

    # ------------------------------------------------------------------ interaction
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self.cell_at(event.position()) if event.button() == Qt.MouseButton.LeftButton \
            else None
        if cell is None:
            super().mousePressEvent(event)
            return
        event.accept()
        self.cell_clicked.emit(*cell)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, position: QPointF) -> str:
        """What the cell under `position` counts, or what the accuracy column means."""
        matrix, cell = self.matrix, self.cell_at(position)
        if matrix is None or matrix.total == 0:
            return ""
        if cell is not None:
            true_class, predicted_class = cell
            share = matrix.row_percentages()[true_class, predicted_class] / 100.0
            verdict = (
                translate("Results", "right")
                if true_class == predicted_class
                else translate("Results", "wrong")
            )
            return translate(
                "Results",
                "{0} of the {1} points of class {2} are predicted as class {3} ({4}): "
                "{5}. Click to ring them in the data view.",
            ).format(
                matrix.counts[true_class, predicted_class],
                matrix.row_totals()[true_class],
                true_class,
                predicted_class,
                percent(share),
                verdict,
            )
        if position.x() > self.cells_rect().right():
            return translate(
                "Results",
                "Per-class accuracy (recall): the share of each class's points that are "
                "predicted as that class.",
            )
        return ""


class ResultsView(QWidget):
    """Results on the training and the test points, from the latest weights: confusion
    matrices for classification, predicted against true for regression.

    It registers with the repaint scheduler (throttled: it predicts every point) and works only
    while shown. A click on a matrix cell emits `points_chosen(split, indices)` with the indices
    of that cell's points in the split ("train" or "test"); a click on the same cell again, or a
    new dataset, emits the split with no indices. While a cell is chosen, its points are named
    again whenever new weights move points in or out of it.
    """

    points_chosen = Signal(str, object)  # split, np.ndarray of indices into its points

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: dict[str, Results] = {}
        self.chosen: tuple[str, int, int] | None = None  # split, true class, predicted class
        self._ringed = np.empty(0, dtype=np.intp)  # the indices last emitted
        self._state: ResultsState | None = None
        self._source: tuple[object, ...] | None = None  # snapshot, dataset, spec shown
        self.pages = QStackedWidget()
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.pages.addWidget(self.message)
        self.pages.addWidget(self._make_classification())
        self.pages.addWidget(self._make_regression())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages)
        self.show_results(
            None, {}, translate("Results", "Results appear once there is a network and data.")
        )

    def _make_classification(self) -> QWidget:
        page = QWidget()
        splits = QGridLayout()  # one row each for the titles, grids and summaries: aligned
        splits.setContentsMargins(0, 0, 0, 0)
        splits.setVerticalSpacing(2)
        splits.setRowStretch(1, 1)
        self.grids: dict[str, ConfusionGrid] = {}
        self.titles: dict[str, QLabel] = {}
        self.summaries: dict[str, QLabel] = {}
        for column, split in enumerate(SPLITS):
            grid = ConfusionGrid()
            offer_exports(
                grid,
                f"confusion-{split}",
                translate("Results", "Confusion matrix ({0})").format(split),
            )
            grid.cell_clicked.connect(lambda i, j, split=split: self.choose_cell(split, i, j))
            title = QLabel(textFormat=Qt.TextFormat.RichText,
                           alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
            summary = QLabel(textFormat=Qt.TextFormat.RichText,
                             alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
            summary.setToolTip(
                translate(
                    "Results",
                    "Class 1 counts as positive. Precision: the share of the "
                    "points predicted as class 1 that are of class 1. Recall: the "
                    "share of the class 1 points found. F1: their harmonic mean.",
                )
            )
            for row, widget in enumerate((title, grid, summary)):
                splits.addWidget(widget, row, column)
            splits.setColumnStretch(column, 1)
            self.grids[split], self.titles[split], self.summaries[split] = grid, title, summary
        legend = QLabel(
            translate(
                "Results",
                "Rows: the true class; columns: the class predicted, shaded by its "
                "share of the row. Click a cell to ring its points.",
            ),
            wordWrap=True,
        )
        legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        rows = QVBoxLayout(page)
        rows.setContentsMargins(2, 2, 2, 2)
        rows.addLayout(splits, 1)
        rows.addWidget(legend)
        return page

    def _make_regression(self) -> QWidget:
        page = QWidget()
        self.fit_summary = QLabel(textFormat=Qt.TextFormat.RichText,
                                  alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.fit_plot = self._plot(
            translate("Results", "true y"), translate("Results", "predicted ŷ")
        )
        self.residual_plot = self._plot(
            translate("Results", "predicted ŷ"), translate("Results", "residual y − ŷ")
        )
        offer_exports(
            self.fit_plot, "predicted-vs-true", translate("Results", "Predicted against true")
        )
        offer_exports(self.residual_plot, "residuals", translate("Results", "Residuals"))
        self.identity_line = self.fit_plot.plot(pen=pg.mkPen(120, 120, 120, width=1,
                                                            style=Qt.PenStyle.DashLine))
        self.residual_plot.addItem(pg.InfiniteLine(0, angle=0, pen=pg.mkPen(120, 120, 120)))
        self.points: dict[tuple[str, str], pg.ScatterPlotItem] = {}
        for name, plot in (("fit", self.fit_plot), ("residual", self.residual_plot)):
            self.points[name, "train"] = pg.ScatterPlotItem(
                size=6, brush=pg.mkBrush(*POSITIVE), pen=pg.mkPen("w", width=0.8))
            self.points[name, "test"] = pg.ScatterPlotItem(
                size=6, brush=None, pen=pg.mkPen(*TEST_RIM, width=1.2))
            plot.addItem(self.points[name, "train"])
            plot.addItem(self.points[name, "test"])
        plots = QHBoxLayout()
        plots.addWidget(self.fit_plot)
        plots.addWidget(self.residual_plot)
        column = QVBoxLayout(page)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(self.fit_summary)
        column.addLayout(plots, 1)
        return page

    def _plot(self, bottom: str, left: str) -> pg.PlotWidget:
        plot = new_plot_widget(self)
        plot.setMouseEnabled(x=False, y=False)
        style_axes(plot.getPlotItem(), self)
        for name, label in (("bottom", bottom), ("left", left)):
            plot.setLabel(name, label)
            plot.getAxis(name).enableAutoSIPrefix(False)  # "(x0.001)" would puzzle a reader
        return plot

    # ------------------------------------------------------------------ the scheduler's calls
    def paint_latest(self, state: ResultsState) -> None:
        """Predict every point at the latest weights and show the results, while shown and
        only when the weights, the data or the network changed."""
        self._state = state
        if not self.isVisible():
            return
        snapshot, dataset, spec = state.latest, state.dataset, state.session.spec
        source = (snapshot, dataset, spec)
        if self._source is not None and all(a is b for a, b in zip(source, self._source)):
            return
        if self._source is not None and dataset is not self._source[1]:
            self.clear_choice()  # other points: the chosen ones are gone
        self._source = source
        if snapshot is None or dataset is None:
            self.show_results(
                None, {}, translate("Results", "Results appear once there is a network and data.")
            )
            return
        try:
            found = split_results(Network(spec, list(snapshot.weights)), dataset)
        except PlaygroundError:  # weights of another network, on their way out
            self.show_results(None, {}, translate("Results", "The network is being built."))
            return
        self.show_results(dataset.task, found)

    def painted_scenes(self) -> tuple[QObject, ...]:
        return (self.fit_plot.scene(), self.residual_plot.scene())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._state is not None:
            self.paint_latest(self._state)

    # ------------------------------------------------------------------ showing
    def show_results(self, task: str | None, found: dict[str, Results], note: str = "") -> None:
        """Show `found` (split → results) of a `task`; with no task, `note` instead."""
        self.results = dict(found)
        if task is None:
            self.message.setText(note)
            self.pages.setCurrentWidget(self.message)
        elif task == "regression":
            self._show_fits()
            self.pages.setCurrentIndex(2)
        else:
            self._show_matrices(task)
            self.pages.setCurrentIndex(1)
        self._set_chosen(self.chosen)

    def _show_matrices(self, task: str) -> None:
        for split in SPLITS:
            matrix = self.results.get(split)
            if not isinstance(matrix, ConfusionMatrix):
                continue
            name = escape(split_name(split))
            self.titles[split].setText(
                translate("Results", "<b>{0}</b> · accuracy {1}<br>{2} points").format(
                    name, percent(matrix.accuracy()), matrix.total)
                if matrix.total else f"<b>{name}</b><br>")
            self.grids[split].set_matrix(
                matrix,
                translate("Results", "No test points")
                if split == "test"
                else translate("Results", "No training points"),
            )
            self.summaries[split].setText(
                translate("Results", "precision {0} · recall {1}<br>F1 {2}").format(
                    score(matrix.precision()[1]), score(matrix.recall()[1]),
                    score(matrix.f1()[1]))
                if task == "binary" and matrix.total else "")
            self.summaries[split].setVisible(task == "binary")

    def _show_fits(self) -> None:
        parts, shown = [], []
        for split in SPLITS:
            fit = self.results.get(split)
            if not isinstance(fit, RegressionFit):
                continue
            drawn = evenly_spaced(len(fit.truth), MAX_SCATTER_POINTS)
            truth, predicted = fit.truth[drawn], fit.predicted[drawn]
            self.points["fit", split].setData(truth, predicted)
            self.points["residual", split].setData(predicted, truth - predicted)
            shown.append(np.concatenate([truth, predicted]))
            mark = (f"<span style='color:{hex_colour(POSITIVE)}'>●</span>" if split == "train"
                    else "○")
            parts.append(translate("Results", "{0} {1}: R² {2} · RMSE {3}").format(
                mark, escape(split_name(split)), score(fit.r_squared()), score(fit.rmse()))
                if len(fit.truth) else translate("Results", "{0} {1}: no points").format(
                    mark, escape(split_name(split))))
        self.fit_summary.setText(" &nbsp; ".join(parts))
        values = np.concatenate(shown) if shown else np.empty(0)
        values = values[np.isfinite(values)]
        if values.size:
            low, high = float(values.min()), float(values.max())
            self.identity_line.setData([low, high], [low, high])
            self.fit_plot.setRange(xRange=(low, high), yRange=(low, high))

    # ------------------------------------------------------------------ choosing a cell
    def choose_cell(self, split: str, true_class: int, predicted_class: int) -> None:
        """Ring the points of one cell of `split`'s matrix; the chosen cell again lets go."""
        cell = (split, true_class, predicted_class)
        self._set_chosen(None if cell == self.chosen else cell)

    def clear_choice(self) -> None:
        """Ring no points."""
        self._set_chosen(None)

    def _set_chosen(self, cell: tuple[str, int, int] | None) -> None:
        """Choose `cell` (if the shown results have it) and emit its points when they changed."""
        matrix = self.results.get(cell[0]) if cell is not None else None
        if not isinstance(matrix, ConfusionMatrix) or max(cell[1:]) >= matrix.n_classes:
            cell = None
        for split, grid in self.grids.items():
            grid.set_chosen(cell[1:] if cell is not None and cell[0] == split else None)
        split = cell[0] if cell is not None else self.chosen[0] if self.chosen else None
        indices = matrix.cell_indices(*cell[1:]) if cell is not None else np.empty(0, np.intp)
        changed = cell != self.chosen or not np.array_equal(indices, self._ringed)
        self.chosen, self._ringed = cell, indices
        if changed and split is not None:
            self.points_chosen.emit(split, indices)
