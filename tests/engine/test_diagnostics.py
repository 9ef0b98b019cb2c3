"""Gradient health: vanishing gradients, dead and saturated neurons, stalls, and the history's
per-layer statistics."""

from __future__ import annotations

import math

import numpy as np
import pytest

from playground.engine.activations import ACTIVATIONS
from playground.engine.datasets import make_dataset
from playground.engine.diagnostics import (
    DEAD_MEANING,
    HISTOGRAM_BINS,
    HISTOGRAM_KINDS,
    SATURATED_MEANING,
    neuron_notes,
    update_ratios,
)
from playground.engine.history import History
from playground.engine.network import Network
from playground.engine.spec import DataSettings, LayerSpec, NetworkSpec, TrainSettings
from playground.engine.trainer import EpochResult, Trainer
from playground.engine.training_warnings import RULES, Evidence, training_warnings


def deep(activation: str, init: str) -> NetworkSpec:
    """2 → six hidden layers of 8 → 1 sigmoid output with binary cross-entropy."""
    hidden = tuple(LayerSpec(8, activation) for _ in range(6))
    return NetworkSpec(("x1", "x2"), (*hidden, LayerSpec(1, "sigmoid")), "bce", init=init)


def trained(
    spec: NetworkSpec, epochs: int, kind: str = "circle", learning_rate: float = 0.03,
    params: list | None = None,
) -> tuple[Trainer, History]:
    """A trainer recording gradient statistics, after `epochs` epochs, and its history."""
    data = make_dataset(DataSettings(kind=kind, n_points=200, noise=0.1, train_ratio=0.5))
    x_train, x_test = data.features(spec.features)
    settings = TrainSettings(optimizer="sgd", learning_rate=learning_rate, batch_size=10)
    trainer = Trainer(Network(spec, params), x_train, data.y_train, x_test, data.y_test,
                      data.task, settings, layer_stats=True)
    history = History()
    history.append(trainer.evaluate())
    for _ in range(epochs):
        history.append(trainer.step())
    return trainer, history


def kinds(trainer: Trainer, history: History) -> list[str]:
    return [warning.kind for warning in trainer.diagnose(history).warnings]


def test_deep_sigmoid_starves_the_input_side_and_warns():
    trainer, history = trained(deep("sigmoid", "xavier"), 40)
    grads = history.layer_series("grad_mean_abs")
    assert grads.shape == (41, 7) and np.isfinite(grads).all()
    assert grads[-1, 0] < grads[-1, -1] / 100
    warnings = trainer.diagnose(history).warnings
    vanishing = [w for w in warnings if w.kind == "vanishing"]
    assert vanishing and vanishing[0].layers == (0,)
    assert "times smaller" in vanishing[0].text and "ReLU" in vanishing[0].advice


def test_deep_relu_with_he_does_not_warn_of_vanishing():
    trainer, history = trained(deep("relu", "he"), 40)
    grads = history.layer_series("grad_mean_abs")
    assert grads[-1, 0] > grads[-1, -1] / 100
    assert "vanishing" not in kinds(trainer, history)
    assert "exploding" not in kinds(trainer, history)


def test_the_gradient_statistics_are_the_whole_sets_gradients():
    trainer, history = trained(deep("tanh", "xavier"), 2)
    grads = trainer._train_set.gradients()
    expected = [np.mean(np.abs(layer["W"])) for layer in grads]
    np.testing.assert_allclose(history.layer_series("grad_mean_abs")[-1], expected)
    health = trainer.diagnose(history)
    np.testing.assert_allclose([layer.grad_mean_abs for layer in health.layers], expected)


def test_update_ratio_is_the_epochs_relative_weight_change():
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")), "bce")
    network = Network(spec, seed=2)
    before = network.packed().copy()
    network.params[0]["W"] *= 1.5
    ratios = update_ratios(network, before)
    assert ratios[0] == pytest.approx(1 / 3) and ratios[1] == 0.0
    trainer, history = trained(spec, 3)
    ratio = history.layer_series("update_ratio")
    assert np.isnan(ratio[0]).all()  # epoch 0: nothing moved
    assert (ratio[1:] > 0).all() and (ratio[1:] < 1).all()
    assert trainer.diagnose(history).layers[0].update_ratio == ratio[-1, 0]


def dead_relu_weights(spec: NetworkSpec) -> list[dict[str, np.ndarray]]:
    """The first layer's neurons 0 to 2 get a bias so negative that no input reaches 0."""
    weights = Network(spec, seed=0).params
    weights[0]["b"][:3] = -100.0
    return weights


def test_a_constructed_dead_relu_network_gets_dead_flags():
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(4, "relu"), LayerSpec(1, "sigmoid")), "bce",
                       init="he")
    trainer, history = trained(spec, 3, params=dead_relu_weights(spec))
    health = trainer.diagnose(history)
    first = health.layers[0]
    assert first.dead.tolist() == [True, True, True, False]
    assert first.active_share[:3].tolist() == [0.0, 0.0, 0.0] and first.active_share[3] > 0
    assert not health.layers[1].dead.any()  # sigmoid cannot die: NaN share, no flag
    assert math.isnan(health.layers[1].active_share[0])
    dead = [w for w in health.warnings if w.kind == "dead"]
    assert len(dead) == 1 and dead[0].layers == (0,) and "3 of the 4" in dead[0].text
    assert neuron_notes(health, 0, 0) == [DEAD_MEANING] and neuron_notes(health, 0, 3) == []


def test_a_saturated_sigmoid_network_gets_saturated_flags():
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(3, "sigmoid"), LayerSpec(1, "linear")), "mse")
    weights = Network(spec, seed=0).params
    weights[0]["W"][:, :2] = 0.0
    weights[0]["b"][:2] = [40.0, -40.0]  # σ′ ≈ 0 for every point
    trainer, history = trained(spec, 0, kind="plane", params=weights)
    first = trainer.diagnose(history).layers[0]
    assert first.saturated.tolist() == [True, True, False]
    assert first.saturated_share[:2].tolist() == [1.0, 1.0]
    assert neuron_notes(trainer.diagnose(history), 0, 1) == [SATURATED_MEANING]


def test_a_fused_sigmoid_output_is_never_called_saturated():
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")), "bce")
    weights = Network(spec, seed=0).params
    weights[1]["b"][:] = 40.0
    trainer, history = trained(spec, 0, params=weights)
    output = trainer.diagnose(history).layers[1]
    assert not output.saturated.any() and math.isnan(output.saturated_share[0])


def test_mse_on_a_sigmoid_output_at_learning_rate_10_stalls_and_says_so():
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(8, "tanh"), LayerSpec(1, "sigmoid")), "mse")
    trainer, history = trained(spec, 60, kind="xor", learning_rate=10.0)
    health = trainer.diagnose(history)
    stalled = [w for w in health.warnings if w.kind == "stalled"]
    assert stalled and "accuracy is" in stalled[0].text
    assert "smaller learning rate" in stalled[0].advice
    assert "binary cross-entropy" in stalled[0].advice  # the picker's advice on this set-up
    assert health.layers[1].saturated.all()  # the output sits in saturation


def test_training_that_goes_well_has_no_warnings():
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(8, "tanh"), LayerSpec(1, "sigmoid")), "bce")
    trainer, history = trained(spec, 40, kind="gaussians", learning_rate=0.1)
    assert kinds(trainer, history) == []


def history_of(grads: list[list[float]], losses: list[float] | None = None) -> History:
    history = History()
    for epoch, values in enumerate(grads):
        loss = losses[epoch] if losses else 0.5
        history.append(EpochResult(epoch, loss, math.nan, 0.5, math.nan,
                                   grad_mean_abs=tuple(values)))
    return history


SPEC = NetworkSpec(("x1", "x2"), (LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")), "bce")


def evidence(history: History) -> Evidence:
    return Evidence(SPEC, "binary", history, (np.zeros(4, bool), np.zeros(1, bool)))


def test_exploding_gradients_are_named():
    growing = history_of([[10.0 ** k, 10.0 ** k] for k in range(10)])
    assert [w.kind for w in RULES["exploding"](evidence(growing))] == ["exploding"]
    through_depth = history_of([[100.0, 1.0]] * 10)
    assert "times larger" in RULES["exploding"](evidence(through_depth))[0].text
    assert RULES["exploding"](evidence(history_of([[1.0, 1.0]] * 10))) == []


def test_rules_wait_for_enough_recorded_epochs():
    few = history_of([[1e-6, 1.0]] * 4)
    assert RULES["vanishing"](evidence(few)) == []
    unrecorded = History()
    for epoch in range(30):
        unrecorded.append(EpochResult(epoch, 0.5, math.nan, 0.5, math.nan))
    assert [w.kind for w in training_warnings(evidence(unrecorded))] == ["stalled"]


def test_no_gradient_at_all_in_the_first_layer_is_vanishing_too():
    warning = RULES["vanishing"](evidence(history_of([[0.0, 1e-3]] * 10)))[0]
    assert "no gradient reaches the first layer" in warning.text


def test_every_layer_has_every_histogram():
    spec = deep("relu", "he")
    trainer, history = trained(spec, 1)
    for layer, health in zip(spec.layers, trainer.diagnose(history).layers):
        assert set(health.histograms) == set(HISTOGRAM_KINDS)
        for histogram in health.histograms.values():
            assert histogram.counts.shape == (HISTOGRAM_BINS,)
            assert histogram.edges.shape == (HISTOGRAM_BINS + 1,)
        assert health.histograms["z"].counts.sum() == 100 * layer.units  # every training point
        assert health.histograms["a"].counts.sum() == 100 * layer.units


def test_only_relu_and_threshold_can_die_and_only_sigmoid_and_tanh_saturate():
    assert {a.name for a in ACTIVATIONS.values() if a.can_die} == {"relu", "threshold"}
    assert {a.name: a.peak_slope for a in ACTIVATIONS.values() if a.peak_slope} == {
        "sigmoid": 0.25, "tanh": 1.0}


def test_a_trainer_without_layer_stats_records_none():
    spec = deep("tanh", "xavier")
    data = make_dataset(DataSettings(kind="circle", n_points=40))
    x_train, x_test = data.features(spec.features)
    trainer = Trainer(Network(spec), x_train, data.y_train, x_test, data.y_test, data.task,
                      TrainSettings())
    result = trainer.step()
    assert result.grad_mean_abs is None and result.update_ratio is None


@pytest.mark.parametrize(
    "values",
    [np.random.default_rng(4).standard_normal((50, 8)), np.full(7, 3.0), np.array([-1.0, 2.0]),
     np.array([1.0, np.inf, -np.inf, 2.0, np.nan])],
)
def test_histograms_count_as_numpy_does_and_skip_non_finite_values(values):
    from playground.engine.diagnostics import _histogram

    finite = values[np.isfinite(values)]
    counts, edges = np.histogram(finite, bins=HISTOGRAM_BINS)
    histogram = _histogram(values)
    np.testing.assert_array_equal(histogram.counts, counts)
    np.testing.assert_allclose(histogram.edges, edges)


@pytest.mark.parametrize("weights", [1e20, "±1e308", "subnormal"])
def test_histograms_of_huge_weights_are_counted(weights):
    """Found by the random-action test: weights all equal past 2**53 (an absurd learning rate
    blew them up) divided by zero, and a span wider than a float could hold had no bins."""
    spec = NetworkSpec(("x1", "x2"), (LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")), "bce")
    trainer, history = trained(spec, 1)
    first = trainer.network.params[0]["W"]
    odd = np.arange(first.size).reshape(first.shape) % 2 == 1
    first[...] = {1e20: np.full(first.shape, 1e20), "±1e308": np.where(odd, 1e308, -1e308),
                  "subnormal": np.where(odd, 1e-323, 5e-324)}[weights]
    health = trainer.diagnose(history)
    counts = health.layers[0].histograms["weights"].counts
    assert counts.sum() == first.size
    if weights == "±1e308":
        assert counts[0] == counts[-1] == first.size // 2
