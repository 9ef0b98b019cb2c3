"""LossCurves: every epoch of the run's history reaches the curves, however it grows."""

import math

import numpy as np
import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from playground.engine.history import History
from playground.ui.curves import LossCurves, decade_range, epoch_span, nice_range


def make_history(start: int, count: int, test: bool = True) -> History:
    epochs = np.arange(start, start + count)
    loss = 1.0 / (1.0 + 0.01 * epochs)
    metric = 1.0 - 0.5 * loss
    return History.from_columns(
        epoch=epochs,
        train_loss=loss,
        test_loss=loss * 1.1 if test else np.full(count, math.nan),
        train_metric=metric,
        test_metric=metric - 0.02 if test else np.full(count, math.nan),
    )


def grow(curves: LossCurves, history: History) -> None:
    """The run's history gains `history`'s epochs (as the app's does) and the curves are told."""
    curves.history.extend(history)
    curves.set_history(curves.history)


@pytest.fixture
def curves(qtbot) -> LossCurves:
    widget = LossCurves()
    qtbot.addWidget(widget)
    return widget


def wait_for_epochs(qtbot, curves: LossCurves, count: int) -> None:
    def drawn() -> None:
        for curve in curves.curves.values():  # pyqtgraph keeps None for no data
            assert (0 if curve.xData is None else len(curve.xData)) == count

    qtbot.waitUntil(drawn)


def test_no_epoch_is_lost_across_many_small_histories(qtbot, curves):
    rng = np.random.default_rng(1)
    items_before = list(curves.curves.values())
    start, chunks = 1, []
    for index, size in enumerate(rng.integers(1, 20, size=400)):
        chunks.append(make_history(start, int(size)))
        curves.history.extend(chunks[-1])
        if index % 37 == 0:
            curves.flush()  # a paint now and then, as the scheduler's, draws every epoch so far
            assert len(curves.curves["train_loss"].xData) == start + int(size) - 1
        start += int(size)
    curves.set_history(curves.history)
    total = start - 1
    wait_for_epochs(qtbot, curves, total)
    train = curves.curves["train_loss"]
    np.testing.assert_array_equal(train.xData, np.arange(1, total + 1))
    expected = np.concatenate([h.column("train_loss") for h in chunks])
    np.testing.assert_array_equal(train.yData, expected)
    accuracy = np.concatenate([h.column("test_metric") for h in chunks]) * 100
    np.testing.assert_allclose(curves.curves["test_metric"].yData, accuracy)
    assert list(curves.curves.values()) == items_before  # updated in place, never re-created
    assert len(curves.loss_plot.listDataItems()) == len(curves.metric_plot.listDataItems()) == 2


def test_appending_more_keeps_earlier_epochs(qtbot, curves):
    grow(curves, make_history(1, 5))
    wait_for_epochs(qtbot, curves, 5)
    grow(curves, make_history(6, 3))
    wait_for_epochs(qtbot, curves, 8)
    np.testing.assert_array_equal(curves.curves["test_loss"].xData, np.arange(1, 9))


def test_missing_test_set_is_skipped(qtbot, curves):
    grow(curves, make_history(1, 50, test=False))
    wait_for_epochs(qtbot, curves, 50)
    assert np.isnan(curves.curves["test_loss"].yData).all()
    assert curves.curves["test_loss"].opts["connect"] == "finite"
    text = curves.latest_label.text()
    assert "Loss" in text and "Accuracy" in text
    assert " / " not in text  # only the training values


def test_latest_values_label(qtbot, curves):
    assert curves.latest_label.text() == "No epochs yet"
    grow(curves, History.from_columns(epoch=[1], train_loss=[0.123], test_loss=[0.145],
                                      train_metric=[0.981], test_metric=[0.975]))
    qtbot.waitUntil(lambda: "0.145" in curves.latest_label.text())
    text = curves.latest_label.text()
    assert "0.123" in text and "98.1 %" in text and "97.5 %" in text


def test_log_scale_toggle(curves):
    axis = curves.loss_plot.getAxis("left")
    curves.log_box.setChecked(True)
    assert axis.logMode
    curves.log_box.setChecked(False)
    assert not axis.logMode
    curves.set_log_scale(True)
    assert axis.logMode and curves.log_box.isChecked()


def test_log_axis_labels_only_one_two_five(curves):
    axis = curves.loss_plot.getAxis("left")
    curves.set_log_scale(True)
    levels = axis.tickValues(math.log10(0.015), math.log10(0.8), 150)
    labels = [s for spacing, values in levels for s in axis.tickStrings(values, 1, spacing) if s]
    assert labels == ["0.02", "0.05", "0.1", "0.2", "0.5"]


def test_a_new_history_replaces_the_old(qtbot, curves):
    grow(curves, make_history(1, 30))
    wait_for_epochs(qtbot, curves, 30)
    curves.set_history(History())
    wait_for_epochs(qtbot, curves, 0)
    assert curves.latest_label.text() == "No epochs yet"
    grow(curves, make_history(1, 10))
    curves.set_history(make_history(100, 4))
    wait_for_epochs(qtbot, curves, 4)
    np.testing.assert_array_equal(curves.curves["train_loss"].xData, [100, 101, 102, 103])


def test_metric_name(qtbot, curves):
    history = make_history(1, 10)
    curves.set_history(history)
    curves.set_metric_name("R²")
    assert curves.metric_name() == "R²"
    assert "R²" in curves.metric_plot.getAxis("left").labelText
    qtbot.waitUntil(lambda: "R²" in curves.latest_label.text())
    np.testing.assert_allclose(curves.curves["train_metric"].yData, history.column("train_metric"))
    curves.set_metric_name("Accuracy")
    assert curves.metric_plot.getAxis("left").labelText == "Accuracy (%)"


def test_a_paint_draws_the_apps_history_and_skips_when_nothing_changed(qtbot, curves):
    class App:
        history = make_history(1, 20)

    curves.show()
    curves.paint_latest(App)
    assert len(curves.curves["train_loss"].xData) == 20
    drawn = curves.curves["train_loss"].xData
    curves.paint_latest(App)
    assert curves.curves["train_loss"].xData is drawn  # nothing new: not drawn again
    App.history.extend(make_history(21, 5))
    curves.paint_latest(App)
    assert len(curves.curves["train_loss"].xData) == 25


def test_out_of_sight_the_curves_only_keep_the_history_and_draw_it_when_shown(qtbot):
    class App:
        history = make_history(1, 20)

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    curves = LossCurves()
    tabs.addTab(curves, "Curves")
    tabs.addTab(QWidget(), "Other")
    tabs.setCurrentIndex(1)
    tabs.show()
    curves.paint_latest(App)  # a tab behind another: nothing drawn, the training waits less
    assert curves.curves["train_loss"].xData is None
    tabs.setCurrentIndex(0)
    assert len(curves.curves["train_loss"].xData) == 20


def test_legend_names_test_only_when_there_is_a_test_set(qtbot, curves):
    legend, test_curve = curves.loss_plot.legend, curves.curves["test_loss"]
    grow(curves, make_history(1, 5, test=False))
    wait_for_epochs(qtbot, curves, 5)
    assert legend.getLabel(test_curve) is None
    grow(curves, make_history(6, 5))
    qtbot.waitUntil(lambda: legend.getLabel(test_curve) is not None)
    curves.set_history(History())
    qtbot.waitUntil(lambda: legend.getLabel(test_curve) is None)


def test_nice_ranges_widen_to_round_steps():
    assert nice_range(0, 137) == (0, 150)
    assert nice_range(0, 151) == (0, 200)
    low, high = nice_range(0.693, 0.693)  # one value: a range around it
    assert low < 0.693 < high
    assert decade_range(0.003, 0.7) == (-3.0, 0.0)
    assert [epoch_span(e) for e in (0, 5, 100, 101, 399, 401)] == [100, 100, 100, 200, 400, 800]


def test_the_plots_follow_the_curves_until_zoomed_by_hand(curves):
    grow(curves, make_history(1, 30))
    curves.flush()
    (x_low, x_high), (y_low, y_high) = curves.loss_plot.viewRange()
    assert (x_low, x_high) == pytest.approx((0, 100))  # short runs: the first 100 epochs
    assert y_low == pytest.approx(0) and y_high >= 1.1  # every loss, from 0
    assert curves.metric_plot.viewRange()[1] == pytest.approx([0, 100])  # accuracy in %
    grow(curves, make_history(31, 200))
    curves.flush()
    assert curves.loss_plot.viewRange()[0] == pytest.approx([0, 400])  # doubled twice
    curves.loss_plot.getViewBox().sigRangeChangedManually.emit([True, True])
    curves.loss_plot.setXRange(10, 20, padding=0)  # the user's zoom
    grow(curves, make_history(231, 100))
    curves.flush()
    assert curves.loss_plot.viewRange()[0] == pytest.approx([10, 20])  # left alone
    curves.set_history(make_history(1, 5))  # a new run follows again
    curves.flush()
    assert curves.loss_plot.viewRange()[0] == pytest.approx([0, 100])


def test_the_metric_axis_label_is_shortened_to_what_fits_the_plot(qtbot, curves):
    curves.show()
    axis = curves.metric_plot.getAxis("left")
    for height, expected in ((700, "Accuracy (%)"), (260, "Accuracy"), (190, "%")):
        curves.resize(400, height)
        qtbot.waitUntil(lambda expected=expected: axis.labelText == expected)
        text = axis.labelText
        assert text == "%" or curves.fontMetrics().horizontalAdvance(text) <= axis.height()
    curves.resize(400, 700)
    curves.set_metric_name("R²")
    assert axis.labelText == "R²"


def test_a_long_nearly_flat_curve_is_drawn_along_its_whole_length(qtbot):
    """Seen in a real window: after 30,000 epochs the training accuracy, flat but for steps of
    half a percent, showed only in pieces; Qt's one-pixel path drawing dropped the rest."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    from playground.ui.curves import TRAIN_COLOR

    rng = np.random.default_rng(1)
    epochs = np.arange(30_001)
    accuracy = rng.choice([0.7, 0.705, 0.71], size=len(epochs), p=[0.03, 0.36, 0.61])
    history = History.from_columns(epoch=epochs, train_loss=0.49 + 0.001 * rng.random(len(epochs)),
                                   train_metric=accuracy)
    curves = LossCurves()
    qtbot.addWidget(curves)
    curves.resize(420, 260)
    curves.show()
    curves.set_history(history)
    curves.flush()
    image, colour = curves.plots.grab().toImage(), QColor(TRAIN_COLOR)
    box = curves.metric_plot.getViewBox()
    left, right = (curves.plots.mapFromScene(box.mapViewToScene(QPointF(epoch, 70.5)))
                   for epoch in (0, 30_000))

    def drawn(x: int) -> bool:
        return any(max(abs(QColor(image.pixel(x, y)).red() - colour.red()),
                       abs(QColor(image.pixel(x, y)).blue() - colour.blue())) < 40
                   for y in range(left.y() - 8, left.y() + 9))

    columns = range(left.x() + 2, right.x() - 2)
    assert len(columns) > 100 and all(drawn(x) for x in columns)
