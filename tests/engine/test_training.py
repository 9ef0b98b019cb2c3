"""Optimizers, the trainer, divergence and stopping, reproducibility."""

import math

import numpy as np
import pytest

from playground.engine.errors import SpecError
from playground.engine.network import Network, copy_params
from playground.engine.optimizers import OPTIMIZERS, make_optimizer
from playground.engine.spec import LayerSpec, NetworkSpec, TrainSettings
from playground.engine.trainer import StopReason, Trainer

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])
EMPTY_X, EMPTY_Y = np.zeros((0, 2)), np.zeros((0, 1))


def _trainer(spec, x, y, settings, seed=0):
    return Trainer(Network(spec, seed=seed), x, y, EMPTY_X, EMPTY_Y, "binary", settings)


def test_sgd_is_exactly_w_minus_alpha_gradient():
    param, grad = np.array([1.0, -2.0]), np.array([0.5, 0.25])
    make_optimizer("sgd").step([param], [grad], TrainSettings(learning_rate=0.1))
    np.testing.assert_array_equal(param, np.array([1.0 - 0.1 * 0.5, -2.0 - 0.1 * 0.25]))


def test_momentum_rmsprop_adam_match_hand_computation():
    g1, g2 = 0.5, -0.25
    s = TrainSettings(learning_rate=0.1, momentum=0.9, rho=0.8, beta1=0.9, beta2=0.99,
                      epsilon=1e-8)
    expected = {}
    v = -0.1 * g1
    w = 1.0 + v
    v = 0.9 * v - 0.1 * g2
    expected["momentum"] = w + v
    sq = 0.2 * g1**2
    w = 1.0 - 0.1 * g1 / (math.sqrt(sq) + 1e-8)
    sq = 0.8 * sq + 0.2 * g2**2
    expected["rmsprop"] = w - 0.1 * g2 / (math.sqrt(sq) + 1e-8)
    m, u, w = 0.0, 0.0, 1.0
    for t, g in enumerate((g1, g2), start=1):
        m = 0.9 * m + 0.1 * g
        u = 0.99 * u + 0.01 * g * g
        w -= 0.1 * (m / (1 - 0.9**t)) / (math.sqrt(u / (1 - 0.99**t)) + 1e-8)
    expected["adam"] = w
    for name, value in expected.items():
        param = np.array([1.0])
        optimizer = make_optimizer(name)
        for g in (g1, g2):
            optimizer.step([param], [np.array([g])], s)
        assert param[0] == pytest.approx(value, rel=1e-12), name
    assert set(OPTIMIZERS.names()) == {"sgd", "momentum", "rmsprop", "adam"}


def test_one_epoch_batch_one_is_one_update_per_sample_by_hand():
    # One sigmoid neuron, SSE, plain SGD, batch 1, data order kept: a textbook hand calculation.
    w1, w2, b, lr = 0.1, -0.2, 0.05, 0.5
    samples = [((1.0, 0.5), 1.0), ((-0.5, 1.0), 0.0)]
    for (x1, x2), t in samples:
        out = 1 / (1 + math.exp(-(w1 * x1 + w2 * x2 + b)))
        delta = (out - t) * out * (1 - out)  # ∂L/∂z for L = ½(out − t)²
        w1, w2, b = w1 - lr * delta * x1, w2 - lr * delta * x2, b - lr * delta
    spec = NetworkSpec(features=("x1", "x2"), layers=(LayerSpec(1, "sigmoid"),), loss="sse")
    params = [{"W": np.array([[0.1], [-0.2]]), "b": np.array([0.05])}]
    x = np.array([s[0] for s in samples])
    y = np.array([[s[1]] for s in samples])
    trainer = Trainer(Network(spec, params), x, y, EMPTY_X, EMPTY_Y, "binary",
                      TrainSettings(learning_rate=lr, batch_size=1, shuffle=False))
    trainer.step()
    layer = trainer.network.params[0]
    assert layer["W"][0, 0] == pytest.approx(w1, abs=1e-15)
    assert layer["W"][1, 0] == pytest.approx(w2, abs=1e-15)
    assert layer["b"][0] == pytest.approx(b, abs=1e-15)


def test_no_hidden_layer_cannot_learn_xor_but_one_hidden_layer_can():
    settings = TrainSettings(learning_rate=0.5, batch_size=4, optimizer="adam")
    flat = NetworkSpec(layers=(LayerSpec(1, "sigmoid"),), loss="bce")
    deep = NetworkSpec(layers=(LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")), loss="bce")
    results = {}
    for name, spec in (("flat", flat), ("deep", deep)):
        trainer = _trainer(spec, XOR_X, XOR_Y, settings.with_(learning_rate=0.05), seed=2)
        for result in trainer.run():
            if result.epoch == 2000:
                break
        results[name] = result.train_metric
    assert results["flat"] <= 0.75
    assert results["deep"] == 1.0


def test_same_seed_same_run():
    spec = NetworkSpec()
    x = np.random.default_rng(0).normal(size=(40, 2))
    y = (x[:, :1] > 0).astype(float)
    runs, weights = [], []
    for _ in range(2):
        trainer = _trainer(spec, x, y, TrainSettings(seed=5, batch_size=7))
        initial = copy_params(trainer.network.params)
        runs.append([trainer.step() for _ in range(5)])
        weights.append(copy_params(trainer.network.params))
    assert [r.train_loss for r in runs[0]] == [r.train_loss for r in runs[1]]
    for first, again in zip(*weights, strict=True):
        for name in first:
            np.testing.assert_array_equal(first[name], again[name])
    assert not np.array_equal(initial[0]["W"], weights[0][0]["W"])
    assert len(trainer.full_gradients()) == len(spec.layers)


def test_divergence_stops_names_the_epoch_and_keeps_finite_weights():
    spec = NetworkSpec(layers=(LayerSpec(8, "relu"), LayerSpec(1, "linear")), loss="mse")
    rng = np.random.default_rng(0)
    x = rng.normal(size=(50, 2)) * 10
    y = rng.normal(size=(50, 1)) * 100
    trainer = Trainer(Network(spec, seed=1), x, y, x, y, "regression",
                      TrainSettings(learning_rate=5.0))
    results = list(trainer.run())
    last = results[-1]
    assert last.stop_reason is StopReason.DIVERGED
    assert f"epoch {last.epoch}" in str(last.message)
    assert all(np.all(np.isfinite(v)) for layer in trainer.network.params for v in layer.values())
    assert trainer.epoch == last.epoch - 1


def test_stops_at_max_epochs_and_at_loss_threshold():
    spec = NetworkSpec(layers=(LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")), loss="bce")
    trainer = _trainer(spec, XOR_X, XOR_Y, TrainSettings(max_epochs=7))
    assert [r.epoch for r in trainer.run()] == list(range(1, 8))
    trainer = _trainer(spec, XOR_X, XOR_Y, TrainSettings(optimizer="adam", learning_rate=0.05,
                                                          batch_size=4, stop_at_loss=0.3))
    results = list(trainer.run())
    assert results[-1].stop_reason is StopReason.STOP_AT_LOSS and results[-1].train_loss <= 0.3


def test_settings_change_live_without_reset():
    spec = NetworkSpec(layers=(LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")), loss="bce")
    trainer = _trainer(spec, XOR_X, XOR_Y, TrainSettings())
    trainer.step()
    before = [v.copy() for layer in trainer.network.params for v in layer.values()]
    trainer.settings = trainer.settings.with_(learning_rate=0.0001, optimizer="adam")
    trainer.step()
    after = [v for layer in trainer.network.params for v in layer.values()]
    assert trainer.epoch == 2
    assert max(float(np.max(np.abs(a - b))) for a, b in zip(after, before)) < 0.01
    with pytest.raises(SpecError, match="learning rate"):
        trainer.settings = trainer.settings.with_(learning_rate=-1.0)
    with pytest.raises(SpecError, match="batch size"):
        trainer.settings = trainer.settings.with_(batch_size=0)


def test_data_that_does_not_fit_the_network_is_refused():
    with pytest.raises(SpecError, match="3 input columns"):
        _trainer(NetworkSpec(), np.zeros((4, 3)), np.zeros((4, 1)), TrainSettings())


def test_an_interrupted_epoch_is_abandoned_as_if_it_never_ran():
    spec = NetworkSpec(layers=(LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")), loss="bce")
    x = np.random.default_rng(0).normal(size=(2000, 2))
    y = (x[:, :1] > 0).astype(float)
    trainer = _trainer(spec, x, y, TrainSettings(batch_size=1, optimizer="adam"))
    before = trainer.network.packed().copy()
    asked = []
    assert trainer.step(should_stop=lambda: asked.append(1) or len(asked) > 3) is None
    np.testing.assert_array_equal(trainer.network.packed(), before)
    assert trainer.epoch == 0
    assert trainer.step().epoch == 1


def test_evaluate_reports_the_loss_before_training_without_training():
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(20, 2)), (rng.uniform(size=(20, 1)) > 0.5).astype(float)
    network = Network(NetworkSpec(), seed=1)
    trainer = Trainer(network, x, y, x[:0], y[:0], "binary", TrainSettings())
    before = network.packed().copy()
    result = trainer.evaluate()
    assert result.epoch == 0 and result.stop_reason is None
    assert result.train_loss == pytest.approx(network.loss_value(network.forward(x), y))
    np.testing.assert_array_equal(network.packed(), before)
    assert trainer.step().epoch == 1


def test_whole_set_gradients_are_taken_once_per_weights_and_afresh_when_they_change(monkeypatch):
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(20, 2)), (rng.uniform(size=(20, 1)) > 0.5).astype(float)
    network = Network(NetworkSpec(), seed=1)
    settings = TrainSettings(regularization="l2", reg_rate=0.1)
    trainer = Trainer(network, x, y, x[:0], y[:0], "binary", settings)
    passes = []
    original = type(trainer._train_set).gradients
    monkeypatch.setattr(type(trainer._train_set), "gradients",
                        lambda whole: passes.append(1) or original(whole))
    trainer.step()
    before = network.packed().copy()
    statistics, _ = trainer.layer_statistics(before)
    gradients = trainer.full_gradients()
    assert len(passes) == 1  # the snapshot's gradients reuse the statistics' pass
    first = network.backward(network.forward(x), y).grads
    expected = first[0]["W"] + 0.1 * network.params[0]["W"]  # the L2 term ∂(λ/2‖W‖²)/∂W
    np.testing.assert_allclose(gradients[0]["W"], expected, rtol=1e-12)
    assert statistics[0] == pytest.approx(float(np.mean(np.abs(first[0]["W"]))), rel=1e-12)
    network.params[0]["W"][0, 0] += 0.5  # an edit in place, as the canvas makes them
    edited = trainer.full_gradients()
    assert len(passes) == 2
    fresh = network.backward(network.forward(x), y).grads
    np.testing.assert_allclose(edited[0]["W"] - 0.1 * network.params[0]["W"], fresh[0]["W"],
                               rtol=1e-12)
