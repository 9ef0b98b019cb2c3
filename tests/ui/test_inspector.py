"""The inspector shows the engine's own numbers: the 2-2-1 hand calculation node by node, the
computational-graph example, exercises, the gradient check and Apply this step."""

import numpy as np
import pytest

from playground.engine.datasets import make_dataset
from playground.engine.modelfile import load_model
from playground.engine.network import Network
from playground.engine.trace import trace
from playground.presets import preset
from playground.ui.inspector.exercise import ExerciseView, parse_number
from playground.ui.inspector.model import InspectorModel
from playground.ui.inspector.panel import InspectorPanel, parse_typed


def inspected(qtbot, name: str, wrt_output: bool = False):
    model_file = load_model(preset(name).path)
    model = InspectorModel()
    model.set_dataset(make_dataset(model_file.data))
    model.set_state(model_file.spec, model_file.weights, model_file.training.learning_rate, 0)
    model.set_wrt_output(wrt_output)
    panel = InspectorPanel(model)
    qtbot.addWidget(panel)
    model.choose("train", 0)
    return model, panel, model_file


def test_the_model_traces_the_chosen_sample_with_the_engine(qtbot):
    model, _panel, file = inspected(qtbot, "backprop-2-2-1")
    expected = trace(Network(file.spec, file.weights), [1, 1], [0])
    assert model.walkthrough.trace.loss == expected.loss
    np.testing.assert_array_equal(model.walkthrough.trace.layers[0].grad_z,
                                  expected.layers[0].grad_z)
    assert [(n.layer, n.unit) for n in model.nodes] == [(1, 0), (0, 0), (0, 1)]


def test_the_forward_tab_lists_every_neuron_and_the_loss(qtbot):
    _model, panel, _file = inspected(qtbot, "backprop-2-2-1")
    text = panel.forward_view.toPlainText()
    for shown in ("h₁ = sigmoid(z(h₁)) = sigmoid(0.6478) = 0.6565", "0.6732", "ŷ = 0.4154",
                  "target y = 0", "0.5369"):
        assert shown in text


def test_the_backward_pass_goes_one_node_at_a_time(qtbot):
    model, panel, _file = inspected(qtbot, "backprop-2-2-1")
    panel.select_tab("backward")  # only the tab in view is kept up to date
    assert panel.next_node_button.isEnabled() and not panel.previous_node_button.isEnabled()
    panel.next_node_button.click()
    text = panel.backward_view.toPlainText()
    assert "∂L/∂z(ŷ) = f′(z(ŷ)) · ∂L/∂ŷ = 0.2428 × 1.711 = 0.4154" in text
    assert "h₁" not in text.split("ŷ (output layer)")[0]
    assert "Node 1 of 3: ŷ" in panel.node_label.text()
    panel.next_node_button.click()
    text = panel.backward_view.toPlainText()
    assert "∂L/∂h₁ = w(h₁→ŷ)·∂L/∂z(ŷ) = (−0.1725)·0.4154 = −0.07166" in text
    assert "∂L/∂z(h₁) = f′(z(h₁)) · ∂L/∂h₁ = 0.2255 × (−0.07166) = −0.01616" in text
    assert "To the inputs" not in text
    panel.all_button.click()
    assert model.cursor == 3 and "To the inputs" in panel.backward_view.toPlainText()
    panel.previous_node_button.click()
    assert model.current_node.unit == 0 and model.current_node.layer == 0
    panel.restart_button.click()
    assert model.current_node is None


def test_apply_this_step_equals_one_cli_epoch(qtbot, tmp_path):
    from playground.cli import main

    model, panel, file = inspected(qtbot, "backprop-2-2-1")
    with qtbot.waitSignal(panel.apply_requested) as blocker:
        panel.apply_button.click()
    applied = blocker.args[0]
    out = tmp_path / "one-epoch.json"
    assert main(["train", str(preset("backprop-2-2-1").path), "--epochs", "1",
                 "--out", str(out)]) == 0
    trained = load_model(out).weights
    for mine, cli in zip(applied, trained, strict=True):
        np.testing.assert_allclose(mine["W"], cli["W"], rtol=0, atol=1e-15)
        np.testing.assert_allclose(mine["b"], cli["b"], rtol=0, atol=1e-15)
    # The textbook's before/after table.
    panel.select_tab("update")
    model.set_state(file.spec, applied, 1.0, 1, force=True)
    table = panel.update_view.toPlainText()
    assert "The step just applied" in table and "0.4514" in table and "−0.4452" in table


def test_the_computational_graph_example_in_the_inspector(qtbot):
    model, panel, _file = inspected(qtbot, "computational-graph", wrt_output=True)
    panel.select_tab("backward")
    panel.all_button.click()
    text = panel.backward_view.toPlainText()
    assert "∂ŷ/∂x₁ = w(x₁→h₁)·∂ŷ/∂z(h₁) = 1·(−4) = −4" in text
    assert "∂ŷ/∂x₂ = w(x₂→h₁)·∂ŷ/∂z(h₁) = 1·(−4) = −4" in text
    assert "∂ŷ/∂w(h₁→ŷ) = h₁ · ∂ŷ/∂z(ŷ) = 3 × 1 = 3" in text
    panel.select_tab("forward")
    assert "Prediction ŷ = −12" in panel.forward_view.toPlainText()
    panel.select_tab("update")
    assert not panel.apply_button.isEnabled()
    # The hidden neuron's graph: x·w products −2 and 5, their sum 3, and the gradients back.
    panel.graph.neuron_box.setCurrentIndex(0)
    nodes, edges, _height = panel.graph.drawing.graph()
    values = [edge.value for edge in edges]
    assert -2.0 in values and 5.0 in values and 3.0 in values
    gradients = {edge.label: edge.gradient for edge in edges if edge.label}
    assert gradients["x₁"] == -4.0 and gradients["x₂"] == -4.0  # ∂f/∂x, ∂f/∂y
    assert gradients["w(x₁→h₁)"] == 8.0  # x·∂f/∂z(h₁)


def test_the_graph_shows_gradients_only_once_the_backward_pass_reached_the_neuron(qtbot):
    model, panel, _file = inspected(qtbot, "backprop-2-2-1")
    panel.graph.neuron_box.setCurrentIndex(0)  # h₁
    assert all(edge.gradient is None for edge in panel.graph.drawing.graph()[1])
    model.all_nodes()
    panel.graph.neuron_box.setCurrentIndex(0)
    assert any(edge.gradient is not None for edge in panel.graph.drawing.graph()[1])


def test_samples_are_stepped_and_typed(qtbot):
    model, panel, _file = inspected(qtbot, "textbook-one-neuron")
    panel.next_button.click()
    assert model.sample.index == 1 and "training point 2 of 4" in panel.sample_label.text()
    panel.previous_button.click()
    panel.previous_button.click()
    assert model.sample.index == 3  # wraps around
    panel.typed.setText("0.5, 0.25; 1")
    panel.typed.returnPressed.emit()
    assert model.sample.split == "typed" and list(model.sample.raw) == [0.5, 0.25]
    panel.typed.setText("0.5, 0.25; 7")
    panel.typed.returnPressed.emit()
    assert "class must be a whole number from 0 to 1" in panel.message.text()
    panel.typed.setText("0.5, 0.25")
    panel.typed.returnPressed.emit()
    assert "semicolon" in panel.message.text()
    assert model.sample.split == "typed" and model.sample.label == 1.0  # unchanged


def test_parse_typed_and_parse_number():
    assert parse_typed("1, -2.5; 0") == ([1.0, -2.5], 0.0)
    for bad in ("1, 2", "a, 2; 0", "; 1"):
        with pytest.raises(ValueError):
            parse_typed(bad)
    assert parse_number("−0.25") == -0.25
    assert parse_number("abc") is None


def test_an_exercise_checks_answers_and_keeps_score(qtbot):
    model, panel, _file = inspected(qtbot, "backprop-2-2-1")
    view: ExerciseView = panel.exercise
    view.start()
    assert "z(h₁) = w(x₁→h₁)·x₁ + w(x₂→h₁)·x₂ + b(h₁) = 1·1" not in view.question.text()
    assert view.question.text().endswith("= ?")
    view.answer_edit.setText("0.6478")
    view.check()
    assert "Right" in view.verdict.text() and view.score_label.text() == "Score 1 / 1"
    view.answer_edit.setText("0.1")
    view.check()
    assert "Not quite" in view.verdict.text() and "0.7225" in view.verdict.text()
    assert view.score_label.text() == "Score 1 / 2"
    view.answer_edit.setText("twelve")
    view.check()
    assert "not a number" in view.verdict.text() and view.score_label.text() == "Score 1 / 2"
    while view.exercise.current is not None:
        view.answer_edit.setText(str(view.exercise.current.value))
        view.check()
    assert "Done:" in view.question.text()


def test_the_gradient_check_is_green_for_the_worked_example(qtbot):
    model, panel, _file = inspected(qtbot, "backprop-2-2-1")
    panel.check.run_button.click()
    text = panel.check.result.toPlainText()
    assert text.count("\nagrees") == 2 and "differs" not in text
    assert "below 1e−6" in text
    panel.check.training_button.setChecked(True)
    panel.check.run_button.click()
    assert "1 training points" in panel.check.result.toPlainText()


def test_the_gradient_check_explains_the_step_activation(qtbot):
    model, panel, file = inspected(qtbot, "backprop-2-2-1")
    spec = file.spec.with_(layers=(file.spec.layers[0].with_(activation="step"),
                                   file.spec.layers[1]))
    model.set_state(spec, file.weights, 1.0, 0)
    panel.check.run_button.click()
    assert "nothing to check" in panel.check.result.toPlainText()
