"""LossCurves: every epoch reaches the curves, however the history is chunked."""

import math

import numpy as np
import pytest

from playground.ui.curves import HistoryBuffer, LossCurves, decade_range, epoch_span, nice_range
from playground.workers.snapshot import History


def make_history(start: int, count: int, test: bool = True) -> History:
    epochs = np.arange(start, start + count)
    loss = 1.0 / (1.0 + 0.01 * epochs)
    metric = 1.0 - 0.5 * loss
    return History(
        epochs=tuple(int(e) for e in epochs),
        train_loss=tuple(loss),
        test_loss=tuple(loss * 1.1) if test else (math.nan,) * count,
        train_metric=tuple(metric),
        test_metric=tuple(metric - 0.02) if test else (math.nan,) * count,
    )


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
    for size in rng.integers(1, 20, size=400):
        chunks.append(make_history(start, int(size)))
        curves.append(chunks[-1])
        start += int(size)
    total = start - 1
    wait_for_epochs(qtbot, curves, total)
    train = curves.curves["train_loss"]
    np.testing.assert_array_equal(train.xData, np.arange(1, total + 1))
    expected = np.concatenate([h.train_loss for h in chunks])
    np.testing.assert_array_equal(train.yData, expected)
    accuracy = np.concatenate([h.test_metric for h in chunks]) * 100
    np.testing.assert_allclose(curves.curves["test_metric"].yData, accuracy)
    assert list(curves.curves.values()) == items_before  # updated in place, never re-created
    assert len(curves.loss_plot.listDataItems()) == len(curves.metric_plot.listDataItems()) == 2


def test_appending_more_keeps_earlier_epochs(qtbot, curves):
    curves.append(make_history(1, 5))
    wait_for_epochs(qtbot, curves, 5)
    curves.append(make_history(6, 3))
    wait_for_epochs(qtbot, curves, 8)
    np.testing.assert_array_equal(curves.curves["test_loss"].xData, np.arange(1, 9))


def test_missing_test_set_is_skipped(qtbot, curves):
    curves.append(make_history(1, 50, test=False))
    wait_for_epochs(qtbot, curves, 50)
    assert np.isnan(curves.curves["test_loss"].yData).all()
    assert curves.curves["test_loss"].opts["connect"] == "finite"
    text = curves.latest_label.text()
    assert "Loss" in text and "Accuracy" in text
    assert " / " not in text  # only the training values


def test_latest_values_label(qtbot, curves):
    assert curves.latest_label.text() == "No epochs yet"
    history = History((1,), (0.123,), (0.145,), (0.981,), (0.975,))
    curves.append(history)
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


def test_clear_and_set_history(qtbot, curves):
    curves.append(make_history(1, 30))
    wait_for_epochs(qtbot, curves, 30)
    curves.clear()
    wait_for_epochs(qtbot, curves, 0)
    assert curves.latest_label.text() == "No epochs yet"
    curves.append(make_history(1, 10))
    curves.set_history(make_history(100, 4))
    wait_for_epochs(qtbot, curves, 4)
    np.testing.assert_array_equal(curves.curves["train_loss"].xData, [100, 101, 102, 103])


def test_metric_name(qtbot, curves):
    history = make_history(1, 10)
    curves.append(history)
    curves.set_metric_name("R²")
    assert curves.metric_name() == "R²"
    assert "R²" in curves.metric_plot.getAxis("left").labelText
    qtbot.waitUntil(lambda: "R²" in curves.latest_label.text())
    np.testing.assert_allclose(curves.curves["train_metric"].yData, history.train_metric)
    curves.set_metric_name("Accuracy")
    assert curves.metric_plot.getAxis("left").labelText == "Accuracy (%)"


def test_buffer_grows_by_doubling_and_checks_lengths():
    buffer = HistoryBuffer(capacity=4)
    buffer.extend(make_history(1, 3))
    buffer.extend(make_history(4, 3))
    assert len(buffer) == 6
    assert buffer._data.shape[1] == 8
    buffer.extend(History(epochs=(7,), train_loss=(0.5,), test_loss=(0.6,)))
    assert np.isnan(buffer.column("train_metric")[-1])
    with pytest.raises(ValueError, match="train_loss"):
        buffer.extend(History(epochs=(8, 9), train_loss=(0.5,)))
    assert not buffer.column("epochs").flags.writeable


def test_legend_names_test_only_when_there_is_a_test_set(qtbot, curves):
    legend, test_curve = curves.loss_plot.legend, curves.curves["test_loss"]
    curves.append(make_history(1, 5, test=False))
    wait_for_epochs(qtbot, curves, 5)
    assert legend.getLabel(test_curve) is None
    curves.append(make_history(6, 5))
    qtbot.waitUntil(lambda: legend.getLabel(test_curve) is not None)
    curves.clear()
    qtbot.waitUntil(lambda: legend.getLabel(test_curve) is None)


def test_nice_ranges_widen_to_round_steps():
    assert nice_range(0, 137) == (0, 150)
    assert nice_range(0, 151) == (0, 200)
    low, high = nice_range(0.693, 0.693)  # one value: a range around it
    assert low < 0.693 < high
    assert decade_range(0.003, 0.7) == (-3.0, 0.0)
    assert [epoch_span(e) for e in (0, 5, 100, 101, 399, 401)] == [100, 100, 100, 200, 400, 800]


def test_the_plots_follow_the_curves_until_zoomed_by_hand(curves):
    curves.append(make_history(1, 30))
    curves.flush()
    (x_low, x_high), (y_low, y_high) = curves.loss_plot.viewRange()
    assert (x_low, x_high) == pytest.approx((0, 100))  # short runs: the first 100 epochs
    assert y_low == pytest.approx(0) and y_high >= 1.1  # every loss, from 0
    assert curves.metric_plot.viewRange()[1] == pytest.approx([0, 100])  # accuracy in %
    curves.append(make_history(31, 200))
    curves.flush()
    assert curves.loss_plot.viewRange()[0] == pytest.approx([0, 400])  # doubled twice
    curves.loss_plot.getViewBox().sigRangeChangedManually.emit([True, True])
    curves.loss_plot.setXRange(10, 20, padding=0)  # the user's zoom
    curves.append(make_history(231, 100))
    curves.flush()
    assert curves.loss_plot.viewRange()[0] == pytest.approx([10, 20])  # left alone
    curves.clear()  # a new run follows again
    curves.append(make_history(1, 5))
    curves.flush()
    assert curves.loss_plot.viewRange()[0] == pytest.approx([0, 100])
