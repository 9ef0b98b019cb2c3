"""Every shipped setup loads, builds with its data and trains, and shows what its text promises,
measured with the engine's own numbers."""

import numpy as np
import pytest

from playground.engine.datasets import make_dataset
from playground.engine.history import History
from playground.engine.modelfile import load_model
from playground.engine.network import Network
from playground.engine.trainer import Trainer
from playground.presets import GROUPS, PRESETS, preset, presets_in


def preset_trainer(name: str, layer_stats: bool = False, **training) -> Trainer:
    """A trainer on the preset's network, weights and data, its training settings changed by
    `training`."""
    model = load_model(preset(name).path)
    dataset = make_dataset(model.data)
    network = Network(model.spec, model.weights, seed=model.training.seed)
    x_train, x_test = dataset.features(model.spec.features)
    return Trainer(network, x_train, dataset.y_train, x_test, dataset.y_test, dataset.task,
                   model.training.with_(**training), layer_stats=layer_stats)


def train(trainer: Trainer, epochs: int) -> History:
    """The trainer's history over `epochs` epochs, epoch 0 (before training) first."""
    history = History()
    history.append(trainer.evaluate())
    for _ in range(epochs):
        history.append(trainer.step())
    return history


@pytest.mark.parametrize("entry", PRESETS, ids=lambda p: p.name)
def test_every_preset_loads_and_trains(entry):
    trainer = preset_trainer(entry.name)
    losses = [trainer.step().train_loss for _ in range(5)]
    assert np.all(np.isfinite(losses))
    assert entry.title and len(entry.text.split(". ")) >= 2
    assert entry.teaser and "\n" not in entry.teaser and len(entry.teaser) <= 70
    assert entry.group in dict(GROUPS)
    if entry.inspect_sample is not None:
        assert 0 <= entry.inspect_sample < len(trainer.x_train)


def test_presets_are_found_by_name_and_names_are_unique():
    assert len({p.name for p in PRESETS}) == len(PRESETS)
    assert preset("backprop-2-2-1").inspect_sample == 0
    with pytest.raises(KeyError, match="known: backprop-2-2-1"):
        preset("no-such-preset")


def test_every_partner_is_a_preset_that_names_it_back_and_every_group_is_listed():
    for entry in PRESETS:
        if entry.compare_with is not None:
            assert preset(entry.compare_with).compare_with == entry.name
    assert all(presets_in(key) for key, _title in GROUPS)
    assert sum(len(presets_in(key)) for key, _title in GROUPS) == len(PRESETS)


def test_xor_needs_its_hidden_layer():
    """XOR with one hidden layer gets all four points; without one the loss stalls at ln 2,
    every output at 0.5, and never more than three of the four come out right."""
    with_hidden, without = (load_model(preset(name).path) for name in ("xor", "xor-no-hidden"))
    assert without.data == with_hidden.data
    assert without.spec == with_hidden.spec.with_(layers=with_hidden.spec.layers[-1:])
    results, outputs = {}, {}
    for name in ("xor", "xor-no-hidden"):
        trainer = preset_trainer(name, max_epochs=None, stop_at_loss=None)
        results[name] = train(trainer, 1500)
        outputs[name] = trainer.network.predict(trainer.x_train).ravel()
    assert results["xor"].column("train_metric")[-1] == 1.0
    np.testing.assert_array_equal(outputs["xor"] > 0.5, [False, True, True, False])
    assert np.all(results["xor-no-hidden"].column("train_metric")[1:] <= 0.75)
    assert results["xor-no-hidden"].column("train_loss")[100:] == pytest.approx(np.log(2),
                                                                               abs=1e-3)
    np.testing.assert_allclose(outputs["xor-no-hidden"], 0.5, atol=0.01)


def test_deep_sigmoid_gradients_vanish_and_deep_relu_ones_do_not():
    """Mean |∂L/∂W| of the first layer against the last one's over 30 epochs: thousands of
    times smaller with sigmoid; about as large with ReLU and He weights, which learns."""
    ratios = {}
    for name in ("deep-sigmoid", "deep-relu"):
        history = train(preset_trainer(name, layer_stats=True), 30)
        grads = history.layer_series("grad_mean_abs")
        assert grads.shape == (31, 7)
        ratios[name] = grads[:, 0].mean() / grads[:, -1].mean()
        if name == "deep-relu":
            assert history.column("train_metric")[-1] >= 0.95
    assert ratios["deep-sigmoid"] < 1e-3
    assert ratios["deep-relu"] > 0.3


def test_a_large_step_kills_most_relu_neurons_and_none_with_leaky_relu():
    dying = preset_trainer("dying-relu")
    history = train(dying, 20)
    health = dying.diagnose(history)
    dead = sum(int(layer.dead.sum()) for layer in health.layers[:-1])
    assert dead > 8  # of the 16 hidden neurons
    assert "dead" in {warning.kind for warning in health.warnings}
    assert history.column("train_loss")[-1] > 0.65 and history.column("train_metric")[-1] < 0.6
    leaky = preset_trainer("leaky-relu")
    history = train(leaky, 20)
    health = leaky.diagnose(history)
    assert not any(layer.dead.any() for layer in health.layers)
    assert "dead" not in {warning.kind for warning in health.warnings}
    assert history.column("train_metric")[-1] >= 0.95
    assert load_model(preset("leaky-relu").path).training == \
        load_model(preset("dying-relu").path).training


def test_the_big_network_overfits_its_few_noisy_points():
    """Test loss rises while train loss falls; L2 at 0.01, as the text suggests, curbs it."""
    history = train(preset_trainer("overfitting"), 300)
    test_loss, train_loss = history.column("test_loss"), history.column("train_loss")
    lowest = int(np.argmin(test_loss))
    assert 10 <= lowest <= 100  # it falls for a few dozen epochs first
    assert test_loss[-1] > 5 * test_loss[lowest]
    assert train_loss[-1] < 0.01 < test_loss[-1]
    assert train_loss[-1] < train_loss[lowest]
    curbed = train(preset_trainer("overfitting", regularization="l2", reg_rate=0.01), 300)
    assert curbed.column("test_loss")[-1] < test_loss[-1] / 3


def test_from_a_confidently_wrong_start_bce_learns_at_once_and_mse_crawls():
    mse, bce = (load_model(preset(name).path) for name in ("mse-classification",
                                                           "bce-classification"))
    assert mse.spec == bce.spec.with_(loss="mse") and mse.weights is not None
    accuracy = {name: train(preset_trainer(name), 100).column("train_metric")
                for name in ("mse-classification", "bce-classification")}
    assert accuracy["mse-classification"][0] == accuracy["bce-classification"][0] == 0.0
    assert np.all(accuracy["bce-classification"][2:] >= 0.95)  # within two epochs
    assert np.all(accuracy["mse-classification"] <= 0.05)  # still wrong after 100 epochs


def test_three_classes_with_softmax_reach_high_accuracy_with_outputs_summing_to_one():
    trainer = preset_trainer("three-classes")
    history = train(trainer, 20)
    assert history.column("test_metric")[-1] >= 0.95
    outputs = trainer.network.predict(trainer.x_test)
    assert outputs.shape[1] == 3
    np.testing.assert_allclose(outputs.sum(axis=1), 1.0)


def train_preset(name: str, epochs: int) -> list[float]:
    return list(train(preset_trainer(name), epochs).column("train_loss")[1:])


def test_the_step_activation_preset_never_learns_in_its_hidden_layer():
    from playground.engine.trace import trace

    model = load_model(preset("step-activation").path)
    network = Network(model.spec, seed=model.training.seed)
    result = trace(network, [1.0, 2.0], [1.0])
    assert not result.layers[0].grad_W.any()  # nothing passes back through the step


def test_a_too_high_learning_rate_jumps_about_and_a_too_low_one_barely_moves():
    high = train_preset("learning-rate-too-high", 100)
    assert np.std(high[-20:]) > 0.1 and min(high[-20:]) > 0.3  # never settles
    low = train_preset("learning-rate-too-low", 100)
    assert abs(low[-1] - low[0]) < 0.01 * low[0]  # under 1 % in 100 epochs
