"""The trainer's fast loops compute what the gradient-checked `Network.backward` computes, for
every activation and loss in the registries (so the gradient check covers training too)."""

import numpy as np
import pytest
from test_network import OUTPUT_FOR_LOSS, _targets  # pytest puts this folder on the path

from playground.engine.activations import ACTIVATIONS
from playground.engine.buffered import WholeSet
from playground.engine.network import Network
from playground.engine.spec import LayerSpec, NetworkSpec

HIDDEN = [a.name for a in ACTIVATIONS.values() if not a.output_only]


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss", list(OUTPUT_FOR_LOSS))
def test_whole_set_matches_network_backward(hidden, loss):
    output, width = OUTPUT_FOR_LOSS[loss]
    spec = NetworkSpec(
        features=("x1", "x2", "x3"),
        layers=(LayerSpec(4, hidden), LayerSpec(3, hidden), LayerSpec(width, output)),
        loss=loss,
    )
    rng = np.random.default_rng(5)
    network = Network(spec, seed=5)
    x = rng.normal(size=(9, 3))
    y = _targets(loss, rng, 9, width)
    task = "multiclass" if loss == "cross_entropy" else "binary" if loss == "bce" else "regression"
    fast = WholeSet(network, x, y, task)
    forward = network.forward(x)
    expected = network.backward(forward, y).grads
    assert fast.evaluate()[0] == pytest.approx(network.loss_value(forward, y), rel=1e-12)
    for got, want in zip(fast.gradients(), expected):
        assert set(got) == set(want)
        for key in want:
            np.testing.assert_allclose(got[key], want[key], rtol=1e-10, atol=1e-13)
