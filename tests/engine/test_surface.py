"""The loss surface against the network's own loss at the same weights: the grid's centre and
other points, the gradient arrow against central differences along the plane, the directions
(chosen parameters, random ones normalised per layer), projection onto the plane and the
optimizers' paths, with SGD's zig-zag on a sigmoid layer and momentum smoothing it."""

import numpy as np
import pytest
from test_network import OUTPUT_FOR_LOSS, _targets  # pytest puts this folder on the path

from playground.engine.activations import ACTIVATIONS
from playground.engine.datasets import make_dataset
from playground.engine.errors import SpecError
from playground.engine.network import Network
from playground.engine.optimizers import OPTIMIZERS
from playground.engine.spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings
from playground.engine.surface import (
    RANDOM_SPAN,
    Parameter,
    chosen_directions,
    loss_surface,
    optimizer_paths,
    random_directions,
)

HIDDEN = [a.name for a in ACTIVATIONS.values() if not a.output_only and a.trainable]
WEIGHT_AND_BIAS = (Parameter(0, "W", (1, 2)), Parameter(1, "b", (0,)))


def case(hidden: str = "tanh", loss: str = "bce", seed: int = 3):
    """A 3-4-3-k network of `hidden` layers for `loss`, with 30 random points."""
    output, width = OUTPUT_FOR_LOSS[loss]
    spec = NetworkSpec(
        ("x1", "x2", "x3"),
        (LayerSpec(4, hidden), LayerSpec(3, hidden), LayerSpec(width, output)),
        loss,
    )
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(30, 3))
    return Network(spec, seed=seed), x, _targets(loss, rng, 30, width)


def loss_at(network: Network, flat: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """The network's own loss with its parameters set to `flat`, on a copy."""
    copy = Network(network.spec, params=network.params)
    np.copyto(copy.flat, flat)
    return copy.loss_value(copy.forward(x), y)


def both_kinds(network: Network):
    return {
        "random": random_directions(network, seed=5),
        "chosen": chosen_directions(network, *WEIGHT_AND_BIAS),
    }


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("loss", list(OUTPUT_FOR_LOSS))
def test_the_grid_is_the_networks_own_loss_at_those_weights(hidden, loss):
    network, x, y = case(hidden, loss)
    surface = loss_surface(network, x, y, random_directions(network, seed=1), resolution=5)
    d1, d2 = surface.directions.first, surface.directions.second
    for i, j in ((2, 2), (0, 4), (3, 1), (4, 0)):
        flat = surface.centre + surface.offsets[i] * d1 + surface.offsets[j] * d2
        assert surface.loss[i, j] == pytest.approx(loss_at(network, flat, x, y), rel=1e-10)


@pytest.mark.parametrize("kind", ["random", "chosen"])
def test_the_centre_is_the_current_loss(kind):
    network, x, y = case()
    surface = loss_surface(network, x, y, both_kinds(network)[kind])
    current = network.loss_value(network.forward(x), y)
    assert surface.loss.shape == (41, 41)
    assert surface.offsets[20] == 0.0
    assert surface.centre_loss == pytest.approx(current, rel=1e-12)
    np.testing.assert_array_equal(surface.centre, network.packed())


@pytest.mark.parametrize("loss", list(OUTPUT_FOR_LOSS))
@pytest.mark.parametrize("kind", ["random", "chosen"])
def test_the_arrow_is_minus_the_gradient_along_the_plane(kind, loss):
    network, x, y = case("softplus", loss)
    surface = loss_surface(network, x, y, both_kinds(network)[kind], resolution=3)
    step = 1e-6
    slopes = [
        (loss_at(network, surface.centre + step * d, x, y)
         - loss_at(network, surface.centre - step * d, x, y)) / (2 * step)
        for d in (surface.directions.first, surface.directions.second)
    ]
    np.testing.assert_allclose(surface.arrow, -np.array(slopes), rtol=1e-5, atol=1e-9)


def test_random_directions_are_normalised_per_layer_orthogonal_and_seeded():
    network, _, _ = case()
    directions = random_directions(network, seed=7)
    d1, d2 = directions.first, directions.second
    for weights, one, two in zip(
        network.blocks, network.views(d1)[0], network.views(d2)[0], strict=True
    ):
        for block in (one, two):
            assert np.linalg.norm(block[:-1]) == pytest.approx(np.linalg.norm(weights[:-1]))
            assert not block[-1].any()  # biases stay put
        assert np.vdot(one, two) == pytest.approx(0.0, abs=1e-12)
    again = random_directions(network, seed=7)
    np.testing.assert_array_equal(again.first, d1)
    np.testing.assert_array_equal(again.second, d2)
    assert not np.allclose(random_directions(network, seed=8).first, d1)
    assert directions.span == RANDOM_SPAN and directions.seed == 7


def test_random_directions_leave_learned_parameters_alone():
    spec = NetworkSpec(layers=(LayerSpec(3, "prelu"), LayerSpec(1, "sigmoid")))
    network = Network(spec)
    directions = random_directions(network)
    mask = network.weight_mask()
    assert not directions.first[mask == 0].any() and not directions.second[mask == 0].any()


def test_a_single_weight_layer_gets_no_second_axis_but_the_others_do():
    spec = NetworkSpec(layers=(LayerSpec(1, "tanh"), LayerSpec(1, "sigmoid")))
    network = Network(spec)
    directions = random_directions(network)
    first, second = (network.views(d)[0] for d in (directions.first, directions.second))
    single = abs(network.params[1]["W"][0, 0])
    assert abs(first[1][0, 0]) == pytest.approx(single) and second[1][0, 0] == 0.0
    for block in (first[0], second[0]):
        assert np.linalg.norm(block[:-1]) == pytest.approx(np.linalg.norm(network.params[0]["W"]))
    tiny = Network(NetworkSpec(("x1",), (LayerSpec(1, "sigmoid"),)))
    with pytest.raises(SpecError, match="random directions"):
        random_directions(tiny)


def test_chosen_directions_move_exactly_those_parameters():
    network, _, _ = case()
    directions = chosen_directions(network, *WEIGHT_AND_BIAS)
    moved = Network(network.spec, params=network.params)
    moved.flat += 0.5 * directions.first - 2.0 * directions.second
    for index, (before, after) in enumerate(zip(network.params, moved.params, strict=True)):
        for name in before:
            change = after[name] - before[name]
            expected = np.zeros_like(change)
            if (index, name) == (0, "W"):
                expected[1, 2] = 0.5
            if (index, name) == (1, "b"):
                expected[0] = -2.0
            np.testing.assert_allclose(change, expected, atol=1e-15)
    assert directions.parameters == WEIGHT_AND_BIAS
    largest = max(abs(network.params[0]["W"][1, 2]), abs(network.params[1]["b"][0]))
    assert directions.span == max(1.0, 2 * largest)


@pytest.mark.parametrize(
    "first, second, message",
    [
        (Parameter(0, "W", (0, 0)), Parameter(0, "W", (0, 0)), "two different"),
        (Parameter(3, "W", (0, 0)), Parameter(0, "W", (0, 0)), "no layer 3"),
        (Parameter(0, "alpha", ()), Parameter(0, "W", (0, 0)), "weight W or a bias b"),
        (Parameter(0, "W", (3, 0)), Parameter(0, "W", (0, 0)), "no index"),
        (Parameter(0, "b", (0, 0)), Parameter(0, "W", (0, 0)), "no index"),
    ],
)
def test_chosen_parameters_that_do_not_exist_are_refused(first, second, message):
    network, _, _ = case()
    with pytest.raises(SpecError, match=message):
        chosen_directions(network, first, second)


def test_bad_grids_are_refused():
    network, x, y = case()
    directions = random_directions(network)
    for resolution in (40, 1):
        with pytest.raises(SpecError, match="odd resolution"):
            loss_surface(network, x, y, directions, resolution=resolution)
    with pytest.raises(SpecError, match="span"):
        loss_surface(network, x, y, directions, span=0.0)
    with pytest.raises(SpecError, match="training point"):
        loss_surface(network, x[:0], y[:0], directions)


@pytest.mark.parametrize("kind", ["random", "chosen"])
def test_projection_gives_back_the_plane_coordinates(kind):
    network, x, y = case()
    surface = loss_surface(network, x, y, both_kinds(network)[kind], span=2.0, resolution=3)
    d1, d2 = surface.directions.first, surface.directions.second
    pairs = np.array([[0.0, 0.0], [0.3, -1.2], [-2.0, 0.7]])
    path = [surface.centre + a * d1 + b * d2 for a, b in pairs]
    np.testing.assert_allclose(surface.project(path), pairs, atol=1e-12)
    off_plane = path[1] + network.weight_mask() * 1e-3 * np.cos(np.arange(len(d1)))
    least = surface.project(off_plane)[0]
    residual = off_plane - surface.centre - least[0] * d1 - least[1] * d2
    assert abs(residual @ d1) < 1e-12 and abs(residual @ d2) < 1e-12


@pytest.mark.parametrize("kind", ["random", "chosen"])
def test_every_optimizers_path_starts_at_the_centre(kind):
    network, x, y = case()
    surface = loss_surface(network, x, y, both_kinds(network)[kind], resolution=3)
    paths = optimizer_paths(network, x, y, surface, TrainSettings(learning_rate=0.1), steps=20)
    assert [path.optimizer for path in paths] == OPTIMIZERS.names()
    for path in paths:
        assert path.points.shape == (21, 2) and path.losses.shape == (21,)
        np.testing.assert_allclose(path.points[0], 0.0, atol=1e-15)
        assert path.losses[0] == pytest.approx(surface.centre_loss, rel=1e-12)
        assert path.losses[-1] < path.losses[0], path.optimizer
        assert not path.diverged


def test_a_path_that_diverges_stops_at_its_last_finite_point():
    network, x, y = case("relu", "mse")
    surface = loss_surface(network, x, y, random_directions(network), resolution=3)
    settings = TrainSettings(learning_rate=1e3)
    (path,) = optimizer_paths(network, x, y, surface, settings, steps=200, optimizers=["sgd"])
    assert path.diverged
    assert len(path.points) == len(path.losses) < 201
    assert np.isfinite(path.points).all() and np.isfinite(path.losses).all()


def test_no_call_changes_the_network():
    network, x, y = case("prelu", "cross_entropy")
    before = network.packed().copy()
    arrays = list(network.params)
    surface = loss_surface(network, x, y, random_directions(network), resolution=5)
    chosen_directions(network, *WEIGHT_AND_BIAS)
    optimizer_paths(network, x, y, surface, TrainSettings(optimizer="adam"), steps=5)
    np.testing.assert_array_equal(network.packed(), before)
    assert all(a is b for a, b in zip(network.params, arrays, strict=True))


def direction_reversals(coordinates: np.ndarray) -> float:
    """The share of successive steps along one axis that go the opposite way to the last."""
    steps = np.diff(coordinates)
    signs = np.sign(steps[steps != 0])
    return float(np.mean(signs[1:] != signs[:-1]))


def length_per_progress(points: np.ndarray) -> float:
    """How far a path travels for each unit it gets from its start to its end."""
    travelled = np.linalg.norm(np.diff(points, axis=0), axis=1).sum()
    return float(travelled / np.linalg.norm(points[-1] - points[0]))


def test_sgd_zig_zags_on_a_sigmoid_layer_and_momentum_smooths_it():
    # All a sigmoid layer's outputs are positive, so the output weights' gradients share a
    # stiff direction: with a large step SGD jumps across its valley at every step.
    data = make_dataset(DataSettings(kind="circle", n_points=200, noise=0.1))
    x, _ = data.features(("x1", "x2"))
    spec = NetworkSpec(layers=(LayerSpec(6, "sigmoid"), LayerSpec(1, "sigmoid")), loss="bce")
    network = Network(spec, seed=1)
    weights = chosen_directions(network, Parameter(1, "W", (0, 0)), Parameter(1, "W", (1, 0)))
    surface = loss_surface(network, x, data.y_train, weights, resolution=3)
    sgd, momentum = optimizer_paths(
        network, x, data.y_train, surface, TrainSettings(learning_rate=8.0, momentum=0.9),
        steps=200, optimizers=["sgd", "momentum"],
    )
    assert direction_reversals(sgd.points[:, 0]) > 0.9
    assert direction_reversals(momentum.points[:, 0]) < 0.2
    assert length_per_progress(sgd.points) > 2 * length_per_progress(momentum.points)
    assert momentum.losses[-1] < sgd.losses[-1]
