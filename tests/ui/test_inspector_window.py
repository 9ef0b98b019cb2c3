"""The inspector inside the window: picking points, following training, Apply this step, the
examples, the canvas's marks and the keys."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSettings, Qt

from playground.presets import preset
from playground.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: w.app.training.latest is not None)
    yield w
    w.app.training.shutdown()


def opened(qtbot, window, name):
    window.open_preset(preset(name))
    model = window.inspector_model
    qtbot.waitUntil(lambda: model.walkthrough is not None, timeout=10000)
    return model


def test_an_example_opens_with_its_text_and_the_inspector_on_its_sample(qtbot, window):
    model = opened(qtbot, window, "backprop-2-2-1")
    assert window.lesson.isVisible() and "2-2-1" in window.lesson.text()
    assert window.inspector.isVisible() and window.inspector_action.isChecked()
    assert model.sample.index == 0 and model.walkthrough.trace.loss == pytest.approx(0.5369,
                                                                                     abs=5e-5)
    assert window.files.current_path is None  # Save never writes the shipped file
    # The canvas writes each neuron's z and a; the data view rings the point.
    overlay = window.canvas.scene.overlay
    assert overlay.values[0][0][1] == pytest.approx(0.6565, abs=5e-5)
    assert len(window.dataview.marker.data) == 1


def test_the_computational_graph_example_differentiates_the_output(qtbot, window):
    model = opened(qtbot, window, "computational-graph")
    assert model.wrt_output and window.inspector.wrt_output_box.isChecked()
    model.all_nodes()
    values = {step.symbol: step.value for step in model.walkthrough.steps}
    assert values["∂ŷ/∂x₁"] == -4.0 and values["∂ŷ/∂x₂"] == -4.0
    assert values["∂ŷ/∂w(h₁→ŷ)"] == 3.0 and values["ŷ"] == -12.0


def test_keys_step_the_backward_pass_and_ring_the_current_node(qtbot, window):
    model = opened(qtbot, window, "backprop-2-2-1")
    window.activateWindow()
    window.canvas.view.setFocus()
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_N)
    assert model.cursor == 1 and window.canvas.scene.overlay.current == (1, 0)
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_N)
    assert window.canvas.scene.overlay.current == (0, 0)
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert model.cursor == 1
    qtbot.keyClick(window.canvas.view, Qt.Key.Key_B)
    assert model.cursor == len(model.nodes) == 3


def test_apply_this_step_moves_the_networks_weights_by_one_sgd_step(qtbot, window):
    model = opened(qtbot, window, "backprop-2-2-1")
    expected = model.walkthrough.updated_params()
    window.inspector.select_tab("update")
    window.inspector.apply_button.click()
    latest = window.app.training
    qtbot.waitUntil(lambda: np.allclose(latest.latest.weights[1]["W"], expected[1]["W"]),
                    timeout=10000)
    for mine, trained in zip(expected, latest.latest.weights, strict=True):
        np.testing.assert_array_equal(mine["W"], trained["W"])
        np.testing.assert_array_equal(mine["b"], trained["b"])
    # The inspector shows the new weights and the textbook's before/after table.
    qtbot.waitUntil(lambda: "The step just applied" in window.inspector.update_view.toPlainText())
    assert model.walkthrough.network.params[0]["W"][0, 0] == pytest.approx(0.4514, abs=5e-5)
    assert window.app.epoch == 0


def test_a_click_on_a_point_inspects_it(qtbot, window):
    dataset = window.app.dataset
    point = dataset.raw_train[3]
    box = window.dataview.plot.getViewBox()
    scene_position = box.mapViewToScene(QPointF(*point))
    found = window.dataview.point_at_scene(scene_position)
    assert found is not None and found[0] == "train"
    np.testing.assert_array_equal(dataset.raw_train[found[1]], point)
    window.dataview.point_chosen.emit(*found)
    assert window.inspector.isVisible()
    qtbot.waitUntil(lambda: window.inspector_model.walkthrough is not None)
    np.testing.assert_array_equal(window.inspector_model.sample.raw, point)


def test_following_training_updates_the_sample_and_hiding_clears_the_marks(qtbot, window):
    window.show_inspector(True)
    window.inspector_model.choose("train", 0)
    qtbot.waitUntil(lambda: window.inspector_model.walkthrough is not None)
    before = window.inspector_model.walkthrough.trace.loss
    done = []
    window.app.run_epochs_then(20, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    qtbot.waitUntil(lambda: window.inspector_model.epoch == window.app.epoch, timeout=10000)
    assert window.inspector_model.walkthrough.trace.loss != before
    window.show_inspector(False)
    assert window.canvas.scene.overlay.values == () and len(window.dataview.marker.data) == 0


def test_a_results_cell_rings_its_points_in_the_data_view(qtbot, window):
    window.lower_tabs.setCurrentWidget(window.results)
    done = []
    window.app.run_epochs_then(5, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    qtbot.waitUntil(lambda: "train" in window.results.results, timeout=10000)
    matrix = window.results.results["train"]
    window.results.choose_cell("train", 1, 1)
    assert len(window.dataview.highlight.data) == matrix.counts[1, 1]
    window.results.choose_cell("train", 1, 1)  # again: cleared
    assert len(window.dataview.highlight.data) == 0
