"""Network forward/backward: gradient checks across the registries, known values, bad specs."""

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.errors import SpecError
from playground.engine.gradcheck import gradient_check
from playground.engine.losses import LOSSES
from playground.engine.network import Network, initialize, parameter_shapes
from playground.engine.spec import LayerSpec, NetworkSpec, TrainSettings

HIDDEN = [a.name for a in ACTIVATIONS.values() if a.trainable and not a.output_only]
OUTPUT_FOR_LOSS = {  # the output activation and width each loss is meant for
    "sse": ("linear", 1), "mse": ("linear", 2), "rmse": ("linear", 1), "mae": ("linear", 1),
    "huber": ("linear", 2), "bce": ("sigmoid", 1), "cross_entropy": ("softmax", 3),
}
TOLERANCE = 1e-5


def _targets(loss: str, rng: np.random.Generator, n: int, outputs: int) -> np.ndarray:
    if loss == "cross_entropy":
        return np.eye(outputs)[rng.integers(0, outputs, n)]
    if loss == "bce":
        return rng.integers(0, 2, (n, outputs)).astype(float)
    return rng.normal(size=(n, outputs))


def _check(spec: NetworkSpec, settings: TrainSettings | None = None, seed: int = 3) -> dict:
    rng = np.random.default_rng(seed)
    net = Network(spec, seed=seed)
    x = rng.normal(size=(12, spec.n_inputs))
    y = _targets(spec.loss, rng, 12, spec.n_outputs)
    return gradient_check(net, x, y, settings)


def test_every_loss_is_covered():
    assert set(OUTPUT_FOR_LOSS) == set(LOSSES.names())


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss", list(OUTPUT_FOR_LOSS))
def test_gradient_check_every_hidden_activation_with_every_loss(hidden, loss):
    output, width = OUTPUT_FOR_LOSS[loss]
    spec = NetworkSpec(
        features=("x1", "x2", "x3"),
        layers=(LayerSpec(4, hidden), LayerSpec(3, hidden), LayerSpec(width, output)),
        loss=loss,
    )
    errors = _check(spec)
    assert max(errors.values()) < TOLERANCE, errors


@pytest.mark.parametrize("output", [a.name for a in ACTIVATIONS.values() if a.trainable])
def test_gradient_check_every_output_activation_unfused(output):
    spec = NetworkSpec(layers=(LayerSpec(3, "tanh"), LayerSpec(2, output)), loss="mse")
    errors = _check(spec)
    assert max(errors.values()) < TOLERANCE, errors


@pytest.mark.parametrize("regularization", ["l1", "l2"])
def test_gradient_check_includes_regularization(regularization):
    spec = NetworkSpec(layers=(LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")), loss="bce")
    settings = TrainSettings(regularization=regularization, reg_rate=0.05)
    assert max(_check(spec, settings).values()) < TOLERANCE


def test_prelu_alpha_and_maxout_pieces_are_checked():
    spec = NetworkSpec(
        layers=(LayerSpec(3, "prelu"), LayerSpec(2, "maxout", {"k": 3}), LayerSpec(1, "linear")),
        loss="mse",
    )
    errors = _check(spec)
    assert "layer 1 alpha" in errors
    assert max(errors.values()) < TOLERANCE


def test_step_reports_zero_gradient_and_untrainable():
    spec = NetworkSpec(layers=(LayerSpec(3, "step"), LayerSpec(1, "sigmoid")), loss="bce")
    net = Network(spec)
    assert not net.trainable
    x = np.random.default_rng(0).normal(size=(5, 2))
    grads = net.backward(net.forward(x), np.ones((5, 1))).grads
    assert not np.any(grads[0]["W"]) and not np.any(grads[0]["b"])


@pytest.mark.parametrize("hidden", HIDDEN)
def test_input_gradient_matches_central_differences(hidden):
    spec = NetworkSpec(
        features=("x1", "x2", "x3"), layers=(LayerSpec(4, hidden), LayerSpec(2, "softmax")),
        loss="cross_entropy",
    )
    rng = np.random.default_rng(8)
    net = Network(spec, seed=8)
    x, y = rng.normal(size=(5, 3)), _targets("cross_entropy", rng, 5, 2)
    analytic = net.backward(net.forward(x), y).input_gradient
    numeric = np.zeros_like(x)
    step = 1e-6
    for index in np.ndindex(x.shape):
        shifted = x.copy()
        shifted[index] += step
        plus = net.loss_value(net.forward(shifted), y)
        shifted[index] -= 2 * step
        minus = net.loss_value(net.forward(shifted), y)
        numeric[index] = (plus - minus) / (2 * step)
    np.testing.assert_allclose(analytic, numeric, rtol=TOLERANCE, atol=1e-8)


def test_parameter_count_formula():
    # k·l1 + l1·l2 + l2·o weights plus l1 + l2 + o biases
    spec = NetworkSpec(features=("a", "b", "c"), layers=(LayerSpec(4), LayerSpec(5),
                                                         LayerSpec(2, "linear")), loss="mse")
    assert Network(spec).parameter_count == 3 * 4 + 4 * 5 + 5 * 2 + 4 + 5 + 2


def test_same_seed_same_weights_and_initializers():
    spec = NetworkSpec()
    for init in ("xavier", "he", "uniform", "zeros"):
        a = initialize(spec.with_(init=init), seed=7)
        b = initialize(spec.with_(init=init), seed=7)
        for la, lb in zip(a, b):
            for key in la:
                np.testing.assert_array_equal(la[key], lb[key])
    uniform = initialize(spec.with_(init="uniform"), 1)
    assert all(np.all(np.abs(layer["W"]) <= 0.5) for layer in uniform)
    assert not any(np.any(layer["W"]) for layer in initialize(spec.with_(init="zeros"), 1))
    different = initialize(spec, seed=8)
    assert not np.array_equal(different[0]["W"], initialize(spec, 7)[0]["W"])


@pytest.mark.parametrize(
    "spec, fragment",
    [
        (NetworkSpec(features=()), "input"),
        (NetworkSpec(layers=()), "output layer"),
        (NetworkSpec(layers=(LayerSpec(0), LayerSpec(1, "sigmoid"))), "at least one neuron"),
        (NetworkSpec(layers=(LayerSpec(2, "softmax"), LayerSpec(1, "sigmoid"))), "output layer"),
        (NetworkSpec(layers=(LayerSpec(2, "nope"), LayerSpec(1))), "unknown activation 'nope'"),
        (NetworkSpec(loss="nope"), "unknown loss 'nope'"),
        (NetworkSpec(layers=(LayerSpec(2, "relu", {"slope": 1}), LayerSpec(1))), "no parameter"),
        (NetworkSpec(init="magic"), "initializer"),
    ],
)
def test_bad_specs_are_refused_with_a_named_problem(spec, fragment):
    with pytest.raises(SpecError, match=fragment):
        Network(spec)


def test_weights_that_do_not_fit_are_refused():
    spec = NetworkSpec()
    shapes = parameter_shapes(spec)
    bad = [{k: np.zeros(s) for k, s in layer.items()} for layer in shapes]
    bad[1]["W"] = np.zeros((3, 3))
    with pytest.raises(SpecError, match="layer 2 W has shape"):
        Network(spec, bad)
    nan = [{k: np.zeros(s) for k, s in layer.items()} for layer in shapes]
    nan[0]["b"][0] = np.nan
    with pytest.raises(SpecError, match="NaN"):
        Network(spec, nan)
