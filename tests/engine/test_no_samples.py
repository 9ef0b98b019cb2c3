"""No samples at all (an empty test split: a handful of points of your own) pass through every
activation: the random-action test found maxout failing to reshape an empty batch."""

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.network import Network
from playground.engine.spec import LayerSpec, NetworkSpec

HIDDEN = [a.name for a in ACTIVATIONS.values() if not a.output_only]


@pytest.mark.parametrize("activation", HIDDEN)
def test_a_batch_of_no_samples_gives_no_predictions(activation):
    spec = NetworkSpec(features=("x1", "x2"), loss="mse",
                       layers=(LayerSpec(3, activation), LayerSpec(2, "linear")))
    network = Network(spec, seed=1)
    assert network.predict(np.empty((0, 2))).shape == (0, 2)
    assert network.predict(np.ones((4, 2))).shape == (4, 2)
