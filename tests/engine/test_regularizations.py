"""Regularizations: every registered one has the gradient of its penalty, touches weights only,
and is the same in the minibatch loop, the whole-set gradients and the gradient check."""

import numpy as np
import pytest

from playground.engine.gradcheck import gradient_check
from playground.engine.network import Network
from playground.engine.regularizations import (
    REGULARIZATIONS,
    add_regularization,
    regularization_penalty,
)
from playground.engine.spec import LayerSpec, NetworkSpec, TrainSettings
from playground.engine.trainer import Trainer

NAMES = REGULARIZATIONS.names()
SPEC = NetworkSpec(layers=(LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")), loss="bce")
RNG = np.random.default_rng(5)
X = RNG.normal(size=(16, 2))
Y = RNG.integers(0, 2, (16, 1)).astype(float)


@pytest.mark.parametrize("name", NAMES)
def test_the_gradient_is_the_penaltys_derivative(name):
    regularization = REGULARIZATIONS[name]
    weights = np.random.default_rng(1).normal(size=(3, 4))
    numeric = np.zeros_like(weights)
    step = 1e-6
    for index in np.ndindex(weights.shape):
        plus, minus = weights.copy(), weights.copy()
        plus[index] += step
        minus[index] -= step
        numeric[index] = (regularization.penalty(plus) - regularization.penalty(minus)) / (2 * step)
    np.testing.assert_allclose(regularization.gradient(weights), numeric, atol=1e-6)


def zero_gradients(network: Network) -> list[dict[str, np.ndarray]]:
    return [{key: np.zeros_like(value) for key, value in layer.items()} for layer in network.params]


@pytest.mark.parametrize("name", NAMES)
def test_only_weights_are_penalized_and_only_when_it_does_something(name):
    network = Network(SPEC, seed=2)
    grads = zero_gradients(network)
    add_regularization(network.params, grads, name, 0.1)
    assert not any(layer["b"].any() for layer in grads)
    changed = any(layer["W"].any() for layer in grads)
    assert changed == REGULARIZATIONS[name].penalizes
    assert (regularization_penalty(network.params, name, 0.1) > 0) == changed
    grads = zero_gradients(network)
    add_regularization(network.params, grads, name, 0.0)
    assert not any(value.any() for layer in grads for value in layer.values())
    assert regularization_penalty(network.params, name, 0.0) == 0


@pytest.mark.parametrize("name", NAMES)
def test_the_gradient_check_agrees(name):
    settings = TrainSettings(regularization=name, reg_rate=0.05)
    errors = gradient_check(Network(SPEC, seed=3), X, Y, settings)
    assert max(errors.values()) < 1e-5, errors


@pytest.mark.parametrize("name", NAMES)
def test_a_minibatch_step_uses_the_whole_set_gradient(name):
    """With one minibatch of every point, an SGD step is −α times the whole-set gradient."""
    settings = TrainSettings(regularization=name, reg_rate=0.05, batch_size=len(X), shuffle=False)
    trainer = Trainer(Network(SPEC, seed=3), X, Y, X[:0], Y[:0], "binary", settings)
    grads = trainer.full_gradients()
    flat = np.concatenate([np.vstack([g["W"], g["b"]]).ravel() for g in grads])
    expected = trainer.network.packed() - settings.learning_rate * flat
    trainer.step()
    np.testing.assert_allclose(trainer.network.packed(), expected, rtol=1e-12, atol=1e-15)
