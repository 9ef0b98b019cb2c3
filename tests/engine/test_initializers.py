"""Initializers: every registered one draws reproducibly, in the documented order and ranges."""

import numpy as np
import pytest

from playground.engine.initializers import INITIALIZERS
from playground.engine.network import initialize, parameter_shapes
from playground.engine.spec import LayerSpec, NetworkSpec

SPEC = NetworkSpec(layers=(LayerSpec(5, "relu"), LayerSpec(3, "maxout", {"k": 2}),
                           LayerSpec(1, "sigmoid")))


@pytest.mark.parametrize("name", INITIALIZERS.names())
def test_same_seed_same_numbers_and_the_layers_shapes(name):
    spec = SPEC.with_(init=name)
    first, again = initialize(spec, seed=11), initialize(spec, seed=11)
    for layer, repeat, shapes in zip(first, again, parameter_shapes(spec), strict=True):
        for key, shape in shapes.items():
            assert layer[key].shape == shape and np.all(np.isfinite(layer[key]))
            np.testing.assert_array_equal(layer[key], repeat[key])


@pytest.mark.parametrize("name", INITIALIZERS.names())
def test_layers_draw_in_turn_from_one_generator(name):
    rng = np.random.default_rng(4)
    initializer = INITIALIZERS[name]
    for layer, shapes in zip(initialize(SPEC.with_(init=name), seed=4), parameter_shapes(SPEC)):
        weights, bias = initializer.draw(rng, *shapes["W"])
        np.testing.assert_array_equal(layer["W"], weights)
        np.testing.assert_array_equal(layer["b"], bias)


@pytest.mark.parametrize("name", INITIALIZERS.names())
def test_every_initializer_explains_itself(name):
    entry = INITIALIZERS[name]
    assert entry.name == name and entry.label and entry.formula and entry.notes.endswith(".")


@pytest.mark.parametrize(
    ("name", "first", "last_weight", "last_bias"),
    [
        ("xavier", 0.2739233746429086, 0.11727003997760699, 0.0),
        ("he", 0.1257302210933933, -0.31630015636915454, 0.0),
        ("uniform", 0.1369616873214543, 0.1471895115742501, 0.11538511148125385),
        ("zeros", 0.0, 0.0, 0.0),
    ],
)
def test_the_numbers_of_a_seed_never_change(name, first, last_weight, last_bias):
    layers = initialize(NetworkSpec(init=name), seed=0)
    assert float(layers[0]["W"][0, 0]) == first
    assert float(layers[-1]["W"][-1, -1]) == last_weight
    assert float(layers[-1]["b"][-1]) == last_bias


def test_the_ranges_the_formulas_state():
    rng = np.random.default_rng(0)
    weights, bias = INITIALIZERS["xavier"].draw(rng, 30, 20)
    assert np.abs(weights).max() <= np.sqrt(6 / 50) and not bias.any()
    weights, bias = INITIALIZERS["he"].draw(rng, 200, 300)
    assert weights.std() == pytest.approx(np.sqrt(2 / 200), rel=0.02) and not bias.any()
    weights, bias = INITIALIZERS["uniform"].draw(rng, 30, 20)
    assert np.abs(weights).max() <= 0.5 and np.abs(bias).max() <= 0.5 and bias.any()
    weights, bias = INITIALIZERS["zeros"].draw(rng, 30, 20)
    assert not weights.any() and not bias.any()
