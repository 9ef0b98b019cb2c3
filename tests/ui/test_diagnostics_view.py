"""The diagnostics panel with a fake application state built from real training runs: the
gradient-flow curves of a deep sigmoid network sit ordered with the input side far below, the
warnings show, the histograms draw, and the panel works only while shown.

`python tests/ui/test_diagnostics_view.py DIRECTORY` saves screenshots of the panel at the size
of the right column's lower half, to look at."""

import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtWidgets import QWidget

from playground.engine.datasets import make_dataset
from playground.engine.diagnostics import HISTOGRAM_KINDS
from playground.engine.history import History
from playground.engine.network import Network, copy_params
from playground.engine.spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings
from playground.engine.trainer import Trainer
from playground.ui.canvas.colormap import hex_colour
from playground.ui.diagnostics_view import (
    HEALTHY_TEXT,
    DiagnosticsView,
    layer_colours,
    layer_names,
)
from playground.ui.repaint import RepaintScheduler
from playground.workers.snapshot import Snapshot

SIZE = (430, 330)  # the right column's lower half


def deep(activation: str, init: str) -> NetworkSpec:
    """2 → six hidden layers of 8 → 1 sigmoid output with binary cross-entropy."""
    hidden = tuple(LayerSpec(8, activation) for _ in range(6))
    return NetworkSpec(("x1", "x2"), (*hidden, LayerSpec(1, "sigmoid")), "bce", init=init)


def trained_state(spec: NetworkSpec, epochs: int) -> SimpleNamespace:
    """What the view reads of the application controller after `epochs` epochs of a run that
    records the gradient statistics, as the training worker does."""
    data = make_dataset(DataSettings(kind="circle", n_points=200, noise=0.1, train_ratio=0.5))
    x_train, x_test = data.features(spec.features)
    settings = TrainSettings(optimizer="sgd", learning_rate=0.03, batch_size=10)
    trainer = Trainer(Network(spec), x_train, data.y_train, x_test, data.y_test, data.task,
                      settings, layer_stats=True)
    history = History()
    history.append(trainer.evaluate())
    for _ in range(epochs):
        history.append(trainer.step())
    snapshot = Snapshot(trainer.epoch, History(), tuple(copy_params(trainer.network.params)),
                        tuple(trainer.full_gradients()), None,
                        diagnostics=trainer.diagnose(history))
    return SimpleNamespace(latest=snapshot, history=history, running=False)


@pytest.fixture(scope="module")
def sigmoid_state() -> SimpleNamespace:
    return trained_state(deep("sigmoid", "xavier"), 40)


@pytest.fixture(scope="module")
def relu_state() -> SimpleNamespace:
    return trained_state(deep("relu", "he"), 40)


@pytest.fixture
def view(qtbot) -> DiagnosticsView:
    view = DiagnosticsView()
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    qtbot.waitExposed(view)
    return view


def last_values(view: DiagnosticsView, plot) -> list[float]:
    """Each curve's last value as given (getData returns what the log axis maps them to)."""
    return [float(curve.yData[-1]) for curve in plot.curves]


def test_layer_names_and_the_ordered_colour_ramp():
    assert layer_names(3) == ["hidden 1", "hidden 2", "output"]
    assert layer_names(1) == ["output"]
    colours = layer_colours(7)
    assert len(set(colours)) == 7
    brightness = [sum(colour) for colour in colours]
    assert brightness == sorted(brightness)  # dark on the input side, light on the output side


def test_deep_sigmoid_gradient_flow_is_ordered_with_the_input_side_far_below(view, sigmoid_state):
    view.paint_latest(sigmoid_state)
    flow = view.flow
    assert len(flow.curves) == 7
    legend = flow.legend.text()
    assert legend.startswith("hidden ") and legend.endswith("output")
    places = [legend.index(f"color:{hex_colour(c)}") for c in layer_colours(7)]
    assert places == sorted(places)  # every layer in its colour, input side first
    for k in range(1, 7):
        assert f"</span>{k}" in legend
    curve = flow.curves[0]
    assert list(curve.xData) == list(sigmoid_state.history.epochs)
    grads = sigmoid_state.history.layer_series("grad_mean_abs")
    np.testing.assert_array_equal(curve.yData, grads[:, 0])
    np.testing.assert_allclose(curve.getData()[1], np.log10(grads[:, 0]))  # drawn on a log axis
    last = last_values(view, flow)
    assert last[0] < last[-1] / 100  # orders of magnitude below the output layer
    assert np.median(last[:3]) < np.median(last[3:])
    assert flow.plot.getPlotItem().getAxis("left").logMode
    low, high = flow.plot.getViewBox().viewRange()[1]
    assert low <= np.log10(grads[grads > 0].min()) and np.log10(grads.max()) <= high


def test_deep_sigmoid_warns_of_vanishing_gradients_in_plain_words(view, sigmoid_state):
    view.paint_latest(sigmoid_state)
    text = view.warnings_label.text()
    assert "Vanishing gradient" in text and "times smaller" in text
    assert "ReLU" in text  # the advice
    assert HEALTHY_TEXT not in text


def test_relu_with_he_shows_no_warning_and_curves_that_do_not_vanish(view, relu_state):
    view.paint_latest(relu_state)
    assert [w.kind for w in relu_state.latest.diagnostics.warnings] == []
    assert HEALTHY_TEXT in view.warnings_label.text()
    last = last_values(view, view.flow)
    assert last[0] > last[-1] / 50


def test_update_size_curves_and_the_healthy_guide(view, sigmoid_state):
    view.tabs.setCurrentWidget(view.updates)
    view.paint_latest(sigmoid_state)
    ratios = sigmoid_state.history.layer_series("update_ratio")
    assert len(view.updates.curves) == 7
    recorded = np.isfinite(ratios[:, -1])  # epoch 0 has no update
    np.testing.assert_array_equal(view.updates.curves[-1].yData, ratios[recorded, -1])
    guides = [item for item in view.updates.plot.getPlotItem().items
              if hasattr(item, "label") and getattr(item, "angle", None) == 0]
    assert guides and guides[0].value() == pytest.approx(-3.0)
    assert "1e−3" in guides[0].label.toPlainText()


def test_histograms_draw_each_layers_values_of_the_chosen_kind(view, sigmoid_state):
    view.tabs.setCurrentWidget(view.histograms)
    view.paint_latest(sigmoid_state)
    grid = view.histograms
    assert len(grid.plots) == 7
    layers = sigmoid_state.latest.diagnostics.layers
    for kind in HISTOGRAM_KINDS:
        grid.set_kind(kind)
        view.paint_latest(sigmoid_state)
        for bars, layer in zip(grid.bars, layers, strict=True):
            edges, counts = bars.xData, bars.yData
            np.testing.assert_array_equal(counts, layer.histograms[kind].counts)
            assert len(edges) == len(counts) + 1


def test_works_only_while_visible_and_catches_up_when_shown(qtbot, sigmoid_state):
    view = DiagnosticsView()
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.paint_latest(sigmoid_state)  # hidden: nothing drawn
    assert view.flow.curves == []
    assert HEALTHY_TEXT not in view.warnings_label.text()
    assert "Vanishing" not in view.warnings_label.text()
    view.show()
    qtbot.waitExposed(view)
    assert len(view.flow.curves) == 7  # shown: it paints the state it was given
    assert "Vanishing" in view.warnings_label.text()


def test_draws_again_only_when_the_history_grows(view, sigmoid_state, monkeypatch):
    view.paint_latest(sigmoid_state)
    calls = []
    monkeypatch.setattr(view.flow, "show_history", lambda history: calls.append(history))
    view.paint_latest(sigmoid_state)
    assert calls == []
    grown = sigmoid_state.history.copy()
    grown.extend(sigmoid_state.history.last(1))
    view.paint_latest(SimpleNamespace(latest=sigmoid_state.latest, history=grown, running=True))
    assert calls == [grown]


def test_registers_with_the_repaint_scheduler(qtbot, view, sigmoid_state):
    window = QWidget()
    qtbot.addWidget(window)
    scheduler = RepaintScheduler(sigmoid_state, window)
    scheduler.register(view, throttled=True)
    scheduler.paint()
    assert len(view.flow.curves) == 7


def test_screenshots(qtbot, view, sigmoid_state, tmp_path):
    for page in (view.flow, view.updates, view.histograms):
        view.tabs.setCurrentWidget(page)
        view.paint_latest(sigmoid_state)
        qtbot.wait(10)  # the layout follows the warnings' height
        image = view.grab().toImage()
        assert image.save(str(tmp_path / f"diagnostics-{view.tabs.currentIndex()}.png"))
        assert len({image.pixelColor(x, y).name() for x in range(0, SIZE[0], 4)
                    for y in range(0, SIZE[1], 4)}) > 20


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    app = QApplication.instance() or QApplication([])
    for name, state in (("sigmoid", trained_state(deep("sigmoid", "xavier"), 40)),
                        ("relu", trained_state(deep("relu", "he"), 40))):
        shown = DiagnosticsView()
        shown.resize(*SIZE)
        shown.show()
        for index in range(shown.tabs.count()):
            shown.tabs.setCurrentIndex(index)
            shown.paint_latest(state)
            app.processEvents()
            shown.grab().save(str(out / f"diagnostics-{name}-{index}.png"))
