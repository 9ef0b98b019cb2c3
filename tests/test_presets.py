"""Every shipped setup loads, builds with its data and trains; the inspector presets show what
their texts promise."""

import numpy as np
import pytest

from playground.engine.datasets import make_dataset
from playground.engine.modelfile import load_model
from playground.engine.network import Network
from playground.engine.trainer import Trainer
from playground.presets import PRESETS, preset


@pytest.mark.parametrize("entry", PRESETS, ids=lambda p: p.name)
def test_every_preset_loads_and_trains(entry):
    model = load_model(entry.path)
    dataset = make_dataset(model.data)
    network = Network(model.spec, model.weights, seed=model.training.seed)
    x_train, x_test = dataset.features(model.spec.features)
    trainer = Trainer(network, x_train, dataset.y_train, x_test, dataset.y_test, dataset.task,
                      model.training)
    losses = [trainer.step().train_loss for _ in range(5)]
    assert np.all(np.isfinite(losses))
    assert entry.title and len(entry.text.split(". ")) >= 2
    if entry.inspect_sample is not None:
        assert 0 <= entry.inspect_sample < len(x_train)


def test_presets_are_found_by_name_and_names_are_unique():
    assert len({p.name for p in PRESETS}) == len(PRESETS)
    assert preset("backprop-2-2-1").inspect_sample == 0
    with pytest.raises(KeyError, match="known: backprop-2-2-1"):
        preset("no-such-preset")


def test_xor_needs_its_hidden_layer():
    """The XOR text says: without the hidden layer the loss stalls."""
    model = load_model(preset("xor").path)
    dataset = make_dataset(model.data)
    results = {}
    for name, spec in (("hidden", model.spec),
                       ("none", model.spec.with_(layers=model.spec.layers[-1:]))):
        network = Network(spec, seed=model.training.seed)
        x, _ = dataset.features(spec.features)
        trainer = Trainer(network, x, dataset.y_train, x[:0], dataset.y_train[:0], dataset.task,
                          model.training.with_(max_epochs=None, stop_at_loss=None))
        for _ in range(1500):
            result = trainer.step()
        results[name] = result
    assert results["hidden"].train_metric == 1.0
    assert results["none"].train_metric <= 0.75
    assert results["none"].train_loss > 0.6


def train_preset(name: str, epochs: int) -> list[float]:
    model = load_model(preset(name).path)
    dataset = make_dataset(model.data)
    network = Network(model.spec, model.weights, seed=model.training.seed)
    x, x_test = dataset.features(model.spec.features)
    trainer = Trainer(network, x, dataset.y_train, x_test, dataset.y_test, dataset.task,
                      model.training)
    return [trainer.step().train_loss for _ in range(epochs)]


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
