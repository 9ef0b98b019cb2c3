"""The activation and loss picker edits the session undoably and shows f, f′ and advice."""

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.losses import LOSSES
from playground.engine.spec import LayerSpec, NetworkSpec
from playground.ui.picker import CURVE_X, ActivationLossPicker, activation_curve
from playground.ui.session import SessionModel

HIDDEN = [n for n, a in ACTIVATIONS.items() if not a.output_only]
WITH_PARAMS = [n for n, a in ACTIVATIONS.items() if a.defaults and not a.output_only]


def tanh_net(loss: str = "mse", output: str = "tanh") -> NetworkSpec:
    return NetworkSpec(
        layers=(LayerSpec(4, "tanh"), LayerSpec(2, "tanh"), LayerSpec(1, output)), loss=loss
    )


@pytest.fixture
def session() -> SessionModel:
    return SessionModel(spec=tanh_net())


@pytest.fixture
def picker(qtbot, session) -> ActivationLossPicker:
    widget = ActivationLossPicker(session)
    qtbot.addWidget(widget)
    return widget


def choose(combo, data: str) -> None:
    """Pick the entry holding `data` as a user would (activated fires only on user picks)."""
    row = combo.findData(data)
    assert row >= 0, data
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def test_starts_on_the_first_hidden_layer(picker):
    assert picker.layer_index == 0
    assert picker.activation_combo.currentData() == "tanh"


def test_starts_on_the_output_layer_without_hidden_layers(qtbot):
    session = SessionModel(spec=NetworkSpec(layers=(LayerSpec(1, "tanh"),), loss="mse"))
    widget = ActivationLossPicker(session)
    qtbot.addWidget(widget)
    assert widget.layer_index == 0
    assert not widget.apply_all_button.isEnabled()


@pytest.mark.parametrize("name", HIDDEN)
def test_choosing_an_activation_edits_the_layer_and_undo_restores(picker, session, name):
    picker.select_layer(1)
    before = session.spec
    choose(picker.activation_combo, name)
    assert session.spec.layers[1].activation == name
    assert session.spec.layers[0] == before.layers[0]
    if name != "tanh":
        session.undo_stack.undo()
        assert session.spec == before
        assert picker.activation_combo.currentData() == "tanh"


@pytest.mark.parametrize("name", ACTIVATIONS.names())
def test_plot_shows_f_and_its_derivative(picker, session, name):
    picker.select_layer(2)
    choose(picker.activation_combo, name)
    curves = picker.plot.listDataItems()
    assert len(curves) == 2
    for curve in curves:
        x, y = curve.getData()
        assert len(x) == len(CURVE_X) and np.all(np.isfinite(y))
    assert "f" in picker.legend.text() and "f′" in picker.legend.text()


@pytest.mark.parametrize("name", ACTIVATIONS.names())
def test_activation_curve_is_finite(name):
    activation = ACTIVATIONS[name]
    f, df, f_name, df_name = activation_curve(activation, activation.params())
    assert f.shape == df.shape == CURVE_X.shape
    assert np.all(np.isfinite(f)) and np.all(np.isfinite(df))
    assert f_name and df_name


def test_tanh_curve_values():
    f, df, *_ = activation_curve(ACTIVATIONS["tanh"], {})
    assert np.allclose(f, np.tanh(CURVE_X))
    assert np.allclose(df, 1 - np.tanh(CURVE_X) ** 2)


def test_slices_are_named_in_the_legend(picker):
    for name, word in (("softmax", "softmax"), ("maxout", "max of")):
        if name not in ACTIVATIONS:
            continue
        picker.select_layer(2)
        choose(picker.activation_combo, name)
        assert word in picker.legend.text()


def test_output_only_activations_are_disabled_for_hidden_layers(picker):
    model = picker.activation_combo.model()
    for layer, expect_output in ((0, False), (2, True)):
        picker.select_layer(layer)
        for row in range(picker.activation_combo.count()):
            name = picker.activation_combo.itemData(row)
            allowed = expect_output or not ACTIVATIONS[name].output_only
            assert model.item(row).isEnabled() == allowed


@pytest.mark.parametrize("name", WITH_PARAMS)
def test_parameter_box_edits_the_layer_params(picker, session, name):
    choose(picker.activation_combo, name)
    key = next(iter(ACTIVATIONS[name].defaults))
    box = picker.activation_params.boxes[key]
    new = box.value() + 1
    box.setValue(new)
    assert session.spec.layers[0].params[key] == new
    session.undo_stack.undo()
    assert key not in session.spec.layers[0].params


def test_apply_to_all_hidden_layers(picker, session):
    name = "relu" if "relu" in ACTIVATIONS else HIDDEN[-1]
    choose(picker.activation_combo, name)
    picker.apply_all_button.click()
    assert [layer.activation for layer in session.spec.hidden] == [name, name]
    assert session.spec.output.activation == "tanh"


def test_outside_edits_update_the_combos_without_new_edits(picker, session):
    name = HIDDEN[0]
    session.edit_spec(session.spec.with_(layers=(LayerSpec(3, name),) + session.spec.layers[1:]),
                      "outside")
    assert picker.activation_combo.currentData() == name
    assert session.undo_stack.count() == 1


def test_fewer_layers_keep_a_valid_selection(picker, session):
    picker.select_layer(2)
    session.edit_spec(NetworkSpec(layers=(LayerSpec(1, "tanh"),), loss="mse"), "shrink")
    assert picker.layer_index == 0
    assert picker.layer_combo.count() == 1


def test_select_layer_emits_layer_selected(picker, qtbot):
    with qtbot.waitSignal(picker.layer_selected) as blocker:
        picker.select_layer(1)
    assert blocker.args == [1]


@pytest.mark.parametrize("name", LOSSES.names())
def test_choosing_a_loss_edits_the_spec(picker, session, name):
    choose(picker.loss_combo, name)
    assert session.spec.loss == name
    assert set(picker.loss_params.boxes) == set(LOSSES[name].defaults)


@pytest.mark.parametrize("name", [n for n, loss in LOSSES.items() if loss.defaults])
def test_loss_parameter_box_edits_loss_params(picker, session, name):
    choose(picker.loss_combo, name)
    key = next(iter(LOSSES[name].defaults))
    box = picker.loss_params.boxes[key]
    box.setValue(box.value() + 0.5)
    assert session.spec.loss_params[key] == box.value()


def test_softmax_with_mse_shows_a_warning(picker, session):
    if "softmax" not in ACTIVATIONS:
        pytest.skip("softmax is not registered yet")
    session.edit_spec(
        NetworkSpec(layers=(LayerSpec(4, "tanh"), LayerSpec(3, "softmax")), loss="mse"), "x"
    )
    picker.set_task("multiclass", 3)
    assert "warning" in [item.level for item in picker.current_advice]
    shown = [
        picker.advice_box.itemAt(i).widget() for i in range(picker.advice_box.count())
    ]
    assert any(label.property("level") == "warning" for label in shown)
    assert not picker.advice_group.isHidden()


def test_regression_loss_on_regression_data_has_no_advice(picker):
    picker.set_task("regression")
    assert picker.current_advice == []
    assert picker.advice_group.isHidden()


def test_maxout_with_two_pieces_draws_relu():
    if "maxout" not in ACTIVATIONS:
        pytest.skip("maxout is not registered yet")
    f, df, *_ = activation_curve(ACTIVATIONS["maxout"], {"k": 2})
    assert np.allclose(f, np.maximum(0, CURVE_X))
    assert np.allclose(df[CURVE_X < -0.01], 0) and np.allclose(df[CURVE_X > 0.01], 1)


def test_whole_number_parameter_from_a_file_shows(picker, session):
    if "maxout" not in ACTIVATIONS:
        pytest.skip("maxout is not registered yet")
    layers = (LayerSpec(4, "maxout", {"k": 3.0}),) + session.spec.layers[1:]
    session.edit_spec(session.spec.with_(layers=layers), "load")
    assert picker.activation_params.boxes["k"].value() == 3
