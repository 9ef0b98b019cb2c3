"""Advice on a network set-up: every rule fires when it should, and a sound set-up gets none."""

import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.advice import Advice, advice
from playground.engine.losses import LOSSES
from playground.engine.spec import LayerSpec, NetworkSpec


def activation(name: str) -> str:
    if name not in ACTIVATIONS:
        pytest.skip(f"activation {name!r} is not registered yet")
    return name


def loss_fused_with(fused: str) -> str:
    matches = [name for name, loss in LOSSES.items() if loss.fused_activation == fused]
    if not matches:
        pytest.skip(f"no loss computed from {fused} logits is registered yet")
    return matches[0]


def untrainable_activation() -> str:
    matches = [name for name, act in ACTIVATIONS.items() if not act.trainable]
    if not matches:
        pytest.skip("no untrainable activation (step) is registered yet")
    return matches[0]


def net(*layers: tuple[int, str], loss: str) -> NetworkSpec:
    return NetworkSpec(layers=tuple(LayerSpec(units, act) for units, act in layers), loss=loss)


def levels(items: list[Advice]) -> list[str]:
    return [item.level for item in items]


def only(items: list[Advice], level: str) -> list[str]:
    return [item.text for item in items if item.level == level]


def test_default_binary_setup_gets_no_advice():
    spec = net((4, "tanh"), (2, activation("tanh")), (1, activation("sigmoid")),
               loss=loss_fused_with("sigmoid"))
    assert advice(spec, "binary") == []


def test_softmax_with_cross_entropy_on_multiclass_gets_no_advice():
    spec = net((4, "tanh"), (3, activation("softmax")), loss=loss_fused_with("softmax"))
    assert advice(spec, "multiclass", n_classes=3) == []


def test_no_hidden_layer_is_fine():
    spec = net((1, activation("sigmoid")), loss=loss_fused_with("sigmoid"))
    assert advice(spec, "binary") == []


def test_regression_default_gets_no_advice():
    spec = net((4, "tanh"), (1, activation("linear")), loss="mse")
    assert advice(spec, "regression") == []


def test_softmax_with_mse_names_the_fitting_loss():
    ce = LOSSES[loss_fused_with("softmax")]
    spec = net((4, "tanh"), (3, activation("softmax")), loss="mse")
    warnings = only(advice(spec, "multiclass", 3), "warning")
    assert any("softmax" in text and ce.label in text for text in warnings)


def test_cross_entropy_without_softmax_warns():
    spec = net((4, "tanh"), (3, "tanh"), loss=loss_fused_with("softmax"))
    warnings = only(advice(spec, "multiclass", 3), "warning")
    assert any("sum to 1" in text for text in warnings)


def test_bce_with_several_outputs_warns():
    spec = net((4, "tanh"), (2, activation("sigmoid")), loss=loss_fused_with("sigmoid"))
    warnings = only(advice(spec, None), "warning")
    assert any("2 neurons" in text for text in warnings)


def test_bce_without_sigmoid_output_warns():
    spec = net((4, "tanh"), (1, "tanh"), loss=loss_fused_with("sigmoid"))
    warnings = only(advice(spec, "binary"), "warning")
    assert any("(0, 1)" in text for text in warnings)


@pytest.mark.parametrize("task", ["binary", "multiclass"])
def test_mse_on_classes_explains_the_small_gradient(task):
    units = 1 if task == "binary" else 3
    spec = net((4, "tanh"), (units, "tanh"), loss="mse")
    infos = only(advice(spec, task, 3), "info")
    assert any("slowly" in text and "gradient is small" in text for text in infos)


@pytest.mark.parametrize("name", [n for n, loss in LOSSES.items() if loss.task == "classification"])
def test_classification_loss_on_regression_is_an_error(name):
    spec = net((4, "tanh"), (1, "tanh"), loss=name)
    errors = only(advice(spec, "regression"), "error")
    assert any("numeric targets" in text for text in errors)


@pytest.mark.parametrize("name", [n for n, loss in LOSSES.items() if loss.task == "regression"])
def test_regression_loss_on_regression_is_fine(name):
    spec = net((4, "tanh"), (1, "tanh"), loss=name)
    assert "error" not in levels(advice(spec, "regression"))


def test_multiclass_with_one_output_is_an_error():
    spec = net((4, "tanh"), (1, "tanh"), loss="mse")
    errors = only(advice(spec, "multiclass"), "error")
    assert any("one neuron" in text for text in errors)


def test_multiclass_with_wrong_width_is_an_error():
    spec = net((4, "tanh"), (2, "tanh"), loss="mse")
    errors = only(advice(spec, "multiclass", n_classes=4), "error")
    assert any("4 classes" in text for text in errors)


def test_binary_with_several_outputs_is_an_error():
    spec = net((4, "tanh"), (3, "tanh"), loss="mse")
    errors = only(advice(spec, "binary"), "error")
    assert any("two classes" in text for text in errors)


def test_errors_come_first():
    spec = net((4, "tanh"), (3, "tanh"), loss="mse")
    found = levels(advice(spec, "binary"))
    assert found == sorted(found, key=["error", "warning", "info"].index)
    assert found[0] == "error"


@pytest.mark.parametrize("position", ["hidden", "output"])
def test_step_activation_warns_the_loss_will_not_move(position):
    step = untrainable_activation()
    layers = [(4, step), (1, "tanh")] if position == "hidden" else [(4, "tanh"), (1, step)]
    spec = net(*layers, loss="mse")
    warnings = only(advice(spec, "regression"), "warning")
    assert any("cannot train" in text and "will not move" in text for text in warnings)


def test_deep_sigmoid_stack_mentions_vanishing_gradient():
    sigmoid = activation("sigmoid")
    spec = net((4, sigmoid), (4, sigmoid), (4, sigmoid), (1, "tanh"), loss="mse")
    infos = only(advice(spec, "regression"), "info")
    assert any("vanishes" in text for text in infos)


def test_one_sigmoid_hidden_layer_is_fine():
    spec = net((4, activation("sigmoid")), (1, "tanh"), loss="mse")
    assert not any("vanishes" in item.text for item in advice(spec, "regression"))


def test_unknown_names_are_errors():
    spec = net((4, "no-such-activation"), (1, "tanh"), loss="no-such-loss")
    found = advice(spec, "binary")
    assert levels(found) == ["error", "error"]
    assert "no-such-activation" in found[0].text and "no-such-loss" in found[1].text


@pytest.mark.parametrize("name", ACTIVATIONS.names())
@pytest.mark.parametrize("task", ["binary", "multiclass", "regression", None])
def test_every_activation_gets_whole_sentences(name, task):
    units = 3 if task == "multiclass" else 1
    spec = net((4, name if not ACTIVATIONS[name].output_only else "tanh"), (units, name),
               loss="mse")
    for item in advice(spec, task, 3):
        assert item.level in ("error", "warning", "info")
        assert item.text[0].isupper() and item.text.endswith(".")
