"""The single-sample trace: the known values of CONCEPTS.md, and every layer's numbers obeying
"downstream = local × upstream"."""

import numpy as np
import pytest

from playground.engine.network import Network
from playground.engine.spec import LayerSpec, NetworkSpec, TrainSettings
from playground.engine.trace import trace
from playground.engine.trainer import Trainer

# CONCEPTS.md's worked example: W1 = x₁→h₁, W2 = x₁→h₂, W3 = x₂→h₁, W4 = x₂→h₂, W5 = h₁→ŷ,
# W6 = h₂→ŷ; W[i, j] joins input i to unit j.
WORKED_SPEC = NetworkSpec(
    features=("x1", "x2"), layers=(LayerSpec(2, "sigmoid"), LayerSpec(1, "sigmoid")), loss="bce"
)
WORKED_BEFORE = [
    {"W": np.array([[0.4352, 0.1951], [0.3545, 0.4835]]), "b": np.array([-0.1419, 0.0439])},
    {"W": np.array([[-0.1725], [0.1129]]), "b": np.array([-0.3043])},
]
WORKED_AFTER = [
    {"W": np.array([[0.4514, 0.1848], [0.3707, 0.4732]]), "b": np.array([-0.1257, 0.0336])},
    {"W": np.array([[-0.4452], [-0.1667]]), "b": np.array([-0.7196])},
]
# The table was worked out with rounded intermediates: W6 and b3 are 1.3e-4 off the exact step.
TABLE_DIGITS = 2e-4


def test_worked_example_forward_values():
    result = trace(Network(WORKED_SPEC, WORKED_BEFORE), np.array([1.0, 1.0]), np.array([0.0]))
    np.testing.assert_allclose(result.layers[0].a, [0.6565, 0.6732], atol=5e-5)
    assert result.output[0] == pytest.approx(0.4154, abs=5e-5)
    assert result.loss == pytest.approx(0.5369, abs=5e-5)


def test_worked_example_one_sgd_step_from_the_trace_and_from_the_trainer():
    x, y = np.array([[1.0, 1.0]]), np.array([[0.0]])
    result = trace(Network(WORKED_SPEC, WORKED_BEFORE), x[0], y[0])
    for layer, before, after in zip(result.layers, WORKED_BEFORE, WORKED_AFTER):
        np.testing.assert_allclose(before["W"] - layer.grad_W, after["W"], atol=TABLE_DIGITS)
        np.testing.assert_allclose(before["b"] - layer.grad_b, after["b"], atol=TABLE_DIGITS)
    trainer = Trainer(
        Network(WORKED_SPEC, WORKED_BEFORE), x, y, np.empty((0, 2)), np.empty((0, 1)), "binary",
        TrainSettings(learning_rate=1.0, batch_size=1, shuffle=False),
    )
    trainer.step()
    for params, layer, before in zip(trainer.network.params, result.layers, WORKED_BEFORE):
        np.testing.assert_allclose(params["W"], before["W"] - layer.grad_W, rtol=1e-15)
        np.testing.assert_allclose(params["b"], before["b"] - layer.grad_b, rtol=1e-15)


def test_computational_graph_example_as_a_two_one_one_linear_network():
    # f = (x + y)·z at x = −2, y = 5, z = −4: a linear hidden neuron q = 1·x + 1·y adds, a
    # linear output neuron of weight z multiplies; ∂f/∂f = 1 given in place of a loss.
    x, y, z = -2.0, 5.0, -4.0
    spec = NetworkSpec(
        features=("x", "y"), layers=(LayerSpec(1, "linear"), LayerSpec(1, "linear")), loss="mse"
    )
    params = [
        {"W": np.array([[1.0], [1.0]]), "b": np.array([0.0])},
        {"W": np.array([[z]]), "b": np.array([0.0])},
    ]
    result = trace(Network(spec, params), np.array([x, y]), output_gradient=np.array([1.0]))
    assert result.output[0] == -12.0
    assert np.isnan(result.loss)
    assert result.layers[1].grad_W[0, 0] == 3.0  # ∂f/∂z
    assert list(result.input_gradient) == [-4.0, -4.0]  # ∂f/∂x, ∂f/∂y
    add, multiply = result.layers
    assert add.a[0] == 3.0 and multiply.grad_a[0] == 1.0
    assert add.grad_a[0] == -4.0  # ∂f/∂q = z
    for layer in result.layers:
        np.testing.assert_array_equal(layer.grad_z, layer.local_gradient * layer.grad_a)


def test_computational_graph_example_through_a_one_neuron_trace():
    # The add node left outside: q = x + y feeds a linear neuron of weight z; with ∂f/∂f = 1
    # the trace gives ∂f/∂z = q and ∂f/∂q = z = ∂f/∂x = ∂f/∂y.
    x, y, z = -2.0, 5.0, -4.0
    spec = NetworkSpec(features=("q",), layers=(LayerSpec(1, "linear"),), loss="mse")
    net = Network(spec, [{"W": np.array([[z]]), "b": np.array([0.0])}])
    result = trace(net, np.array([x + y]), output_gradient=np.array([1.0]))
    assert result.output[0] == -12.0
    assert result.layers[0].grad_W[0, 0] == 3.0  # ∂f/∂z
    assert result.input_gradient[0] == -4.0  # ∂f/∂q, and the add node copies it to x and y
    # the same graph with x and y as two inputs sharing the weight z
    spec2 = NetworkSpec(features=("x", "y"), layers=(LayerSpec(1, "linear"),), loss="mse")
    net2 = Network(spec2, [{"W": np.array([[z], [z]]), "b": np.array([0.0])}])
    result2 = trace(net2, np.array([x, y]), output_gradient=np.array([1.0]))
    assert result2.output[0] == -12.0
    assert list(result2.input_gradient) == [-4.0, -4.0]
    assert result2.layers[0].grad_W.sum() == 3.0  # the tied weight's gradient is the sum


def test_trace_shows_downstream_is_local_times_upstream():
    spec = NetworkSpec(layers=(LayerSpec(3, "tanh"), LayerSpec(2, "elu"), LayerSpec(1, "sigmoid")),
                       loss="mse")
    net = Network(spec, seed=4)
    result = trace(net, np.array([0.3, -0.7]), np.array([1.0]))
    for layer in result.layers:
        np.testing.assert_allclose(layer.grad_z, layer.local_gradient * layer.grad_a)
        np.testing.assert_allclose(layer.grad_W, np.outer(layer.inputs, layer.grad_z))
        np.testing.assert_allclose(layer.grad_b, layer.grad_z)
    forward = net.forward(np.array([[0.3, -0.7]]))
    assert result.loss == pytest.approx(net.loss_value(forward, np.array([[1.0]])))


def test_trace_of_the_fused_heads_shows_the_loss_gradient_and_the_logit_gradient():
    # With softmax + cross-entropy, ∂L/∂z = ŷ − y comes from the logits; ∂L/∂ŷ is shown too.
    spec = NetworkSpec(layers=(LayerSpec(3, "relu"), LayerSpec(3, "softmax")),
                       loss="cross_entropy")
    y = np.array([0.0, 1.0, 0.0])
    result = trace(Network(spec, seed=2), np.array([0.5, -1.0]), y)
    top = result.layers[-1]
    np.testing.assert_allclose(top.grad_z, result.output - y)
    np.testing.assert_allclose(top.grad_a, -y / result.output)
    np.testing.assert_allclose(top.local_gradient, result.output * (1.0 - result.output))


def test_trace_shows_the_maxout_winner_and_the_learned_slope():
    spec = NetworkSpec(
        layers=(LayerSpec(3, "prelu"), LayerSpec(2, "maxout", {"k": 3}), LayerSpec(1, "linear")),
        loss="mse",
    )
    net = Network(spec, seed=6)
    result = trace(net, np.array([0.8, -0.4]), np.array([0.5]))
    prelu, maxout, _ = result.layers
    winners = maxout.local_gradient.reshape(2, 3)
    np.testing.assert_array_equal(winners.sum(axis=1), [1.0, 1.0])
    np.testing.assert_array_equal(winners.argmax(axis=1), maxout.z.reshape(2, 3).argmax(axis=1))
    z = prelu.z
    assert prelu.grad_learned["alpha"] == pytest.approx(np.sum(prelu.grad_a * np.minimum(z, 0)))


def test_trace_needs_a_target_or_an_output_gradient():
    net = Network(WORKED_SPEC, WORKED_BEFORE)
    with pytest.raises(ValueError, match="target"):
        trace(net, np.array([1.0, 1.0]))
